/**
 * Attribution shapes of news copy: clause-only verbs of assurance, the
 * passive `was quoted … saying`, hearsay `is alleged to have said`,
 * generational suffixes, document and group subjects; and merging a title
 * of rank or a spelled-out acronym with its source.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {sourcesOf} from './util/outline.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

/** Sources of a parsed article whose body is `text`, as `[name, kind]`. */
function named(text: string) {
  return sourcesOf(text).map(([name, kind]) => [name, kind])
}

describe('findAttributions: more cue shapes', () => {
  it('reads assurance verbs only before a clause', () => {
    expect(find('In turn, Olga Petrova reassured that the deal stands.')).toStrictEqual([
      {start: 9, end: 21, name: 'Olga Petrova', cue: 'reassured', kind: 'person'}
    ])
    expect(find('Jane Roe informed President Lind that the talks would resume.')).toStrictEqual([
      {start: 0, end: 8, name: 'Jane Roe', cue: 'informed', kind: 'person'}
    ])
    expect(find('Jane Roe informed the council about the delay.')).toStrictEqual([
      {start: 0, end: 8, name: 'Jane Roe', cue: 'informed', kind: 'person'}
    ])
    expect(find('The board made informed decisions about pay.')).toStrictEqual([])
    expect(find('The bank reassured investors after the crash.')).toStrictEqual([])
    expect(find('The police were informed that the man fled.')).toStrictEqual([])
    expect(find('Staff were assured that no jobs would go.')).toStrictEqual([])
  })

  it('reads the speaker and the outlet of a passive quote', () => {
    expect(find('Mr Hale was quoted in the Tribune newspaper saying: "I regret nothing."')).toStrictEqual([
      {start: 3, end: 7, name: 'Hale', cue: 'quoted as saying', kind: 'person'},
      {start: 26, end: 33, name: 'Tribune', cue: 'quoted in', kind: 'outlet'}
    ])
    expect(find('Jane Roe was quoted as saying the plan failed.')).toStrictEqual([
      {start: 0, end: 8, name: 'Jane Roe', cue: 'quoted as saying', kind: 'person'}
    ])
    expect(find('The figure was quoted in the report.')).toStrictEqual([])
    expect(find('The price quoted in the Tribune was wrong.')).toStrictEqual([])
  })

  it('reads the subject of hearsay before `to have said`', () => {
    expect(find('Mr Hale is alleged to have said that the plan failed.')).toStrictEqual([
      {start: 3, end: 7, name: 'Hale', cue: 'said', kind: 'person'}
    ])
    expect(find('A man said to have fled was held.')).toStrictEqual([])
  })

  it('ends a name at a generational suffix set off by a comma', () => {
    expect(find('Transport Secretary Arturo Vela, Jr. said at a briefing on Friday, "We grieve."')).toStrictEqual([
      {start: 20, end: 31, name: 'Arturo Vela', cue: 'said', kind: 'person', role: 'Transport Secretary'}
    ])
  })

  it('reads brokers and a submission as subjects, over a hard line break', () => {
    expect(find('The trade was light, ship brokers\nsaid.')).toStrictEqual([
      {start: 21, end: 33, name: 'ship brokers', cue: 'said', kind: 'anonymous'}
    ])
    expect(find('The submission also said the outage was avoidable.')).toStrictEqual([
      {start: 0, end: 14, name: 'submission', cue: 'said', kind: 'document'}
    ])
  })
})

describe('findAttributions: examples and nouns', () => {
  it('reads a named example set off by commas as the speaker', () => {
    expect(find('Some lenders, notably Fjord Bank, warned that firms would leave.')).toStrictEqual([
      {start: 22, end: 32, name: 'Fjord Bank', cue: 'warned', kind: 'organization'}
    ])
    // A clause after an inverted verb names no subject.
    expect(find('Prices may rise, warned that firms would leave.')).toStrictEqual([])
    expect(find('Prices, particularly for fuel, said analysts, will rise.')).toStrictEqual([
      {start: 36, end: 44, name: 'analysts', cue: 'said', kind: 'anonymous'}
    ])
  })

  it('reads a noun-like cue after an adjective of documents as a noun', () => {
    expect(find('But Kestrel’s official report gives a fuller account of the breach.')).toStrictEqual([])
    expect(find('The official notes that the breach was small.')).toStrictEqual([
      {start: 0, end: 12, name: 'official', cue: 'notes', kind: 'anonymous'}
    ])
  })

  it('reads a firm of insights as an organisation', () => {
    expect(find('Market Pulse Insights said the market will double.')).toStrictEqual([
      {start: 0, end: 21, name: 'Market Pulse Insights', cue: 'said', kind: 'organization'}
    ])
  })
})

describe('resolveSources: titles of rank and acronyms', () => {
  it('merges a full name with and without a title of rank', () => {
    expect(named('The plant will grow, Chairman Sir Alan Mott told reporters.\n\nProfits rose, Alan Mott said.')).toStrictEqual([['Sir Alan Mott', 'person']])
  })

  it('keeps a title before a surname alone apart from another person', () => {
    expect(named('Lord Mott said the bill was late.\n\nAlan Mott said the bill was fine.')).toStrictEqual([
      ['Lord Mott', 'person'],
      ['Alan Mott', 'person']
    ])
  })

  it('merges a body named by its country and by its people', () => {
    expect(named('The Valdorian Foreign Ministry said the road was open.\n\nValdoria’s Foreign Ministry said talks went on.')).toStrictEqual([
      ['Valdorian Foreign Ministry', 'organization']
    ])
    expect(named('The Austrian Foreign Ministry said the road was open.\n\nAustralia’s Foreign Ministry said talks went on.')).toStrictEqual([
      ['Austrian Foreign Ministry', 'organization'],
      ['Australia’s Foreign Ministry', 'organization']
    ])
  })

  it('ties an acronym to the source named with a word before its expansion', () => {
    expect(named('The Norwegian Department of Fisheries (DOF) said stocks fell.\n\nThe DOF said quotas would fall.')).toStrictEqual([
      ['Norwegian Department of Fisheries', 'organization']
    ])
  })
})
