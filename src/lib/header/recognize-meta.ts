/**
 * Recognise a meta line: `Tags: Russia, Azerbaijan`, `URL Source: https://…`,
 * `URL https://…`.
 *
 * Two forms:
 *
 * - `Label: value`, with a short label (one to three words). A label in the
 *   dictionary of known keys, or written in lower case (`source_url:`),
 *   always counts; any other label only when its value is data (an address,
 *   a number), because `Lavrov: Russia will respond` is a headline.
 * - `key value` for the few keys that scrapers write without a colon
 *   (`URL …`, `Tags …`).
 *
 * Time labels are never meta (they make stamps), nor are kicker labels
 * (`AP Exclusive: …`, `ANALYSIS: …`), which introduce headlines.
 *
 * @module
 */

import type {MetaMatch} from '../recognizer-types.js'
import {
  BARE_META_KEYS,
  KICKER_WORDS,
  KNOWN_META_KEYS,
  TIME_LABELS
} from './constants.js'

/**
 * Longest label, in characters and in words.
 */
const maxLabelLength = 32
const maxLabelWords = 3

/**
 * Length of the longest key written without a colon.
 */
const longestBareKey = Math.max(...[...BARE_META_KEYS].map((key) => key.length))

/**
 * Whether a label character is allowed (letters, digits, ` `, `_`, `-`,
 * `.`).
 *
 * @param char
 *   Character.
 * @returns
 *   Whether it is.
 */
function isLabelChar(char: string): boolean {
  return (
    char === ' ' ||
    char === '_' ||
    char === '-' ||
    char === '.' ||
    char.toLowerCase() !== char.toUpperCase() ||
    (char >= '0' && char <= '9')
  )
}

/**
 * Whether a value is data rather than prose: an address, an e-mail, a
 * number or a date in digits.
 *
 * @param value
 *   Value, trimmed.
 * @returns
 *   Whether it is.
 */
function isData(value: string): boolean {
  if (value.startsWith('http://') || value.startsWith('https://') || value.startsWith('www.'))
    return true
  if (!value.includes(' ') && (value.includes('@') || value.includes('/'))) return true
  for (const char of value) {
    if (!((char >= '0' && char <= '9') || ' .,:-/+'.includes(char))) return false
  }

  return value.length > 0
}

/**
 * Index of the first occurrence of a character, when it is within reach:
 * a label or bare key is short, and the lines asked about may be long
 * paragraphs, so only their first characters are searched.
 *
 * @param line
 *   Line.
 * @param code
 *   Character code to find.
 * @param reach
 *   Largest index that counts.
 * @returns
 *   Index of the first occurrence in the line, or `-1` when it is absent
 *   or comes after `reach`.
 */
function firstIndexWithin(line: string, code: number, reach: number): number {
  const stop = Math.min(line.length, reach + 1)
  for (let index = 0; index < stop; index++) {
    if (line.charCodeAt(index) === code) return index
  }

  return -1
}

/** Labels of a picture credit with a bar (`Images | Akorda`), lower case. */
const PICTURE_LABELS: ReadonlySet<string> = new Set(['photo', 'photos', 'image', 'images', 'picture', 'pictures', 'illustration'])

/** Length of the longest of {@link PICTURE_LABELS}. */
const longestPictureLabel = Math.max(...[...PICTURE_LABELS].map((label) => label.length))

/**
 * Recognise a meta line.
 *
 * @param text
 *   Line content, from its first non-white-space character.
 * @returns
 *   The key (lower case, white space collapsed) and raw value, or
 *   `undefined` when the line is not meta.
 */
export function recognizeMeta(text: string): MetaMatch | undefined {
  const line = text.trimEnd()
  const colon = firstIndexWithin(line, 58 /* : */, maxLabelLength)
  if (colon > 0 && line.charAt(colon + 1) !== '/') {
    const label = line.slice(0, colon)
    let ok = label.charAt(0).toLowerCase() !== label.charAt(0).toUpperCase()
    for (const char of label) if (!isLabelChar(char)) ok = false
    const words = label.split(' ').filter((word) => word !== '')
    if (ok && words.length > 0 && words.length <= maxLabelWords && label.trim() === label) {
      const key = words.join(' ').toLowerCase()
      const value = line.slice(colon + 1).trim()
      if (TIME_LABELS.has(key)) return undefined
      if (KICKER_WORDS.has(words[words.length - 1]!.toLowerCase())) return undefined
      if (
        KNOWN_META_KEYS.has(key) ||
        (label === label.toLowerCase() && value !== '') ||
        isData(value)
      )
        return {key, value}
    }
  }

  // A picture credit with a bar (`Images | Akorda`, `Photo | Reuters`).
  const bar = firstIndexWithin(line, 124 /* | */, longestPictureLabel + 2)
  if (bar > 0) {
    const key = line.slice(0, bar).trim().toLowerCase()
    const value = line.slice(bar + 1).trim()
    if (PICTURE_LABELS.has(key) && value !== '') return {key, value}
  }

  const space = firstIndexWithin(line, 32 /* space */, longestBareKey)
  // Bare keys are short words: look no further for a line that does not
  // start with one (most lines).
  if (space > 0) {
    const word = line.slice(0, space)
    const key = word.toLowerCase()
    if (!BARE_META_KEYS.has(key)) return undefined
    const value = line.slice(space + 1).trim()
    const capital = word.charAt(0) !== key.charAt(0)
    if (
      capital &&
      value !== '' &&
      (key === 'url'
        ? isData(value)
        : value.charAt(0) !== value.charAt(0).toLowerCase() || value.startsWith('#'))
    )
      return {key, value}
  }

  return undefined
}
