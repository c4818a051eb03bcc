/**
 * The date grammar: small parsers for the parts of a date expression
 * (weekday, date, time, zone), each matching at one token, and their order.
 *
 * Each parser is `{name, slot, match}`: `match(tokens, index, mode)` returns
 * the parts it read and the index of the token after them, or `undefined`.
 * `parseDateExpression` (in `parse-date-expression.ts`) runs them in the
 * order of {@link dateParsers}, filling each slot once.
 *
 * @module
 */

import {
  FULL_MONTHS,
  FULL_WEEKDAYS,
  MONTHS,
  OFFSET_BASES,
  WEEKDAYS,
  ZONES
} from './constants.js'
import type {Token, TokenKind} from './tokenize.js'

/**
 * Where an expression is read: a header stamp (`Updated 3:14 PM EST, Tue
 * March 5, 2024`), a wire dateline (`Feb 26`), or running text, where only
 * unmistakable forms count (full weekday names, months next to a day).
 */
export type DateMode = 'stamp' | 'dateline' | 'body'

/**
 * The parts of a date expression, as numbers.
 */
export interface DateParts {
  /** Year as written. */
  year?: number | undefined
  /** Month, 1–12. */
  month?: number | undefined
  /** Day of the month. */
  day?: number | undefined
  /** Weekday, 0 = Sunday. */
  weekday?: number | undefined
  /** Hour, 0–23. */
  hour?: number | undefined
  /** Minute. */
  minute?: number | undefined
  /** Second, when written. */
  second?: number | undefined
  /** Written offset, minutes east of UTC. */
  offset?: number | undefined
  /** Zone abbreviation as written. */
  zone?: string | undefined
  /** Start offset of the zone abbreviation (for messages). */
  zoneStart?: number | undefined
  /** End offset of the zone abbreviation. */
  zoneEnd?: number | undefined
}

/**
 * What a parser read.
 */
export interface PartsMatch {
  /** Index of the first token after the match. */
  next: number
  /** The parts read. */
  parts: DateParts
}

/**
 * Which slot of an expression a parser fills.
 */
export type Slot = 'weekday' | 'date' | 'time' | 'zone'

/**
 * One parser of the date grammar.
 */
export interface DateParser {
  /** Name, for debugging and tests. */
  name: string
  /** The slot it fills. */
  slot: Slot
  /**
   * Kinds of token it can start at: at a token of any other kind (or past
   * the last token) `match` returns `undefined`, so `parseDateExpression`
   * does not ask it (see {@link parsersFor}; checked on random tokens in
   * the tests).
   */
  starts: readonly TokenKind[]
  /**
   * Read at `index`.
   *
   * @param tokens
   *   Tokens.
   * @param index
   *   Where to read.
   * @param mode
   *   Where the expression is.
   * @returns
   *   What was read, or `undefined`.
   */
  match(tokens: Token[], index: number, mode: DateMode): PartsMatch | undefined
}

// ---------------------------------------------------------------------------
// Token helpers.

/**
 * Month names that are also names, verbs or nouns.
 */
const ambiguousMonths: ReadonlySet<string> = new Set(['May', 'March', 'MAY', 'MARCH'])

/**
 * Words that introduce a date, capitalised at the start of a sentence
 * (`On May 2, …`): after them `May` is the month, not a name.
 */
const datePrepositions: ReadonlySet<string> = new Set([
  'on', 'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after',
  'during', 'through', 'early', 'late', 'mid', 'last', 'next', 'this', 'until'
])

/**
 * Whether a token is a number of `min` to `max` digits.
 *
 * @param token
 *   Token or `undefined`.
 * @param min
 *   Fewest digits.
 * @param max
 *   Most digits.
 * @returns
 *   Whether it is.
 */
function isNumber(token: Token | undefined, min: number, max: number): token is Token {
  return (
    token !== undefined &&
    token.kind === 'number' &&
    token.value.length >= min &&
    token.value.length <= max
  )
}

/**
 * Whether a token is one of some punctuation characters.
 *
 * @param token
 *   Token or `undefined`.
 * @param chars
 *   Allowed characters.
 * @returns
 *   Whether it is.
 */
function isPunct(token: Token | undefined, chars: string): token is Token {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.value)
}

/**
 * Index of the first non-space token at or after `index`.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Start.
 * @returns
 *   Index (may be `tokens.length`).
 */
export function skipSpace(tokens: Token[], index: number): number {
  return tokens[index]?.kind === 'space' ? index + 1 : index
}

/**
 * Whether a word starts with an upper-case ASCII letter.
 *
 * @param value
 *   Word.
 * @returns
 *   Whether it is capitalised.
 */
function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  return code >= 65 && code <= 90
}

/**
 * Read a four-digit year.
 *
 * @param token
 *   Token.
 * @returns
 *   Year or `undefined`.
 */
function readYear(token: Token | undefined): number | undefined {
  if (!isNumber(token, 4, 4)) return undefined
  const year = Number(token.value)
  return year >= 1000 && year <= 2999 ? year : undefined
}

/**
 * Read a day of the month (1–31, one or two digits), with an ordinal
 * suffix (`3rd`) when there is one.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the number.
 * @returns
 *   Day and the index after it, or `undefined`.
 */
function readDay(
  tokens: Token[],
  index: number
): {day: number; next: number} | undefined {
  const token = tokens[index]
  if (!isNumber(token, 1, 2)) return undefined
  const day = Number(token.value)
  if (day < 1 || day > 31) return undefined
  let next = index + 1
  const after = tokens[next]
  if (after?.kind === 'word') {
    const lower = after.value.toLowerCase()
    if (lower !== 'st' && lower !== 'nd' && lower !== 'rd' && lower !== 'th')
      return undefined
    next++
  } else if (after?.kind === 'number') {
    return undefined
  } else if (isPunct(after, '%') || (isPunct(after, ':') && tokens[next + 1]?.kind === 'number')) {
    // `5:30` is a time and `5%` a share; a colon before white space ends
    // the date (`Aug 28: The …`, as Indian wires close a dateline).
    return undefined
  } else if (isPunct(after, '.,') && tokens[next + 1]?.kind === 'number') {
    // `5.5`, `5,000`: a quantity. (`5, 2024` has a space.)
    return undefined
  }

  return {day, next}
}

/**
 * Read a month name (capitalised or all caps), with the period of an
 * abbreviation (`Feb.`), or of a full name used as one (`May. 09:15`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the word.
 * @returns
 *   Month and the index after it, or `undefined`.
 */
function readMonth(
  tokens: Token[],
  index: number
): {month: number; next: number} | undefined {
  const token = tokens[index]
  if (token?.kind !== 'word' || !isCapitalised(token.value)) return undefined
  const lower = token.value.toLowerCase()
  const month = MONTHS.get(lower)
  if (month === undefined) return undefined
  let next = index + 1
  // A site that abbreviates months with a period writes `May.` and `June.`
  // too (`14 May. 09:15`): take the period of a full name when a number
  // follows it, so the date goes on.
  if (
    isPunct(tokens[next], '.') &&
    (!FULL_MONTHS.has(lower) || (tokens[next + 1]?.kind === 'space' && tokens[next + 2]?.kind === 'number'))
  ) {
    next++
  }

  return {month, next}
}

/**
 * Read `-` and a second day after a day (`November 9-10`), returning the
 * index after the range or `index` when there is none.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the first day.
 * @param day
 *   The first day.
 * @returns
 *   Index after the range.
 */
function skipDayRange(tokens: Token[], index: number, day: number): number {
  if (!isPunct(tokens[index], '-\u2013')) return index
  const second = readDay(tokens, index + 1)
  return second && second.day > day ? second.next : index
}

/**
 * Read an optional year after a day: `, 2022`, ` 2022`, `2020` fused to
 * what follows (`2020QARSHI`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the day (or month).
 * @returns
 *   Year and the index after it, or `undefined`.
 */
function readTrailingYear(
  tokens: Token[],
  index: number
): {year: number; next: number} | undefined {
  let at = index
  if (isPunct(tokens[at], ',')) at++
  if (tokens[at]?.kind !== 'space') return undefined
  at++
  const year = readYear(tokens[at])
  if (year === undefined) return undefined
  // `March 5, 2024:15` is not a year; `2024-25` (a season) is not one either.
  if (isPunct(tokens[at + 1], ':-') && tokens[at + 2]?.kind === 'number')
    return undefined
  return {year, next: at + 1}
}

/**
 * Read `am`, `pm`, `a.m.`, `p.m.` (any case) at `index`.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the first token.
 * @returns
 *   Whether it is afternoon and the index after it, or `undefined`.
 */
function readMeridiem(
  tokens: Token[],
  index: number
): {pm: boolean; next: number} | undefined {
  const token = tokens[index]
  if (token?.kind !== 'word') return undefined
  const lower = token.value.toLowerCase()
  if (lower === 'am' || lower === 'pm') {
    return {pm: lower === 'pm', next: index + 1}
  }

  if (
    (lower === 'a' || lower === 'p') &&
    isPunct(tokens[index + 1], '.') &&
    tokens[index + 2]?.value.toLowerCase() === 'm'
  ) {
    const next = isPunct(tokens[index + 3], '.') ? index + 4 : index + 3
    return {pm: lower === 'p', next}
  }

  return undefined
}

/**
 * Read a written offset after a sign: `3`, `05:30`, `0300`, `+03`.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the sign.
 * @param short
 *   Whether a bare hour (`+3`) is allowed (after `UTC`/`GMT`).
 * @returns
 *   Minutes east of UTC and the index after it, or `undefined`.
 */
function readOffset(
  tokens: Token[],
  index: number,
  short: boolean
): {offset: number; next: number} | undefined {
  const sign = tokens[index]
  if (!isPunct(sign, '+-\u2212')) return undefined
  const factor = sign.value === '+' ? 1 : -1
  const first = tokens[index + 1]
  if (!first || first.kind !== 'number' || first.start !== sign.end) return undefined
  let hours: number
  let minutes = 0
  let next = index + 2
  if (first.value.length === 4) {
    hours = Number(first.value.slice(0, 2))
    minutes = Number(first.value.slice(2))
  } else if (first.value.length <= 2) {
    hours = Number(first.value)
    if (isPunct(tokens[next], ':') && isNumber(tokens[next + 1], 2, 2)) {
      minutes = Number(tokens[next + 1]!.value)
      next += 2
    } else if (!short && first.value.length !== 2) {
      return undefined
    }
  } else {
    return undefined
  }

  if (hours > 14 || minutes > 59) return undefined
  return {offset: factor * (hours * 60 + minutes), next}
}

// ---------------------------------------------------------------------------
// Date parsers.

/**
 * `2023-02-22`, `2023/02/22`, `2026-04-28T19:17:00+00:00` (the time and
 * offset of an ISO 8601 stamp are read here, as one unit).
 */
const isoDate: DateParser = {
  name: 'iso-date',
  slot: 'date',
  starts: ['number'],
  match(tokens, index) {
    const year = readYear(tokens[index])
    const dash = tokens[index + 1]
    if (year === undefined || !isPunct(dash, '-/')) return undefined
    const monthToken = tokens[index + 2]
    const dayToken = tokens[index + 4]
    if (
      !isNumber(monthToken, 2, 2) ||
      tokens[index + 3]?.value !== dash.value ||
      !isNumber(dayToken, 2, 2)
    )
      return undefined
    const parts: DateParts = {
      year,
      month: Number(monthToken.value),
      day: Number(dayToken.value)
    }
    let next = index + 5
    const t = tokens[next]
    if (t?.kind === 'word' && t.value === 'T') {
      const time = clockTime.match(tokens, next + 1, 'stamp')
      if (time) {
        Object.assign(parts, time.parts)
        next = time.next
        const zone = tokens[next]
        if (zone?.kind === 'word' && zone.value === 'Z') {
          parts.offset = 0
          next++
        } else {
          const offset = readOffset(tokens, next, false)
          if (offset) {
            parts.offset = offset.offset
            next = offset.next
          }
        }
      }
    }

    return {next, parts}
  }
}

/**
 * `05.05.2023`: day, month, year with periods (the European order).
 * `22/02/2023` and `02/22/2023` with slashes only when one of the numbers
 * is over 12, which says which order it is, or when both are the same
 * (`05/05/2024`); `05/03/2024` is left alone. Hyphens as slashes
 * (`16-08-2012`), outside running text, where `10-12-2020` may be a
 * range or a score.
 */
const numericDate: DateParser = {
  name: 'numeric-date',
  slot: 'date',
  starts: ['number'],
  match(tokens, index, mode) {
    const first = tokens[index]
    const mark = tokens[index + 1]
    const second = tokens[index + 2]
    if (
      !isNumber(first, 1, 2) ||
      !isPunct(mark, mode === 'body' ? './' : './-') ||
      !isNumber(second, 1, 2) ||
      tokens[index + 3]?.value !== mark.value
    )
      return undefined
    const year = readYear(tokens[index + 4])
    if (year === undefined) return undefined
    let day = Number(first.value)
    let month = Number(second.value)
    if (mark.value !== '.') {
      // `05/05/2024` reads the same either way.
      if (day > 12 === month > 12 && day !== month) return undefined
      if (month > 12) [day, month] = [month, day]
    }

    return {next: index + 5, parts: {year, month, day}}
  }
}

/**
 * `February 22, 2022`, `Feb 26`, `Dec. 12`, `Oct 3rd 2020`, `November
 * 9-10, 2020` (the range's first day).
 */
const monthDayDate: DateParser = {
  name: 'month-day',
  slot: 'date',
  starts: ['word'],
  match(tokens, index, mode) {
    const month = readMonth(tokens, index)
    if (!month || tokens[month.next]?.kind !== 'space') return undefined
    // `Theresa May 5 times`: in running text, after a capitalised word,
    // `May` and `March` are names, not months.
    const before = tokens[index - 2]
    if (
      mode === 'body' &&
      ambiguousMonths.has(tokens[index]!.value) &&
      tokens[index - 1]?.kind === 'space' &&
      before?.kind === 'word' &&
      isCapitalised(before.value) &&
      !WEEKDAYS.has(before.value.toLowerCase()) &&
      !datePrepositions.has(before.value.toLowerCase())
    )
      return undefined
    const day = readDay(tokens, month.next + 1)
    if (!day) return undefined
    const next = skipDayRange(tokens, day.next, day.day)
    const year = readTrailingYear(tokens, next)
    return {
      next: year ? year.next : next,
      parts: {year: year?.year, month: month.month, day: day.day}
    }
  }
}

/**
 * `22 Feb.`, `5 March 2024`, `15th of April`.
 */
const dayMonthDate: DateParser = {
  name: 'day-month',
  slot: 'date',
  starts: ['number'],
  match(tokens, index) {
    const day = readDay(tokens, index)
    if (!day) return undefined
    let at = skipDayRange(tokens, day.next, day.day)
    if (tokens[at]?.kind !== 'space') return undefined
    at++
    if (tokens[at]?.value === 'of' && tokens[at + 1]?.kind === 'space') at += 2
    const month = readMonth(tokens, at)
    if (!month) return undefined
    const year = readTrailingYear(tokens, month.next)
    return {
      next: year ? year.next : month.next,
      parts: {year: year?.year, month: month.month, day: day.day}
    }
  }
}

// ---------------------------------------------------------------------------
// Weekday, time and zone parsers.

/**
 * `Tuesday`, and in stamps `Tue` or `Tue.`; a comma after it is part of it.
 */
const weekday: DateParser = {
  name: 'weekday',
  slot: 'weekday',
  starts: ['word'],
  match(tokens, index, mode) {
    const token = tokens[index]
    if (token?.kind !== 'word' || !isCapitalised(token.value)) return undefined
    const lower = token.value.toLowerCase()
    const day = WEEKDAYS.get(lower)
    if (day === undefined) return undefined
    const full = FULL_WEEKDAYS.has(lower)
    if (!full && mode === 'body') return undefined
    let next = index + 1
    if (!full && isPunct(tokens[next], '.')) next++
    return {next, parts: {weekday: day}}
  }
}

/**
 * `12:40`, `15:00:33`, `3:14 PM`, `12.40 GMT`.
 */
const clockTime: DateParser = {
  name: 'clock-time',
  slot: 'time',
  starts: ['number'],
  match(tokens, index) {
    const hour = tokens[index]
    const minute = tokens[index + 2]
    if (
      !isNumber(hour, 1, 2) ||
      !isPunct(tokens[index + 1], ':.') ||
      !isNumber(minute, 2, 2)
    )
      return undefined
    // `12.40 GMT`, `9.30pm` (British style): a period only before a zone or
    // meridiem, as `12.40` alone is a quantity.
    if (tokens[index + 1]!.value === '.' && !isZoneOrMeridiem(tokens, index + 3))
      return undefined
    const parts: DateParts = {hour: Number(hour.value), minute: Number(minute.value)}
    let next = index + 3
    if (isPunct(tokens[next], ':') && isNumber(tokens[next + 1], 2, 2)) {
      parts.second = Number(tokens[next + 1]!.value)
      next += 2
      // Fractions of a second are dropped from the fields, kept in the text.
      if (isPunct(tokens[next], '.') && tokens[next + 1]?.kind === 'number') next += 2
    }

    const after = tokens[next]
    // `12:40abc` is not a time; `10:00Z` (ISO) and `3:14PM` are.
    if (
      after?.kind === 'number' ||
      (after?.kind === 'word' && after.value !== 'Z' && !readMeridiem(tokens, next))
    )
      return undefined
    const meridiem = readMeridiem(tokens, skipSpace(tokens, next))
    if (meridiem) {
      if (!applyMeridiem(parts, meridiem.pm)) return undefined
      next = meridiem.next
    }

    if (parts.hour! > 23 || parts.minute! > 59 || (parts.second ?? 0) > 59)
      return undefined
    return {next, parts}
  }
}

/**
 * `3 p.m.`, `11am`: an hour with a meridiem.
 */
const hourTime: DateParser = {
  name: 'hour-time',
  slot: 'time',
  starts: ['number'],
  match(tokens, index) {
    const hour = tokens[index]
    if (!isNumber(hour, 1, 2)) return undefined
    const meridiem = readMeridiem(tokens, skipSpace(tokens, index + 1))
    if (!meridiem) return undefined
    const parts: DateParts = {hour: Number(hour.value), minute: 0}
    if (!applyMeridiem(parts, meridiem.pm)) return undefined
    return {next: meridiem.next, parts}
  }
}

/**
 * `0307 GMT`: the wire's four-digit time, only before `GMT` or `UTC`.
 */
const wireTime: DateParser = {
  name: 'wire-time',
  slot: 'time',
  starts: ['number'],
  match(tokens, index) {
    const token = tokens[index]
    if (!isNumber(token, 4, 4) || tokens[index + 1]?.kind !== 'space') return undefined
    const zone = tokens[index + 2]
    if (zone?.kind !== 'word' || !OFFSET_BASES.has(zone.value)) return undefined
    const hour = Number(token.value.slice(0, 2))
    const minute = Number(token.value.slice(2))
    if (hour > 23 || minute > 59) return undefined
    return {next: index + 1, parts: {hour, minute}}
  }
}

/**
 * Whether a zone abbreviation or a meridiem follows (after optional white
 * space).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after a time.
 * @returns
 *   Whether one follows.
 */
function isZoneOrMeridiem(tokens: Token[], index: number): boolean {
  const at = skipSpace(tokens, index)
  const token = tokens[at]
  if (token?.kind !== 'word') return false
  return (ZONES.has(token.value) && token.value !== 'Z') || readMeridiem(tokens, at) !== undefined
}

/**
 * Turn a 12-hour clock into a 24-hour one.
 *
 * @param parts
 *   Parts with `hour` (mutated).
 * @param pm
 *   Whether it is afternoon.
 * @returns
 *   Whether the hour fits a 12-hour clock (or is an afternoon hour of a
 *   24-hour one before `PM`).
 */
function applyMeridiem(parts: DateParts, pm: boolean): boolean {
  const hour = parts.hour!
  // A 24-hour clock with a needless `PM` (`18:19 PM`) is read as it is.
  if (pm && hour > 12 && hour < 24) return true
  if (hour < 1 || hour > 12) return false
  parts.hour = (hour % 12) + (pm ? 12 : 0)
  return true
}

/**
 * Read one zone item: an abbreviation (`MSK`), `UTC+3`, `GMT+05:30`, or a
 * bare written offset (`+0300`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Where to read.
 * @returns
 *   Parts and the index after, or `undefined`.
 */
function readZoneItem(tokens: Token[], index: number): PartsMatch | undefined {
  const token = tokens[index]
  if (!token) return undefined
  if (token.kind === 'word') {
    if (token.value === 'Z' || !ZONES.has(token.value)) return undefined
    const parts: DateParts = {
      zone: token.value,
      zoneStart: token.start,
      zoneEnd: token.end
    }
    let next = index + 1
    if (OFFSET_BASES.has(token.value)) {
      const offset = readOffset(tokens, next, true)
      if (offset) {
        // `UTC+3` is an offset, not a zone name.
        parts.zone = undefined
        parts.zoneStart = undefined
        parts.zoneEnd = undefined
        parts.offset = offset.offset
        next = offset.next
      }
    }

    return {next, parts}
  }

  const offset = readOffset(tokens, index, false)
  return offset ? {next: offset.next, parts: {offset: offset.offset}} : undefined
}

/**
 * `GMT`, `(UTC+3 MSK)`, `EST`, `+0300`: one or two zone items, in
 * parentheses or not.
 */
const zone: DateParser = {
  name: 'zone',
  slot: 'zone',
  // A zone word (`GMT`), `(`, or the sign of an offset (`+0300`).
  starts: ['word', 'punct'],
  match(tokens, index) {
    const open = isPunct(tokens[index], '(')
    let at = open ? index + 1 : index
    const parts: DateParts = {}
    let items = 0
    let end = index
    while (items < 2) {
      const item = readZoneItem(tokens, items === 0 ? at : skipSpace(tokens, at))
      if (!item) break
      if (item.parts.offset !== undefined) parts.offset = item.parts.offset
      if (item.parts.zone !== undefined) {
        parts.zone = item.parts.zone
        parts.zoneStart = item.parts.zoneStart
        parts.zoneEnd = item.parts.zoneEnd
      }

      items++
      at = item.next
      end = item.next
    }

    if (items === 0) return undefined
    if (open) {
      if (!isPunct(tokens[at], ')')) return undefined
      end = at + 1
    }

    return {next: end, parts}
  }
}

/**
 * The grammar, in the order parsers are tried at each position.
 *
 * - ISO dates first: `2023-02-22` must not be read as a year and a number.
 * - Numeric dates before times and days: `05.05.2023` starts with a day.
 * - Clock times before day–month dates: in `12:40` the `12` is an hour.
 * - Day–month and month–day dates next; they need a month name beside the
 *   number, which is what keeps `Paragraphs 5, 6 and 7` out.
 * - Hour times (`3 p.m.`) and wire times (`0307 GMT`) after the dates, as
 *   they are the least specific reading of a number.
 * - Weekdays and zones last: they are plain words.
 */
export const dateParsers: readonly DateParser[] = [
  isoDate,
  numericDate,
  clockTime,
  dayMonthDate,
  monthDayDate,
  hourTime,
  wireTime,
  weekday,
  zone
]

/**
 * The parsers that can start at a token of each kind, in grammar order (see
 * {@link DateParser.starts}). Most parsers read a number first and a few a
 * word: a token is offered only to those that can read it, not to all.
 */
const parsersByKind: Readonly<Record<TokenKind, readonly DateParser[]>> = {
  word: dateParsers.filter((parser) => parser.starts.includes('word')),
  number: dateParsers.filter((parser) => parser.starts.includes('number')),
  space: dateParsers.filter((parser) => parser.starts.includes('space')),
  punct: dateParsers.filter((parser) => parser.starts.includes('punct'))
}

/** No parsers (past the last token). */
const noParsers: readonly DateParser[] = []

/**
 * The parsers that can start at a token, in grammar order: the others
 * would only fail there.
 *
 * @param token
 *   Token, or `undefined` past the last one.
 * @returns
 *   Parsers.
 */
export function parsersFor(token: Token | undefined): readonly DateParser[] {
  return token === undefined ? noParsers : parsersByKind[token.kind]
}
