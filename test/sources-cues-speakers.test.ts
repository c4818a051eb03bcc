/**
 * Who speaks: a participle after a reporting clause (`…, he said, adding
 * …`) goes with that clause's speaker, not with the subject of what was
 * said; an inverted verb after a relative clause that follows a name and
 * its short form in brackets (`The Dockers Union (FDU), which represents
 * …, says …`) has its subject before it; a number with a thousands comma
 * does not end a relative clause; the writer's own work (`our analysis
 * shows`) is no source, and an adjective of titles at a sentence's start
 * (`Former harbour master Jane Doe`) reads on to the name; `maintains`
 * reports right before `that`, and a denial of `it` or `this` at the end
 * of a clause denies the claim just made; an acronym takes whole words in
 * capitals (`AI Harbour Board`, `AIHB`) and passes over an owner.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {sourcesOf} from './util/outline.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: a participle after a reporting clause', () => {
  it('goes with a pronoun that speaks', () => {
    expect(find('Harbour fees will rise, he said, adding that the town had waited too long.')).toStrictEqual([
      {start: 24, end: 26, name: 'he', cue: 'said', kind: 'person', pronoun: true}
    ])
    expect(find('Harbour fees will have to rise, they argue, noting that the town has waited too long.')).toStrictEqual([
      {start: 32, end: 36, name: 'they', cue: 'argue', kind: 'other', pronoun: true}
    ])
  })

  it('goes with a named speaker before or after the verb', () => {
    expect(find('The Port Ellis council will close the harbour, officials said, adding that ferries would stop.')).toStrictEqual([
      {start: 47, end: 56, name: 'officials', cue: 'said', kind: 'anonymous'}
    ])
    expect(find('The harbour will close in May, Jane Doe said, adding that ferries would stop.')).toStrictEqual([
      {start: 31, end: 39, name: 'Jane Doe', cue: 'said', kind: 'person'}
    ])
    expect(find('The ferry will stop in May, said Jane Doe, adding that the harbour would close.')).toStrictEqual([
      {start: 33, end: 41, name: 'Jane Doe', cue: 'said', kind: 'person'}
    ])
  })

  it('still reads the sentence’s subject without a reporting clause', () => {
    expect(find('The Port Ellis council closed the harbour on Monday, saying the wall was unsafe.')).toStrictEqual([
      {start: 4, end: 22, name: 'Port Ellis council', cue: 'saying', kind: 'organization'}
    ])
    expect(find('The Port Ellis council closed the harbour, the wall said, saying nothing.')).toStrictEqual([])
  })

  it('adds no source for the subject of what was said', () => {
    expect(sourcesOf('Jane Doe said the sea wall was too low. Harbour fees will have to rise, she argues, adding that the town waited too long.')).toStrictEqual([
      ['Jane Doe', 'person', ['said', 'argues']]
    ])
  })
})

describe('findAttributions: a participle after `by`', () => {
  it('reads the subject of a reply made by saying', () => {
    expect(find('The Fjordland embassy in Port Ellis responded to the move by saying the tariffs were unfair.')).toStrictEqual([
      {start: 4, end: 35, name: 'Fjordland embassy in Port Ellis', cue: 'saying', kind: 'organization'}
    ])
    expect(find('Jane Doe was elected mayor on Monday, but the council responded by saying the vote was void.')).toStrictEqual([
      {start: 42, end: 53, name: 'council', cue: 'saying', kind: 'organization'}
    ])
  })

  it('reads other participles after `by` only before `that`', () => {
    expect(find('The ministry began its briefing by noting that fares rose.')).toStrictEqual([
      {start: 0, end: 12, name: 'ministry', cue: 'noting', kind: 'organization'}
    ])
    expect(find('Ferries were stopped by warning lights at the quay.')).toStrictEqual([])
    expect(find('Jane Doe won the seat by writing letters.')).toStrictEqual([])
  })

  it('reads no source for a pronoun subject', () => {
    expect(find('You cannot fix a harbour by saying sorry.')).toStrictEqual([])
  })
})

describe('findAttributions: an inverted verb after a relative clause', () => {
  it('reads the subject before a short name in brackets and the clause', () => {
    expect(find('The Fjordland Dockers Union (FDU), which represents dock workers, says automation should raise pay.')).toStrictEqual([
      {start: 4, end: 27, name: 'Fjordland Dockers Union', cue: 'says', kind: 'organization'}
    ])
  })

  it('reads a relative clause over a number with a thousands comma', () => {
    expect(find('The Fjordland Dockers Union (FDU), which represents about 20,000 workers, says automation should raise pay.')).toStrictEqual([
      {start: 4, end: 27, name: 'Fjordland Dockers Union', cue: 'says', kind: 'organization'}
    ])
    expect(find('The Fjordland Dockers Union, which represents about 20,000 workers, says automation should raise pay.')).toStrictEqual([
      {start: 4, end: 27, name: 'Fjordland Dockers Union', cue: 'says', kind: 'organization'}
    ])
  })

  it('keeps a comma between numbers with a space after it a list’s', () => {
    expect(find('Fares rose by 20, 30 or 40 crowns, said Jane Doe.')).toStrictEqual([{start: 40, end: 48, name: 'Jane Doe', cue: 'said', kind: 'person'}])
  })
})

describe('findAttributions: the writer’s own work', () => {
  it('reads no source in work owned by `our` or `my`', () => {
    expect(find('Our analysis shows that ferry fares rose.')).toStrictEqual([])
    expect(find('For instance, our own survey found that fares rose.')).toStrictEqual([])
  })

  it('keeps a person of the outlet and work owned by others', () => {
    expect(find('Fares rose, according to our correspondent.')).toStrictEqual([
      {start: 25, end: 42, name: 'correspondent', cue: 'according to', kind: 'person'}
    ])
    expect(find('Their analysis shows that ferry fares rose.')).toStrictEqual([{start: 6, end: 14, name: 'analysis', cue: 'shows', kind: 'document'}])
  })
})

describe('findAttributions: an adjective of titles at the start', () => {
  it('reads on over a title in lower case to the name', () => {
    expect(find('Former top Fjordland health official Jane Doe refused to answer, saying she feared a trap.')).toStrictEqual([
      {start: 37, end: 45, name: 'Jane Doe', cue: 'saying', kind: 'person', role: 'Former top Fjordland health official'}
    ])
    expect(find('Former harbour master Jane Doe refused to answer, saying she feared a trap.')).toStrictEqual([
      {start: 22, end: 30, name: 'Jane Doe', cue: 'saying', kind: 'person', role: 'Former harbour master'}
    ])
  })

  it('keeps groups and capitalised titles', () => {
    expect(find('Former dock workers said the pay was low.')).toStrictEqual([{start: 0, end: 19, name: 'Former dock workers', cue: 'said', kind: 'anonymous'}])
    expect(find('Former Mayor Jane Doe said the port would close.')).toStrictEqual([
      {start: 13, end: 21, name: 'Jane Doe', cue: 'said', kind: 'person', role: 'Former Mayor'}
    ])
  })

  it('names no one with the adjective alone', () => {
    expect(find('Former said the pay was low.')).toStrictEqual([])
  })
})

describe('findAttributions: maintain', () => {
  it('reads `maintains` right before `that`', () => {
    expect(find('Kestrel maintains that the blocks are narrow.')).toStrictEqual([{start: 0, end: 7, name: 'Kestrel', cue: 'maintains', kind: 'organization'}])
    expect(find('Jane Doe has maintained that she is innocent.')).toStrictEqual([{start: 0, end: 8, name: 'Jane Doe', cue: 'maintained', kind: 'person'}])
  })

  it('reads no upkeep or object', () => {
    expect(find('The council maintained the road that leads to the port.')).toStrictEqual([])
    expect(find('The council has maintained its forecast.')).toStrictEqual([])
    expect(find('Jane Doe maintained her innocence.')).toStrictEqual([])
  })
})

describe('findAttributions: a denial of the claim just made', () => {
  it('reads `denied it` and `denies this` at the end of a clause', () => {
    expect(find('Fjordland accused Norland of shooting down a plane; Norland officials denied it.')).toStrictEqual([
      {start: 52, end: 69, name: 'Norland officials', cue: 'denied', kind: 'anonymous'}
    ])
    expect(find('Fjordland denies this.')).toStrictEqual([{start: 0, end: 9, name: 'Fjordland', cue: 'denies', kind: 'organization'}])
  })

  it('reads no refusal of `it`', () => {
    expect(find('The judge denied it bail.')).toStrictEqual([])
    expect(find('The court denied it, and the trial went on.')).toStrictEqual([])
  })
})

describe('sources: an acronym of a name named before', () => {
  it('takes all the letters of a word in capitals', () => {
    expect(sourcesOf('Ferries broke down, according to the US Harbour Survey. USHS said the engines failed.')).toStrictEqual([
      ['US Harbour Survey', 'document', ['according to', 'said']]
    ])
  })

  it('passes over an owner before the name', () => {
    expect(sourcesOf('Ferries broke down, according to Fjordland’s AI Harbour Board. AIHB said the engines failed.')).toStrictEqual([
      ['Fjordland’s AI Harbour Board', 'organization', ['according to', 'said']]
    ])
  })

  it('keeps first letters and leaves other acronyms apart', () => {
    expect(sourcesOf('Ferries broke down, according to the National Audit Office. The NAO said the engines failed.')).toStrictEqual([
      ['National Audit Office', 'organization', ['according to', 'said']]
    ])
    expect(sourcesOf('Ferries broke down, according to the US Harbour Survey. UHB said the engines failed.')).toStrictEqual([
      ['US Harbour Survey', 'document', ['according to']],
      ['UHB', 'organization', ['said']]
    ])
  })
})
