/**
 * Decide whether a line reads as a headline.
 *
 * A headline is a short line of words that starts with a capital (or a
 * digit or quotation mark) and is not a sentence, a stamp, a dateline, a
 * byline, an address, or only a date or time.
 *
 * @module
 */

import type {RecognizeContext} from '../recognizer-types.js'
import {findTimes} from './find-times.js'
import {recognizeByline} from './recognize-byline.js'
import {recognizeWireDateline} from './recognize-dateline.js'
import {recognizeStamp} from './recognize-stamp.js'
import {kindOf, tokenize} from './tokenize.js'

/**
 * Longest headline, in characters and words.
 */
const maxLength = 300
const maxWords = 40

/**
 * Abbreviations that end with a period inside a headline (`Mr. Smith`).
 */
const abbreviations: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gov',
  'sen',
  'rep',
  'gen',
  'col',
  'lt',
  'sgt',
  'prof',
  'vs',
  'no',
  'inc',
  'corp',
  'co',
  'ltd'
])

/**
 * A context that drops messages: `isHeadline` only asks questions.
 */
const quiet: RecognizeContext = {report: () => undefined}

/**
 * Whether a line reads as a headline.
 *
 * @param text
 *   Line content.
 * @returns
 *   Whether it is a headline.
 */
export function isHeadline(text: string): boolean {
  const line = text.trim()
  if (line.length < 3 || line.length > maxLength) return false
  const first = line.charAt(0)
  const firstWord = line.slice(0, line.indexOf(' ') === -1 ? line.length : line.indexOf(' '))
  const startsWell =
    first !== first.toLowerCase() ||
    // `iPhone sales slow`.
    (first !== first.toUpperCase() && firstWord !== firstWord.toLowerCase()) ||
    (first >= '0' && first <= '9') ||
    '"\u201C\u2018\''.includes(first)
  if (!startsWell) return false
  if (line.includes('://') || line.startsWith('www.')) return false
  if (endsWithSentencePeriod(line)) return false

  const tokens = tokenize(line)
  let words = 0
  let crumbs = 0
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'word') {
      words++
      continue
    }

    // Breadcrumbs: `Home > News > World`.
    if ((token.value === '>' || token.value === '\u00bb') && ++crumbs > 1) return false

    // A period that ends a sentence: after a word that is not an
    // abbreviation or initial, before white space and a capital, or at
    // the end.
    if (token.value === '.' || token.value === '!' || token.value === '?') {
      const previous = tokens[index - 1]
      const next = tokens[index + 1]
      const end = next === undefined
      const abbreviation =
        previous?.kind === 'word' &&
        (previous.value.length === 1 || abbreviations.has(previous.value.toLowerCase()))
      if (token.value === '.' && end && !abbreviation) return false
      if (
        !end &&
        next.kind === 'space' &&
        !abbreviation &&
        tokens[index + 2]?.kind === 'word' &&
        tokens[index + 2]!.value.charAt(0) !== tokens[index + 2]!.value.charAt(0).toLowerCase()
      )
        return false
    }
  }

  if (words < 2 || words > maxWords) return false
  const last = line.charAt(line.length - 1)
  if (last === ',' || last === ':' || last === ';') return false
  if (recognizeStamp(line, quiet)) return false
  if (recognizeWireDateline(line, quiet)) return false
  if (recognizeByline(line)) return false

  // Only a date or time (`Tuesday, 12:40 GMT`): too few words outside it.
  const times = findTimes(line, quiet)
  if (times.length > 0) {
    let outside = 0
    let at = 0
    for (const token of tokens) {
      while (at < times.length && times[at]!.end <= token.start) at++
      const span = times[at]
      const inside = span !== undefined && token.start >= span.start && token.end <= span.end
      if (token.kind === 'word' && !inside && token.value.length > 1) outside++
    }

    if (outside < 2) return false
  }

  return true
}

/**
 * Whether a line ends in a period that ends a sentence: after anything but
 * an abbreviation or an initial (`Mr.`, `J.`). The token loop of
 * {@link isHeadline} says no to such a line too, but only after tokenising
 * all of it; a one-line paragraph of body text usually ends so.
 *
 * @param line
 *   Line, trimmed.
 * @returns
 *   Whether it ends a sentence with a period.
 */
function endsWithSentencePeriod(line: string): boolean {
  const end = line.length - 1
  if (line.charCodeAt(end) !== 46 /* . */) return false
  let start = end
  while (start > 0 && kindOf(line.charCodeAt(start - 1)) === 'word') start--
  if (start === end) return true
  const word = line.slice(start, end)
  return word.length !== 1 && !abbreviations.has(word.toLowerCase())
}
