/**
 * References back that are no names: descriptions (`the company`, `the
 * institute`, `the party leader`) and pronouns (`he`, `she`, `they`) resolve
 * to what the text names before them; and the names the text index reads.
 */
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import type {AttributionSpan} from '../src/lib/recognizer-types.js'
import {readMentions, readNames} from '../src/lib/sources/index-text.js'
import {resolveSources} from '../src/lib/sources/resolve-sources.js'
import {tokenizeWords} from '../src/lib/sources/tokenize-words.js'
import type {Attribution, Root} from '../src/lib/types.js'
import {article, phrasing} from './util/attributions.js'

/** Resolve the sources of sentences (one paragraph each), as the reader would. */
function resolve(paragraphs: string[]) {
  const {tree, spans} = article(paragraphs)
  resolveSources(tree, spans)
  const last = tree.children[tree.children.length - 1]
  const sources = last?.type === 'sources' ? last.children : []
  return {
    sources: sources.map((source) => [source.name, source.kind, source.mentions]),
    // Each attribution as written, with the source it was linked to.
    links: [...spans.keys()].map((node) => [node.children.map((child) => child.value).join(''), node.identifier])
  }
}

/** What one sentence mentions, in short. */
function mentions(text: string) {
  const found = readMentions(text, tokenizeWords(text))
  const short = (mention: (typeof found.names)[number] | undefined) =>
    mention && [mention.name, mention.kind, mention.head, mention.role ?? null, mention.pronoun ?? null, mention.quoted]
  return {subject: short(found.subject) ?? null, names: found.names.map((mention) => short(mention))}
}

/** The full-name map of one sentence. */
function names(text: string) {
  const map = new Map<string, string>()
  readNames(text, tokenizeWords(text), map)
  return Object.fromEntries(map)
}

describe('readNames', () => {
  it('drops a possessive from a name, and ends the name there', () => {
    expect(names('The judge said Marta Olsen’s appeal was late.')).toStrictEqual({
      marta: 'Marta Olsen',
      Marta: 'Marta Olsen',
      olsen: 'Marta Olsen',
      Olsen: 'Marta Olsen'
    })
    expect(names("Pavel Dorn's Harbor Bank sold the mill.")).toStrictEqual({
      pavel: 'Pavel Dorn',
      Pavel: 'Pavel Dorn',
      dorn: 'Pavel Dorn',
      Dorn: 'Pavel Dorn'
    })
  })

  it('reads the name at the end of a run of descriptive capitalised words', () => {
    expect(names('Lisbon-based Danish Henrik Vold allegedly ran the scheme.')).toStrictEqual({
      henrik: 'Henrik Vold',
      Henrik: 'Henrik Vold',
      vold: 'Henrik Vold',
      Vold: 'Henrik Vold'
    })
  })

  it('reads no name from a run in title case or before another capital', () => {
    expect(names('Harbor Towns Fear Rising Tides')).toStrictEqual({})
    expect(names('Rival Growers Hire Henrik Vold In Lisbon')).toStrictEqual({})
    expect(names('The Jane Doe Institute opened.')).toStrictEqual({})
  })
})

describe('readMentions', () => {
  it('reads the subject after a conjunction, an adverb or an opening phrase', () => {
    expect(mentions('Earlier Mr Varga, who chairs the board, said no.').subject).toStrictEqual(['Varga', 'person', 'varga', null, 'he', false])
    expect(mentions('On Monday, Kestrel Mills cut 50 jobs.').subject).toStrictEqual(['Kestrel Mills', 'person', 'mills', null, null, false])
    expect(mentions('Still, some analysts have doubts.').subject).toStrictEqual(['analysts', 'anonymous', 'analysts', null, null, false])
    expect(mentions('“We are done,” she said.').subject).toBeNull()
    expect(mentions('He said so.').subject).toBeNull()
  })

  it('reads names with roles, honorifics, organisations and quotes', () => {
    expect(mentions('Port Minister Ivo Petrov met Ms Reyes and the Bank of Riga, saying “Lena Varga agrees”.').names).toStrictEqual([
      ['Ivo Petrov', 'person', 'petrov', 'Port Minister', null, false],
      ['Reyes', 'person', 'reyes', null, 'she', false],
      ['Bank of Riga', 'organization', 'bank', null, null, false],
      ['Lena Varga', 'person', 'varga', null, null, true]
    ])
    expect(mentions('A ruling of the Ministry of Farms and Fisheries followed.').names).toStrictEqual([
      ['Ministry of Farms and Fisheries', 'organization', 'ministry', null, null, false]
    ])
    // Two people joined by `and` stay two; a place after `in` is no person.
    expect(mentions('Ivo Petrov and Lena Varga met in Port Louis.').names).toStrictEqual([
      ['Ivo Petrov', 'person', 'petrov', null, null, false],
      ['Lena Varga', 'person', 'varga', null, null, false],
      ['Port Louis', 'other', 'louis', null, null, false]
    ])
  })

  it('reads no person from a name after `of` or after an article or ordinal', () => {
    expect(mentions('The 3rd Harbour Forum of the Heads of State of North Fjordland opened.').names).toStrictEqual([
      ['Harbour Forum', 'other', 'forum', null, null, false],
      ['Heads of State of North Fjordland', 'other', 'heads', null, null, false]
    ])
    // A capitalised title right before the name still makes a person.
    expect(mentions('The talks of Port Minister Ivo Petrov ended.').names[0]).toStrictEqual(['Ivo Petrov', 'person', 'petrov', 'Port Minister', null, false])
  })

  it('reads no name from a headline in capitals', () => {
    expect(mentions('KETTLE SALES FALL, MAKERS GROUP SAYS').names).toStrictEqual([])
  })
})

describe('descriptions', () => {
  it('links a description to an earlier name with its head', () => {
    expect(
      resolve([
        'Last week the Harbor Policy Institute, a think tank in Riga, filed a complaint.',
        'The members, the institute says, fear reprisals.'
      ]).sources
    ).toStrictEqual([['Harbor Policy Institute', 'organization', 1]])
  })

  it('keeps a description whose head the text names nowhere', () => {
    expect(resolve(['Last week a think tank in Riga filed a complaint.', 'The members, the institute says, fear reprisals.']).sources).toStrictEqual([
      ['institute', 'organization', 1]
    ])
  })

  it('links a description to the subject of its own sentence', () => {
    expect(resolve(['Kestrel is closing two plants in Wales, the world’s largest kettle company said on Monday.']).sources).toStrictEqual([
      ['Kestrel', 'organization', 1]
    ])
    // No person is a company.
    expect(resolve(['Ivo Petrov is closing two plants in Wales, the company said on Monday.']).sources).toStrictEqual([['company', 'organization', 1]])
    // Nor the figures a company reports.
    expect(resolve(['Growth slowed in March, the company said.']).sources).toStrictEqual([['company', 'organization', 1]])
    expect(resolve(['Revenue rose 5 percent to 2 billion crowns, the company said.']).sources).toStrictEqual([['company', 'organization', 1]])
  })

  it('links a description to a known organisation that opens a sentence before', () => {
    expect(resolve(['Google has opened a lab in Oslo.', 'It will employ 40 people.', 'The company said more would follow.']).sources).toStrictEqual([
      ['Google', 'organization', 1]
    ])
    // A lone capitalised word there may be a place.
    expect(resolve(['Oslo has opened a lab.', 'It will employ 40 people.', 'The company said more would follow.']).sources).toStrictEqual([
      ['company', 'organization', 1]
    ])
  })

  it('prefers an earlier source to the subject of a sentence before', () => {
    expect(resolve(['Acme Corp said profits rose.', 'Google was quiet.', 'The company said more would follow.']).sources).toStrictEqual([
      ['Acme Corp', 'organization', 2]
    ])
  })

  it('links a role to a person the text names, not to one with another role', () => {
    expect(
      resolve(['Transport Minister Ivo Petrov said the fares were fair, despite criticism from Lena Varga.', 'The opposition leader said the fares were too high.'])
        .sources
    ).toStrictEqual([
      ['Ivo Petrov', 'person', 1],
      ['Lena Varga', 'person', 1]
    ])
    expect(resolve(['Transport Minister Ivo Petrov said the fares were fair.', 'The opposition leader said the fares were too high.']).sources).toStrictEqual([
      ['Ivo Petrov', 'person', 1],
      ['opposition leader', 'person', 1]
    ])
    // A forum or a place is no person a role can refer to.
    expect(
      resolve(['At the 3rd Harbour Forum of the Heads of State of North Fjordland, the talks went on.', '“We are ready,” the head of state said.'])
        .sources
    ).toStrictEqual([])
    // A person with no known role is still the one a role refers to.
    expect(resolve(['Ivo Petrov said the fares were fair.', 'The minister said they would not rise.']).sources).toStrictEqual([['Ivo Petrov', 'person', 2]])
  })
})

describe('pronouns', () => {
  it('links `he` to the subject of the sentence before', () => {
    expect(
      resolve(['Nadia Reyes said the ward was full.', 'Karl Olsen, a surgeon, runs the night shift.', 'He believes more beds are needed.']).sources
    ).toStrictEqual([
      ['Nadia Reyes', 'person', 1],
      ['Karl Olsen', 'person', 1]
    ])
  })

  it('links `he` to the subject of the sentence before only when it is clearly a person', () => {
    expect(
      resolve(['Nadia Reyes said the ward was full.', 'Karl Olsen, who runs the night shift, was tired.', 'He said more beds are needed.']).sources
    ).toStrictEqual([
      ['Nadia Reyes', 'person', 1],
      ['Karl Olsen', 'person', 1]
    ])
    // Two capitalised words may be a company.
    expect(
      resolve(['“Prices will rise,” said Nadia Reyes, an analyst.', 'Harbor Telecom raised prices on Monday.', 'She said the move was expected.']).sources
    ).toStrictEqual([['Nadia Reyes', 'person', 2]])
  })

  it('links `he` to a person named with an honorific in the sentence before', () => {
    expect(resolve(['Nadia Reyes said the ward was full.', 'The plan was drawn up by Mr Olsen.', 'He believes more beds are needed.']).sources).toStrictEqual([
      ['Nadia Reyes', 'person', 1],
      ['Olsen', 'person', 1]
    ])
  })

  it('links `he` to the subject of its own clause', () => {
    expect(resolve(['Nadia Reyes said the ward was full.', 'Mr Olsen may be tired, but he says the ward is calm.']).sources).toStrictEqual([
      ['Nadia Reyes', 'person', 1],
      ['Olsen', 'person', 1]
    ])
  })

  it('keeps linking a pronoun to the person who goes on speaking', () => {
    // After a comma the subject is what the speaker reports.
    expect(resolve(['Nadia Reyes said the ward was full.', 'Karl Olsen was tired, she said.']).links).toStrictEqual([
      ['Nadia Reyes', 'nadia-reyes'],
      ['she', 'nadia-reyes']
    ])
    // A person attributed in the sentence before goes on speaking.
    expect(resolve(['“It is full,” said Nadia Reyes, a nurse, of Karl Olsen’s ward.', 'She added that beds were short.']).links).toStrictEqual([
      ['Nadia Reyes', 'nadia-reyes'],
      ['She', 'nadia-reyes']
    ])
    // An honorific that does not fit.
    expect(resolve(['Nadia Reyes said the ward was full.', 'Mr Olsen, a surgeon, runs the night shift.', 'She believes more beds are needed.']).sources).toStrictEqual([
      ['Nadia Reyes', 'person', 2]
    ])
  })

  it('links `they` to the group that opens the sentence before', () => {
    expect(resolve(['Police said the road was closed.', 'Still, some analysts have doubts.', 'They say the detour is too long.']).sources).toStrictEqual([
      ['Police', 'organization', 1],
      ['analysts', 'anonymous', 1]
    ])
    expect(resolve(['Police said the road was closed.', 'The detour is long.', 'They say it will reopen in May.']).sources).toStrictEqual([
      ['Police', 'organization', 2]
    ])
  })
})

describe('unwrapping', () => {
  it('gives back the text of every pronoun that refers to nobody, joined', () => {
    const text = 'He said the ship was late, ' + 'he said, '.repeat(2000) + 'and she said it was not.'
    const spans = new Map<Attribution, AttributionSpan>()
    const children = phrasing(text, spans)
    expect(spans.size).toBeGreaterThan(2000)
    const tree: Root = {type: 'root', children: [u('section', [u('paragraph', [u('sentence', children)])])]}
    resolveSources(tree, spans)
    expect(tree).toStrictEqual({type: 'root', children: [u('section', [u('paragraph', [u('sentence', [u('text', text)])])])]})
  })

  it('keeps the attributions that refer to someone between those it unwraps', () => {
    const text = 'He said the ship was late, Nadia Reyes said, and he said it was not.'
    const spans = new Map<Attribution, AttributionSpan>()
    const children = phrasing(text, spans)
    resolveSources({type: 'root', children: [u('section', [u('paragraph', [u('sentence', children)])])]}, spans)
    // The first refers to nobody yet: its text joins the text after it.
    expect(children).toStrictEqual([
      u('text', 'He said the ship was late, '),
      {type: 'attribution', identifier: 'nadia-reyes', cue: 'said', children: [u('text', 'Nadia Reyes')]},
      u('text', ' said, and '),
      {type: 'attribution', identifier: 'nadia-reyes', cue: 'said', children: [u('text', 'he')]},
      u('text', ' said it was not.')
    ])
  })
})
