// `findTimes` tokenises only windows around the places where an expression
// may start, and finds those places with a regular expression that skips
// glued and long runs of digits. These tests pin exact results for such
// sentences and compare it with the plain reading (every token of the
// sentence offered to the grammar) on random sentences.
import {describe, expect, it} from 'vitest'
import {findTimes} from '../src/lib/header/find-times.js'
import {FULL_WEEKDAYS, MONTHS} from '../src/lib/header/constants.js'
import {buildDateFields, parseDateExpression} from '../src/lib/header/parse-date-expression.js'
import {tokenize} from '../src/lib/header/tokenize.js'
import type {RecognizeContext, TimeSpan} from '../src/lib/recognizer-types.js'

/**
 * A context with a reference date that ignores reports.
 *
 * @returns
 *   Context.
 */
function makeContext(): RecognizeContext {
  return {referenceDate: '2023-02-22', report: () => undefined}
}

/**
 * Find times, with each span's text.
 *
 * @param text
 *   Sentence.
 * @returns
 *   Spans and texts.
 */
function times(text: string) {
  return findTimes(text, makeContext()).map((span) => ({text: text.slice(span.start, span.end), ...span}))
}

/**
 * The plain reading: tokenise the whole sentence and offer every number and
 * capitalised month or weekday name to the grammar (as `findTimes` did
 * before its prechecks).
 *
 * @param text
 *   Sentence.
 * @returns
 *   Spans.
 */
function plainTimes(text: string): TimeSpan[] {
  const context = makeContext()
  const tokens = tokenize(text)
  const spans: TimeSpan[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]
    if (token.kind === 'number') {
      if (
        previous &&
        previous.end === token.start &&
        (previous.kind === 'word' || '.,/$€£¥#-+:%'.includes(previous.value))
      )
        continue
    } else if (token.kind === 'word') {
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
    spans.push({start: expression.start, end: expression.end, ...built.fields})
    index = expression.next - 1
  }

  return spans
}

describe('findTimes windows', () => {
  it('reads a long run of digits and dots as no date', () => {
    expect(times('1.2.3.'.repeat(10_000))).toStrictEqual([])
  })

  it('reads a date after a long run of digits and dots', () => {
    const text = '1.2.3.'.repeat(1000) + ' on March 5, 2024.'
    expect(times(text)).toStrictEqual([
      {text: 'March 5, 2024', start: 6004, end: 6017, date: '2024-03-05'}
    ])
  })

  it('reads dates far apart in one sentence (several windows)', () => {
    const filler = ' a'.repeat(400)
    const text = 'On March 5' + filler + ' and 12:40 GMT' + filler + ' then Tuesday.'
    expect(times(text)).toStrictEqual([
      {text: 'March 5', start: 3, end: 10, date: '2023-03-05'},
      {text: '12:40 GMT', start: 815, end: 824, time: '12:40', zone: 'GMT', utcOffset: '+00:00'},
      {text: 'Tuesday', start: 1630, end: 1637, date: '2023-02-21'}
    ])
  })

  it('reads a long expression after many tokens', () => {
    const text = '7 '.repeat(250) + 'Tuesday, March 5, 2024, at 3:14 p.m. EST (UTC-5) ok'
    expect(plainTimes(text).length).toBeGreaterThan(0)
    expect(findTimes(text, makeContext())).toStrictEqual(plainTimes(text))
  })

  it('skips glued and long numbers but reads those after them', () => {
    expect(times('Paid $1,200,000 or 123456 on 22/02/2023, ab12 5 March.')).toStrictEqual([
      {text: '22/02/2023', start: 29, end: 39, date: '2023-02-22'},
      {text: '5 March', start: 46, end: 53, date: '2023-03-05'}
    ])
  })

  it('reads `Theresa May 5` across a window start', () => {
    const text = 'x'.repeat(50) + ' Theresa May 5 times; May 5 then.'
    expect(findTimes(text, makeContext())).toStrictEqual(plainTimes(text))
  })

  it('reads a weekday in odd case only in a sentence with a digit or a name', () => {
    expect(times('He left on MoNday.')).toStrictEqual([])
    expect(times('He left on MoNday at 5.')).toStrictEqual([
      {text: 'MoNday', start: 11, end: 17, date: '2023-02-20'}
    ])
    expect(times('On SUNDAY it rained.')).toStrictEqual([])
    expect(times('On Sunday it rained.')).toStrictEqual([
      {text: 'Sunday', start: 3, end: 9, date: '2023-02-19'}
    ])
    expect(times('SaTurday 3 p.m.')).toStrictEqual([
      {text: 'SaTurday 3 p.m.', start: 0, end: 15, date: '2023-02-18', time: '15:00'}
    ])
  })

  it('reads like the plain reading on random sentences', () => {
    const pieces = [
      ' ', ' ', '  ', '\n', '.', ',', ':', '-', '/', '(', ')', '$', '€', '–', '#',
      '1', '5', '12', '22', '31', '2023', '0307', '123', '05', '9',
      'May', 'March', 'Mar', 'Sept', 'MAY', 'JUNE', 'Tuesday', 'Tue', 'Sunday',
      'the', 'of', 'at', 'on', 'am', 'pm', 'a', 'p', 'm', 'th', 'st', 'T', 'Z',
      'GMT', 'UTC', 'EST', 'Theresa', 'é', 'Éte', '𝐀', 'x', 'ab'
    ]
    let seed = 42
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed / 2_147_483_648
    }

    for (let round = 0; round < 3000; round++) {
      let text = ''
      // Some sentences are longer than a window (256 tokens).
      const count = 1 + Math.floor(random() * (round % 10 === 0 ? 600 : 40))
      for (let index = 0; index < count; index++) text += pieces[Math.floor(random() * pieces.length)]
      expect(findTimes(text, makeContext()), text).toStrictEqual(plainTimes(text))
    }
  })
})
