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

import type {RecognizeContext, TimeSpan} from '../recognizer-types.js'
import {FULL_WEEKDAYS, MONTHS} from './constants.js'
import {buildDateFields, parseDateExpression} from './parse-date-expression.js'
import {reportZone} from './report-zone.js'
import {tokenize} from './tokenize.js'

/**
 * Cheap test run before tokenising: a digit, or a capitalised word that may
 * start a month or weekday name. Most sentences fail it or pass it on the
 * first few characters.
 */
const candidate = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/

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
 * @returns
 *   Spans with relative offsets, sorted and not overlapping.
 */
export function findTimes(text: string, context: RecognizeContext): TimeSpan[] {
  if (!candidate.test(text)) return []
  const tokens = tokenize(text)
  const spans: TimeSpan[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]
    if (token.kind === 'number') {
      if (
        previous &&
        previous.end === token.start &&
        (previous.kind === 'word' || numberGlue.includes(previous.value))
      )
        continue
    } else if (token.kind === 'word') {
      // Month and weekday names are capitalised (checked before lower-casing).
      const code = token.value.charCodeAt(0)
      if (code < 65 || code > 90 || token.value.length < 3) continue
      const lower = token.value.toLowerCase()
      if (!MONTHS.has(lower) && !FULL_WEEKDAYS.has(lower)) continue
    } else {
      continue
    }

    const expression = parseDateExpression(tokens, index, 'body')
    if (!expression) continue
    const built = buildDateFields(expression.parts, context.referenceDate)
    if (!built) continue
    if (built.ambiguousZone) reportZone(context, expression)
    spans.push({start: expression.start, end: expression.end, ...built.fields})
    index = expression.next - 1
  }

  return spans
}
