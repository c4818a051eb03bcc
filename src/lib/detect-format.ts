/**
 * Tell Markdown articles from plain text.
 *
 * @module
 */

import type {Format} from './types.js'

/**
 * Guess whether a document is Markdown: front matter at the top, ATX
 * headings (`# Title`, `## Subheading`), inline links (`[text](url)`),
 * emphasis with asterisks, or block quotes.
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

  while (index < limit && signals < 2) {
    let end = value.indexOf('\n', index)
    if (end === -1 || end > limit) end = limit
    const code = value.charCodeAt(index)
    if (code === 35 /* # */) {
      let hashes = index
      while (hashes < end && value.charCodeAt(hashes) === 35) hashes++
      if (hashes - index <= 6 && value.charCodeAt(hashes) === 32) signals += 2
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
