/**
 * Split the text of a paragraph into sentences.
 *
 * @module
 */

import {isLower, isWhiteSpace} from '../util/white-space.js'
import {
  numberAbbreviations,
  softAbbreviations,
  titleAbbreviations
} from './abbreviations.js'

/**
 * A sentence's extent: `[start, end)`, relative to the text that was split,
 * white space at either edge excluded.
 */
export type Range = [start: number, end: number]

/**
 * The last character of a terminal mark (see {@link isTerminal}) or closing
 * quote or bracket (see {@link isCloser}) before white space (see
 * `isWhiteSpace`), searched from `lastIndex`: where a sentence may end.
 */
const boundary = /[!"').?\]\u2019\u201d\u2026\u203a\xbb](?=[\t\n\v\f\r \xa0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff])/g

/**
 * Length of the longest abbreviation in any of the lists.
 */
const longestAbbreviation = Math.max(
  ...[...titleAbbreviations, ...softAbbreviations, ...numberAbbreviations].map((word) => word.length)
)

/**
 * Split text into sentences in one pass.
 *
 * A sentence ends at a run of terminal marks (`.`, `!`, `?`, `…`), together
 * with the closing quotes and brackets after it, when white space follows
 * and the next word does not start in lower case. A single period does not
 * end a sentence after a title (`Mr.`), an initial or initialism (`F.`,
 * `U.S.`), a number word before a number (`No. 5`), or a month or state
 * abbreviation before a number or bracket (`Feb. 22`, `Ga. (AP)`). A period
 * after a space (`2022 .`) ends a sentence like any other.
 *
 * @param text
 *   Text of a paragraph or list item (may contain line endings).
 * @returns
 *   Ranges, in order, covering every non-white-space character.
 */
export function splitSentences(text: string): Range[] {
  const ranges: Range[] = []
  const length = text.length
  let start = skipSpace(text, 0)
  let index = start

  while (index < length) {
    // Jump to the next mark or closer before white space with a native
    // search, then read the mark backwards: most characters are no mark,
    // and most periods (`U.S.`, `3.5`, a run of `1.2.3.`) are no end; a
    // loop over each, or a stop at each period, costs far more.
    boundary.lastIndex = index
    if (!boundary.test(text)) break
    const end = boundary.lastIndex
    index = end
    // The character before `index` is white space (or `index` is where the
    // text starts, or the white space at `index` follows the last end
    // looked at), so these stop at `index` at the latest.
    let markEnd = end
    while (isCloser(text.charCodeAt(markEnd - 1))) markEnd--
    let markStart = markEnd
    while (isTerminal(text.charCodeAt(markStart - 1))) markStart--
    if (markStart === markEnd) continue

    const next = skipSpace(text, end)
    if (next >= length) break
    if (!startsSentence(text, next)) continue
    if (
      markEnd - markStart === 1 &&
      text.charCodeAt(markStart) === 46 &&
      !periodEnds(text, markStart, next)
    ) {
      continue
    }

    ranges.push([start, end])
    start = next
    index = next
  }

  const end = trimEnd(text, length)
  if (end > start) ranges.push([start, end])
  return ranges
}

/**
 * Whether a single period at `dot` ends the sentence, given the word before
 * it and the character at `next` that would start the next sentence.
 *
 * @param text
 *   Text.
 * @param dot
 *   Index of the period.
 * @param next
 *   Index of the next non-white-space character.
 * @returns
 *   Whether the sentence ends.
 */
function periodEnds(text: string, dot: number, next: number): boolean {
  let wordStart = dot
  let letters = 0
  let dots = 0
  while (wordStart > 0) {
    const code = text.charCodeAt(wordStart - 1)
    if (isLetter(code)) letters++
    else if (code === 46 && letters > 0) dots++
    else break
    wordStart--
  }

  if (letters === 0) return true
  // `F.`, `U.S.`, `e.g.`: initials and initialisms.
  const initial = dots > 0 || (letters === 1 && isUpper(text.charCodeAt(wordStart)))
  // A word longer than every abbreviation is none (lower-casing never
  // shortens a word): decide without slicing and lower-casing it, which
  // is the common case at the end of a sentence.
  if (dot - wordStart > longestAbbreviation) return !initial
  const word = text.slice(wordStart, dot).toLowerCase()
  const nextCode = text.charCodeAt(next)
  const digit = nextCode >= 48 && nextCode <= 57
  const opener = nextCode === 40 /* ( */ || nextCode === 91 /* [ */

  if (initial) {
    return softAbbreviations.has(word) ? !(digit || opener) : false
  }

  if (titleAbbreviations.has(word)) return false
  if (numberAbbreviations.has(word)) return !digit
  if (softAbbreviations.has(word)) return !(digit || opener)
  return true
}

/**
 * Whether a sentence can start at `index`: not with a lower-case letter,
 * also after opening quotes and brackets.
 *
 * @param text
 *   Text.
 * @param index
 *   Index of a non-white-space character.
 * @returns
 *   Whether a new sentence may start there.
 */
function startsSentence(text: string, index: number): boolean {
  let position = index
  while (position < text.length && isOpener(text.charCodeAt(position))) position++
  if (position >= text.length) return true
  const code = text.charCodeAt(position)
  return !isLower(code)
}

/**
 * Skip white space forwards.
 *
 * @param text
 *   Text.
 * @param index
 *   Where to start.
 * @returns
 *   Index of the first non-white-space character at or after `index`.
 */
function skipSpace(text: string, index: number): number {
  let position = index
  while (position < text.length && isWhiteSpace(text.charCodeAt(position))) position++
  return position
}

/**
 * Skip white space backwards.
 *
 * @param text
 *   Text.
 * @param end
 *   Where to start (exclusive).
 * @returns
 *   Index just past the last non-white-space character before `end`.
 */
function trimEnd(text: string, end: number): number {
  let position = end
  while (position > 0 && isWhiteSpace(text.charCodeAt(position - 1))) position--
  return position
}

/**
 * Whether a code unit ends sentences: `.`, `!`, `?`, `…`.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is terminal.
 */
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026
}

/**
 * Whether a code unit closes a quote or bracket.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it closes.
 */
function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 41 || code === 93 ||
    code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x203a
  )
}

/**
 * Whether a code unit opens a quote or bracket.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it opens.
 */
function isOpener(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 40 || code === 91 || code === 96 ||
    code === 0x201c || code === 0x2018 || code === 0xab || code === 0x2039 ||
    code === 0x201e
  )
}

/**
 * Whether a code unit is a letter (Latin, Greek, Cyrillic and the like: any
 * code unit that has case).
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is a letter.
 */
function isLetter(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
  if (code < 0xc0) return false
  const character = String.fromCharCode(code)
  return character.toLowerCase() !== character.toUpperCase()
}

/**
 * Whether a code unit is an upper-case letter.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is upper case.
 */
function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true
  if (code < 0xc0) return false
  const character = String.fromCharCode(code)
  return character !== character.toLowerCase()
}
