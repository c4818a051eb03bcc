/**
 * Decide whether a line standing alone is a subheading.
 *
 * @module
 */

/** Longest line that can be a heading, in characters. */
const maxLength = 120

/** Most words a heading can have. */
const maxWords = 16

/**
 * Whether a line standing alone reads as a subheading rather than a
 * sentence: short, no terminal or continuing punctuation at its end, and
 * starting with a capital, a digit, a quote or a dash.
 *
 * @param content
 *   The line's content, trimmed.
 * @returns
 *   Whether it can be a heading.
 */
export function isHeadingLine(content: string): boolean {
  if (content.length === 0 || content.length > maxLength) return false
  let end = content.length - 1
  let last = content.charCodeAt(end)
  // A sentence in quotes or brackets: `"We are ready."`, ``(…)''`.
  while (end > 0 && (last === 34 || last === 39 || last === 41 || last === 0x201d || last === 0x2019 || last === 0xbb)) {
    end--
    last = content.charCodeAt(end)
  }

  // `.`, `!`, `?`, `:`, `;`, `,`, `…`.
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 44 || last === 0x2026) {
    return false
  }

  let words = 1
  let letters = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === 32) words++
    else if (code > 64) letters++
  }

  if (words > maxWords || letters === 0) return false
  const first = content.charAt(0)
  if (first !== first.toLowerCase()) return true
  if (first >= '0' && first <= '9') return true
  // Quotes and dashes that open a heading (`– ‘On the front line’ –`).
  return '"“‘\'«–—'.includes(first)
}
