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
import {kindOf, tokenEnd, tokenize} from './tokenize.js'

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
 * What a caller has already found out about a line (see
 * {@link isHeadline}).
 */
export interface HeadlineChecks {
  /** `recognizeStamp` found no stamp in the line. */
  noStamp?: boolean | undefined
  /** `recognizeWireDateline` found no dateline in the line. */
  noWire?: boolean | undefined
  /** `recognizeByline` found no byline in the line. */
  noByline?: boolean | undefined
}

/**
 * Whether a line reads as a headline.
 *
 * @param text
 *   Line content.
 * @param checks
 *   What the caller has already found out about `text` (the header reader
 *   asks the stamp, dateline and byline recognisers about each line before
 *   asking whether it is a headline): those recognisers are not asked
 *   again.
 * @returns
 *   Whether it is a headline.
 */
export function isHeadline(text: string, checks?: HeadlineChecks): boolean {
  const line = text.trim()
  // The checks hold for `text`; they are used only when trimming left it
  // as it is.
  const same = line === text
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

  if (!readsAsHeadline(line)) return false
  const last = line.charAt(line.length - 1)
  if (last === ',' || last === ':' || last === ';') return false
  if (!(same && checks?.noStamp) && recognizeStamp(line, quiet)) return false
  if (!(same && checks?.noWire) && recognizeWireDateline(line, quiet)) return false
  if (!(same && checks?.noByline) && recognizeByline(line)) return false

  // Only a date or time (`Tuesday, 12:40 GMT`): too few words outside it.
  const times = findTimes(line, quiet)
  if (times.length > 0) {
    let outside = 0
    let at = 0
    for (const token of tokenize(line)) {
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

/**
 * The token checks of {@link isHeadline}, read from the characters without
 * making tokens (most lines offered are not headlines, and a token object
 * per word was most of the cost): two to {@link maxWords} words, at most
 * one breadcrumb mark (`Home > News`), and no mark that ends a sentence (a
 * period at the end, or a terminal mark before white space and a capital)
 * after anything but an abbreviation or an initial.
 *
 * @param line
 *   Line, trimmed.
 * @returns
 *   Whether the tokens read as a headline.
 */
function readsAsHeadline(line: string): boolean {
  const length = line.length
  let words = 0
  let crumbs = 0
  // The token before the current one.
  let previousKind = ''
  let previousStart = 0
  let previousEnd = 0
  let index = 0

  while (index < length) {
    const code = line.charCodeAt(index)
    const kind = kindOf(code)
    const end = tokenEnd(line, index, length)

    if (kind === 'word') {
      // More words than a headline has: it is none (decided here, as after
      // the loop, without reading the rest of a long line).
      if (++words > maxWords) return false
    } else if (kind === 'punct') {
      // Breadcrumbs: `Home > News > World`.
      if ((code === 62 /* > */ || code === 0xbb) /* » */ && ++crumbs > 1) return false

      // A period that ends a sentence: after a word that is not an
      // abbreviation or initial, before white space and a capital, or at
      // the end.
      if (code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */) {
        const atEnd = end >= length
        const abbreviation =
          previousKind === 'word' &&
          (previousEnd - previousStart === 1 ||
            abbreviations.has(line.slice(previousStart, previousEnd).toLowerCase()))
        if (code === 46 && atEnd && !abbreviation) return false
        if (!atEnd && !abbreviation && kindOf(line.charCodeAt(end)) === 'space') {
          const after = tokenEnd(line, end, length)
          if (after < length && kindOf(line.charCodeAt(after)) === 'word') {
            const initial = line.charAt(after)
            if (initial !== initial.toLowerCase()) return false
          }
        }
      }
    }

    previousKind = kind
    previousStart = index
    previousEnd = end
    index = end
  }

  return words >= 2
}
