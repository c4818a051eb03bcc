/**
 * `stringify`: what it writes, in plain text and in Markdown.
 */
import fc from 'fast-check'
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {parse, stringify, type Nodes, type Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'

const tree: Root = u('root', {data: {format: 'text' as const}}, [
  u('header', [
    u('meta', {key: 'tags'}, 'ports, storms'),
    u('title', [u('text', 'Harbour reopens after storm')]),
    u('byline', {authors: ['Jane Doe']}, [u('text', 'By Jane Doe')]),
    u('dateline', {role: 'filed' as const, place: 'OSLO', agency: 'Reuters'}, [u('text', 'OSLO, March 5 (Reuters)')])
  ]),
  u('section', [
    u('paragraph', [
      u('sentence', [u('text', 'The harbour reopened on '), u('link', {url: 'https://m.example'}, [u('text', 'Monday')]), u('text', '.')]),
      u('sentence', [u('text', 'Ships * waited.')])
    ]),
    u('list', {ordered: false}, [u('listItem', [u('sentence', [u('text', 'Cranes first.')])])])
  ]),
  u('section', [
    u('heading', {depth: 3 as const}, [u('text', 'Repairs')]),
    u('blockquote', [u('paragraph', [u('sentence', [u('text', '# Not a heading.')])])])
  ]),
  u('footer', [u('credit', {role: 'signature' as const, names: ['Reuters']}, [u('text', 'Reuters')])]),
  u('sources', [])
])

describe('stringify', () => {
  it('writes plain text: header lines, blocks, credits; no link destinations', () => {
    expect(stringify(tree)).toBe(
      [
        'tags: ports, storms',
        'Harbour reopens after storm',
        'By Jane Doe',
        'OSLO, March 5 (Reuters) The harbour reopened on Monday. Ships * waited.',
        '- Cranes first.',
        'Repairs',
        '# Not a heading.',
        'Reuters'
      ].join('\n\n') + '\n'
    )
  })

  it('writes Markdown: front matter, `#` title, depths, links, `> `, escapes', () => {
    expect(stringify(tree, {format: 'markdown'})).toBe(
      [
        '---\n"tags": "ports, storms"\n---',
        '# Harbour reopens after storm',
        'By Jane Doe',
        'OSLO, March 5 (Reuters) The harbour reopened on [Monday](https://m.example). Ships \\* waited.',
        '- Cranes first.',
        '### Repairs',
        '> \\# Not a heading.',
        'Reuters'
      ].join('\n\n') + '\n'
    )
  })

  it('defaults to the format the tree was read from', () => {
    const markdown = parse('# Title words\n\nA [link](https://l.example) here.\n')
    expect(stringify(markdown)).toBe('# Title words\n\nA [link](https://l.example) here.\n')
    expect(stringify(markdown, {format: 'text'})).toBe('Title words\n\nA link here.\n')
  })

  it('writes any node, and nothing for generated ones', () => {
    expect(stringify(u('heading', {depth: 2 as const}, [u('text', 'Repairs')]), {format: 'markdown'})).toBe('## Repairs\n')
    expect(stringify(u('paragraph', [u('sentence', [u('text', 'Words.')])]), {format: 'markdown'})).toBe('---\n---\n\nWords.\n')
    expect(stringify(u('sources', []))).toBe('')
    expect(stringify(u('root', []))).toBe('')
  })

  it('keeps keys such as `__proto__` as data in front matter', () => {
    const value = '---\n__proto__: x\nconstructor: y\n---\n\nBody words.\n'
    const first = parse(value)
    expect(stringify(first)).toBe('---\n"__proto__": "x"\n"constructor": "y"\n---\n\nBody words.\n')
    expect(removePosition(parse(stringify(first)))).toStrictEqual(removePosition(first))
  })

  it('keeps front matter meta that other keys of its name would read as a date or a byline', () => {
    const value = '---\ntitle: Ferries return\nauthor: Staff Writer\npublished: true\nheadline: Boats are back\n---\n\nFerries returned on Monday.\n'
    const first = parse(value)
    expect(stringify(first)).toBe(
      '---\n"title": "Ferries return"\n"author": "Staff Writer"\n"published": "true"\n"headline": "Boats are back"\n---\n\nFerries returned on Monday.\n'
    )
    expect(removePosition(parse(stringify(first)))).toStrictEqual(removePosition(first))
  })

  it('throws a `TypeError` for a bad format', () => {
    // @ts-expect-error: deliberately wrong.
    expect(() => stringify(tree, {format: 'html'})).toThrow(TypeError)
  })
})

/**
 * The values of the text nodes in a node, in order.
 *
 * @param node
 *   Node.
 * @returns
 *   Values joined.
 */
function texts(node: Nodes | undefined): string {
  if (!node) return ''
  if (node.type === 'text') return node.value
  return 'children' in node ? (node.children as Nodes[]).map((child) => texts(child)).join('') : ''
}

describe('stringify: Markdown escapes', () => {
  it('escapes any words so that remark reads them back unchanged', () => {
    const words = fc
      .stringMatching(/^[\w !"#$%&'()*+,./:;<=>?@[\\\]^`{|}~-]{1,40}$/)
      .map((value) => value.trim())
      .filter((value) => /^\w/.test(value) && /[\w.]$/.test(value))
    fc.assert(
      fc.property(words, (value) => {
        const article: Root = u('root', {data: {format: 'markdown' as const}}, [
          u('section', [
            u('heading', {depth: 2 as const}, [u('text', 'Heading words')]),
            u('paragraph', [u('sentence', [u('text', value)])]),
            u('paragraph', [u('sentence', [u('text', 'The article ends here.')])])
          ])
        ])
        const again = parse(stringify(article))
        const section = again.children.find((node) => node.type === 'section')
        // Sentences do not keep the white space between them.
        expect(texts(section?.children[1]).replaceAll(/\s+/g, '')).toBe(value.replaceAll(/\s+/g, ''))
      }),
      {seed: 7, numRuns: 300}
    )
  })
})
