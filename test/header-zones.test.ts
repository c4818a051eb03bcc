// Zones: the dictionary, written offsets, US daylight rules, ambiguity.
import {describe, expect, it} from 'vitest'
import {isUsDaylightTime, resolveZone} from '../src/lib/header/resolve-zone.js'
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

describe('resolveZone', () => {
  it('gives fixed offsets for unambiguous abbreviations', () => {
    expect(resolveZone('MSK', '2020-01-01', undefined)).toStrictEqual({utcOffset: '+03:00', ambiguous: false})
    expect(resolveZone('GMT', undefined, undefined)).toStrictEqual({utcOffset: '+00:00', ambiguous: false})
    expect(resolveZone('EST', '2024-07-01', '12:00')).toStrictEqual({utcOffset: '-05:00', ambiguous: false})
    expect(resolveZone('EDT', '2024-07-01', '12:00')).toStrictEqual({utcOffset: '-04:00', ambiguous: false})
  })

  it('gives no offset for ambiguous abbreviations', () => {
    expect(resolveZone('IST', '2024-07-01', '12:00')).toStrictEqual({ambiguous: true})
    expect(resolveZone('CST', '2024-07-01', '12:00')).toStrictEqual({ambiguous: true})
  })

  it('does not know words that are not zones', () => {
    expect(resolveZone('ABC', '2024-07-01', '12:00')).toBe(undefined)
  })

  it('resolves US generic zones by the daylight rules of the date', () => {
    expect(resolveZone('ET', '2024-07-04', '10:00')).toStrictEqual({utcOffset: '-04:00', ambiguous: false})
    expect(resolveZone('ET', '2024-01-04', '10:00')).toStrictEqual({utcOffset: '-05:00', ambiguous: false})
    expect(resolveZone('PT', '2024-07-04', undefined)).toStrictEqual({utcOffset: '-07:00', ambiguous: false})
    expect(resolveZone('CT', '2024-12-04', undefined)).toStrictEqual({utcOffset: '-06:00', ambiguous: false})
    expect(resolveZone('MT', '2024-12-04', undefined)).toStrictEqual({utcOffset: '-07:00', ambiguous: false})
  })

  it('gives US generic zones no offset without a year', () => {
    expect(resolveZone('ET', '--07-04', '10:00')).toStrictEqual({ambiguous: false})
  })
})

describe('isUsDaylightTime', () => {
  it('follows the 2007 rules (second Sunday of March to first Sunday of November)', () => {
    // 2024: 10 March to 3 November.
    expect(isUsDaylightTime(2024, 3, 9, undefined)).toBe(false)
    expect(isUsDaylightTime(2024, 3, 10, 60)).toBe(false)
    expect(isUsDaylightTime(2024, 3, 10, 180)).toBe(true)
    expect(isUsDaylightTime(2024, 11, 3, 60)).toBe(true)
    expect(isUsDaylightTime(2024, 11, 3, 180)).toBe(false)
    expect(isUsDaylightTime(2024, 11, 4, undefined)).toBe(false)
  })

  it('follows the 1987–2006 rules (first Sunday of April to last Sunday of October)', () => {
    // 2005: 3 April to 30 October.
    expect(isUsDaylightTime(2005, 3, 20, undefined)).toBe(false)
    expect(isUsDaylightTime(2005, 4, 3, 600)).toBe(true)
    expect(isUsDaylightTime(2005, 10, 29, undefined)).toBe(true)
    expect(isUsDaylightTime(2005, 10, 31, undefined)).toBe(false)
  })

  it('follows the 1967–1986 rules and knows nothing before', () => {
    // 1980: 27 April to 26 October.
    expect(isUsDaylightTime(1980, 4, 20, undefined)).toBe(false)
    expect(isUsDaylightTime(1980, 4, 28, undefined)).toBe(true)
    expect(isUsDaylightTime(1960, 7, 1, undefined)).toBe(undefined)
  })
})

describe('zones in stamps', () => {
  it('reads `UTC+3`, `GMT+05:30` and `+0300` as offsets', () => {
    const {context} = collect()
    expect(recognizeStamp('Published: 2023-05-01 10:00 UTC+3', context)).toStrictEqual({
      role: 'published',
      date: '2023-05-01',
      time: '10:00',
      utcOffset: '+03:00',
      datetime: '2023-05-01T10:00+03:00',
      end: 33
    })
    expect(recognizeStamp('Published: 2023-05-01 10:00 GMT+05:30', context)).toStrictEqual({
      role: 'published',
      date: '2023-05-01',
      time: '10:00',
      utcOffset: '+05:30',
      datetime: '2023-05-01T10:00+05:30',
      end: 37
    })
    expect(recognizeStamp('Posted 2023-05-01 10:00 -0330', context)).toStrictEqual({
      role: 'published',
      date: '2023-05-01',
      time: '10:00',
      utcOffset: '-03:30',
      datetime: '2023-05-01T10:00-03:30',
      end: 29
    })
  })

  it('resolves `ET` in a stamp by the date', () => {
    const {context} = collect()
    expect(recognizeStamp('Updated 11:30 AM ET, Aug. 14, 2023', context)).toStrictEqual({
      role: 'updated',
      date: '2023-08-14',
      time: '11:30',
      zone: 'ET',
      utcOffset: '-04:00',
      datetime: '2023-08-14T11:30-04:00',
      end: 34
    })
  })

  it('keeps an ambiguous zone without an offset, and reports it', () => {
    const {context, messages} = collect()
    expect(recognizeStamp('Published: 2023-05-01 10:00 IST', context)).toStrictEqual({
      role: 'published',
      date: '2023-05-01',
      time: '10:00',
      zone: 'IST',
      end: 31
    })
    expect(messages).toStrictEqual([
      ['Ambiguous zone `IST`: more than one zone uses it, so no offset is given', 'ambiguous-zone', 28, 31]
    ])
  })
})
