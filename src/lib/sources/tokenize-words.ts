/**
 * Split a sentence into word and punctuation tokens, in one linear pass, for
 * the attribution recognisers.
 *
 * @module
 */

/** A word or a punctuation mark, with offsets into the sentence. */
export interface WordToken {
  /** The token as written. */
  value: string
  /** Lower case, curly apostrophes made straight. */
  lower: string
  /** Start offset. */
  start: number
  /** End offset (exclusive). */
  end: number
  /** Whether this is a word (letters or digits), not punctuation. */
  word: boolean
  /** Whether the word starts with a capital letter (or is a digit-free acronym). */
  cap: boolean
}

// A word: letters and digits, with inner apostrophes, hyphens, periods and
// slashes (`Berlin’s`, `Christian-Oliver`, `U.S`, `News.az`). Every repeat
// starts with a separator, so matching is linear.
const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy
const space = /\s+/y
const upper = /^\p{Lu}/u
const gluedCues = ['said', 'says', 'added', 'adds', 'noted', 'explained', 'according to']
const abbreviations = new Set(['inc', 'corp', 'co', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'capt', 'prof', 'no'])

/**
 * Tokenise a sentence.
 *
 * @param text
 *   Sentence text.
 * @returns
 *   Tokens in order; white space is dropped.
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = []
  let index = 0
  while (index < text.length) {
    space.lastIndex = index
    if (space.test(text)) {
      index = space.lastIndex
      continue
    }

    word.lastIndex = index
    const match = word.exec(text)
    if (match) {
      let end = word.lastIndex
      let value = match[0]
      // Keep the period of an abbreviation (`Inc.`, `U.S.`, `Mr.`).
      if (text.charCodeAt(end) === 46 /* `.` */ && (value.includes('.') || abbreviations.has(value.toLowerCase()))) {
        end++
        value += '.'
      }

      // Markdown copy may glue a cue to a bold name (`said**Jane Doe**` reads
      // `saidJane Doe`): split a known cue from a capitalised word.
      const glued = gluedCue(value)
      if (glued > 0) {
        end = index + glued
        value = value.slice(0, glued)
      }

      const lower = value.toLowerCase().replaceAll('’', "'")
      tokens.push({value, lower, start: index, end, word: true, cap: upper.test(value)})
      index = end
      continue
    }

    const value = text.charAt(index)
    tokens.push({value, lower: value, start: index, end: index + 1, word: false, cap: false})
    index++
  }

  return tokens
}

/**
 * Length of a cue glued to a capitalised word (`saidJane` → 4), or 0.
 *
 * @param value
 *   Word.
 * @returns
 *   Length of the cue.
 */
function gluedCue(value: string): number {
  for (const cue of gluedCues) {
    if (value.length > cue.length + 1 && value.startsWith(cue) && upper.test(value.charAt(cue.length))) return cue.length
  }

  return 0
}

/**
 * Lower-case form of a word without a trailing period or possessive
 * (`Inc.` → `inc`, `Berlin’s` → `berlin`).
 *
 * @param token
 *   Token.
 * @returns
 *   Bare lower-case word.
 */
export function bare(token: WordToken): string {
  let value = token.lower
  if (value.endsWith('.')) value = value.slice(0, -1)
  if (value.endsWith("'s")) value = value.slice(0, -2)
  return value
}
