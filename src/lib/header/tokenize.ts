/**
 * Split a stretch of text into words, numbers, white space and punctuation.
 *
 * The date grammar works on these tokens instead of on regular expressions
 * over whole paragraphs: one linear pass, and only over the window a
 * recogniser asks for.
 *
 * @module
 */

/**
 * What kind of characters a token holds.
 */
export type TokenKind = 'word' | 'number' | 'space' | 'punct'

/**
 * A run of characters of one kind (punctuation: one character).
 */
export interface Token {
  /** Kind of the run. */
  kind: TokenKind
  /** The characters. */
  value: string
  /** Start offset in the tokenised string. */
  start: number
  /** End offset (exclusive). */
  end: number
}

const letterTest = /\p{L}|\p{M}/u

/**
 * Classify one UTF-16 code unit.
 *
 * @param code
 *   Character code.
 * @param text
 *   The string (for the slow, non-ASCII path).
 * @param index
 *   Index of the character in it.
 * @returns
 *   Its kind.
 */
function classify(code: number, text: string, index: number): TokenKind {
  if (code >= 48 && code <= 57) return 'number'
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'word'
  if (code === 32 || code === 9 || code === 10 || code === 13) return 'space'
  if (code < 128) return 'punct'
  if (
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f
  )
    return 'space'
  return letterTest.test(text.charAt(index)) ? 'word' : 'punct'
}

/**
 * Tokenise `text` from `start` to `end`.
 *
 * @param text
 *   The string.
 * @param start
 *   Where to start (default 0).
 * @param end
 *   Where to stop (exclusive, default the end of `text`).
 * @returns
 *   Tokens, in order, covering the range.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  let index = start
  const stop = Math.min(end, text.length)
  while (index < stop) {
    const kind = classify(text.charCodeAt(index), text, index)
    let next = index + 1
    if (kind !== 'punct') {
      while (next < stop && classify(text.charCodeAt(next), text, next) === kind) next++
    }

    tokens.push({kind, value: text.slice(index, next), start: index, end: next})
    index = next
  }

  return tokens
}
