// Years: `--MM-DD` dates, completed from the header or a reference date.
import {describe, expect, it} from 'vitest'
import {nearestYear} from '../src/lib/header/calendar.js'
import {completeDates} from '../src/lib/header/complete-dates.js'
import type {DateFields} from '../src/lib/recognizer-types.js'

describe('completeDates', () => {
  it('gives a dateline without a year the year of a stamp in the same header', () => {
    const datelines: DateFields[] = [{date: '2021-04-09'}, {date: '--04-09'}]
    expect(completeDates(datelines)).toBe('2021-04-09')
    expect(datelines).toStrictEqual([{date: '2021-04-09'}, {date: '2021-04-09'}])
  })

  it('uses the reference date when the header has no year', () => {
    const datelines: DateFields[] = [{date: '--03-14', time: '08:15', utcOffset: '+03:00', zone: 'MSK'}]
    expect(completeDates(datelines, '2022-03-20')).toBe('2022-03-14')
    expect(datelines).toStrictEqual([
      {date: '2022-03-14', time: '08:15', utcOffset: '+03:00', zone: 'MSK', datetime: '2022-03-14T08:15+03:00'}
    ])
  })

  it('prefers a year in the header to the reference date', () => {
    const datelines: DateFields[] = [{date: '--05-02'}, {date: '2019-05-01'}]
    expect(completeDates(datelines, '2024-01-01')).toBe('2019-05-02')
    expect(datelines).toStrictEqual([{date: '2019-05-02'}, {date: '2019-05-01'}])
  })

  it('takes last year for a day just before a reference in January', () => {
    const datelines: DateFields[] = [{date: '--12-30'}]
    expect(completeDates(datelines, '2024-01-03')).toBe('2023-12-30')
  })

  it('resolves US zones once the year is known', () => {
    const datelines: DateFields[] = [{date: '--07-04', time: '09:00', zone: 'ET'}]
    completeDates(datelines, '2023-07-10')
    expect(datelines).toStrictEqual([
      {date: '2023-07-04', time: '09:00', zone: 'ET', utcOffset: '-04:00', datetime: '2023-07-04T09:00-04:00'}
    ])
  })

  it('leaves `--MM-DD` and returns nothing without any year', () => {
    const datelines: DateFields[] = [{date: '--02-26'}]
    expect(completeDates(datelines)).toBe(undefined)
    expect(datelines).toStrictEqual([{date: '--02-26'}])
  })

  it('returns the reference date when there are no datelines', () => {
    expect(completeDates([], '2020-06-01')).toBe('2020-06-01')
    expect(completeDates([], 'not a date')).toBe(undefined)
  })
})

describe('nearestYear', () => {
  it('skips years where the day does not exist', () => {
    expect(nearestYear(2, 29, [2023, 3, 1])).toBe(2024)
    expect(nearestYear(2, 29, [2024, 3, 1])).toBe(2024)
  })
})
