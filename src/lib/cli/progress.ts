/**
 * A progress bar on standard error, for batches, when it is a terminal.
 *
 * It redraws at most ten times a second on one line (`\r`), and gets out of
 * the way of warnings: `clear` before writing them, the next update redraws.
 *
 * @module
 */

/** The part of a stream the bar needs. */
export interface ProgressStream {
  /** Write text. */
  write(chunk: string): unknown
  /** Width of the terminal, if known. */
  columns?: number | undefined
}

/** A progress bar. */
export interface Progress {
  /** Count one more input done (`failed` when it could not be processed). */
  tick(failed?: boolean): undefined
  /** Erase the bar (before writing other text to the stream). */
  clear(): undefined
  /** Erase the bar for good. */
  done(): undefined
}

/**
 * Render the bar's line.
 *
 * @param done
 *   Inputs done.
 * @param total
 *   Inputs in all, or `undefined` when unknown (a streamed list).
 * @param failed
 *   Inputs that failed.
 * @param seconds
 *   Seconds since the start.
 * @param width
 *   Columns available.
 * @returns
 *   The line, without `\r`.
 */
export function renderProgress(
  done: number,
  total: number | undefined,
  failed: number,
  seconds: number,
  width: number
): string {
  const rate = seconds > 0 ? Math.round(done / seconds) : 0
  const tail =
    (total === undefined ? String(done) : done + '/' + total) +
    ' files' +
    (failed ? ', ' + failed + ' failed' : '') +
    ', ' +
    rate +
    '/s'

  if (total === undefined || total === 0) return tail.slice(0, width - 1)

  const ratio = Math.min(1, done / total)
  const percent = String(Math.floor(ratio * 100)).padStart(3) + '% '
  const size = Math.max(0, Math.min(30, width - tail.length - percent.length - 4))
  const filled = Math.round(ratio * size)
  const bar = size ? '[' + '#'.repeat(filled) + '-'.repeat(size - filled) + '] ' : ''
  return (bar + percent + tail).slice(0, width - 1)
}

/**
 * Make a progress bar.
 *
 * @param stream
 *   Where to draw (a terminal).
 * @param total
 *   Inputs in all, or `undefined` when unknown.
 * @param now
 *   Clock in milliseconds (for tests).
 * @returns
 *   The bar.
 */
export function createProgress(
  stream: ProgressStream,
  total: number | undefined,
  now: () => number = () => performance.now()
): Progress {
  const start = now()
  let done = 0
  let failed = 0
  let last = Number.NEGATIVE_INFINITY
  let shown = false

  return {
    tick(failure) {
      done++
      if (failure) failed++
      const time = now()

      if (time - last >= 100 || done === total) {
        last = time
        const line = renderProgress(done, total, failed, (time - start) / 1000, stream.columns || 80)
        stream.write('\r' + line + '\u001B[K')
        shown = true
      }

      return undefined
    },
    clear() {
      if (shown) {
        stream.write('\r\u001B[K')
        shown = false
        last = Number.NEGATIVE_INFINITY
      }

      return undefined
    },
    done() {
      this.clear()
      return undefined
    }
  }
}
