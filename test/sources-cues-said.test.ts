/**
 * Attribution cues: speech verbs in every order (`Jane Doe said`, `"…,"
 * said Jane Doe`, `Jane Doe, a lawyer, said`, `…, saying …`), pronouns.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: speech verbs', () => {
  it('finds a subject before the verb, dropping a title', () => {
    expect(find('Finnish Trade Minister Aino Virtanen said the port would reopen.')).toStrictEqual([
      {start: 23, end: 36, name: 'Aino Virtanen', cue: 'said', kind: 'person', role: 'Finnish Trade Minister'}
    ])
  })

  it('finds an inverted subject after a closing quote', () => {
    expect(find('"We will not wait," said Marta Kowalczyk, a union organiser.')).toStrictEqual([
      {start: 25, end: 40, name: 'Marta Kowalczyk', cue: 'said', kind: 'person'}
    ])
  })

  it('finds an inverted subject after a comma', () => {
    expect(find('The plan, says Northwind, is to hire 200 people.')).toStrictEqual([
      {start: 15, end: 24, name: 'Northwind', cue: 'says', kind: 'organization'}
    ])
  })

  it('skips an appositive between subject and verb', () => {
    expect(find('Omar Haddad, a former judge from Leeds, told the panel it had erred.')).toStrictEqual([
      {start: 0, end: 11, name: 'Omar Haddad', cue: 'told', kind: 'person'}
    ])
  })

  it('reads a name set off by commas', () => {
    expect(find("The firm's chief executive, Lena Brandt, told reporters sales rose.")).toStrictEqual([
      {start: 28, end: 39, name: 'Lena Brandt', cue: 'told', kind: 'person'}
    ])
  })

  it('skips auxiliaries, adverbs and time phrases', () => {
    expect(find('Greenfield Bank on Monday reportedly warned of losses.')).toStrictEqual([
      {start: 0, end: 15, name: 'Greenfield Bank', cue: 'warned', kind: 'organization'}
    ])
  })

  it('finds a subject of verbs joined by `and`', () => {
    expect(find('The Harbour Authority studied the request and said it was late.')).toStrictEqual([
      {start: 4, end: 21, name: 'Harbour Authority', cue: 'said', kind: 'organization'}
    ])
  })

  it('finds the subject of a participle after a comma', () => {
    expect(find('Tomas Lind left the meeting, saying he had been abroad.')).toStrictEqual([
      {start: 0, end: 10, name: 'Tomas Lind', cue: 'saying', kind: 'person'}
    ])
    // A denial of a claim is an attribution of its own, and comes first.
    expect(find('Tomas Lind denied the claim, saying he had been abroad.')).toStrictEqual([
      {start: 0, end: 10, name: 'Tomas Lind', cue: 'denied', kind: 'person'}
    ])
  })

  it('reads a plural pronoun in a relative clause as the sentence’s subject', () => {
    expect(find('Harbor police filed a complaint over a post which they say broke the law.')).toStrictEqual([
      {start: 0, end: 13, name: 'Harbor police', cue: 'say', kind: 'organization'}
    ])
  })

  it('finds two named subjects before the verb', () => {
    expect(find('Lena Brandt and Omar Haddad said in a joint letter that they would resign.')).toStrictEqual([
      {start: 0, end: 11, name: 'Lena Brandt', cue: 'said', kind: 'person'},
      {start: 16, end: 27, name: 'Omar Haddad', cue: 'said', kind: 'person'}
    ])
  })

  it('finds two subjects joined by `and`', () => {
    expect(find('The ship sank, said Ruiz and another person with knowledge of the rescue.')).toStrictEqual([
      {start: 20, end: 24, name: 'Ruiz', cue: 'said', kind: 'organization'},
      {start: 37, end: 72, name: 'person with knowledge of the rescue', cue: 'said', kind: 'anonymous'}
    ])
  })

  it('marks pronouns', () => {
    expect(find('"It is late," she said.')).toStrictEqual([
      {start: 14, end: 17, name: 'she', cue: 'said', kind: 'person', pronoun: true}
    ])
    expect(find('It said profits rose.')).toStrictEqual([
      {start: 0, end: 2, name: 'It', cue: 'said', kind: 'other', pronoun: true}
    ])
  })

  it('knows more reporting verbs', () => {
    expect(find('Rina Sato highlighted that exports had doubled.')).toStrictEqual([
      {start: 0, end: 9, name: 'Rina Sato', cue: 'highlighted', kind: 'person'}
    ])
    expect(find('The audit revealed that funds were missing.')).toStrictEqual([
      {start: 0, end: 9, name: 'audit', cue: 'revealed', kind: 'document'}
    ])
  })

  it('finds two-word cues', () => {
    expect(find('The Interior Ministry has made clear that the border stays shut.')).toStrictEqual([
      {start: 4, end: 21, name: 'Interior Ministry', cue: 'made clear', kind: 'organization'}
    ])
  })

  it('finds a quoting outlet and the person it quotes', () => {
    expect(find('Radio Kestrel quoted Mayor Ida Holm as saying the bridge was safe.')).toStrictEqual([
      {start: 0, end: 13, name: 'Radio Kestrel', cue: 'quoted', kind: 'outlet'},
      {start: 27, end: 35, name: 'Ida Holm', cue: 'quoted', kind: 'person', role: 'Mayor'}
    ])
  })

  it('splits a cue glued to a bold name in Markdown copy', () => {
    expect(find('"We built it," saidAri Lev, co-founder.')).toStrictEqual([
      {start: 19, end: 26, name: 'Ari Lev', cue: 'said', kind: 'person'}
    ])
  })

  it('reads names across hard line breaks', () => {
    expect(find('Deputy Mayor Sven\nOlsen said the vote was fair.')).toStrictEqual([
      {start: 13, end: 23, name: 'Sven Olsen', cue: 'said', kind: 'person', role: 'Deputy Mayor'}
    ])
  })
})
