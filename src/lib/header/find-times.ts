/**
 * Find dates and times in a sentence: `February 22, 2022`, `February 14`,
 * `22 Feb.`, `Tuesday`, `12:40 GMT`, `3 p.m.`.
 *
 * A span covers the date words only, not a preposition before them: in
 * `On February 14` the `time` node is `February 14` (the preposition is
 * sentence text, as it is in `by 0307 GMT`).
 *
 * @module
 */

import type {DateFields, RecognizeContext, TimeSpan} from '../recognizer-types.js'
import {FULL_WEEKDAYS, MONTHS} from './constants.js'
import {buildDateFields, parseDateExpression} from './parse-date-expression.js'
import {reportZone} from './report-zone.js'
import {type Token, kindOf, tokenizeInto} from './tokenize.js'

/**
 * What a sentence must hold to be read at all: a digit, or a word that
 * starts with a month or weekday name in title case or capitals (so a
 * sentence whose only name is `MoNday` has no date, while `MaY 5` has one).
 */
const candidate = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/

/**
 * Where an expression may start, found without tokenising: a run of digits,
 * or a word that starts like a month or weekday name with a capital
 * (`MaY` counts: the grammar lower-cases all but the first letter).
 *
 * Runs of digits glued to an ASCII letter or to one of {@link numberGlue},
 * and runs of three or more than four digits, start none: they are left
 * out here, so that a long run of them (`1.2.3.1.2.3…`, `$1,200,000`) is
 * skipped by the regular expression engine instead of one match at a
 * time. The rest of the checks are in {@link firstStart}.
 *
 * Each branch starts with the character it consumes and checks what stands
 * before the match afterwards (`\d(?<!…\d)`; a name, then
 * `(?<![A-Za-z]{4})`, whose last three letters are the name): with the
 * look-behind first, the engine ran it at every character of every
 * sentence; this way it runs only at a digit or at a name. The names are
 * grouped by their first letter for the same reason. The matches are the
 * same as those of the look-behind-first form.
 */
const start =
  /\d(?<![\dA-Za-z.,/$€£¥#+:%-]\d)(?:\d{3}|\d?)(?!\d)|(?:J(?:[Aa][Nn]|[Uu][NnLl])|F(?:[Ee][Bb]|[Rr][Ii])|M(?:[Aa][RrYy]|[Oo][Nn])|A(?:[Pp][Rr]|[Uu][Gg])|S(?:[Ee][Pp]|[Aa][Tt]|[Uu][Nn])|O[Cc][Tt]|N[Oo][Vv]|D[Ee][Cc]|T(?:[Uu][Ee]|[Hh][Uu])|W[Ee][Dd])(?<![A-Za-z]{4})[A-Za-z]*/g

/**
 * How many tokens from where an expression starts the grammar may read (in
 * `body` mode): at most five rounds of the loop in `parseDateExpression`
 * (four slots, then one that finds nothing), each reading a joiner (three
 * tokens) and one part (an ISO date with a clock time and an offset, the
 * longest, reads under thirty). 256 leaves a wide margin.
 */
const lookahead = 256

/**
 * Characters that, directly before a number, make it part of something
 * else (`$1,200`, `COP29`, `3.5`, `1/2`, `#5`, `-3`).
 */
const numberGlue = '.,/$€£¥#-+:%'

/**
 * Find dates and times in a sentence.
 *
 * Years left out are resolved against `context.referenceDate` (the nearest
 * such date: `February 14` in an article of 2023-02-22 is 2023-02-14); a
 * lone weekday is the most recent such day on or before the reference date
 * (news writes `on Tuesday` for the past week). Without a reference date,
 * dates keep `--MM-DD` and weekdays get no date.
 *
 * @param text
 *   Sentence text.
 * @param context
 *   Recogniser context.
 * @param position
 *   Where the first place an expression may start can be (default `0`): a
 *   caller that knows from {@link nextTimeStart} that nothing before it
 *   can start one saves scanning that far again.
 * @returns
 *   Spans with relative offsets, sorted and not overlapping.
 */
export function findTimes(text: string, context: RecognizeContext, position = 0): TimeSpan[] {
  let from = firstStart(text, position)
  if (from === -1) return []
  // The sentence must also pass {@link candidate} (it decides `MoNday`):
  // a start at a digit always does, so the test runs only for a start at a
  // word, and most sentences need one scan, not two.
  if (!isDigit(text.charCodeAt(from)) && !candidate.test(text)) return []
  const spans: TimeSpan[] = []
  // Tokens are made only in windows: from two tokens before a place where
  // an expression may start (the grammar looks back that far, at `Theresa
  // May 5`) to {@link lookahead} tokens after it. No token outside the
  // windows can start an expression, and most sentences that hold a digit
  // hold one candidate at most, so most of a sentence (all but a few
  // tokens of a 1 MB run of `1.2.3.`) is never tokenised.
  let tokens: Token[] = []
  // Offset after the last token in `tokens`.
  let tokenized = 0
  // Index in `tokens` of the token to look at next.
  let index = 0

  while (from !== -1) {
    const base = tokenBefore(text, tokenBefore(text, from))
    if (tokens.length === 0 || base > tokenized) {
      // The window before is done with: start a new one.
      tokens = []
      tokenized = base
      index = 0
    }

    for (;;) {
      if (index === tokens.length)
        tokenized = tokenizeInto(tokens, text, tokenized, text.length, index + lookahead)
      if (tokens[index]!.start >= from) break
      index++
    }

    if (tokenized < text.length && tokens.length < index + lookahead)
      tokenized = tokenizeInto(tokens, text, tokenized, text.length, index + lookahead)

    const expression = startsExpression(tokens, index)
      ? parseDateExpression(tokens, index, 'body')
      : undefined
    const built = expression ? buildDateFields(expression.parts, context.referenceDate) : undefined
    if (expression && built) {
      if (built.ambiguousZone) reportZone(context, expression)
      spans.push(timeSpan(expression.start, expression.end, built.fields))
      index = expression.next
      from = firstStart(text, expression.end)
    } else {
      from = firstStart(text, tokens[index]!.end)
      index++
    }
  }

  return spans
}

/**
 * Where the next place at or after `position` is that {@link start}
 * matches: a cheap superset of where {@link findTimes} can find an
 * expression, for a caller that holds many sentences in one string.
 *
 * A paragraph's sentences are separated by white space, which neither
 * glues to a number nor belongs to a name, so no match crosses from one
 * sentence into the next, and the matches inside a sentence are those
 * `findTimes` would see in its text. A sentence with no match has no time:
 * one scan of the paragraph answers that for all its sentences, instead
 * of a scan (and a call) per sentence.
 *
 * @param text
 *   Text (a paragraph).
 * @param position
 *   Where to start looking.
 * @returns
 *   Offset of the next match, or `-1` when there is none.
 */
export function nextTimeStart(text: string, position: number): number {
  start.lastIndex = position
  const match = start.exec(text)
  return match ? match.index : -1
}

/**
 * Make a span of fields, without object spread (slow in a tight loop, and a
 * sentence may hold thousands of times). The keys go in the order
 * `buildDateFields` sets them, which is the order spread would give.
 *
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param fields
 *   Fields of the expression.
 * @returns
 *   The span.
 */
function timeSpan(start: number, end: number, fields: DateFields): TimeSpan {
  const span: TimeSpan = {start, end}
  if (fields.date !== undefined) span.date = fields.date
  if (fields.time !== undefined) span.time = fields.time
  if (fields.zone !== undefined) span.zone = fields.zone
  if (fields.utcOffset !== undefined) span.utcOffset = fields.utcOffset
  if (fields.datetime !== undefined) span.datetime = fields.datetime
  return span
}

/**
 * Whether the grammar is worth running at a token, by the token and the one
 * before it: a number not glued to a word or to one of {@link numberGlue},
 * or a capitalised month or weekday name.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the token.
 * @returns
 *   Whether an expression may start there.
 */
function startsExpression(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const previous = tokens[index - 1]
  if (token.kind === 'number') {
    return !(
      previous &&
      previous.end === token.start &&
      (previous.kind === 'word' || numberGlue.includes(previous.value))
    )
  }

  if (token.kind !== 'word') return false
  // Month and weekday names are capitalised (checked before lower-casing).
  const code = token.value.charCodeAt(0)
  if (code < 65 || code > 90 || token.value.length < 3) return false
  const lower = token.value.toLowerCase()
  return MONTHS.has(lower) || FULL_WEEKDAYS.has(lower)
}

/**
 * Where the first token of `text` that may start a date expression in
 * running text is, checked on the characters around each run of digits and
 * each month- or weekday-like word, without tokenising.
 *
 * Tokenising is most of the cost of {@link findTimes}, and most sentences
 * that hold a digit or a month name hold no date: `12 people`, `in 2022,`,
 * `$1,200`, `the 29th session`, `in March last year`. This is a superset of
 * what the grammar (`date-parsers.ts`) can read at a token that
 * `findTimes` offers it, in `body` mode with no slot filled yet:
 *
 * - a full weekday name (weekday);
 * - a month name, then white space and a digit (month–day);
 * - a number not glued to a word or to one of {@link numberGlue}, and:
 *   - of four digits, before `NN-NN` or `NN/NN` (ISO date) or before white
 *     space and `UTC`/`GMT` (wire time);
 *   - of one or two digits, before `.`, `/` or `:` and a digit (numeric
 *     date, clock time), before `-` or `–` and a digit (day range), before
 *     a meridiem (`11am`, `3 p.m.`), or before an ordinal suffix, a range
 *     or white space and then a month or `of` (`5th March`, `15 of
 *     April`).
 *
 * Names are checked as the grammar checks them: a month capitalised, a
 * meridiem in any case.
 *
 * @param text
 *   Sentence text.
 * @param position
 *   Where to start looking (a token start).
 * @returns
 *   Offset of the first such token at or after `position`, or `-1` when
 *   tokenising from there can find no expression.
 */
function firstStart(text: string, position: number): number {
  start.lastIndex = position
  let match: RegExpExecArray | null
  while ((match = start.exec(text))) {
    const from = match.index
    const to = from + match[0].length
    const beforeKind = from > 0 ? kindOf(text.charCodeAt(from - 1)) : undefined
    const first = text.charCodeAt(from)

    if (first < 48 || first > 57) {
      // A word: it must be a whole token and a name.
      if (beforeKind === 'word') continue
      if (to < text.length && kindOf(text.charCodeAt(to)) === 'word') continue
      const lower = match[0].toLowerCase()
      if (FULL_WEEKDAYS.has(lower)) return from
      if (!MONTHS.has(lower)) continue
      // A month starts an expression only before its day.
      let at = to
      if (text.charCodeAt(at) === 46 /* . */) at++
      if (at < text.length && kindOf(text.charCodeAt(at)) === 'space' && isDigit(text.charCodeAt(skipSpaceKind(text, at))))
        return from
      continue
    }

    if (beforeKind === 'word' || (beforeKind === 'punct' && numberGlue.includes(text.charAt(from - 1))))
      continue
    const digits = to - from
    if (to >= text.length || (digits !== 4 && digits > 2)) continue
    const after = text.charCodeAt(to)
    const afterKind = kindOf(after)

    if (digits === 4) {
      if (
        (after === 45 /* - */ || after === 47) /* / */ &&
        digitsAt(text, to + 1) === 2 &&
        text.charCodeAt(to + 3) === after &&
        digitsAt(text, to + 4) === 2
      )
        return from
      if (afterKind === 'space') {
        const word = skipSpaceKind(text, to)
        if (text.startsWith('UTC', word) || text.startsWith('GMT', word)) return from
      }

      continue
    }

    const next = text.charCodeAt(to + 1)
    if ((after === 46 /* . */ || after === 47 /* / */ || after === 58) /* : */ && isDigit(next)) return from
    if ((after === 45 /* - */ || after === 0x2013) /* – */ && isDigit(next)) return from

    if (afterKind === 'word') {
      // `11am`, `3p.m.`; or `5th` and what may follow a day.
      const end = wordEnd(text, to)
      const suffix = text.slice(to, end).toLowerCase()
      if (isMeridiem(text, suffix, end)) return from
      if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') continue
      const mark = text.charCodeAt(end)
      if ((mark === 45 || mark === 0x2013) && isDigit(text.charCodeAt(end + 1))) return from
      if (end < text.length && kindOf(mark) === 'space' && monthOrOfAt(text, skipSpaceKind(text, end)))
        return from
      continue
    }

    if (afterKind !== 'space') continue
    const word = skipSpaceKind(text, to)
    if (word >= text.length || kindOf(text.charCodeAt(word)) !== 'word') continue
    const end = wordEnd(text, word)
    if (isMeridiem(text, text.slice(word, end).toLowerCase(), end)) return from
    if (monthOrOfAt(text, word)) return from
  }

  return -1
}

/**
 * Whether a code unit is an ASCII digit.
 *
 * @param code
 *   Code unit (`NaN` past the end).
 * @returns
 *   Whether it is a digit.
 */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Length of the run of ASCII digits at `index`.
 *
 * @param text
 *   Text.
 * @param index
 *   Where to look.
 * @returns
 *   How many digits there are.
 */
function digitsAt(text: string, index: number): number {
  let position = index
  while (isDigit(text.charCodeAt(position))) position++
  return position - index
}

/**
 * End of the word token (letters of any script) at `index`.
 *
 * @param text
 *   Text.
 * @param index
 *   Index of a letter.
 * @returns
 *   Index after the word.
 */
function wordEnd(text: string, index: number): number {
  let position = index + 1
  while (position < text.length && kindOf(text.charCodeAt(position)) === 'word') position++
  return position
}

/**
 * Whether a word (lower-cased) is a meridiem as `readMeridiem` reads it:
 * `am`, `pm`, or `a`/`p` before a period (`a.m.`).
 *
 * @param text
 *   Text.
 * @param lower
 *   The word, lower case.
 * @param end
 *   Index after the word.
 * @returns
 *   Whether it may be one.
 */
function isMeridiem(text: string, lower: string, end: number): boolean {
  if (lower === 'am' || lower === 'pm') return true
  return (lower === 'a' || lower === 'p') && text.charCodeAt(end) === 46 /* . */
}

/**
 * Whether a capitalised month name, or `of` and white space (`15 of
 * April`), starts at `index`: what may follow a day.
 *
 * @param text
 *   Text.
 * @param index
 *   Index after white space.
 * @returns
 *   Whether a month may follow.
 */
function monthOrOfAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (index >= text.length || kindOf(code) !== 'word') return false
  const end = wordEnd(text, index)
  if (code >= 65 && code <= 90) return MONTHS.has(text.slice(index, end).toLowerCase())
  return (
    end - index === 2 &&
    code === 111 /* o */ &&
    text.charCodeAt(index + 1) === 102 /* f */ &&
    end < text.length &&
    kindOf(text.charCodeAt(end)) === 'space'
  )
}

/**
 * Skip a run of characters that tokenise as white space.
 *
 * @param text
 *   Text.
 * @param index
 *   Index of a white-space character.
 * @returns
 *   Index of the first character after the run.
 */
function skipSpaceKind(text: string, index: number): number {
  let position = index
  while (position < text.length && kindOf(text.charCodeAt(position)) === 'space') position++
  return position
}

/**
 * Start of the token that ends at `index`.
 *
 * @param text
 *   Text.
 * @param index
 *   Start of a token.
 * @returns
 *   Start of the token before it, or `index` at the start of `text`.
 */
function tokenBefore(text: string, index: number): number {
  if (index === 0) return 0
  const kind = kindOf(text.charCodeAt(index - 1))
  let position = index - 1
  if (kind === 'punct') return position
  while (position > 0 && kindOf(text.charCodeAt(position - 1)) === kind) position--
  return position
}
