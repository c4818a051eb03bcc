// `parseDateExpression` keeps the slots it filled as bits; `hasSlot` reads
// them.
import {describe, expect, it} from 'vitest'
import {hasSlot, parseDateExpression} from '../src/lib/header/parse-date-expression.js'
import {tokenize} from '../src/lib/header/tokenize.js'

/**
 * Slots an expression at the start of `text` fills.
 *
 * @param text
 *   Text.
 * @param mode
 *   Where the expression is.
 * @returns
 *   Names of the filled slots, or `undefined` when there is no expression.
 */
function slotsOf(text: string, mode: 'body' | 'stamp' | 'dateline') {
  const expression = parseDateExpression(tokenize(text), 0, mode)
  if (!expression) return undefined
  return (['weekday', 'date', 'time', 'zone'] as const).filter((slot) => hasSlot(expression.slots, slot))
}

describe('parseDateExpression slots', () => {
  it('records each slot filled', () => {
    expect(slotsOf('Tuesday, March 5, 2024 at 3:14 p.m. EST and more', 'body')).toStrictEqual([
      'weekday',
      'date',
      'time',
      'zone'
    ])
    expect(slotsOf('March 5', 'body')).toStrictEqual(['date'])
    expect(slotsOf('3 p.m.', 'body')).toStrictEqual(['time'])
    expect(slotsOf('2023-02-22T10:00Z', 'stamp')).toStrictEqual(['date', 'time', 'zone'])
    expect(slotsOf('2024 UTC+3', 'body')).toStrictEqual(['time', 'zone'])
    expect(slotsOf('Tuesday', 'body')).toStrictEqual(['weekday'])
  })

  it('reads a zone only after a time', () => {
    expect(slotsOf('March 5 GMT', 'body')).toStrictEqual(['date'])
    expect(slotsOf('GMT', 'body')).toBeUndefined()
  })

  it('lets a stamp say its date twice, once', () => {
    const expression = parseDateExpression(tokenize('2023-02-22 22 Feb. 12:40 (UTC+3 MSK)'), 0, 'stamp')
    expect(expression?.parts).toMatchObject({year: 2023, month: 2, day: 22, hour: 12, minute: 40, offset: 180})
    expect(hasSlot(expression!.slots, 'zone')).toBe(true)
  })
})
