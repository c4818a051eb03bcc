/**
 * `recognizeCredits`: footer credit lines, one credit per clause.
 */
import {describe, expect, it} from 'vitest'
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

  it('returns undefined for body text', () => {
    expect(recognizeCredits('The port reopened on Monday.')).toBe(undefined)
    expect(recognizeCredits('')).toBe(undefined)
  })
})
