/**
 * Reading a source's name and kind from the words around a cue: initials,
 * names before `of`, surnames that are also titles, plural groups, `Said`
 * as a name, and where a name read backwards stops.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {tokenizeWords} from '../src/lib/sources/tokenize-words.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)
const kinds = (text: string) => find(text).map((span) => [span.name, span.kind])

describe('findAttributions: reading names', () => {
  it('keeps middle initials inside a name', () => {
    expect(kinds('"Costs will fall," says Martin K. Oduya, an engineer at the port.')).toStrictEqual([['Martin K. Oduya', 'person']])
    expect(kinds('Governor Ellen R. T. Marsh said the bridge would reopen.')).toStrictEqual([['Ellen R. T. Marsh', 'person']])
    expect(kinds('"It is done," said Jane Q. Public.')).toStrictEqual([['Jane Q. Public', 'person']])
    expect(tokenizeWords('Ellen R. T. Marsh').map((token) => token.value)).toStrictEqual(['Ellen', 'R.', 'T.', 'Marsh'])
  })

  it('keeps a period that ends a letter before two capitalised words', () => {
    // `Plan B.` ends a clause: the name after it is read alone.
    expect(kinds('We picked Plan B. Ruth Amadi said it was cheaper.')).toStrictEqual([['Ruth Amadi', 'person']])
    expect(tokenizeWords('Plan B. Ruth Amadi').map((token) => token.value)).toStrictEqual(['Plan', 'B', '.', 'Ruth', 'Amadi'])
    expect(tokenizeWords('grade a. Ruth').map((token) => token.value)).toStrictEqual(['grade', 'a', '.', 'Ruth'])
  })

  it('reads a personal name before `of`, `for` or `at` as the person', () => {
    expect(kinds('The plan works, says Ruth Amadi of Kestrel Telecom.')).toStrictEqual([['Ruth Amadi', 'person']])
    expect(kinds('According to Tomas Lind of Harbor Analytics, prices will fall.')).toStrictEqual([['Tomas Lind', 'person']])
    expect(kinds('Mr Lind of Harbor Analytics said prices would fall.')).toStrictEqual([['Lind', 'person']])
    expect(kinds('District Attorney Omar F. Haddad for the Northern District announced the charges.')).toStrictEqual([['Omar F. Haddad', 'person']])
    expect(kinds('Ida Holm at the Kestrel clinic said the ward was full.')).toStrictEqual([['Ida Holm', 'person']])
  })

  it('keeps institutions named `X of Y` whole', () => {
    expect(kinds('The Fjordland Academy of Sciences said the data were sound.')).toStrictEqual([['Fjordland Academy of Sciences', 'organization']])
    expect(kinds('The National Council of Kestrel Farmers said the harvest failed.')).toStrictEqual([['National Council of Kestrel Farmers', 'organization']])
    expect(kinds('The American Guild of Pipe Makers said the harvest failed.')).toStrictEqual([])
    expect(kinds('The Church of Fjordland said the harvest failed.')).toStrictEqual([['Church of Fjordland', 'organization']])
    expect(kinds('The Kestrel Museum of Art said the harvest failed.')).toStrictEqual([['Kestrel Museum of Art', 'organization']])
    expect(kinds('The office of President Ida Holm said the talks ended.')).toStrictEqual([['office of President Ida Holm', 'organization']])
  })

  it('reads a name after a role, `of` and a portfolio', () => {
    expect(find('"We want peace," said today Fjordland\'s minister of Foreign Affairs Ida Holm at the press conference.')).toStrictEqual([
      {start: 68, end: 76, name: 'Ida Holm', cue: 'said', kind: 'person', role: "Fjordland's minister of Foreign Affairs"}
    ])
    expect(kinds('Secretary of State Ida Holm said the talks ended.')).toStrictEqual([['Ida Holm', 'person']])
    expect(kinds('The Minister for Energy and Mines Ida Holm said the talks ended.')).toStrictEqual([['Ida Holm', 'person']])
    // A portfolio alone is no name.
    expect(kinds('The Minister of Foreign Affairs said the talks ended.')).toStrictEqual([['Minister of Foreign Affairs', 'person']])
  })

  it('reads a name after a title that follows an institution’s name', () => {
    expect(find('Bank of Fjordland Governor Ida Holm said rates would rise.')).toStrictEqual([
      {start: 27, end: 35, name: 'Ida Holm', cue: 'said', kind: 'person', role: 'Bank of Fjordland Governor'}
    ])
    expect(kinds('The Bank of Fjordland Governor said rates would rise.')).toStrictEqual([['Bank of Fjordland Governor', 'organization']])
    // An office serves the person named in it.
    expect(kinds('Earlier, the office of Fjordland President Ida Holm said talks were possible.')).toStrictEqual([
      ['office of Fjordland President Ida Holm', 'organization']
    ])
    expect(kinds('The Office of Fjordland President Ida Holm said talks were possible.')).toStrictEqual([
      ['Office of Fjordland President Ida Holm', 'organization']
    ])
  })

  it('reads a surname that is also a title after a given name', () => {
    expect(kinds('Walter King said the plan was late.')).toStrictEqual([['Walter King', 'person']])
    expect(kinds('"It is late," said Nora Bishop, head of sales at Acme.')).toStrictEqual([['Nora Bishop', 'person']])
    expect(find('Chairman Louis Dean said the firm would grow.')).toStrictEqual([
      {start: 9, end: 19, name: 'Louis Dean', cue: 'said', kind: 'person', role: 'Chairman'}
    ])
    expect(kinds('Ms Judge said the plan was late.')).toStrictEqual([['Judge', 'person']])
    expect(find('Chief Justice Omar Haddad wrote that the law stands.')[0]?.name).toBe('Omar Haddad')
    // Titles stay titles.
    expect(kinds('The Crown Prince said the plan was late.')).toStrictEqual([['Crown Prince', 'person']])
    expect(kinds('The Dutch King said the plan was late.')).toStrictEqual([['Dutch King', 'person']])
    expect(kinds('District Judge said the plan was late.')).toStrictEqual([['District Judge', 'anonymous']])
  })

  it('reads a capitalised `Said` between names as a name', () => {
    expect(find('"The army must act," said General Said Hamdan, the new chief.')).toStrictEqual([
      {start: 34, end: 45, name: 'Said Hamdan', cue: 'said', kind: 'person', role: 'General'}
    ])
    expect(kinds('Karim Said wrote that the border would reopen.')).toStrictEqual([['Karim Said', 'person']])
    expect(kinds('Karim Said of Kestrel University said the border would reopen.')).toStrictEqual([['Karim Said', 'person']])
    expect(kinds('Said Karimi said the border would reopen.')).toStrictEqual([['Said Karimi', 'person']])
    expect(kinds('Omar Said, a spokesman, said the border would reopen.')).toStrictEqual([['Omar Said', 'person']])
    // A title-case headline keeps `Said` a verb, and so does an inversion.
    expect(kinds('Acme Said To Weigh Sale, Ida Holm said.')).toStrictEqual([['Ida Holm', 'person']])
    expect(kinds('Said the minister: the border will reopen.')).toStrictEqual([])
  })

  it('reads a lone surname that is also a title as a surname', () => {
    expect(kinds('Bishop said the vote was fair.')).toStrictEqual([['Bishop', 'person']])
    expect(kinds('The bishop said the vote was fair.')).toStrictEqual([['bishop', 'person']])
    expect(find('The bishop said the vote was fair.')[0]?.name).toBe('bishop')
  })

  it('drops a possessive employer before a personal name', () => {
    expect(find('"Sales fell," said the Kestrel Guild\'s Ida Holm.')).toStrictEqual([
      {start: 39, end: 47, name: 'Ida Holm', cue: 'said', kind: 'person', role: "Kestrel Guild's"}
    ])
    // One word after a possessive is still part of the name.
    expect(kinds("Ernie's Pizza said sales fell.")).toStrictEqual([["Ernie's Pizza", 'person']])
    expect(kinds("The Children's Hospital Kestrel said the ward was full.")).toStrictEqual([["Children's Hospital Kestrel", 'organization']])
  })

  it('reads plural groups and plural roles as anonymous', () => {
    expect(kinds('Prosecutors say she ran the scheme.')).toStrictEqual([['Prosecutors', 'anonymous']])
    expect(kinds('Judges said her reporting was brave.')).toStrictEqual([['Judges', 'anonymous']])
    expect(kinds('The deal is fair, said investors.')).toStrictEqual([['investors', 'anonymous']])
    expect(kinds('Fishing industry bosses in Fjordland said the ruling would help.')).toStrictEqual([['Fishing industry bosses in Fjordland', 'anonymous']])
    expect(kinds('Union leaders said the cuts were deep.')).toStrictEqual([['Union leaders', 'anonymous']])
    expect(kinds('Members of Parliament said the vote was fair.')).toStrictEqual([['Members of Parliament', 'anonymous']])
    // A group before one name, or for a cause, is an organisation.
    expect(kinds('Consumers Power said prices rose.')).toStrictEqual([['Consumers Power', 'organization']])
    expect(kinds('Physicians for Fair Trials said the clinic closed.')).toStrictEqual([['Physicians for Fair Trials', 'organization']])
    expect(kinds('Residents of Kestrel said the water was brown.')).toStrictEqual([['Residents of Kestrel', 'anonymous']])
  })

  it('reads a firm’s analysts as the firm', () => {
    expect(kinds('The merger is risky, KPLB analysts said in a note.')).toStrictEqual([['KPLB', 'organization']])
    expect(kinds('Brightwater Capital economists said rates would fall.')).toStrictEqual([['Brightwater Capital', 'organization']])
    expect(kinds('US economists said rates would fall.')).toStrictEqual([['US economists', 'anonymous']])
    expect(kinds('Fjordland economists said rates would fall.')).toStrictEqual([['Fjordland economists', 'anonymous']])
    expect(kinds('KPLB officials said rates would fall.')).toStrictEqual([['KPLB officials', 'anonymous']])
  })

  it('reads no phrase that ends in a preposition', () => {
    expect(kinds('She is one of the founders of claimed platform Kestrel.')).toStrictEqual([])
  })

  it('stops a subject read backwards at a speech verb', () => {
    expect(kinds('Officials dispute that, and say ledger analysis revealed that one user gained.')).toStrictEqual([['ledger analysis', 'document']])
  })

  it('joins `and` only inside one name', () => {
    expect(kinds('Sales will rise, market consultants Rowe Partners and Kestrel Automotive said on Wednesday.')).toStrictEqual([
      ['Rowe Partners', 'organization'],
      ['Kestrel Automotive', 'organization']
    ])
    expect(kinds('Harbor Mobil Corp and Delta Oil Corp said profits rose.')).toStrictEqual([
      ['Harbor Mobil Corp', 'organization'],
      ['Delta Oil Corp', 'organization']
    ])
    expect(kinds('The Food and Drug Administration said the drug was safe.')).toStrictEqual([['Food and Drug Administration', 'organization']])
    expect(kinds('According to the Food and Drug Administration, the drug is safe.')).toStrictEqual([['Food and Drug Administration', 'organization']])
    expect(kinds('The Ministry of Culture and Tourism said visits rose.')).toStrictEqual([['Ministry of Culture and Tourism', 'organization']])
    expect(kinds('Fjordland and Kestrel Inc said the talks failed.')).toStrictEqual([
      ['Fjordland', 'organization'],
      ['Kestrel Inc', 'organization']
    ])
  })

  it('joins portfolios before a title', () => {
    expect(find('Energy and Mines Minister Ida Holm said output rose.')).toStrictEqual([
      {start: 26, end: 34, name: 'Ida Holm', cue: 'said', kind: 'person', role: 'Energy and Mines Minister'}
    ])
    expect(kinds('The president met Ecology, Geology and Water Minister Ida Holm, who reported on the results.')).toStrictEqual([['Ida Holm', 'person']])
    // A surname before `and` is someone else.
    expect(kinds('Lind and Foreign Minister Ida Holm said the talks failed.')).toStrictEqual([
      ['Lind', 'organization'],
      ['Ida Holm', 'person']
    ])
  })
})

