/**
 * Attribution cues: fixed phrases whose object is the source (`according
 * to`, `citing`, `with reference to`, `quoted by`, `surveyed by`).
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: fixed phrases', () => {
  it('reads `according to` an organisation', () => {
    expect(find('Sales fell 4%, according to the Office for National Statistics.')).toStrictEqual([
      {start: 32, end: 62, name: 'Office for National Statistics', cue: 'according to', kind: 'organization'}
    ])
  })

  it('reads `According to` at a sentence start, with a title', () => {
    expect(find('According to Police Chief Dana Moss, nobody was hurt.')).toStrictEqual([
      {start: 26, end: 35, name: 'Dana Moss', cue: 'according to', kind: 'person', role: 'Police Chief'}
    ])
  })

  it('reads a document with its outlet modifier', () => {
    expect(find('Growth will slow, according to a Harbor Times survey of traders.')).toStrictEqual([
      {start: 33, end: 63, name: 'Harbor Times survey of traders', cue: 'according to', kind: 'document'}
    ])
  })

  it('reads figures from an institution as the institution', () => {
    expect(find('Prices rose 5%, according to data from the statistics office.')).toStrictEqual([
      {start: 39, end: 60, name: 'statistics office', cue: 'according to', kind: 'organization'}
    ])
  })

  it('reads `citing` an anonymous source', () => {
    expect(find('Kestrel News reported the deal, citing a source in the energy ministry.')).toStrictEqual([
      {start: 0, end: 12, name: 'Kestrel News', cue: 'reported', kind: 'outlet'},
      {start: 41, end: 70, name: 'source in the energy ministry', cue: 'citing', kind: 'anonymous'}
    ])
  })

  it('reads `with reference to` an outlet', () => {
    expect(find('The talks resumed, Baltinfo reports with reference to Nordwire.')).toStrictEqual([
      {start: 19, end: 27, name: 'Baltinfo', cue: 'reports', kind: 'outlet'},
      {start: 54, end: 62, name: 'Nordwire', cue: 'with reference to', kind: 'outlet'}
    ])
  })

  it('reads `surveyed by`', () => {
    expect(find('Five analysts surveyed by Lumen Research expected a loss.')).toStrictEqual([
      {start: 26, end: 40, name: 'Lumen Research', cue: 'surveyed by', kind: 'organization'}
    ])
  })
})
