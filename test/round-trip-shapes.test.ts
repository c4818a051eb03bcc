/**
 * Shapes that `stringify` writes differently from how they came in, and
 * that must read back to the same tree: page chrome under a closing rule,
 * a dateline read over two lines, a meta line after a stamp on its line,
 * a linked title and author, paragraphs split after a link.
 */
import {describe, expect, it} from 'vitest'
import {parse, stringify} from '../src/index.js'
import type {Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {bodyBlocks as body, ferryLead as lead, footerCredits as credits} from './util/outline.js'

/**
 * Parse, write and parse again, as plain text.
 *
 * @param value
 *   Article.
 * @returns
 *   The first tree and what `stringify` wrote.
 */
function again(value: string): {tree: Root; written: string} {
  const tree = parse(value, {format: 'text'})
  const written = stringify(tree)
  expect(removePosition(parse(written, {format: 'text'}))).toStrictEqual(removePosition(tree))
  return {tree, written}
}

const headlines = ['Port Ellis opens new school', 'Island council meets on budget', 'Storm season ends early', 'Bridge works start in May', 'New ferry named']

describe('plain text: chrome under a closing rule', () => {
  it('reads any number of short notes under a rule as footer', () => {
    const tree = parse(lead + '\n\n_____\n\n' + headlines.join('\n\n') + '\n', {format: 'text'})
    expect(body(tree)).toHaveLength(2)
    expect(credits(tree)).toStrictEqual(headlines.map((line) => ['other', line]))
  })

  it('keeps a rule with more than three notes in the body when one is prose', () => {
    const prose = 'The harbour master said more crossings would be added in the summer season, when visitors return.'
    const tree = parse(lead + '\n\n_____\n\n' + [...headlines.slice(0, 3), prose].join('\n\n') + '\n', {format: 'text'})
    expect(credits(tree)).toStrictEqual([])
    expect(body(tree).at(-1)).toBe('paragraph: ' + prose)
  })

  it('reads other stories set apart by a wide gap back the same after `stringify`', () => {
    const {tree, written} = again(lead + '\n\n\n\n\n\n' + headlines.join('\n') + '\n')
    expect(credits(tree)).toStrictEqual(headlines.map((line) => ['other', line]))
    // Written under a rule, each a block of its own.
    expect(written.endsWith('_____\n\n' + headlines.join('\n\n') + '\n')).toBe(true)
  })

  it('keeps a contact under its label a contact under the rule', () => {
    const value = lead + '\n\n\n\n\n\n' + [...headlines, 'Media contact:', 'Mara Lind, Port Ellis Harbour Office'].join('\n') + '\n'
    const {tree} = again(value)
    expect(credits(tree).slice(-2)).toStrictEqual([
      ['contact', 'Media contact:'],
      ['contact', 'Mara Lind, Port Ellis Harbour Office']
    ])
  })
})

describe('plain text: chrome after an end mark', () => {
  it('reads the rule `stringify` writes over chrome after `-0-` as no credit', () => {
    const story = 'The island council met on Monday to agree the budget for the new school, the mayor said after the vote.'
    const {tree, written} = again(lead + '-0-\n-\n- Harbour\n- 2 May 2024 15:56\nFerries\n-\n' + story + '\n-\n')
    expect(written).toContain('normal.-0-\n\n_____\n\n-\n\n- Harbour')
    expect(credits(tree)).toStrictEqual([
      ['other', '-'],
      ['other', '- Harbour'],
      ['other', '- 2 May 2024 15:56'],
      ['other', 'Ferries'],
      ['other', '-'],
      ['other', story],
      ['other', '-']
    ])
  })
})

describe('plain text: a signature under the rule', () => {
  it('keeps a wire signature under the copy a signature when written under a rule', () => {
    const {tree, written} = again(lead + '\nUNI\n\n\nAllow notifications\n')
    expect(credits(tree)).toStrictEqual([
      ['signature', 'UNI'],
      ['other', 'Allow notifications']
    ])
    expect(written.endsWith('normal.\n\n_____\n\nUNI\n\nAllow notifications\n')).toBe(true)
  })
})

describe('plain text: header shapes', () => {
  it('writes a dateline read over two lines on its own line again', () => {
    const {tree, written} = again('Port reopens\n\nPORT ELLIS\n—\nThe port reopened on Tuesday after a week of storms, the harbour office said.\n')
    const header = tree.children[0]
    expect(header?.type === 'header' ? header.children.map((node) => node.type) : []).toStrictEqual(['title', 'dateline'])
    expect(written).toContain('PORT ELLIS\n—\nThe port reopened')
  })

  it('reads a meta line after a stamp on its line as meta', () => {
    const {tree} = again(' date 2026-05-04 Images | Port Ellis Gazette\n\nThe port reopened on Tuesday after a week of storms, the harbour office said.\n')
    const header = tree.children[0]
    expect(header?.type === 'header' ? header.children.map((node) => (node.type === 'meta' ? [node.key, node.value] : node.type)) : []).toStrictEqual([
      'dateline',
      ['images', 'Port Ellis Gazette']
    ])
    expect(body(tree)).toHaveLength(1)
  })
})

/**
 * Parse, write and parse again, as Markdown.
 *
 * @param value
 *   Article.
 * @returns
 *   The first tree and what `stringify` wrote.
 */
function againMarkdown(value: string): {tree: Root; written: string} {
  const tree = parse(value, {format: 'markdown'})
  const written = stringify(tree)
  expect(removePosition(parse(written, {format: 'markdown'}))).toStrictEqual(removePosition(tree))
  return {tree, written}
}

describe('Markdown: linked header lines', () => {
  it('writes a linked title as a heading and a linked author under a date in one subheading', () => {
    const value = [
      '---',
      'url: "https://example.com/news/ferry"',
      'title: "Ferry service resumes — Port Ellis Gazette"',
      '---',
      '',
      '# [Ferry service resumes](https://example.com/news/ferry)',
      '',
      '## May 2, 2024 [Ana Lind](https://example.com/news?author=12)',
      '',
      'The ferry between Port Ellis and the islands resumed on Tuesday after a week of storms, the harbour office said.',
      ''
    ].join('\n')
    const {tree, written} = againMarkdown(value)
    const header = tree.children[0]
    expect(header?.type === 'header' ? header.children.map((node) => node.type) : []).toStrictEqual(['meta', 'meta', 'title', 'dateline', 'byline'])
    expect(written.split('\n\n').slice(0, 3)).toStrictEqual([
      '---\n"url": "https://example.com/news/ferry"\n"page title": "Ferry service resumes — Port Ellis Gazette"\n---',
      '# [Ferry service resumes](https://example.com/news/ferry)',
      '## May 2, 2024 [Ana Lind](https://example.com/news?author=12)'
    ])
  })

  it('keeps a plain title in front matter', () => {
    const {written} = againMarkdown('---\ntitle: Ferry service resumes\nauthor: Ana Lind\n---\n\nThe ferry resumed on Tuesday, the harbour office said.\n')
    expect(written.startsWith('---\n"title": "Ferry service resumes"\n"author": "Ana Lind"\n---\n\n')).toBe(true)
  })
})

describe('Markdown: paragraphs split after a link', () => {
  it('keeps two paragraphs apart with an empty comment when the second would continue the first', () => {
    const tree: Root = {
      type: 'root',
      data: {format: 'markdown'},
      children: [
        {type: 'header', children: [{type: 'title', children: [{type: 'text', value: 'Ferry service resumes'}]}]},
        {
          type: 'section',
          children: [
            {type: 'paragraph', children: [{type: 'sentence', children: [{type: 'text', value: 'Crews checked the landing stages first.'}]}, {type: 'sentence', children: [{type: 'text', value: 'They followed the '}, {type: 'link', url: 'https://example.com/r', children: [{type: 'text', value: 'report'}]}]}]},
            {type: 'paragraph', children: [{type: 'sentence', children: [{type: 'text', value: 'and then the notice.'}]}]}
          ]
        }
      ]
    }
    const written = stringify(tree)
    expect(written).toBe('# Ferry service resumes\n\nCrews checked the landing stages first. They followed the [report](https://example.com/r)\n\n<!-- -->\n\nand then the notice.\n')
    expect(removePosition(parse(written))).toStrictEqual(tree)
  })

  it('writes no comment before a paragraph that starts a sentence', () => {
    const {written} = againMarkdown('# Ferry service resumes\n\nCrews read the [report](https://example.com/r)\n\nThe notice followed on Monday.\n')
    expect(written).not.toContain('<!--')
  })

  it('reads a one-word label before links (`tags [Port](…)`) as page chrome under a rule', () => {
    const value = lead.replace('Ferry service resumes', '# Ferry service resumes') + '\n\n_____\n\nAll charges are accusations.\n\nShare\n\ncategories [News](https://example.com/c/news)\n\n<!-- -->\n\ntags [Port](https://example.com/t/port),\n\n[Ferries](https://example.com/t/ferries)\n'
    const {tree} = againMarkdown(value)
    expect(body(tree)).toHaveLength(2)
    expect(credits(tree)).toStrictEqual([
      ['other', 'All charges are accusations.'],
      ['other', 'Share'],
      ['other', 'categories News'],
      ['other', 'tags Port,'],
      ['other', 'Ferries']
    ])
  })
})

describe('Markdown: a byline over its outlet line', () => {
  it('reads `By NAME` over an outlet line under a `#` title with exact positions, and writes it back as lines', () => {
    const value = '# Port reopens\n\nBy JANE DOE\nAssociated Press\n\nThe port reopened on Tuesday after a week of storms, officials said.\n'
    const {tree, written} = againMarkdown(value)
    const header = tree.children[0]
    const byline = header?.type === 'header' ? header.children[1] : undefined
    expect(byline?.type === 'byline' ? [byline.authors, byline.children] : []).toStrictEqual([
      ['JANE DOE'],
      [
        {
          type: 'text',
          value: 'By JANE DOE\nAssociated Press',
          position: {start: {line: 3, column: 1, offset: 16}, end: {line: 4, column: 17, offset: 44}}
        }
      ]
    ])
    expect(written.startsWith('# Port reopens\n\nBy JANE DOE\nAssociated Press\n\n')).toBe(true)
  })
})
