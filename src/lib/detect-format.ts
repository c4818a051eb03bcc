/**
 * Tell Markdown articles from plain text.
 *
 * @module
 */

import type {Format} from './types.js'

/**
 * Guess whether a document is Markdown: front matter at the top, ATX
 * headings (`# Title`, `## Subheading`), inline links (`[text](url)`),
 * emphasis with asterisks, or block quotes. A line of nothing but `#` and
 * spaces (`# # #`) is no heading: press releases end with that mark.
 *
 * @param value
 *   The document.
 * @returns
 *   `'markdown'` or `'text'`.
 */
export function detectFormat(value: string): Format {
  const head = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'markdown'
  let signals = 0
  let index = value.length - head.length
  const limit = Math.min(value.length, 200_000)
  if (!maySignal(value, index, limit)) return 'text'

  while (index < limit && signals < 2) {
    let end = value.indexOf('\n', index)
    if (end === -1 || end > limit) end = limit
    const code = value.charCodeAt(index)
    if (code === 35 /* # */) {
      let hashes = index
      while (hashes < end && value.charCodeAt(hashes) === 35) hashes++
      if (hashes - index <= 6 && value.charCodeAt(hashes) === 32 && !isEndMark(value, hashes)) signals += 2
    } else if (code === 62 /* > */ && value.charCodeAt(index + 1) === 32) {
      signals++
    }

    const line = value.slice(index, end)
    if (line.includes('](http') || line.includes('](/') || line.includes('](mailto:')) signals++
    if (line.includes('**')) signals++
    index = end + 1
  }

  return signals >= 2 ? 'markdown' : 'text'
}

/**
 * Whether the rest of a line after an ATX marker holds nothing but `#` and
 * white space: the end mark of a press release (`# # #`, `# # # # #`), not
 * a heading.
 *
 * @param value
 *   The document.
 * @param start
 *   Offset after the marker's hashes.
 * @returns
 *   Whether it is an end mark.
 */
function isEndMark(value: string, start: number): boolean {
  // To the line's end even past the reading limit: the first other
  // character ends the scan.
  for (let index = start; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10) break
    if (code !== 35 && code !== 32 && code !== 9 && code !== 13) return false
  }

  return true
}

/** A line feed before a heading or block quote marker. */
const lineMarker = /\n[#>]/

/**
 * Whether `[start, limit)` of a document may hold a Markdown signal: a
 * line that starts with `#` or `>`, or `](` or `**` anywhere.
 *
 * Most plain text has none of these: three native scans find that, where
 * the line loop slices every line and searches each four times. Every
 * signal the loop counts needs one of them, so without any it counts none.
 *
 * @param value
 *   The document.
 * @param start
 *   Offset of the first line (after a BOM).
 * @param limit
 *   Offset where reading stops.
 * @returns
 *   Whether there may be a signal.
 */
function maySignal(value: string, start: number, limit: number): boolean {
  const scanned = limit < value.length ? value.slice(0, limit) : value
  const first = scanned.charCodeAt(start)
  return (
    first === 35 /* # */ ||
    first === 62 /* > */ ||
    scanned.includes('](') ||
    scanned.includes('**') ||
    lineMarker.test(scanned)
  )
}
