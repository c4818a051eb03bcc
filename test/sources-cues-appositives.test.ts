/**
 * Subjects behind appositives and titles: the named speaker, not the
 * description, title or place set off by commas around it.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: appositives before the cue', () => {
  it('skips a parenthetical adverb after an appositive', () => {
    expect(find('Kenji Mori, a researcher at the firm, however, said prices rose.')).toStrictEqual([
      {start: 0, end: 10, name: 'Kenji Mori', cue: 'said', kind: 'person'}
    ])
    expect(find('Kenji Mori, however, said prices rose.')).toStrictEqual([
      {start: 0, end: 10, name: 'Kenji Mori', cue: 'said', kind: 'person'}
    ])
  })

  it('reads a body only from the head before a prepositional phrase', () => {
    expect(find('Halden Ltd, an investment bank, said prices rose.')).toStrictEqual([
      {start: 0, end: 10, name: 'Halden Ltd', cue: 'said', kind: 'organization'}
    ])
  })

  it('takes the named holder after a description of the office', () => {
    expect(find('The chair of the board, the Green councillor Ines Varga, said the audit will go on.')).toStrictEqual([
      {start: 45, end: 55, name: 'Ines Varga', cue: 'said', kind: 'person'}
    ])
    expect(find('The head of the panel, the Labour MP Jane Roe, said the review will end soon.')).toStrictEqual([
      {start: 37, end: 45, name: 'Jane Roe', cue: 'said', kind: 'person', role: 'Labour MP'}
    ])
  })

  it('takes the person before a title and a place set off by commas', () => {
    expect(find('Commenting on the hire, Dana Fox, CEO of Brightline Labs said: "We grow."')).toStrictEqual([
      {start: 24, end: 32, name: 'Dana Fox', cue: 'said', kind: 'person'}
    ])
    expect(find('Paul Grey, acting special agent in charge of Border Services, New York said, "The raid worked."')).toStrictEqual([
      {start: 0, end: 9, name: 'Paul Grey', cue: 'said', kind: 'person'}
    ])
  })

  it('leaves lists of places and bodies alone', () => {
    expect(find('In Oslo, Fjord Bank, a lender, said rates rose.')).toStrictEqual([
      {start: 9, end: 19, name: 'Fjord Bank', cue: 'said', kind: 'organization'}
    ])
    expect(find('After talks in Paris, London, the chief executive said rates rose.')).toStrictEqual([
      {start: 30, end: 49, name: 'chief executive', cue: 'said', kind: 'person'}
    ])
    expect(find('The tax, however, said analysts, was too high.')).toStrictEqual([
      {start: 23, end: 31, name: 'analysts', cue: 'said', kind: 'anonymous'}
    ])
  })

  it('reads a commandant as a title', () => {
    expect(find('Schools will close, Emergency Commandant Arman Keshishyan said during the meeting.')).toStrictEqual([
      {start: 41, end: 57, name: 'Arman Keshishyan', cue: 'said', kind: 'person', role: 'Emergency Commandant'}
    ])
  })
})
