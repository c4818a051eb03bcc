/**
 * `recognizeCredits`: footer credit lines, one credit per clause.
 */
import {describe, expect, it} from 'vitest'
import {isPatternSpace} from '../src/lib/sources/name-shape.js'
import {recognizeCredits} from '../src/lib/sources/recognize-credit.js'

describe('recognizeCredits', () => {
  it('reads wire signatures', () => {
    expect(recognizeCredits('Reuter')).toStrictEqual([{start: 0, end: 6, role: 'signature', names: ['Reuter']}])
    expect(recognizeCredits('-- AP')).toStrictEqual([{start: 0, end: 5, role: 'signature', names: ['AP']}])
    expect(recognizeCredits('Coastnews.Az')).toStrictEqual([{start: 0, end: 12, role: 'signature', names: ['Coastnews.Az']}])
  })

  it('reads a Reuters credit, one span per clause', () => {
    const line = '(Reporting by Ana Ruiz in Lima; additional reporting by Li Wei; Editing by Tom Hart and Eve Lund)'
    expect(recognizeCredits(line)).toStrictEqual([
      {start: 1, end: 30, role: 'reporting', names: ['Ana Ruiz']},
      {start: 32, end: 62, role: 'additional-reporting', names: ['Li Wei']},
      {start: 64, end: 96, role: 'editing', names: ['Tom Hart', 'Eve Lund']}
    ])
  })

  it('splits clauses at a period before a label', () => {
    expect(recognizeCredits('(Writing by Ana Ruiz. Editing by Tom Hart)')).toStrictEqual([
      {start: 1, end: 20, role: 'writing', names: ['Ana Ruiz']},
      {start: 22, end: 41, role: 'editing', names: ['Tom Hart']}
    ])
  })

  it('reads labelled credits', () => {
    expect(recognizeCredits('Source: Ministry of Water and Forests')).toStrictEqual([
      {start: 0, end: 37, role: 'source', names: ['Ministry of Water and Forests']}
    ])
    expect(recognizeCredits('Photo: Ana Ruiz')).toStrictEqual([{start: 0, end: 15, role: 'photo', names: ['Ana Ruiz']}])
    expect(recognizeCredits('News Source: Valley Post')).toStrictEqual([{start: 0, end: 24, role: 'source', names: ['Valley Post']}])
    expect(recognizeCredits('News source: officials said the ferry stopped because nobody came.')).toBe(undefined)
    expect(recognizeCredits('Image: via City Council')).toStrictEqual([{start: 0, end: 23, role: 'photo', names: ['City Council']}])
  })

  it('reads copyright lines', () => {
    expect(recognizeCredits('© 2023 Harbor Media Ltd. All rights reserved.')).toStrictEqual([
      {start: 0, end: 45, role: 'copyright', names: ['Harbor Media Ltd']}
    ])
    expect(recognizeCredits('Copyright 2021 Valley Post')).toStrictEqual([{start: 0, end: 26, role: 'copyright', names: ['Valley Post']}])
  })

  it('reads contact blocks line by line', () => {
    expect(recognizeCredits('Media contact:')).toStrictEqual([{start: 0, end: 14, role: 'contact', names: []}])
    expect(recognizeCredits('**Media Contact**')).toStrictEqual([{start: 0, end: 17, role: 'contact', names: []}])
    expect(recognizeCredits('press@harbor.example')).toStrictEqual([{start: 0, end: 20, role: 'contact', names: ['press@harbor.example']}])
    expect(recognizeCredits('+1 (555) 010-4477')).toStrictEqual([{start: 0, end: 17, role: 'contact', names: ['+1 (555) 010-4477']}])
  })

  it('reads contributed reporting', () => {
    expect(recognizeCredits('*Ana Ruiz (Valley Post) contributed reporting.*')).toStrictEqual([
      {start: 0, end: 47, role: 'additional-reporting', names: ['Ana Ruiz']}
    ])
    expect(recognizeCredits('AP writers Li Wei in Beijing and Tom Hart in Oslo contributed to this report.')).toStrictEqual([
      {start: 0, end: 77, role: 'additional-reporting', names: ['Li Wei', 'Tom Hart']}
    ])
  })

  it('gives the same credits with its prechecks (length, `@`, ` by `, `contributed`)', () => {
    // A phone number is at most 28 characters long.
    expect(recognizeCredits('phone: +12345678901234567890')).toStrictEqual([{start: 0, end: 28, role: 'contact', names: ['phone: +12345678901234567890']}])
    expect(recognizeCredits('phone: +123456789012345678901')).toBe(undefined)
    expect(recognizeCredits('**Media contact:**')).toStrictEqual([{start: 0, end: 18, role: 'contact', names: []}])
    expect(recognizeCredits('[jane@example.com](mailto:jane@example.com)')).toStrictEqual([{start: 0, end: 43, role: 'contact', names: ['jane@example.com']}])
    expect(recognizeCredits('REUTERS')).toStrictEqual([{start: 0, end: 7, role: 'signature', names: ['REUTERS']}])
    expect(recognizeCredits('REPORTING BY JANE DOE')).toStrictEqual([{start: 0, end: 21, role: 'reporting', names: ['JANE DOE']}])
    expect(recognizeCredits('Written by \u212Aarl Roe')).toStrictEqual([{start: 0, end: 19, role: 'writing', names: ['\u212Aarl Roe']}])
    expect(recognizeCredits('Reporting\tby Jane Doe')).toBe(undefined)
    expect(recognizeCredits('It contributed')).toStrictEqual([{start: 0, end: 14, role: 'additional-reporting', names: ['It']}])
    expect(recognizeCredits('x'.repeat(330) + ' contributed.')).toBe(undefined)
    expect(recognizeCredits('Jane Doe contributed to this report.')).toStrictEqual([{start: 0, end: 36, role: 'additional-reporting', names: ['Jane Doe']}])
  })

  it('returns undefined for body text', () => {
    expect(recognizeCredits('The port reopened on Monday.')).toBe(undefined)
    expect(recognizeCredits('')).toBe(undefined)
  })
})

describe('isPatternSpace', () => {
  it('is true for exactly the code units `\\s` matches', () => {
    const differ: number[] = []
    for (let code = 0; code < 65_536; code++) {
      if (isPatternSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
    }

    expect(differ).toStrictEqual([])
  })
})

describe('recognizeCredits prechecks', () => {
  it('reads copyright and site signatures', () => {
    expect(recognizeCredits('(C) 2023 Example Ltd')?.[0]?.role).toBe('copyright')
    expect(recognizeCredits('COPYRIGHT 2023 Example Ltd. All rights reserved.')?.[0]?.names).toStrictEqual(['Example Ltd'])
    expect(recognizeCredits('copyright\u00a02023 Example')?.[0]?.role).toBe('copyright')
    expect(recognizeCredits('-- News.Az')?.[0]?.names).toStrictEqual(['News.Az'])
    expect(recognizeCredits('news.az')?.[0]?.role).toBe(undefined)
  })
})
