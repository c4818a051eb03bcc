/**
 * Attribution cues in context: the words around a cue that make it a report
 * or not (`added 22 points`, `alleged to have`, `for his comments`, `If a
 * chatbot says`), and the subject a cue reports for (`Jane Doe, who …,
 * warned`, `…, but the appeals court cleared him, saying`).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('findAttributions: verbs that take an object', () => {
  it('reads no report in a number after `added`', () => {
    expect(find('Mara Lindqvist added 22 points.')).toStrictEqual([])
    expect(find('The bakery chain adds 40 stores a year.')).toStrictEqual([])
    expect(find('The bank added £4bn to its reserves.')).toStrictEqual([])
  })

  it('reads no report in an object noun phrase that ends the sentence', () => {
    expect(find('The club added a goalkeeper in March.')).toStrictEqual([])
    expect(find('Ilse Marr added her voice to the calls for reform.')).toStrictEqual([])
    expect(find('Costs at the plant added up quickly.')).toStrictEqual([])
  })

  it('still reads `added` before a clause', () => {
    expect(find('Mara Lindqvist added that the squad was tired.')).toStrictEqual([
      {start: 0, end: 14, name: 'Mara Lindqvist', cue: 'added', kind: 'person'}
    ])
    expect(find('Tomas Berg added the vote would be close.')).toStrictEqual([
      {start: 0, end: 10, name: 'Tomas Berg', cue: 'added', kind: 'person'}
    ])
    expect(find('Tomas Berg added, "We will see."')).toStrictEqual([{start: 0, end: 10, name: 'Tomas Berg', cue: 'added', kind: 'person'}])
  })
})

describe('findAttributions: passive raising', () => {
  it('reads no report in a participle before `to have` or `to be`', () => {
    expect(find('Lawsuits against students alleged to have shared films were filed.')).toStrictEqual([])
    expect(find('Northwind, reported to be near collapse, declined to comment.')).toStrictEqual([])
    expect(find('The firm, said to be worth $2bn, is for sale.')).toStrictEqual([])
  })

  it('keeps a verb whose subject does the infinitive itself', () => {
    expect(find('Ilse Marr claimed to have seen the letter.')).toStrictEqual([
      {start: 0, end: 9, name: 'Ilse Marr', cue: 'claimed', kind: 'person'}
    ])
  })
})

describe('findAttributions: noun-like cue words', () => {
  it('reads a cue word after a possessive as a noun', () => {
    expect(find('The coach was fined by the Harbour Football League for his comments about the referee.')).toStrictEqual([])
  })

  it('reads a cue word ending the object of `according to` as a noun', () => {
    // Not the verb `estimates`: the figures are what `according to` cites.
    expect(find('Turnover doubled, according to official estimates.')).toStrictEqual([
      {start: 31, end: 49, name: 'official estimates', cue: 'according to', kind: 'document'}
    ])
  })

  it('reads `claim` as a verb after `which` and a plural subject', () => {
    expect(find('A levy which critics claim has cost jobs was dropped.')).toStrictEqual([
      {start: 13, end: 20, name: 'critics', cue: 'claim', kind: 'anonymous'}
    ])
  })

  it('keeps a singular noun before an auxiliary a noun', () => {
    expect(find('The policy, which the commission report has criticised, stays.')).toStrictEqual([])
  })
})

describe('findAttributions: conditions', () => {
  it('reads no report in a subject after `if` or `unless`', () => {
    expect(find('If a chatbot says something wrong, users notice.')).toStrictEqual([])
    expect(find('Unless Northwind says otherwise, the deal stands.')).toStrictEqual([])
  })

  it('keeps a `when` clause that tells what happened', () => {
    expect(find('When the minister said the plan was dead, shares fell.')).toStrictEqual([
      {start: 5, end: 17, name: 'minister', cue: 'said', kind: 'person'}
    ])
  })
})

describe('findAttributions: inverted verbs', () => {
  it('reads the subject before a relative clause or an appositive, not the object after the verb', () => {
    expect(find('But Ilse Marr, who chairs the audit panel, warned the ministry would overspend.')).toStrictEqual([
      {start: 4, end: 13, name: 'Ilse Marr', cue: 'warned', kind: 'person'}
    ])
    expect(find('Ilse Marr, a senior MP, warned the ministry would overspend.')).toStrictEqual([
      {start: 0, end: 9, name: 'Ilse Marr', cue: 'warned', kind: 'person'}
    ])
  })

  it('still reads an inverted subject after a clause', () => {
    expect(find('Prices will rise, warned Ilse Marr, an economist.')).toStrictEqual([
      {start: 25, end: 34, name: 'Ilse Marr', cue: 'warned', kind: 'person'}
    ])
  })

  it('reads no subject in a possessive after the verb', () => {
    expect(find('Ilse Marr, too, said her years at the agency shaped her work.')).toStrictEqual([
      {start: 0, end: 9, name: 'Ilse Marr', cue: 'said', kind: 'person'}
    ])
  })

  it('skips a short adverbial before the name', () => {
    expect(find('Talks can resume, said to the journalists on Friday Tarik Hamdi, an adviser.')).toStrictEqual([
      {start: 52, end: 63, name: 'Tarik Hamdi', cue: 'said', kind: 'person'}
    ])
    expect(find('Talks can resume, said today Tarik Hamdi.')).toStrictEqual([{start: 29, end: 40, name: 'Tarik Hamdi', cue: 'said', kind: 'person'}])
  })

  it('skips no place before the name', () => {
    expect(find('Talks can resume, said in Oslo Tarik Hamdi.')).toStrictEqual([])
  })

  it('reads the asker of a question, not of a request', () => {
    expect(find('"Why wait?" asked Ilse Marr.')).toStrictEqual([{start: 18, end: 27, name: 'Ilse Marr', cue: 'asked', kind: 'person'}])
    expect(find('After the vote, the president, asked Ilse Marr to serve on the panel.')).toStrictEqual([])
  })
})

describe('findAttributions: citing', () => {
  it('reads `reports, citing` after a clause as a report', () => {
    expect(find('Exports grew, Baltnews reports, citing the customs service.')).toStrictEqual([
      {start: 14, end: 22, name: 'Baltnews', cue: 'reports', kind: 'outlet'},
      {start: 39, end: 58, name: 'customs service', cue: 'citing', kind: 'organization'}
    ])
  })

  it('keeps `reports` at the start of a sentence a noun', () => {
    expect(find('Media reports, citing officials, said the plant closed.')).toStrictEqual([
      {start: 0, end: 13, name: 'Media reports', cue: 'said', kind: 'document'},
      {start: 22, end: 31, name: 'officials', cue: 'citing', kind: 'anonymous'}
    ])
  })

  it('reads `cites` with the cited source', () => {
    expect(find('Baltnews cites the official website of the ministry.')).toStrictEqual([
      {start: 0, end: 8, name: 'Baltnews', cue: 'cites', kind: 'organization'},
      {start: 15, end: 51, name: 'official website of the ministry', cue: 'cites', kind: 'outlet'}
    ])
  })

  it('reads no citation in a participle', () => {
    expect(find('A firm cited for safety breaches was closed.')).toStrictEqual([])
  })
})

describe('findAttributions: participles', () => {
  it('reads the subject of the nearest clause with one', () => {
    expect(find('A district court convicted Berg in 2019, but the appeals court cleared him, saying the evidence was thin.')).toStrictEqual([
      {start: 45, end: 62, name: 'appeals court', cue: 'saying', kind: 'organization'}
    ])
  })

  it('reads the sentence’s subject after a pronoun or a shared subject', () => {
    expect(find('Ilse Marr lost the vote, but she appealed, saying it was unfair.')).toStrictEqual([
      {start: 0, end: 9, name: 'Ilse Marr', cue: 'saying', kind: 'person'}
    ])
    expect(find('Ilse Marr rejected the offer, and added it was late, saying she had waited.')).toStrictEqual([
      {start: 0, end: 9, name: 'Ilse Marr', cue: 'saying', kind: 'person'}
    ])
  })
})

describe('findAttributions: deny, blame, rule', () => {
  it('reads a denial before a clause', () => {
    expect(find('Ilse Marr denied that she had met the buyers.')).toStrictEqual([{start: 0, end: 9, name: 'Ilse Marr', cue: 'denied', kind: 'person'}])
    expect(find('The harbour police denied reports that a ship had sunk.')).toStrictEqual([
      {start: 0, end: 18, name: 'harbour police', cue: 'denied', kind: 'organization'}
    ])
  })

  it('reads a denial of a statement, or of a clause without `that`', () => {
    expect(find('An Acme spokesman denied the allegations.')).toStrictEqual([{start: 3, end: 17, name: 'Acme spokesman', cue: 'denied', kind: 'anonymous'}])
    expect(find('Kestrel Holdings denied any wrongdoing.')).toStrictEqual([{start: 0, end: 16, name: 'Kestrel Holdings', cue: 'denied', kind: 'organization'}])
    expect(find('Ilse Marr denied the firm had known of the hacks.')).toStrictEqual([{start: 0, end: 9, name: 'Ilse Marr', cue: 'denied', kind: 'person'}])
  })

  it('reads no refusal or ruling', () => {
    expect(find('The border agency denied them entry.')).toStrictEqual([])
    expect(find('The border agency denied them access to files that it held.')).toStrictEqual([])
    expect(find('The judge denied the motion.')).toStrictEqual([])
    expect(find('He was denied bail.')).toStrictEqual([])
  })

  it('reads blame, not a participle', () => {
    expect(find('Analysts blamed the fall on weak demand.')).toStrictEqual([{start: 0, end: 8, name: 'Analysts', cue: 'blamed', kind: 'anonymous'}])
    expect(find('A storm blamed for ten deaths hit the coast.')).toStrictEqual([])
  })

  it('reads a ruling only before a clause', () => {
    expect(find('A regional court ruled on Monday that the sale was void.')).toStrictEqual([
      {start: 2, end: 16, name: 'regional court', cue: 'ruled', kind: 'organization'}
    ])
    expect(find('The party ruled the province for decades.')).toStrictEqual([])
  })
})

describe('findAttributions: context rules through the token window', () => {
  /** Pieces of the shapes above, glued with spaces into one long sentence. */
  const pieces = [
    'said',
    'added',
    'adds',
    'alleged',
    'reports',
    'cites',
    'denied',
    'ruled',
    'asked',
    'claim',
    'comments',
    'saying',
    'to',
    'be',
    'have',
    'that',
    'which',
    'who',
    'but',
    'and',
    'if',
    'If',
    'when',
    'a',
    'the',
    'his',
    'her',
    'on Friday',
    'today',
    'according to',
    'citing',
    'Ilse Marr',
    'Baltnews',
    'the appeals court',
    'critics',
    '22',
    '$',
    ',',
    ';',
    '.',
    '"'
  ]
  const never = Number.POSITIVE_INFINITY

  it('finds the same attributions as the whole token list', () => {
    const sentence = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 3000, size: 'max'}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(sentence, (value) => {
        expect(findAttributions(value, context, 0)).toEqual(findAttributions(value, context, never))
      }),
      {seed: 20_261_128, numRuns: 60}
    )
  })
})
