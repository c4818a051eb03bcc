/**
 * The Markdown reader: the bridge from mdast (headings, paragraphs, links,
 * emphasis, images, HTML), front matter, and format detection.
 */
import {u} from 'unist-builder'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {detectFormat, parse, stringify, toString, type Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {positions} from './util/position.js'

describe('markdown: the bridge', () => {
  it('makes a whole tree, positions pointing into the input', () => {
    const value = '# Rates *rise*\n\nBy Jane Doe\n\nThe bank [raised](https://b.example) rates.\n'
    const at = positions(value)
    const expected: Root = u(
      'root',
      {data: {format: 'markdown' as const}, position: at(0, 73)},
      [
        u('header', {position: at(0, 27)}, [
          u('title', {position: at(0, 14)}, [u('text', {position: at(2, 13)}, 'Rates rise')]),
          u('byline', {authors: ['Jane Doe'], position: at(16, 27)}, [u('text', {position: at(16, 27)}, 'By Jane Doe')])
        ]),
        u('section', {position: at(29, 72)}, [
          u('paragraph', {position: at(29, 72)}, [
            u('sentence', {position: at(29, 72)}, [
              u('text', {position: at(29, 38)}, 'The bank '),
              u('link', {url: 'https://b.example', position: at(39, 45)}, [u('text', {position: at(39, 45)}, 'raised')]),
              u('text', {position: at(65, 72)}, ' rates.')
            ])
          ])
        ])
      ]
    )
    expect(parse(value)).toStrictEqual(expected)
  })

  it('keeps heading depths; the first `#` heading is the title, later ones are headings', () => {
    const tree = parse('# Title here\n\nLead words.\n\n### Third\n\nMore words.\n\n# Again\n\nLast words.\n')
    const copy = removePosition(tree)
    expect(copy.children.map((node) => node.type)).toStrictEqual(['header', 'section', 'section', 'section'])
    const headings = copy.children.slice(2).map((node) => (node.type === 'section' ? node.children[0] : undefined))
    expect(headings).toStrictEqual([
      u('heading', {depth: 3 as const}, [u('text', 'Third')]),
      u('heading', {depth: 1 as const}, [u('text', 'Again')])
    ])
  })

  it('reads a kicker heading right above the title as `meta`', () => {
    const tree = removePosition(parse('## Gas and oil\n\n# Uzbekistan uses its own gas\n\nThe plant opened.\n'))
    expect(tree.children[0]).toStrictEqual(
      u('header', [
        u('meta', {key: 'kicker'}, 'Gas and oil'),
        u('title', [u('text', 'Uzbekistan uses its own gas')])
      ])
    )
  })

  it('reads bylines and stamps in emphasis through the same recognisers', () => {
    const text = removePosition(parse('Harbour reopens\n\nBy Jane Doe\n\nPublished: 5 March 2024\n\nThe port reopened.\n', {format: 'text'}))
    const markdown = removePosition(parse('# Harbour reopens\n\n**By Jane Doe**\n\n*Published: 5 March 2024*\n\nThe port reopened.\n'))
    expect(markdown.children[0]).toStrictEqual(text.children[0])
  })

  it('flattens emphasis, strong, inline code and escapes into text', () => {
    const tree = removePosition(parse('# T\n\nA *b* **c** `d` \\*e\\* &amp; f.\n'))
    expect(tree.children[1]).toStrictEqual(
      u('section', [u('paragraph', [u('sentence', [u('text', 'A b c d *e* & f.')])])])
    )
  })

  it('maps lists and block quotes', () => {
    const tree = removePosition(parse('# T\n\n1. One item.\n2. Two items.\n\n> Quoted words.\n>\n> More words.\n'))
    expect(tree.children[1]).toStrictEqual(
      u('section', [
        u('list', {ordered: true}, [
          u('listItem', [u('sentence', [u('text', 'One item.')])]),
          u('listItem', [u('sentence', [u('text', 'Two items.')])])
        ]),
        u('blockquote', [
          u('paragraph', [u('sentence', [u('text', 'Quoted words.')])]),
          u('paragraph', [u('sentence', [u('text', 'More words.')])])
        ])
      ])
    )
  })

  it('resolves link references through definitions', () => {
    const tree = removePosition(parse('# T\n\nSee [the report][r].\n\n[r]: https://r.example\n'))
    expect(tree.children[1]).toStrictEqual(
      u('section', [
        u('paragraph', [
          u('sentence', [u('text', 'See '), u('link', {url: 'https://r.example'}, [u('text', 'the report')]), u('text', '.')])
        ])
      ])
    )
  })

  it('drops images and raw HTML with a message', () => {
    const file = new VFile('# T\n\n![x](y.png)\n\n<div>hi</div>\n\nText <b>bold</b> here.\n')
    const tree = removePosition(parse(file))
    expect(tree.children[1]).toStrictEqual(u('section', [u('paragraph', [u('sentence', [u('text', 'Text bold here.')])])]))
    expect(file.messages.map((message) => [message.ruleId, message.place && 'start' in message.place ? message.place.start.offset : undefined])).toStrictEqual([
      ['dropped-image', 5],
      ['dropped-html', 18],
      ['dropped-html', 38],
      ['dropped-html', 45]
    ])
  })

  it('reports a header line once when the header is read over more than six blocks', () => {
    // Six blocks do not end the header here, so the reader reads the
    // header blocks again with the rest: `soon` was reported by both.
    const value = '# Rates rise\n\nPublished: soon\n\nBy Jane Doe\n\nTags: economy\n\nCategory: news\n\nSection: world\n\nThe bank raised rates on Tuesday, it said.\n'
    const file = new VFile(value)
    const tree = parse(file, {format: 'markdown'})
    const header = tree.children[0]
    expect(header?.type === 'header' ? header.children.map((node) => node.type === 'meta' ? node.key : node.type) : []).toStrictEqual([
      'title',
      'dateline',
      'byline',
      'tags',
      'category',
      'section'
    ])
    expect(file.messages.map((message) => [message.ruleId, message.place && 'start' in message.place ? message.place.start.offset : undefined])).toStrictEqual([
      ['unparsed-date', value.indexOf('soon')]
    ])
  })

  it('reads a closing `## URL` heading over an address as a credit, not a section', () => {
    const value = '# Gas plans stall\n\nThe country has more gas than it can sell.\n\n## URL\n\nhttps://example.com/asia/gas\n'
    const at = positions(value)
    const tree = parse(value)
    expect(tree.children.map((node) => node.type)).toStrictEqual(['header', 'section', 'footer'])
    expect(tree.children[2]).toStrictEqual(
      u('footer', {position: at(66, 99)}, [
        u('credit', {role: 'other' as const, names: [], position: at(66, 99)}, [
          // The heading's words and the address, one line each.
          u('text', {position: at(66, 99)}, 'URL\nhttps://example.com/asia/gas')
        ])
      ])
    )
    // Written back and read again, it is the same credit.
    expect(removePosition(parse(stringify(tree)))).toStrictEqual(removePosition(tree))
    // Another heading, or more than an address under it, stays a section.
    for (const other of ['## Notes\n\nhttps://example.com/asia/gas\n', '## URL\n\nSee https://example.com/asia/gas\n']) {
      const kept = parse(value.slice(0, 63) + other)
      expect(kept.children.map((node) => node.type)).toStrictEqual(['header', 'section', 'section'])
    }
  })

  it('keeps offsets right after a BOM', () => {
    const value = '\ufeff# Title words\n\nBody words here.\n'
    const tree = parse(value)
    const text = tree.children[1]!.type === 'section' ? tree.children[1]!.children[0] : undefined
    expect(text?.position?.start.offset).toBe(value.indexOf('Body'))
  })

  it('never throws on odd Markdown', () => {
    for (const value of ['', '#', '---', '---\n---', '> ', '- ', '[a]: b', '\u0000*a*', '```\nx', '# \n\n## ']) {
      expect(parse(value, {format: 'markdown'}).type).toBe('root')
    }
  })
})

describe('markdown: front matter', () => {
  const value = [
    '---',
    'title: "Storm closes ports"',
    'date: 2024-03-05',
    'updated: 2024-03-06T10:00:00Z',
    'authors: [Jane Doe, John Roe]',
    'publisher:',
    '  name: Daily',
    'tags: [a, b]',
    '__proto__: x',
    'constructor: {y: 1}',
    '---',
    '',
    'The port reopened.',
    ''
  ].join('\n')

  it('feeds title, datelines, byline and meta (dotted keys), in key order', () => {
    expect(removePosition(parse(value)).children[0]).toStrictEqual(
      u('header', [
        u('title', [u('text', 'Storm closes ports')]),
        u('dateline', {role: 'published' as const, date: '2024-03-05'}, [u('text', '2024-03-05')]),
        u(
          'dateline',
          {role: 'updated' as const, date: '2024-03-06', time: '10:00', utcOffset: '+00:00', datetime: '2024-03-06T10:00+00:00'},
          [u('text', '2024-03-06T10:00:00Z')]
        ),
        u('byline', {authors: ['Jane Doe', 'John Roe']}, [u('text', 'Jane Doe, John Roe')]),
        u('meta', {key: 'publisher.name'}, 'Daily'),
        u('meta', {key: 'tags'}, 'a, b'),
        u('meta', {key: '__proto__'}, 'x'),
        u('meta', {key: 'constructor.y'}, '1')
      ])
    )
    // Keys are data: nothing leaked onto prototypes.
    expect(({} as Record<string, unknown>).polluted).toBe(undefined)
  })

  it('gives positions in the input', () => {
    const tree = parse(value)
    const header = tree.children[0]!
    const meta = header.type === 'header' ? header.children[4]! : undefined
    expect(meta?.position?.start.offset).toBe(value.indexOf('name: Daily'))
    expect(meta?.position?.end.offset).toBe(value.indexOf('name: Daily') + 'name: Daily'.length)
  })

  it('dates from front matter fill in years of the body', () => {
    const tree = parse('---\ndate: 2023-02-22\n---\n\nTalks resumed on February 14.\n')
    expect(JSON.stringify(tree)).toContain('"date":"2023-02-14"')
  })

  it('reports invalid YAML and reads on', () => {
    const file = new VFile('---\ntitle: [oops\n---\n\nBody words.\n')
    const tree = removePosition(parse(file))
    expect(tree.children.map((node) => node.type)).toStrictEqual(['section'])
    expect(file.messages.map((message) => message.ruleId)).toStrictEqual(['invalid-front-matter'])
  })
})

describe('front matter that is no valid YAML', () => {
  it('reads lines of `key: value` with a colon in a value as such, and reports it', () => {
    const file = new VFile('---\ntitle: Ferry link: talks end in agreement\ndate: 2024-05-02\n---\n\nThe ferry resumed on Tuesday, the harbour office said.\n')
    const tree = parse(file)
    const header = tree.children[0]
    expect(header?.type === 'header' ? header.children.map((node) => [node.type, toString(node), node.type === 'dateline' ? node.date : undefined]) : []).toStrictEqual([
      ['title', 'Ferry link: talks end in agreement', undefined],
      ['dateline', '2024-05-02', '2024-05-02']
    ])
    expect(header?.type === 'header' ? header.children[0]?.position?.start.offset : undefined).toBe(11)
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toStrictEqual([
      ['invalid-front-matter', 'Unexpected invalid YAML in front matter: `BLOCK_AS_IMPLICIT_KEY`, read as `key: value` lines']
    ])
  })

  it('reads nothing when a line is of another kind or a value opens YAML syntax', () => {
    for (const value of ['---\ntitle: Ferry link: talks end\n  - nested\n---\n\nBody words.\n', '---\ntitle: [Ferry: link\n---\n\nBody words.\n']) {
      const file = new VFile(value)
      expect(parse(file).children.map((node) => node.type)).toStrictEqual(['section'])
      expect(file.messages.map((message) => message.ruleId)).toStrictEqual(['invalid-front-matter'])
    }
  })
})

describe('detectFormat', () => {
  it('detects Markdown', () => {
    for (const value of ['---\ntitle: a\n---\n', '# Title\n\nText.', 'A [link](https://a.example) and **bold**.', '\ufeff---\r\nx: 1\r\n---\r\n']) {
      expect(detectFormat(value), value).toBe('markdown')
    }
  })

  it('leaves plain text alone', () => {
    for (const value of ['Talks resumed.', 'MOSCOW, February 22. /TASS/. Talks resumed.', 'Price: $5 # not a heading', '']) {
      expect(detectFormat(value), value).toBe('text')
    }
  })
})
