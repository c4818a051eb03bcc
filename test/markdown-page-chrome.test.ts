/**
 * Page chrome at the end of Markdown page exports: lines of tag and
 * story links, social follow lines, emphasised disclaimers and author
 * boxes are footer, not body paragraphs.
 */
import {describe, expect, it} from 'vitest'
import {parse, type Root} from '../src/index.js'

/**
 * Texts of the body paragraphs, and the roles and texts of the credits.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Paragraph texts and credits.
 */
function blocks(tree: Root): {paragraphs: string[]; credits: string[]} {
  const paragraphs: string[] = []
  const credits: string[] = []
  const words = (node: unknown): string => {
    const value = node as {type: string; value?: string; children?: unknown[]}
    const inner = value.type === 'paragraph' ? ' ' : ''
    return value.value ?? (value.children ?? []).map((child) => words(child)).join(inner)
  }

  for (const child of tree.children) {
    if (child.type === 'section') for (const block of child.children) if (block.type === 'paragraph') paragraphs.push(words(block))
    if (child.type === 'footer') for (const credit of child.children) credits.push(`${credit.role}: ${words(credit)}`)
  }

  return {paragraphs, credits}
}

const lead = [
  '# Ferry strike ends after nine days',
  '',
  'The ferry strike ended on Thursday after nine days of talks between the union and the harbour board, officials said.',
  '',
  'Crews will return to work on Friday morning, and the first crossing leaves the north pier at six, the union said.',
  ''
]

describe('markdown: page chrome at the end', () => {
  it('reads tag links, story links, `Share` and an emphasised disclaimer under the article as footer', () => {
    const tree = parse(
      [
        ...lead,
        '_Anyone named in this report is presumed innocent until proven guilty._',
        '',
        'Share',
        '',
        '_tags_ [Ferries](https://example.com/tag/ferries),',
        '',
        '[Harbour](https://example.com/tag/harbour)',
        '',
        '[\u2190](https://example.com/news/storm)[**May 1, 2024**\\',
        '\\',
        'Storm closes the port](https://example.com/news/storm)',
        ''
      ].join('\n'),
      {format: 'markdown'}
    )
    const {paragraphs, credits} = blocks(tree)
    expect(paragraphs.length).toBe(2)
    expect(credits).toStrictEqual([
      'other: Anyone named in this report is presumed innocent until proven guilty.',
      'other: Share',
      'other: tags Ferries,',
      'other: Harbour',
      'other: \u2190May 1, 2024\n\nStorm closes the port'
    ])
  })

  it('reads an author box and a follow line under the article as footer', () => {
    const tree = parse(
      [
        ...lead,
        '**About the [author](https://example.com/author/al):** Ana Lind covers shipping and ports for the paper.',
        '',
        'Follow [the Gazette on Social](https://example.com/follow) to get more of our news in your feed.',
        ''
      ].join('\n'),
      {format: 'markdown'}
    )
    const {paragraphs, credits} = blocks(tree)
    expect(paragraphs.length).toBe(2)
    expect(credits).toStrictEqual([
      'other: About the author: Ana Lind covers shipping and ports for the paper.',
      'other: Follow the Gazette on Social to get more of our news in your feed.'
    ])
  })

  it('keeps an emphasised quotation, a link line inside the article, and an emphasised credit', () => {
    const tree = parse(
      [
        ...lead.slice(0, 4),
        '[Read the harbour board statement](https://example.com/statement)',
        '',
        ...lead.slice(4),
        '_\u201CWe are glad to be back at sea,\u201D one deckhand said._',
        '',
        '_Ana Lind contributed reporting._',
        ''
      ].join('\n'),
      {format: 'markdown'}
    )
    const {paragraphs, credits} = blocks(tree)
    expect(paragraphs.length).toBe(4)
    expect(credits).toStrictEqual(['additional-reporting: Ana Lind contributed reporting.'])
  })

  it('reads a release archive of link lines under a closing rule as footer', () => {
    const pickups = ['a.example', 'b.example', 'c.example', 'd.example', 'e.example'].flatMap((host) => [
      `Pick-up - [https://${host}](https://${host}/news/ferry-strike-ends)`,
      ''
    ])
    const tree = parse(
      [...lead, '---', '', '[Original release](https://example.com/release/1)', '', ...pickups, 'Mirror post', ''].join('\n'),
      {format: 'markdown'}
    )
    const {paragraphs, credits} = blocks(tree)
    expect(paragraphs.length).toBe(2)
    expect(credits).toStrictEqual([
      'other: Original release',
      'other: Pick-up - https://a.example',
      'other: Pick-up - https://b.example',
      'other: Pick-up - https://c.example',
      'other: Pick-up - https://d.example',
      'other: Pick-up - https://e.example',
      'other: Mirror post'
    ])
  })

  it('keeps body paragraphs under a rule, and a labelled sentence with a link', () => {
    const more = ['The board will meet the union again in June.', '', 'Fares stay the same this summer.', '', 'Talks on pensions go on.', '', 'See also: [the board](https://example.com/board) explains its offer in full.', '']
    const tree = parse([...lead, '---', '', ...more].join('\n'), {format: 'markdown'})
    const {paragraphs, credits} = blocks(tree)
    expect(paragraphs.length).toBe(6)
    expect(credits).toStrictEqual([])
  })
})
