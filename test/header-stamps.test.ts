// Stamp lines: labelled time lines and bare stamps in the header.
import {describe, expect, it} from 'vitest'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

/**
 * A context that records messages.
 *
 * @returns
 *   Context and its messages.
 */
function collect() {
  const messages: Array<[string, string, number, number]> = []
  const context: RecognizeContext = {
    report(reason, ruleId, start, end) {
      messages.push([reason, ruleId, start, end])
      return undefined
    }
  }
  return {context, messages}
}

describe('recognizeStamp', () => {
  it('reads a ` date` line with a repeated day, time and zone in parentheses', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('date 2024-06-11 11 Jun. 09:05 (UTC+3 MSK)', context)).toStrictEqual({
      role: 'published',
      date: '2024-06-11',
      time: '09:05',
      utcOffset: '+03:00',
      zone: 'MSK',
      datetime: '2024-06-11T09:05+03:00',
      end: 41
    })
    expect(messages).toStrictEqual([])
  })

  it('reads a bare stamp without a year as `--MM-DD`', () => {
    const {context} = collect()
    expect(recognizeStamp('14 Apr. 08:15 (UTC+3 MSK)', context)).toStrictEqual({
      role: 'published',
      date: '--04-14',
      time: '08:15',
      utcOffset: '+03:00',
      zone: 'MSK',
      end: 25
    })
  })

  it('makes trailing page junk part of the stamp', () => {
    const {context} = collect()
    const line = 'date 2022-11-30 + \u21ba \u2212 14 px  '
    expect(recognizeStamp(line, context)).toStrictEqual({
      role: 'published',
      date: '2022-11-30',
      end: line.trimEnd().length
    })
  })

  it('stops before a wire dateline on the same line', () => {
    const {context} = collect()
    expect(recognizeStamp('date 2021-04-09 KYRGYZSTAN, April 9 - On Friday, the', context)).toStrictEqual({
      role: 'published',
      date: '2021-04-09',
      end: 15
    })
  })

  it('stops before a syndication credit and byline on the same line', () => {
    const {context} = collect()
    expect(recognizeStamp('date 2020-01-15 (SYNDIC- Example) By Jane Doe', context)).toStrictEqual({
      role: 'published',
      date: '2020-01-15',
      end: 15
    })
  })

  it('reads `Published:` with a day-month-year date and a zone', () => {
    const {context} = collect()
    expect(recognizeStamp('Published: 7 October 2021, 09:42 GMT', context)).toStrictEqual({
      role: 'published',
      date: '2021-10-07',
      time: '09:42',
      utcOffset: '+00:00',
      zone: 'GMT',
      datetime: '2021-10-07T09:42+00:00',
      end: 36
    })
  })

  it('reads `Updated` with a 12-hour time, zone and weekday before the date', () => {
    const {context} = collect()
    expect(recognizeStamp('Updated 9:05 PM EDT, Wed June 12, 2024', context)).toStrictEqual({
      role: 'updated',
      date: '2024-06-12',
      time: '21:05',
      utcOffset: '-04:00',
      zone: 'EDT',
      datetime: '2024-06-12T21:05-04:00',
      end: 38
    })
  })

  it('reads `Last updated:` as role `updated`', () => {
    const {context} = collect()
    expect(recognizeStamp('Last updated: 2019-12-01 18:00', context)).toStrictEqual({
      role: 'updated',
      date: '2019-12-01',
      time: '18:00',
      end: 30
    })
  })

  it('reads `Posted on` and `Issued on:`', () => {
    const {context} = collect()
    expect(recognizeStamp('Posted on 2020-02-29 07:30', context)).toStrictEqual({
      role: 'published',
      date: '2020-02-29',
      time: '07:30',
      end: 26
    })
    expect(recognizeStamp('Issued on: 3 May 2022', context)).toStrictEqual({
      role: 'published',
      date: '2022-05-03',
      end: 21
    })
  })

  it('reads ISO 8601 stamps, with seconds, fractions and offsets', () => {
    const {context} = collect()
    expect(recognizeStamp('2025-01-02T03:04:05.678+05:30', context)).toStrictEqual({
      role: 'published',
      date: '2025-01-02',
      time: '03:04:05',
      utcOffset: '+05:30',
      datetime: '2025-01-02T03:04:05+05:30',
      end: 29
    })
    expect(recognizeStamp('Published Time: 2025-01-02T03:04:00Z', context)).toStrictEqual({
      role: 'published',
      date: '2025-01-02',
      time: '03:04:00',
      utcOffset: '+00:00',
      datetime: '2025-01-02T03:04:00+00:00',
      end: 36
    })
  })

  it('reads a bare date and time with seconds and no zone', () => {
    const {context} = collect()
    expect(recognizeStamp('2021-07-08 16:20:45', context)).toStrictEqual({
      role: 'published',
      date: '2021-07-08',
      time: '16:20:45',
      end: 19
    })
  })

  it('reads a stamp in a short photo or source credit line', () => {
    const {context} = collect()
    const line = 'Photo: example.kz 09.10.2022 11:30 517'
    expect(recognizeStamp(line, context)).toStrictEqual({
      role: 'published',
      date: '2022-10-09',
      time: '11:30',
      end: line.length
    })
  })

  it('reads a bare stamp fused with a place in capitals', () => {
    const {context} = collect()
    expect(recognizeStamp('Mar 9th 2021TASHKENT', context)).toStrictEqual({
      role: 'published',
      date: '2021-03-09',
      end: 12
    })
  })

  it('keeps a labelled line whose date cannot be read, with a message', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('Updated: a while ago', context)).toStrictEqual({role: 'updated', end: 20})
    expect(messages).toStrictEqual([
      ['Unexpected date `a while ago`, expected a date or time', 'unparsed-date', 9, 20]
    ])
  })

  it('reports a day that does not exist', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('Published: February 30, 2023', context)).toStrictEqual({
      role: 'published',
      end: 28
    })
    expect(messages.map((m) => m[1])).toStrictEqual(['unparsed-date'])
  })

  it('reads British dotted times and `on` after a label', () => {
    const {context} = collect()
    expect(recognizeStamp('Last modified on Thu 9 Mar 2023 16.05 GMT', context)).toStrictEqual({
      role: 'updated',
      date: '2023-03-09',
      time: '16:05',
      utcOffset: '+00:00',
      zone: 'GMT',
      datetime: '2023-03-09T16:05+00:00',
      end: 41
    })
  })

  it('makes short furniture after a separator part of the stamp', () => {
    const {context} = collect()
    const line = 'Jun 1, 2022 / 8:05 AM / Updated 3 hours ago'
    expect(recognizeStamp(line, context)).toStrictEqual({
      role: 'published',
      date: '2022-06-01',
      time: '08:05',
      end: line.length
    })
    expect(recognizeStamp('4 July 2021 | 5 min read', context)).toStrictEqual({
      role: 'published',
      date: '2021-07-04',
      end: 24
    })
  })

  it('reads `Update on` before a date with its year or time as an update', () => {
    const {context} = collect()
    expect(recognizeStamp('Update on Feb. 9, 2022 at 4:20 p.m.', context)).toStrictEqual({
      role: 'updated',
      date: '2022-02-09',
      time: '16:20',
      end: 35
    })
    expect(recognizeStamp('Update at 8:05 a.m. March 2, 2023', context)).toStrictEqual({
      role: 'updated',
      date: '2023-03-02',
      time: '08:05',
      end: 33
    })
  })

  it('reads no stamp in a headline that starts `Update on`', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('Update on Feb. 9 talks at the harbour', context)).toBe(undefined)
    expect(recognizeStamp('Update on 3 ferries still in dock', context)).toBe(undefined)
    expect(recognizeStamp('Update on the storm', context)).toBe(undefined)
    expect(messages).toStrictEqual([])
  })

  it('reads a bare stamp followed by a byline', () => {
    const {context} = collect()
    expect(recognizeStamp('June 2, 2022 by Ann Li', context)).toStrictEqual({
      role: 'published',
      date: '2022-06-02',
      end: 12
    })
  })

  it('reads `May` and `March` after a label', () => {
    const {context} = collect()
    expect(recognizeStamp('Published May 4, 2022 at 3:10 p.m. ET', context)).toStrictEqual({
      role: 'published',
      date: '2022-05-04',
      time: '15:10',
      zone: 'ET',
      utcOffset: '-04:00',
      datetime: '2022-05-04T15:10-04:00',
      end: 37
    })
  })

  it('reads slashed dates only when their order is certain', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('Updated: 25/11/2021', context)).toStrictEqual({role: 'updated', date: '2021-11-25', end: 19})
    expect(recognizeStamp('Updated: 11/25/2021', context)).toStrictEqual({role: 'updated', date: '2021-11-25', end: 19})
    expect(recognizeStamp('Updated: 05/03/2021', context)).toStrictEqual({role: 'updated', end: 19})
    expect(messages.map((m) => m[1])).toStrictEqual(['unparsed-date'])
  })
})


describe('recognizeStamp: a dash after the label, hyphenated dates, a needless PM', () => {
  it('reads a spaced dash after the label as its colon', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('Date - 16-08-2012', context)).toStrictEqual({role: 'published', date: '2012-08-16', end: 17})
    expect(recognizeStamp('Posted \u2014 4 May 2024', context)).toStrictEqual({role: 'published', date: '2024-05-04', end: 19})
    // Before words that are no date, the line is a headline, not a stamp
    // (with a colon it would be one whose date could not be read).
    expect(recognizeStamp('Update - Ferry rules change', context)).toBeUndefined()
    expect(messages).toStrictEqual([])
  })

  it('reads a day, month and year joined by hyphens when their order is plain', () => {
    const {context} = collect()
    expect(recognizeStamp('Date: 16-08-2012', context)).toStrictEqual({role: 'published', date: '2012-08-16', end: 16})
    expect(recognizeStamp('08-16-2012 10:05', context)).toStrictEqual({role: 'published', date: '2012-08-16', time: '10:05', end: 16})
    // `05-08-2012` may be either: the date is left out, as with slashes.
    expect(recognizeStamp('Date: 05-08-2012', context)).toStrictEqual({role: 'published', end: 16})
  })

  it('reads a 24-hour time with a needless `PM` as it is, and no morning hour after 12', () => {
    const {context} = collect()
    expect(recognizeStamp('January 28, 2004 18:19 PM', context)).toStrictEqual({
      role: 'published',
      date: '2004-01-28',
      time: '18:19',
      end: 25
    })
    expect(recognizeStamp('January 28, 2004 18:19 AM', context)).toStrictEqual({role: 'published', date: '2004-01-28', end: 25})
  })
})
