/**
 * Recognise a stamp line: the date (and time, and zone) a header gives for
 * the article, with or without a label.
 *
 * @module
 */

import type {DatelineRole} from '../types.js'
import type {RecognizeContext, StampMatch} from '../recognizer-types.js'
import {AGENCIES, MONTHS, TIME_LABELS, WEEKDAYS} from './constants.js'
import {skipSpace} from './date-parsers.js'
import {
  type DateExpression,
  buildDateFields,
  hasSlot,
  parseDateExpression
} from './parse-date-expression.js'
import {reportZone} from './report-zone.js'
import {type Token, kindOf, tokenEnd, tokenizeWindow} from './tokenize.js'

/**
 * Stamps are short: only this much of a line is read (a stamp may share
 * its line with the lead paragraph).
 */
const window = 240

/**
 * Longest label, in words (`last updated on`).
 */
const labelWords = 3

/**
 * Longest label, in characters (`first published on:`).
 */
const labelLength = 24

/**
 * At most this many words may sit beside a numeric date and time in a
 * labelled credit line (`Photo: example.kz 05.05.2023 14:16 2091`).
 */
const creditWords = 4

/**
 * Separators of page furniture after a stamp (`| 3 min read`, `/ Updated 2
 * hours ago`).
 */
const furnitureMarks = '|/\u00b7\u2022'

/**
 * Longest piece of furniture after a separator that is made part of the
 * stamp.
 */
const furnitureLength = 48

/**
 * Longest wire name before a bar on a stamp line (`Associated Press |`).
 */
const wireNameLength = 24

/**
 * Read a time label (`date`, `Published:`, `Last updated on`).
 *
 * @param tokens
 *   Tokens of the line.
 * @returns
 *   Role, whether a colon (or a dash) follows, whether it is a dash, the
 *   index after the label, and whether the label is the noun `update`
 *   (see {@link readStamp}).
 */
function readLabel(
  tokens: Token[]
): {role: DatelineRole; colon: boolean; dash: boolean; next: number; noun: boolean} | undefined {
  const words: string[] = []
  const ends: number[] = []
  let index = 0
  while (words.length < labelWords) {
    const token = tokens[index]
    if (token?.kind !== 'word') break
    words.push(token.value.toLowerCase())
    ends.push(index + 1)
    const space = tokens[index + 1]
    if (space?.kind !== 'space' || space.value !== ' ') break
    index += 2
  }

  for (let size = words.length; size > 0; size--) {
    const role = TIME_LABELS.get(words.slice(0, size).join(' '))
    if (role === undefined) continue
    let next = ends[size - 1]!
    // `Updated:`, and `Update :` with a space before the colon.
    if (tokens[next]?.value === ' ' && tokens[next + 1]?.value === ':') next++
    // A spaced dash does the colon's work before a date (`Date -
    // 16-08-2012`; see `readStamp`).
    else if (tokens[next]?.value === ' ' && isDash(tokens[next + 1]) && tokens[next + 2]?.value === ' ') next++
    const dash = isDash(tokens[next])
    const colon = dash || tokens[next]?.value === ':'
    // The noun alone labels a stamp only with its colon (`Update: 12.03.2024`;
    // not `Update May 5, 2024 vote …`).
    if (!colon && size === 1 && words[0] === 'update') continue
    if (colon) next++
    const after = tokens[next]
    // `date 2023-…`, `Published: …`; not `Updated rules for …`.
    if (after === undefined || after.kind === 'space' || colon) {
      next = skipSpace(tokens, next)
      // `Last modified on …`, `Published: at …`.
      const word = tokens[next]?.value
      if ((word === 'on' || word === 'at') && tokens[next + 1]?.kind === 'space') next += 2
      return {role, colon, dash, next, noun: words[0] === 'update'}
    }
  }

  return undefined
}

/**
 * Whether a token is a hyphen or an en or em dash.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is one.
 */
function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.value.length === 1 && '-\u2013\u2014'.includes(token.value)
}

/**
 * Whether what follows a stamp on its line is page furniture (`+ ↺ − 16
 * px`): no word of three or more letters.
 *
 * @param tokens
 *   Tokens of the line.
 * @param index
 *   Index of the first token after the stamp.
 * @returns
 *   Whether the rest is junk (or empty).
 */
function isJunk(tokens: Token[], index: number): boolean {
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'word' && token.value.length >= 3) return false
  }

  return true
}

/**
 * Whether a word is written in capitals (a dateline place after a stamp).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is an upper-case word of two or more letters.
 */
function isCapsWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.value.length > 1 &&
    token.value === token.value.toUpperCase() &&
    token.value !== token.value.toLowerCase()
  )
}

/**
 * Read a time after a numeric date whose order cannot be told (`06/08/2024
 * 10:07 PM`: 6 August or June 8): the time is kept and the date left out,
 * as the tree never guesses. Dates that say their order (`25/08/2024`) or
 * read the same either way (`05/05/2024`) are read by the date grammar.
 *
 * @param tokens
 *   Tokens of the line.
 * @param index
 *   Index of the date's first number.
 * @returns
 *   The time's expression, starting at the date, or `undefined`.
 */
function readUndatedStamp(tokens: Token[], index: number): DateExpression | undefined {
  const first = tokens[index]
  const second = tokens[index + 2]
  const year = tokens[index + 4]
  if (
    first?.kind !== 'number' ||
    second?.kind !== 'number' ||
    year?.kind !== 'number' ||
    first.value.length > 2 ||
    second.value.length > 2 ||
    year.value.length !== 4 ||
    tokens[index + 1]?.value !== '/' ||
    tokens[index + 3]?.value !== '/' ||
    tokens[index + 5]?.kind !== 'space'
  )
    return undefined
  const day = Number(first.value)
  const month = Number(second.value)
  if (day < 1 || day > 12 || month < 1 || month > 12 || day === month) return undefined
  const time = parseDateExpression(tokens, index + 6, 'stamp')
  if (!time || !hasSlot(time.slots, 'time') || hasSlot(time.slots, 'date')) return undefined
  return {...time, first: index, start: first.start}
}

/**
 * Whether what follows a stamp is a widget's label alone at the end of the
 * line (`Font size:`, `Share:`): at most {@link labelWords} words, then a
 * colon and nothing else. A label with nothing after it says nothing.
 *
 * @param tokens
 *   Tokens of the line.
 * @param index
 *   Index of the first token after the stamp.
 * @returns
 *   Whether it is.
 */
function isWidgetLabel(tokens: Token[], index: number): boolean {
  let at = skipSpace(tokens, index)
  let words = 0
  while (tokens[at]?.kind === 'word' && words < labelWords) {
    words++
    at++
    if (tokens[at]?.value === ' ' && tokens[at + 1]?.kind === 'word') at++
  }

  return words > 0 && tokens[at]?.value === ':' && skipSpace(tokens, at + 1) >= tokens.length
}

/**
 * Find a numeric date with a time after a short label (`Photo: example.kz
 * 05.05.2023 14:16 2091`): sites that put the publication time in the
 * photo or source credit under the headline.
 *
 * @param tokens
 *   Tokens of the line.
 * @returns
 *   The expression, or `undefined`.
 */
function findCreditStamp(tokens: Token[]): DateExpression | undefined {
  const colon = tokens.findIndex((token) => token.value === ':')
  if (colon < 1 || colon > 3) return undefined
  let words = 0
  for (let i = colon + 1; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind === 'word' && ++words > creditWords) return undefined
    if (token.kind !== 'number') continue
    const previous = tokens[i - 1]
    if (previous && previous.kind !== 'space') continue
    const expression = parseDateExpression(tokens, i, 'stamp')
    if (
      expression &&
      expression.parts.year !== undefined &&
      hasSlot(expression.slots, 'time') &&
      tokens[i + 1]?.kind === 'punct'
    )
      return expression
  }

  return undefined
}

/**
 * Cheap test before tokenising: a stamp has a digit (a day, a year or a
 * time), unless it is a labelled line whose date could not be read, which
 * has a colon near its start (`Updated: a while ago`).
 *
 * @param text
 *   Line content.
 * @returns
 *   Whether the line may be a stamp.
 */
function mayBeStamp(text: string): boolean {
  const stop = Math.min(text.length, window)
  for (let index = 0; index < stop; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
    if (code === 58 && index < labelLength) return true
  }

  return false
}

/**
 * Words a stamp can start with: the first word of a time label (`last` of
 * `last updated`), or a month or weekday name. One set, so that the
 * precheck below makes one look-up instead of three.
 */
const startWords: ReadonlySet<string> = new Set([
  ...[...TIME_LABELS.keys()].map((label) => label.split(' ')[0]!),
  ...MONTHS.keys(),
  ...WEEKDAYS.keys()
])

/**
 * Length of the longest of {@link startWords}: a longer first word is none
 * of them (lower-casing never makes a string shorter), so it is not sliced
 * and lower-cased.
 */
const startWordLength = Math.max(...[...startWords].map((word) => word.length))

/**
 * Cheap test on the first tokens, before tokenising the window: a stamp
 * starts where its label or its date starts, or is a credit line with a
 * colon among its first tokens (see {@link findCreditStamp}). So the first
 * token must be a number, `(`, or a word that starts a label or names a
 * month or weekday; else one of the next three tokens must be `:`. Titles
 * and lead paragraphs that hold a digit fail this on their first word.
 *
 * @param text
 *   Line content.
 * @returns
 *   Whether the line may be a stamp.
 */
function mayStartStamp(text: string): boolean {
  if (text.length === 0) return false
  const stop = Math.min(text.length, window)
  const code = text.charCodeAt(0)
  const kind = kindOf(code)
  if (kind === 'number' || code === 40 /* ( */) return true
  let end = tokenEnd(text, 0, stop)
  if (kind === 'word' && end <= startWordLength && startWords.has(text.slice(0, end).toLowerCase()))
    return true

  for (let token = 1; token <= 3 && end < stop; token++) {
    if (text.charCodeAt(end) === 58 /* : */) return true
    end = tokenEnd(text, end, stop)
  }

  return false
}

/**
 * Length of a bullet that sets a header line off as a list item (`• 15:52
 * 06 October 2020`), with the white space after it; `0` when the line has
 * none. Only the typographic bullets (`•`, `·`, `▪`) and a table cell's
 * `|` count: `-` and `*` open lists and summary bullets (`* Gold rises`),
 * which are not stamps.
 *
 * @param text
 *   Line content.
 * @returns
 *   Characters to skip.
 */
function bulletLength(text: string): number {
  const code = text.charCodeAt(0)
  // A table cell's edge, as text renderings of filings print a dated
  // cell (`|June 19, 2009`), may be glued to the stamp.
  const bar = code === 124
  if (code !== 0x2022 && code !== 0xb7 && code !== 0x25aa && !bar) return 0
  let index = 1
  // Bounded: a bullet is followed by a space or two.
  while (index < 4 && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
  return (index > 1 || bar) && index < text.length ? index : 0
}

/**
 * Length of a lower-case `on` and a space before a digit (`on 2024/05/06
 * 09:15:02`): what is left on its line of a listing's `Posted by Jane Doe
 * on …` when the name is set apart. It makes a stamp only before a whole
 * line of a date with its year and a time (see {@link recognizeStamp});
 * a sentence (`On May 6, …`) starts with a capital.
 *
 * @param text
 *   Line.
 * @returns
 *   Characters to skip, or `0`.
 */
function onLength(text: string): number {
  const digit = text.charCodeAt(3)
  return text.startsWith('on ') && digit >= 48 && digit <= 57 ? 3 : 0
}

/**
 * Length of a listed wire's name and a bar before a stamp (`AP | Aug 4,
 * 2021, 03:10PM`, as syndicating sites credit the wire on the stamp line),
 * with the white space around the bar, or a listed wire's name and a comma
 * (`Xinhua, May 4, 2026`); `0` when the line has none.
 *
 * @param text
 *   Line content.
 * @returns
 *   Characters to skip.
 */
function wireLength(text: string): number {
  // Only the start is searched: a line may be megabytes long.
  const head = text.slice(0, wireNameLength + 3)
  const bar = head.indexOf(' | ')
  if (bar > 0 && bar <= wireNameLength && AGENCIES.has(text.slice(0, bar).toLowerCase())) return bar + 3
  // `Xinhua, May 4, 2026`: the wire and a comma before the stamp's month
  // or day (the stamp reader then wants a date with its year or time).
  const comma = head.indexOf(',')
  if (comma < 1 || comma > wireNameLength || !AGENCIES.has(text.slice(0, comma).toLowerCase())) return 0
  const skip = text.charCodeAt(comma + 1) === 32 ? comma + 2 : comma + 1
  const code = text.charCodeAt(skip)
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? skip : 0
}

/**
 * Recognise a stamp line: a labelled time line (` date 2023-02-22 22 Feb.
 * 12:40 (UTC+3 MSK)`, `Published: 5 March 2024, 15:14 GMT`, `Updated 3:14
 * PM EST, Tue March 5, 2024`, `Posted on 2021-06-01 09:00`) or a bare stamp
 * (`30 Mar. 13:30 (UTC+3 MSK)`, `2024-12-24 15:00:33`, an ISO 8601 stamp).
 *
 * Years the line leaves out stay out (`--03-30`): `completeDates` fills them
 * from the rest of the header or the caller's reference date. Page junk
 * after the stamp (`+ ↺ − 16 px`) is made part of it; anything else after
 * it (a wire dateline, a byline, the lead) is left for the caller, except
 * after a bare stamp, where only a place in capitals (`Oct 3rd
 * 2020QARSHI`), a separator or junk may follow.
 *
 * @param text
 *   Line content, from its first non-white-space character.
 * @param context
 *   Recogniser context (messages: `ambiguous-zone`, `unparsed-date`).
 * @returns
 *   The match, or `undefined` when the line is not a stamp.
 */
export function recognizeStamp(
  text: string,
  context: RecognizeContext
): StampMatch | undefined {
  // Sites that list a page's labels as bullets mark the stamp too (`•
  // KARABAKH` / `• 15:52 06 October 2020`): the bullet is part of the
  // stamp's raw text, so nothing is lost and the line reads back the same.
  const bullet = bulletLength(text)
  const on = bullet ? 0 : onLength(text)
  const skip = bullet || on || wireLength(text)
  if (skip === 0) return readStamp(text, context, false)
  const shifted: RecognizeContext = {
    ...context,
    report: (reason, ruleId, start, end) => context.report(reason, ruleId, start + skip, end + skip)
  }
  const match = readStamp(text.slice(skip), shifted, bullet === 0 && on === 0)
  // After `on`, only a whole line of a date with its year and a time.
  if (on > 0 && (!match?.time || !match.date || match.date.startsWith('-') || match.end + skip < text.trimEnd().length)) return undefined
  return match ? {...match, end: match.end + skip} : undefined
}

/**
 * Recognise a stamp at the start of a line (see {@link recognizeStamp}),
 * after any bullet.
 *
 * @param text
 *   Line content, from its first non-white-space character.
 * @param context
 *   Recogniser context.
 * @param wired
 *   Whether a listed wire's name opens the line (`Xinhua, May 4, 2026
 *   Font size:`): it vouches for the line, so a widget's label after the
 *   date (see {@link isWidgetLabel}) is made part of the stamp. Without it
 *   a line such as `May 4, 2026 The mayor said:` is no stamp.
 * @param nested
 *   Whether this is the update stamp after a stamp (see
 *   {@link updateAfter}), which looks for no further one.
 * @returns
 *   The match, or `undefined` when the line is not a stamp.
 */
function readStamp(text: string, context: RecognizeContext, wired: boolean, nested = false): StampMatch | undefined {
  if (!mayStartStamp(text) || !mayBeStamp(text)) return undefined
  const tokens = tokenizeWindow(text, window)
  const label = readLabel(tokens)
  let expression: DateExpression | undefined
  let role: DatelineRole = 'published'

  if (label) {
    role = label.role
    expression = parseDateExpression(tokens, label.next, 'stamp') ?? readUndatedStamp(tokens, label.next)
    // The noun `Update on` also heads a headline (`Update on Jan. 6
    // hearings`, `Update on 3 counties`): it makes a stamp only before a
    // date with its year or its time (`Update on Jan. 3, 2021 at 3:15 p.m.`).
    if (
      label.noun &&
      !(
        expression &&
        hasSlot(expression.slots, 'date') &&
        (expression.parts.year !== undefined || hasSlot(expression.slots, 'time'))
      )
    )
      return undefined
    if (!expression) {
      // `Update - Ferry rules change` is a headline.
      if (label.dash) return undefined
      // `Published 0:00 AM …`: a label before digits is a stamp that could
      // not be read; `Updated rules for …` is not a stamp at all.
      if (!label.colon && tokens[label.next]?.kind !== 'number') return undefined
      const end = text.trimEnd().length
      const from = tokens[label.next]?.start ?? end
      if (from < end)
        context.report(
          'Unexpected date `' + text.slice(from, Math.min(end, from + 40)) + '`, expected a date or time',
          'unparsed-date',
          from,
          end
        )
      return {role, end}
    }
  } else {
    expression = parseDateExpression(tokens, 0, 'stamp')
    if (
      expression &&
      !(
        hasSlot(expression.slots, 'date') &&
        (expression.parts.year !== undefined || hasSlot(expression.slots, 'time'))
      )
    )
      expression = undefined
    expression ??= readUndatedStamp(tokens, 0)
    if (expression) {
      const after = tokens[skipSpace(tokens, expression.next)]
      if (
        !isJunk(tokens, expression.next) &&
        !(wired && isWidgetLabel(tokens, expression.next)) &&
        !isCapsWord(after) &&
        // `March 5, 2024 by Jane Doe`: a byline follows.
        !(after?.kind === 'word' && after.value.toLowerCase() === 'by') &&
        !(after?.kind === 'punct' && '|/-\u2013\u2014\u00b7\u2022'.includes(after.value))
      )
        return undefined
    } else {
      expression = findCreditStamp(tokens)
      if (!expression) return undefined
      // The whole credit line is the stamp's raw text.
      expression = {...expression, end: text.trimEnd().length, next: tokens.length}
    }
  }

  const built = buildDateFields(expression.parts, undefined)
  if (!built) {
    context.report(
      'Unexpected date `' + text.slice(expression.start, expression.end) + '`, expected a real day',
      'unparsed-date',
      expression.start,
      expression.end
    )
    return {role, end: expression.end}
  }

  if (built.ambiguousZone) reportZone(context, expression)
  const lineEnd = text.trimEnd().length
  const after = tokens[skipSpace(tokens, expression.next)]
  const furniture =
    after !== undefined &&
    after.kind === 'punct' &&
    furnitureMarks.includes(after.value) &&
    lineEnd - after.start <= furnitureLength
  const end =
    (isJunk(tokens, expression.next) ||
      furniture ||
      (wired && isWidgetLabel(tokens, expression.next)) ||
      (!nested && updateAfter(text, tokens, expression.next))) &&
    text.length <= window
      ? lineEnd
      : expression.end
  return {role, ...built.fields, end}
}

/** A context that drops messages, for the stamp after a stamp. */
const quiet: RecognizeContext = {report: () => undefined}

/**
 * Whether a dash or bar and an update stamp that ends the line follow a
 * stamp (`11.03.2024 - Update : 12.03.2024`): one line of furniture that
 * gives both times; the first is the publication's, and the rest is made
 * part of its stamp rather than left to open the body.
 *
 * @param text
 *   Line content.
 * @param tokens
 *   Its tokens.
 * @param index
 *   Index of the first token after the stamp.
 * @returns
 *   Whether an update stamp follows.
 */
function updateAfter(text: string, tokens: Token[], index: number): boolean {
  const at = skipSpace(tokens, index)
  const mark = tokens[at]
  if (mark?.kind !== 'punct' || !'-\u2013\u2014|'.includes(mark.value) || tokens[at + 1]?.kind !== 'space') return false
  const start = tokens[at + 2]?.start
  if (start === undefined) return false
  const rest = text.slice(start)
  const stamp = readStamp(rest, quiet, false, true)
  return stamp !== undefined && stamp.role === 'updated' && stamp.end >= rest.trimEnd().length
}
