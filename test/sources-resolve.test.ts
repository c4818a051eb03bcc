/**
 * `resolveSources`: aliases merged, pronouns and references back linked,
 * quotes and credits tied to sources, the `sources` node appended.
 */
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import type {AttributionSpan} from '../src/lib/recognizer-types.js'
import {resolveSources} from '../src/lib/sources/resolve-sources.js'
import {slug} from '../src/lib/sources/slug.js'
import type {Attribution, Quote, Root} from '../src/lib/types.js'
import {parse} from '../src/index.js'
import {article} from './util/attributions.js'
import {sourceNodes, sourcesOf} from './util/outline.js'

const sources = sourceNodes
const named = sourcesOf

describe('resolveSources', () => {
  it('merges a person’s names, keeping the shortest full name and the roles', () => {
    const {tree, spans} = article([
      'Putin said the talks were useful.',
      'President Vladimir Putin told reporters he was ready.',
      '"We will see," said President Putin.'
    ])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {
        type: 'source',
        identifier: 'vladimir-putin',
        name: 'Vladimir Putin',
        kind: 'person',
        cues: ['said', 'told'],
        mentions: 3,
        data: {aliases: ['Putin'], roles: ['President']}
      }
    ])
  })

  it('sets every attribution’s identifier', () => {
    const {tree, spans} = article(['Harbor Times reported the sale.', 'The sale closed, the Harbor Times reported.'])
    resolveSources(tree, spans)
    expect([...spans.keys()].map((node) => node.identifier)).toStrictEqual(['harbor-times', 'harbor-times'])
    expect(sources(tree)).toStrictEqual([
      {type: 'source', identifier: 'harbor-times', name: 'Harbor Times', kind: 'outlet', cues: ['reported'], mentions: 2}
    ])
  })

  it('links a pronoun to the last named person', () => {
    const {tree, spans} = article(['Nadia Reyes, a nurse, said the ward was full.', '"We had no beds," she said.'])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {type: 'source', identifier: 'nadia-reyes', name: 'Nadia Reyes', kind: 'person', cues: ['said'], mentions: 2}
    ])
  })

  it('removes a pronoun attribution that refers to nobody', () => {
    const {tree, spans} = article(['He said the ship was late.'])
    resolveSources(tree, spans)
    expect(tree).toStrictEqual({
      type: 'root',
      children: [u('section', [u('paragraph', [u('sentence', [u('text', 'He said the ship was late.')])])])]
    })
  })

  it('takes a full name from the text for a surname', () => {
    const {tree, spans} = article(['Boxing coach Rita Moreno opened a gym in May.', 'Moreno said it was full.'])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {type: 'source', identifier: 'rita-moreno', name: 'Rita Moreno', kind: 'person', cues: ['said'], mentions: 1, data: {aliases: ['Moreno']}}
    ])
  })

  it('takes a full name for a surname with a particle', () => {
    const {tree, spans} = article(['Critics of Lena von Brandt met on Monday.', 'Von Brandt had objected, asking if the vote was fair.'])
    resolveSources(tree, spans)
    expect(sources(tree).map((source) => [source.name, source.kind, source.data])).toStrictEqual([
      ['Lena von Brandt', 'person', {aliases: ['Von Brandt']}]
    ])
  })

  it('takes a full name from the headline', () => {
    const {tree, spans} = article(['Moreno said it was full.'])
    tree.children.unshift(u('header', [u('title', [u('text', 'Coach Rita Moreno opens a gym')])]))
    resolveSources(tree, spans)
    expect(sources(tree).map((source) => [source.name, source.kind])).toStrictEqual([['Rita Moreno', 'person']])
  })

  it('spells out an acronym defined in the text', () => {
    const {tree, spans} = article(['The Coastal Fisheries Board (CFB) met on Monday.', 'The CFB said quotas would fall.'])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {
        type: 'source',
        identifier: 'coastal-fisheries-board',
        name: 'Coastal Fisheries Board',
        kind: 'organization',
        cues: ['said'],
        mentions: 1,
        data: {aliases: ['CFB']}
      }
    ])
  })

  it('spells out an acronym of a source named before', () => {
    const {tree, spans} = article(['A Coastal Fisheries Board study says stocks fell.', 'The CFB found that quotas were ignored.'])
    resolveSources(tree, spans)
    expect(sources(tree).map((source) => [source.name, source.kind])).toStrictEqual([
      ['Coastal Fisheries Board study', 'document'],
      ['Coastal Fisheries Board', 'organization']
    ])
  })

  it('spells out a conventional short form when the text does', () => {
    const {tree, spans} = article(["Traders awaited the U.S. Federal Reserve's meeting.", 'The Fed has signaled two rate rises.'])
    resolveSources(tree, spans)
    expect(sources(tree).map((source) => [source.name, source.kind, source.data])).toStrictEqual([
      ['U.S. Federal Reserve', 'organization', {aliases: ['Fed']}]
    ])
  })

  it('ties references back to the document the text names', () => {
    const {tree, spans} = article([
      'The two premiers signed a Charter on River Cooperation in Riga on May 3.',
      'The document covers fishing and shipping.',
      'The Riga Charter also consolidated plans for a bridge.',
      'In particular, the charter permitted joint patrols.'
    ])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {
        type: 'source',
        identifier: 'charter-on-river-cooperation',
        name: 'Charter on River Cooperation',
        kind: 'document',
        cues: ['covers', 'consolidated', 'permitted'],
        mentions: 3,
        data: {aliases: ['Riga Charter']}
      }
    ])
  })

  it('links a role to the person the text names with it', () => {
    const {tree, spans} = article(['Farm Minister Ivo Petrov met the growers.', 'The minister noted that prices had doubled.'])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {type: 'source', identifier: 'ivo-petrov', name: 'Ivo Petrov', kind: 'person', cues: ['noted'], mentions: 1}
    ])
  })

  it('merges anonymous sources that repeat, keeps different ones apart', () => {
    const {tree, spans} = article([
      'A deal is near, a source in the port authority told Harbor Times.',
      'The talks will last a week, the source added.',
      'One senior banker said the loan was safe.'
    ])
    resolveSources(tree, spans)
    expect(sources(tree).map((source) => [source.name, source.kind, source.cues, source.mentions])).toStrictEqual([
      ['source in the port authority', 'anonymous', ['told', 'added'], 2],
      ['senior banker', 'anonymous', ['said'], 1]
    ])
  })

  it('sets the source of a quote in an attributed sentence', () => {
    const spans = new Map<Attribution, AttributionSpan>()
    const attribution: Attribution = {type: 'attribution', identifier: '', cue: 'said', children: [u('text', 'Ana Ruiz')]}
    spans.set(attribution, {start: 12, end: 20, name: 'Ana Ruiz', cue: 'said', kind: 'person'})
    const quote = u('quote', [u('text', 'Go')])
    const tree: Root = u('root', [u('section', [u('paragraph', [u('sentence', [quote, u('text', ', said '), attribution])])])])
    resolveSources(tree, spans)
    expect(quote).toStrictEqual({type: 'quote', source: 'ana-ruiz', children: [{type: 'text', value: 'Go'}]})
  })

  it('gives a titled document the title the text gave it first', () => {
    const {tree, spans} = article([
      'The two states signed a Pact on Grain Exports in Tallinn.',
      'The Tallinn Pact also envisages a joint fund.',
      'According to the document, prices will be fixed.'
    ])
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {
        type: 'source',
        identifier: 'pact-on-grain-exports',
        name: 'Pact on Grain Exports',
        kind: 'document',
        cues: ['envisages', 'according to'],
        mentions: 2,
        data: {aliases: ['Tallinn Pact']}
      }
    ])
  })

  it('gives each quote of a sentence the attribution nearest to it', () => {
    /** The `source` of every quote in document order. */
    function quoteSources(text: string): Array<string | undefined> {
      const found: Array<string | undefined> = []
      const walk = (node: {type: string, source?: string, children?: unknown[]}) => {
        if (node.type === 'quote') found.push(node.source)
        for (const child of node.children ?? []) walk(child as typeof node)
      }

      walk(parse('Port talks\n\n' + text))
      return found
    }

    expect(quoteSources('"Go," Ana Ruiz said, and "stay," Ben Cole said, "now."')).toStrictEqual(['ana-ruiz', 'ben-cole', 'ben-cole'])
    expect(quoteSources('Ana Ruiz said on Monday that "the port reopens," Ben Cole told reporters.')).toStrictEqual(['ben-cole'])
    // The same in a run-on line of many: each quote keeps its neighbour.
    const many = quoteSources(Array.from({length: 200}, () => '"Go," Ana Ruiz said, and "stay," Ben Cole said,').join(' '))
    expect(many.length).toBe(400)
    expect(many.every((source, index) => source === (index % 2 === 0 ? 'ana-ruiz' : 'ben-cole'))).toBe(true)
  })

  it('gives an office of a place the holder the text names after the same words', () => {
    expect(
      named('President of Fjordland Jane Roe met the harbour board on Monday, Harbor Times reports.\n\nPresident of Fjordland noted that the port would reopen.')
    ).toStrictEqual([
      ['Harbor Times', 'outlet', ['reports']],
      ['Jane Roe', 'person', ['noted']]
    ])
    // No holder named: the office stays a source of its own.
    expect(named('President of Fjordland noted that the port would reopen.')).toStrictEqual([
      ['President of Fjordland', 'anonymous', ['noted']]
    ])
  })

  it('gives an outlet’s unnamed reporter to the outlet', () => {
    const found = sources(parse('Port talks\n\nA Fjord Times correspondent reports that the port is busy.\n\nThe company correspondent said nothing.\n'))
    expect(found.map((source) => [source.name, source.kind, source.data?.aliases])).toStrictEqual([
      ['Fjord Times', 'outlet', ['Fjord Times correspondent']]
    ])
  })

  it('keeps a group of people apart from a body named before', () => {
    expect(named('Growth slowed, according to a group of economists.')).toStrictEqual([['group of economists', 'anonymous', ['according to']]])
    expect(named('Acme Group raised prices. Demand was strong, the group said.')).toStrictEqual([['Acme Group', 'organization', ['said']]])
  })

  it('gives a role with a nationality the person of that place’s role named before', () => {
    expect(named('Fjordland President Jane Roe said the port would reopen. Fjordish president added that fares would fall.')).toStrictEqual([
      ['Jane Roe', 'person', ['said', 'added']]
    ])
    // Another place's president is not the one named.
    expect(named('Nordland President Jane Roe said the port would reopen. Fjordish president added that fares would fall.')).toStrictEqual([
      ['Jane Roe', 'person', ['said']],
      ['Fjordish president', 'anonymous', ['added']]
    ])
  })

  it('gives the next sentence’s quote in the paragraph the same source', () => {
    const spans = new Map<Attribution, AttributionSpan>()
    const attribution: Attribution = {type: 'attribution', identifier: '', cue: 'said', children: [u('text', 'Ana Ruiz')]}
    spans.set(attribution, {start: 8, end: 16, name: 'Ana Ruiz', cue: 'said', kind: 'person'})
    const first: Quote = u('quote', [u('text', 'Go,')])
    const second: Quote = u('quote', [u('text', 'Now.')])
    const tree: Root = u('root', [
      u('section', [u('paragraph', [u('sentence', [first, u('text', ' said '), attribution, u('text', '.')]), u('sentence', [second])])])
    ])
    resolveSources(tree, spans)
    expect([first.source, second.source]).toStrictEqual(['ana-ruiz', 'ana-ruiz'])
  })

  it('adds sources from `Source:` credits', () => {
    const footer = u('footer', [u('credit', {role: 'source' as const, names: ['Ministry of Water']}, [u('text', 'Source: Ministry of Water')])])
    const {tree, spans} = article(['The lake is safe.'], footer)
    resolveSources(tree, spans)
    expect(sources(tree)).toStrictEqual([
      {type: 'source', identifier: 'ministry-of-water', name: 'Ministry of Water', kind: 'organization', cues: ['source'], mentions: 1}
    ])
  })

  it('reads a `Source:` name that tells nothing as an outlet, a release’s `SOURCE` issuer as a company', () => {
    const lead = 'Port talks\n\nTASHKENT, May 4 - The ministers met on Monday to discuss trade and rail links between the two countries.\n\n'
    const credited = parse(lead + 'Source: Valdor\n')
    expect(sources(credited).map((source) => [source.name, source.kind, source.cues])).toStrictEqual([['Valdor', 'outlet', ['source']]])
    const issued = parse(lead + 'SOURCE Valdor\n')
    expect(sources(issued).map((source) => [source.name, source.kind, source.cues])).toStrictEqual([['Valdor', 'organization', ['source']]])
  })

  it('appends no `sources` node when there is no source', () => {
    const {tree, spans} = article(['The lake is safe.'])
    resolveSources(tree, spans)
    expect(tree.children.map((child) => child.type)).toStrictEqual(['section'])
  })

  it('makes lower-case slugs', () => {
    expect(slug('Vestnik Kavkaza')).toBe('vestnik-kavkaza')
    expect(slug('Agence France-Presse')).toBe('agence-france-presse')
    expect(slug("Ministry's Café")).toBe('ministrys-cafe')
    expect(slug('…')).toBe('')
  })
})
