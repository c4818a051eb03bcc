/**
 * A person before a title of joined parts with no comma before the cue
 * (`Jane Roe, Chairman and CEO stated "…"`), and an issuer before a ticker
 * bracket and its appositive (`Acme (Nasdaq: ACME), a maker of gears,
 * announced today`).
 */
import {describe, expect, it} from 'vitest'
import {sourcesOf} from './util/outline.js'

describe('a person before a joined title', () => {
  it('reads the person before `Chairman and CEO` with no comma before the cue', () => {
    expect(sourcesOf('Jane F. Roe, Chairman and CEO stated "We expect the harbour trade to grow next year."')).toStrictEqual([
      ['Jane F. Roe', 'person', ['stated']]
    ])
  })

  it('reads the person before a capitalised title and a description', () => {
    expect(sourcesOf('Tom Berg, Area Operations Manager and a Harbour City native said, "The port has grown fast."')).toStrictEqual([
      ['Tom Berg', 'person', ['said']]
    ])
  })

  it('keeps a name before the cue and a clause after the comma', () => {
    expect(sourcesOf('Jane Roe, whose deputy John Doe said the plan would work, left early.')).toStrictEqual([['John Doe', 'person', ['said']]])
    expect(sourcesOf('Jane Roe, who met the chairman and two analysts said the plan would work.')).toStrictEqual([['analysts', 'anonymous', ['said']]])
    expect(sourcesOf('On Monday, the chairman and the chief executive said the plan would work.')).toStrictEqual([])
  })
})

describe('an issuer before a ticker bracket', () => {
  it('reads the firm before a ticker and its appositive', () => {
    expect(sourcesOf('Fjordtech (Nasdaq:FJT), a leading provider of harbour cranes, announced today that it won a contract.')).toStrictEqual([
      ['Fjordtech', 'organization', ['announced']]
    ])
    expect(sourcesOf('Fjordtech, Inc. (NYSE: FJT) ("Fjordtech"), a maker of harbour cranes, announced today that it won a contract.')).toStrictEqual([
      ['Fjordtech', 'organization', ['announced']]
    ])
  })

  it('keeps a person before a bracket and an appositive', () => {
    expect(sourcesOf('Jane Roe (pictured), a lawyer, said the plan would fail.')).toStrictEqual([['Jane Roe', 'person', ['said']]])
  })
})
