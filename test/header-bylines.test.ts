// Bylines: clean author names.
import {describe, expect, it} from 'vitest'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'

describe('recognizeByline', () => {
  it('reads `By` and one name', () => {
    expect(recognizeByline('By Maria Lopez')).toStrictEqual({authors: ['Maria Lopez']})
  })

  it('reads names in capitals', () => {
    expect(recognizeByline('By MARIA LOPEZ')).toStrictEqual({authors: ['MARIA LOPEZ']})
  })

  it('reads several names', () => {
    expect(recognizeByline('By Maria Lopez and Tom Hart')).toStrictEqual({authors: ['Maria Lopez', 'Tom Hart']})
    expect(recognizeByline('By Maria Lopez, Tom Hart & Ann Li')).toStrictEqual({
      authors: ['Maria Lopez', 'Tom Hart', 'Ann Li']
    })
  })

  it('drops the outlet', () => {
    expect(recognizeByline('By Maria Lopez, Reuters')).toStrictEqual({authors: ['Maria Lopez']})
    expect(recognizeByline('By Maria Lopez, Associated Press')).toStrictEqual({authors: ['Maria Lopez']})
    expect(recognizeByline('By Tom Hart | The Evening Post')).toStrictEqual({authors: ['Tom Hart']})
  })

  it('drops the role', () => {
    expect(recognizeByline('By Tom Hart, AP Business Writer')).toStrictEqual({authors: ['Tom Hart']})
    expect(recognizeByline('Tom Hart | Reporter')).toStrictEqual({authors: ['Tom Hart']})
    expect(recognizeByline('Tom Hart | Senior Correspondent')).toStrictEqual({authors: ['Tom Hart']})
  })

  it('reads initials, particles and hyphens', () => {
    expect(recognizeByline('By J.R. van der Berg')).toStrictEqual({authors: ['J.R. van der Berg']})
    expect(recognizeByline('By Anne-Marie O\u2019Neil')).toStrictEqual({authors: ['Anne-Marie O\u2019Neil']})
  })

  it('drops a place after the name', () => {
    expect(recognizeByline('By Tom Hart in Nairobi')).toStrictEqual({authors: ['Tom Hart']})
  })

  it('skips a syndication credit before `By`', () => {
    expect(recognizeByline('(SYNDIC- Example) By Tom Hart')).toStrictEqual({authors: ['Tom Hart']})
  })

  it('reads other leads', () => {
    expect(recognizeByline('Written by Ann Li')).toStrictEqual({authors: ['Ann Li']})
  })

  it('needs a name', () => {
    expect(recognizeByline('By Reuters Staff')).toBe(undefined)
    expect(recognizeByline('By')).toBe(undefined)
  })

  it('drops an outlet after `for` and a date beside the names', () => {
    expect(recognizeByline('By Ann Li for The Evening Post')).toStrictEqual({authors: ['Ann Li']})
    expect(recognizeByline('By Ann Li | June 3, 2024')).toStrictEqual({authors: ['Ann Li']})
  })

  it('splits names in capitals at `AND`', () => {
    expect(recognizeByline('BY ANN LI AND TOM HART')).toStrictEqual({authors: ['ANN LI', 'TOM HART']})
  })

  it('reads names alone when the caller says the line is a byline', () => {
    expect(recognizeByline('Ann Li and Tom Hart', {bare: true})).toStrictEqual({authors: ['Ann Li', 'Tom Hart']})
    expect(recognizeByline('Ann Li and Tom Hart')).toBe(undefined)
    expect(recognizeByline('Ports reopen', {bare: true})).toBe(undefined)
  })

  it('drops a one-word place after the outlet, and spelled-out wires', () => {
    expect(recognizeByline('By Ann Li, Evening News, Leeds')).toStrictEqual({authors: ['Ann Li']})
    expect(recognizeByline('By Agence France-Presse')).toBe(undefined)
  })
})

