/**
 * Turn offsets into unist points.
 *
 * @module
 */

import type {Point, Position} from 'unist'

/**
 * Maps 0-based UTF-16 offsets into a document to unist points (1-based
 * `line` and `column`). Built once per document from the offsets where
 * lines start; each look-up is a binary search.
 */
export class Locator {
  /** Offsets at which each line starts; `\r\n`, `\r` and `\n` end lines. */
  readonly lineStarts: number[]
  /**
   * Whether `lineStarts` never goes down, so that the line of the last
   * look-up can be tried first (look-ups mostly come in order, and most
   * fall on the same line as the one before).
   */
  readonly ordered: boolean
  /** Line index of the last look-up. */
  last = 0

  /**
   * Create a locator.
   *
   * @param lineStarts
   *   Offsets at which lines start, ascending, beginning with `0`.
   * @param ordered
   *   Whether `lineStarts` is known never to go down (checked when not
   *   given).
   */
  constructor(lineStarts: number[], ordered?: boolean) {
    this.lineStarts = lineStarts
    this.ordered = ordered ?? isOrdered(lineStarts)
  }

  /**
   * Create a locator by scanning a document for line endings.
   *
   * @param value
   *   The document.
   * @returns
   *   A locator.
   */
  static from(value: string): Locator {
    const starts = [0]
    let index = 0

    // Without carriage returns, only line feeds end lines: find them with
    // a native search instead of looking at every character.
    if (!value.includes('\r')) {
      let feed = value.indexOf('\n')
      while (feed !== -1) {
        starts.push(feed + 1)
        feed = value.indexOf('\n', feed + 1)
      }

      return new Locator(starts, true)
    }

    while (index < value.length) {
      const code = value.charCodeAt(index)
      if (code === 13) {
        index += value.charCodeAt(index + 1) === 10 ? 2 : 1
        starts.push(index)
      } else if (code === 10) {
        index++
        starts.push(index)
      } else {
        index++
      }
    }

    return new Locator(starts, true)
  }

  /**
   * Get the point at an offset.
   *
   * @param offset
   *   0-based offset.
   * @returns
   *   A fresh point (points are never shared between nodes).
   */
  point(offset: number): Point {
    const starts = this.lineStarts
    // The line of the last look-up is tried first only when the starts are
    // known to be in order (it is then the line the search would find).
    const line = lastStartAtOrBefore(starts, offset, this.ordered ? this.last : -1)
    this.last = line
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }

  /**
   * Get the position between two offsets.
   *
   * @param start
   *   Start offset.
   * @param end
   *   End offset (exclusive).
   * @returns
   *   A fresh position.
   */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}

/**
 * Whether a list of numbers never goes down (and holds no `NaN`).
 *
 * @param values
 *   Numbers.
 * @returns
 *   Whether each is at least the one before.
 */
function isOrdered(values: number[]): boolean {
  for (let index = 1; index < values.length; index++) {
    // Written so that `NaN` (a malformed tree's point) is out of order.
    if (!(values[index]! >= values[index - 1]!)) return false
  }

  return true
}

/**
 * Index of the last of a list of ascending starts that is at or before an
 * offset: a binary search, after trying a hint (look-ups mostly come in
 * order, so the hint of the last one often holds).
 *
 * @param starts
 *   Starts, ascending; the first must be at or before `offset`.
 * @param offset
 *   Offset.
 * @param hint
 *   Index to try first, or `-1` for none.
 * @returns
 *   Index into `starts`.
 *
 * @example
 * ```ts
 * lastStartAtOrBefore([0, 5, 9], 7, -1) // => 1
 * ```
 */
export function lastStartAtOrBefore(starts: readonly number[], offset: number, hint: number): number {
  if (hint >= 0 && starts[hint]! <= offset && (hint + 1 === starts.length || starts[hint + 1]! > offset)) return hint
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }

  return low
}
