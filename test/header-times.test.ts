// Dates and times in body sentences.
import {describe, expect, it} from 'vitest'
import {findTimes} from '../src/lib/header/find-times.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

/**
 * Find times, with each span's text.
 *
 * @param text
 *   Sentence.
 * @param referenceDate
 *   Reference date.
 * @returns
 *   Spans and texts.
 */
function times(text: string, referenceDate?: string) {
  const context: RecognizeContext = {referenceDate, report: () => undefined}
  return findTimes(text, context).map((span) => ({text: text.slice(span.start, span.end), ...span}))
}

describe('findTimes', () => {
  it('reads a full date', () => {
    expect(times('The pact was signed on March 3, 2021 . It was', '2023-02-22')).toStrictEqual([
      {text: 'March 3, 2021', start: 23, end: 36, date: '2021-03-03'}
    ])
  })

  it('resolves a missing year from the reference date', () => {
    expect(times('On January 30, the two leaders met.', '2023-02-22')).toStrictEqual([
      {text: 'January 30', start: 3, end: 13, date: '2023-01-30'}
    ])
  })

  it('reads `May` and `March` as months after a capitalised preposition', () => {
    expect(times('On May 2, the two governments met.', '2024-05-14')).toStrictEqual([
      {text: 'May 2', start: 3, end: 8, date: '2024-05-02'}
    ])
    expect(times('Since March 4 prices rose.', '2024-05-14')).toStrictEqual([
      {text: 'March 4', start: 6, end: 13, date: '2024-03-04'}
    ])
  })

  it('keeps `--MM-DD` without a reference date', () => {
    expect(times('On January 30, the two leaders met.')).toStrictEqual([
      {text: 'January 30', start: 3, end: 13, date: '--01-30'}
    ])
  })

  it('reads day-month dates with an abbreviation', () => {
    expect(times('The vote is set for 9 Nov. in the capital', '2021-10-01')).toStrictEqual([
      {text: '9 Nov.', start: 20, end: 26, date: '2021-11-09'}
    ])
  })

  it('resolves a weekday to the most recent such day on or before the reference', () => {
    // 2023-02-22 was a Wednesday.
    expect(times('The minister said on Monday that', '2023-02-22')).toStrictEqual([
      {text: 'Monday', start: 21, end: 27, date: '2023-02-20'}
    ])
    expect(times('The minister said on Wednesday that', '2023-02-22')).toStrictEqual([
      {text: 'Wednesday', start: 21, end: 30, date: '2023-02-22'}
    ])
  })

  it('reads times with zones and joins them with a weekday', () => {
    expect(times('Prices fell by 1410 GMT on Friday', '2024-03-13')).toStrictEqual([
      {
        text: '1410 GMT on Friday',
        start: 15,
        end: 33,
        date: '2024-03-08',
        time: '14:10',
        zone: 'GMT',
        utcOffset: '+00:00',
        datetime: '2024-03-08T14:10+00:00'
      }
    ])
    expect(times('The polls close at 8:30 p.m. local time')).toStrictEqual([
      {text: '8:30 p.m.', start: 19, end: 28, time: '20:30'}
    ])
    expect(times('The market opened at 09:15 CET.')).toStrictEqual([
      {text: '09:15 CET', start: 21, end: 30, time: '09:15', zone: 'CET', utcOffset: '+01:00'}
    ])
  })

  it('reads a date range as its first day', () => {
    expect(times('The summit of July 8-9, 2019 ended')).toStrictEqual([
      {text: 'July 8-9, 2019', start: 14, end: 28, date: '2019-07-08'}
    ])
  })

  it('reads ISO dates in running text', () => {
    expect(times('The file dated 2020-05-06 shows')).toStrictEqual([
      {text: '2020-05-06', start: 15, end: 25, date: '2020-05-06'}
    ])
  })
})
