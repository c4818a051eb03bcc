/**
 * `Locator.from` (line feeds found natively when there are no carriage
 * returns) and `report` (messages made without a stack trace).
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createState, report} from '../src/lib/state.js'
import {Locator} from '../src/lib/util/locate.js'

describe('Locator.from', () => {
  it('finds line starts after line feeds', () => {
    expect(Locator.from('').lineStarts).toStrictEqual([0])
    expect(Locator.from('a').lineStarts).toStrictEqual([0])
    expect(Locator.from('a\nbc\n').lineStarts).toStrictEqual([0, 2, 5])
    expect(Locator.from('\n\n').lineStarts).toStrictEqual([0, 1, 2])
  })

  it('counts `\\r\\n` and `\\r` as one line ending each', () => {
    expect(Locator.from('a\r\nb\rc\nd').lineStarts).toStrictEqual([0, 3, 5, 7])
    expect(Locator.from('\r\r\n').lineStarts).toStrictEqual([0, 1, 3])
  })

  it('gives points', () => {
    expect(Locator.from('ab\ncd').position(1, 4)).toStrictEqual({
      start: {line: 1, column: 2, offset: 1},
      end: {line: 2, column: 2, offset: 4}
    })
  })
})

describe('Locator#point', () => {
  it('gives the same points in any order of look-ups', () => {
    const value = 'ab\ncd\r\n\nefg\rh\n'
    const locator = Locator.from(value)
    expect(locator.lineStarts).toStrictEqual([0, 3, 7, 8, 12, 14])
    // The line is the number of line starts at or before the offset.
    const lineOf = (offset: number) => locator.lineStarts.filter((start) => start <= offset).length
    const offsets = [0, 5, 1, 2, 3, 14, 9, 9, 10, 4, 13, 8, 0, 11, 12, 6, 7]
    for (const offset of offsets) {
      const point = locator.point(offset)
      expect([offset, point.line]).toStrictEqual([offset, lineOf(offset)])
      expect(point.column).toBe(offset - locator.lineStarts[point.line - 1]! + 1)
    }
  })

  it('searches every time when line starts go down', () => {
    const locator = new Locator([0, 10, 5, 20])
    expect(locator.ordered).toBe(false)
    expect([locator.point(12).line, locator.point(7).line, locator.point(12).line]).toStrictEqual([3, 3, 3])
    expect(new Locator([0, Number.NaN, 10]).ordered).toBe(false)
    expect(new Locator([0, 5, 5, 9]).point(5)).toStrictEqual({line: 3, column: 1, offset: 5})
  })
})

describe('report', () => {
  it('adds a message and leaves the stack trace limit as it was', () => {
    const file = new VFile()
    const limit = Error.stackTraceLimit
    report(createState('ab\ncd', file, undefined), 'Unexpected `x`', 'x-rule', 3, 5)
    expect(Error.stackTraceLimit).toBe(limit)
    expect(file.messages.map((message) => [message.reason, message.ruleId, message.source, message.place, message.stack])).toStrictEqual([
      ['Unexpected `x`', 'x-rule', 'newsast', {start: {line: 2, column: 1, offset: 3}, end: {line: 2, column: 3, offset: 5}}, '']
    ])
  })
})
