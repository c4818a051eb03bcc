/**
 * Private people, bodies in the plural and firms by their seat: a one-word
 * name with an appositive that describes a private person is a person's,
 * a description followed by `named` gives the name, a weekday between
 * subject and verb is skipped, a generational suffix ends a name before
 * its title, a release's issuer comes before its town and state, and
 * bodies in the plural (`Western governments`) are organisations.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: between subject and verb', () => {
  it('skips a bare weekday after the subject', () => {
    expect(find('Senator Jane Roe Friday said the budget was late.')).toStrictEqual([
      {start: 8, end: 16, name: 'Jane Roe', cue: 'said', kind: 'person', role: 'Senator'}
    ])
    expect(find('The ministry Tuesday announced a new tax.')).toStrictEqual([
      {start: 0, end: 12, name: 'ministry', cue: 'announced', kind: 'organization'}
    ])
  })

  it('does not take a holiday for a subject and a weekday', () => {
    expect(find('Good Friday said nothing.')).toStrictEqual([])
  })

  it('ends a name before a generational suffix and a title', () => {
    expect(find('Jane K. Roe, Jr., President and CEO stated: "This was hard."')).toStrictEqual([
      {start: 0, end: 11, name: 'Jane K. Roe', cue: 'stated', kind: 'person'}
    ])
  })
})

describe('bodies in the plural', () => {
  it('makes governments, organisations, forces and services that speak organisations', () => {
    expect(find('Western governments say the vote was flawed.')).toStrictEqual([
      {start: 0, end: 19, name: 'Western governments', cue: 'say', kind: 'organization'}
    ])
    expect(find('Humanitarian organisations said access was poor.')).toStrictEqual([
      {start: 0, end: 26, name: 'Humanitarian organisations', cue: 'said', kind: 'organization'}
    ])
    expect(find('Fjordland forces said they had retaken the village.')).toStrictEqual([
      {start: 0, end: 16, name: 'Fjordland forces', cue: 'said', kind: 'organization'}
    ])
    expect(find('Emergency services reported damage to homes.')).toStrictEqual([
      {start: 0, end: 18, name: 'Emergency services', cue: 'reported', kind: 'organization'}
    ])
  })

  it('keeps a named body whole', () => {
    expect(find('The Fjordland Armed Forces said the drill ended.')).toStrictEqual([
      {start: 4, end: 26, name: 'Fjordland Armed Forces', cue: 'said', kind: 'organization'}
    ])
  })

  it('keeps groups of people anonymous', () => {
    expect(find('Energy officials said the grid was stable.')).toStrictEqual([
      {start: 0, end: 16, name: 'Energy officials', cue: 'said', kind: 'anonymous'}
    ])
  })
})
