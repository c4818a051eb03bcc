// Bounded searches and prechecks in the header and date readers, with the
// cases they must answer as a full read does.
import {describe, expect, it} from 'vitest'
import {readIsoDate} from '../src/lib/header/calendar.js'
import {findTimes, nextTimeStart} from '../src/lib/header/find-times.js'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'
import {recognizeMeta} from '../src/lib/header/recognize-meta.js'
import {splitSentences} from '../src/lib/sentence/split-sentences.js'

describe('recognizeByline leads in any case', () => {
  const cases: Array<[string, string[] | null]> = [
    ['written BY Jane Doe', ['Jane Doe']],
    ['Story by Jane Doe', ['Jane Doe']],
    ['TEXT BY JANE DOE', ['JANE DOE']],
    ['Words by Jane Doe', ['Jane Doe']],
    ['report by Jane Doe', ['Jane Doe']],
    ['(MENAFN- AzerNews) By Asim Aliyev', ['Asim Aliyev']],
    ['Bylines matter', null],
    ['B y Jane Doe', null],
    ['By', null],
    ['Jane Doe', null],
    ['\u00c9tienne Doe | Reporter', ['\u00c9tienne Doe']]
  ]
  for (const [line, authors] of cases) {
    it(JSON.stringify(line), () => {
      expect(recognizeByline(line)?.authors ?? null).toStrictEqual(authors)
    })
  }
})

describe('recognizeMeta bounded searches', () => {
  it('reads a label whose colon is at the reach', () => {
    const label = 'a'.repeat(32)
    expect(recognizeMeta(label + ': x')).toStrictEqual({key: label, value: 'x'})
  })

  it('leaves a colon past the reach', () => {
    expect(recognizeMeta('a'.repeat(33) + ': x')).toBeUndefined()
  })

  it('reads the first colon only', () => {
    expect(recognizeMeta('Lavrov says: tags: a')).toBeUndefined()
  })

  it('reads a bare key', () => {
    expect(recognizeMeta('Categories World, Europe')).toStrictEqual({key: 'categories', value: 'World, Europe'})
  })

  it('leaves a long first word', () => {
    expect(recognizeMeta('Categoriesx World')).toBeUndefined()
  })
})

describe('readIsoDate', () => {
  const cases: Array<[string | undefined, [number, number, number] | undefined]> = [
    ['2023-02-22', [2023, 2, 22]],
    ['2024-02-29', [2024, 2, 29]],
    ['2023-02-29', undefined],
    ['0999-01-01', undefined],
    ['2023-13-01', undefined],
    ['2023-1a-01', undefined],
    ['2023-01-0 ', undefined],
    ['+023-01-01', undefined],
    ['2023-01x01', [2023, 1, 1]],
    ['2023 01-01', undefined],
    [undefined, undefined]
  ]
  for (const [value, expected] of cases) {
    it(JSON.stringify(value), () => {
      expect(readIsoDate(value)).toStrictEqual(expected)
    })
  }
})

describe('findTimes starts', () => {
  const quiet = {report: () => undefined}
  const cases: Array<[string, string[]]> = [
    ['On Tuesday, 12 people met', ['Tuesday']],
    ['xTuesday and Tuesdays', []],
    ['$12 March 5 and 123 March 6', ['March 5', 'March 6']],
    ['COP29 on 5 March', ['5 March']],
    ['at 12345 March 4', ['March 4']],
    ['MaY 5 and mAY 6', ['MaY 5']],
    ['2023-02-22 and 1.2.3', ['2023-02-22']]
  ]
  for (const [text, spans] of cases) {
    it(JSON.stringify(text), () => {
      expect(findTimes(text, quiet).map((span) => text.slice(span.start, span.end))).toStrictEqual(spans)
    })
  }
})

describe('nextTimeStart gates findTimes per sentence', () => {
  const quiet = {report: () => undefined}
  const pieces = ['12', '2023', '123', ' ', '. ', '.\u200b', '"', ')', 'May', 'MaY', 'Monday', 'Mon', 'x', 'March 5', '5 March', '3 p.m.', '$', ',', '-', 'Jan', 'Janx', '\u00e9', '\n', '12:40 GMT', '2023-02-22', 'On Tuesday', '?', '\u2019 ']
  let seed = 11
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  it('finds the same times as a call on every sentence', () => {
    for (let round = 0; round < 2000; round++) {
      let value = ''
      const count = 1 + Math.floor(random() * 30)
      for (let index = 0; index < count; index++) value += pieces[Math.floor(random() * pieces.length)]
      let timeStart = nextTimeStart(value, 0)
      for (const [from, to] of splitSentences(value)) {
        const text = value.slice(from, to)
        if (timeStart !== -1 && timeStart < from) timeStart = nextTimeStart(value, from)
        const gated = timeStart !== -1 && timeStart < to ? findTimes(text, quiet, timeStart - from) : []
        expect(gated, JSON.stringify(value)).toStrictEqual(findTimes(text, quiet))
      }
    }
  })
})
