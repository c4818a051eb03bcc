/**
 * Private people, bodies in the plural and firms by their seat: a one-word
 * name with an appositive that describes a private person is a person's,
 * a description followed by `named` gives the name, a weekday between
 * subject and verb is skipped, a generational suffix ends a name before
 * its title, a release's issuer comes before its town and state,
 * bodies in the plural (`Western governments`) are organisations, a name
 * follows an unlisted portfolio (`Minister for Diaspora Jane Doe`), and a
 * name after a plural possessive (`Fjord Airlines' Kent Powell`) is a
 * person's; a new or research paper is a document, and capitalised
 * `Chiefs` (`the Joint Chiefs of Staff`) a body.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {sourcesOf} from './util/outline.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: private people', () => {
  it('makes a one-word name a person by an appositive after an inverted verb', () => {
    expect(find('"The market is empty," said Karim, a Port Ellis resident.')).toStrictEqual([
      {start: 28, end: 33, name: 'Karim', cue: 'said', kind: 'person'}
    ])
    expect(find('"We want calm," said Amina, a street vendor in Port Ellis.')).toStrictEqual([
      {start: 21, end: 26, name: 'Amina', cue: 'said', kind: 'person'}
    ])
  })

  it('makes a one-word name a person by an appositive before the verb', () => {
    expect(find('Karim, a shopkeeper in the old town, said prices rose.')).toStrictEqual([
      {start: 0, end: 5, name: 'Karim', cue: 'said', kind: 'person'}
    ])
  })

  it('leaves a one-word name a body without such an appositive', () => {
    expect(find('Prices rose, said Halden, a lender.')).toStrictEqual([
      {start: 18, end: 24, name: 'Halden', cue: 'said', kind: 'organization'}
    ])
    expect(find('Prices rose, said Halden, a member of the group.')).toStrictEqual([
      {start: 18, end: 24, name: 'Halden', cue: 'said', kind: 'organization'}
    ])
    expect(find('Prices rose, said Kestrel, a resident group.')).toStrictEqual([
      {start: 18, end: 25, name: 'Kestrel', cue: 'said', kind: 'organization'}
    ])
    expect(find('Prices rose, said Halden.')).toStrictEqual([{start: 18, end: 24, name: 'Halden', cue: 'said', kind: 'organization'}])
  })

  it('reads the name after `named` or `identified as`', () => {
    expect(find('"The roads are closed," said a resident named Tawab.')).toStrictEqual([
      {start: 46, end: 51, name: 'Tawab', cue: 'said', kind: 'person'}
    ])
    expect(find('"The roads are closed," said a witness identified only as Tawab.')).toStrictEqual([
      {start: 58, end: 63, name: 'Tawab', cue: 'said', kind: 'person'}
    ])
  })

  it('keeps the description when no name follows `called`', () => {
    expect(find('"The roads are closed," said a resident called the police.')).toStrictEqual([
      {start: 31, end: 39, name: 'resident', cue: 'said', kind: 'anonymous'}
    ])
  })

  it('gives the person in the sources list', () => {
    expect(sourcesOf('"We want calm," said Amina, a street vendor in Port Ellis.')).toStrictEqual([['Amina', 'person', ['said']]])
  })
})

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

describe('findAttributions: a release issuer by its seat', () => {
  it('takes the firm before its town and state, not the state', () => {
    expect(find('Harbour Savings Corporation, Port Ellis, PA (NASDAQ: HSVC) announced a dividend.')).toStrictEqual([
      {start: 0, end: 27, name: 'Harbour Savings Corporation', cue: 'announced', kind: 'organization'}
    ])
    expect(find('Harbour Savings, Port Ellis, PA (NASDAQ: HSVC) announced a dividend.')).toStrictEqual([
      {start: 0, end: 15, name: 'Harbour Savings', cue: 'announced', kind: 'organization'}
    ])
  })

  it('makes no firm of a person by the seat without a ticker', () => {
    expect(find('Jane Doe, Port Ellis, IN said hello.')).toStrictEqual([{start: 0, end: 8, name: 'Jane Doe', cue: 'said', kind: 'person'}])
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

describe('findAttributions: a portfolio this list lacks', () => {
  it('takes the last two capitalised words after `Minister for` as the name', () => {
    expect(find('The law will change, State Minister for Reintegration Jane Doe told journalists.')).toStrictEqual([
      {start: 54, end: 62, name: 'Jane Doe', cue: 'told', kind: 'person', role: 'State Minister for Reintegration'}
    ])
  })

  it('keeps a listed portfolio and a name of three words', () => {
    expect(find('The law will change, Minister for Energy Mary Anne Roe said.')).toStrictEqual([
      {start: 41, end: 54, name: 'Mary Anne Roe', cue: 'said', kind: 'person', role: 'Minister for Energy'}
    ])
  })

  it('reads no name into a short title', () => {
    expect(find('The law will change, Minister for Europe said.')).toStrictEqual([
      {start: 21, end: 40, name: 'Minister for Europe', cue: 'said', kind: 'anonymous'}
    ])
  })

  it('merges the later surname with the titled name', () => {
    expect(sourcesOf('The law will change, Minister for Diaspora Jane Doe said. "It is fair," Doe said.')).toStrictEqual([
      ['Jane Doe', 'person', ['said']]
    ])
  })
})

describe('findAttributions: a name owned by a body', () => {
  it('makes a name after a plural possessive a person, whatever the cue', () => {
    expect(find("Fjord Airlines' Kent Powell reported three cancellations.")).toStrictEqual([
      {start: 16, end: 27, name: 'Kent Powell', cue: 'reported', kind: 'person'}
    ])
    expect(find('Fjord Airlines’ Kent Powell reported three cancellations.')).toStrictEqual([
      {start: 16, end: 27, name: 'Kent Powell', cue: 'reported', kind: 'person'}
    ])
  })

  it('still guesses a two-word name with `reported` and no owner an outlet', () => {
    expect(find('Harbour Gazette reported three cancellations.')).toStrictEqual([
      {start: 0, end: 15, name: 'Harbour Gazette', cue: 'reported', kind: 'outlet'}
    ])
  })
})

describe('findAttributions: a paper that is a study', () => {
  it('makes a new or research paper a document', () => {
    expect(find('The ice is melting, according to the new paper.')).toStrictEqual([
      {start: 33, end: 46, name: 'new paper', cue: 'according to', kind: 'document'}
    ])
    expect(find('The ice is melting, a working paper says.')).toStrictEqual([
      {start: 22, end: 35, name: 'working paper', cue: 'says', kind: 'document'}
    ])
  })

  it('leaves a bare paper alone, which may be a newspaper', () => {
    expect(find('The ice is melting, according to the paper.')).toStrictEqual([])
  })
})

describe('findAttributions: chiefs', () => {
  it('makes capitalised Chiefs a body and lower-case chiefs people', () => {
    expect(find('The drills will go ahead, the Joint Chiefs of Staff (JCS) said Thursday.')).toStrictEqual([
      {start: 30, end: 51, name: 'Joint Chiefs of Staff', cue: 'said', kind: 'organization'}
    ])
    expect(find('Crime fell, police chiefs said.')).toStrictEqual([{start: 12, end: 25, name: 'police chiefs', cue: 'said', kind: 'anonymous'}])
  })
})
