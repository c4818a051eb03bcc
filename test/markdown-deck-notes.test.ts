/**
 * Markdown layouts that quote the deck under the `#` title (a block quote
 * of several sentences over a date line), and editor's notes at the end.
 */
import {describe, expect, it} from 'vitest'
import {parse, toString, type Root} from '../src/index.js'

/**
 * Header node types with their words, section block types, and credits.
 *
 * @param value
 *   Markdown.
 * @returns
 *   Summary.
 */
function summary(value: string): {header: Array<[string, string]>; blocks: string[]; credits: Array<[string, string]>} {
  const tree: Root = parse(value, {format: 'markdown'})
  const header: Array<[string, string]> = []
  const blocks: string[] = []
  const credits: Array<[string, string]> = []
  for (const child of tree.children) {
    if (child.type === 'header') for (const node of child.children) header.push([node.type, toString(node)])
    if (child.type === 'section') for (const node of child.children) blocks.push(node.type + ': ' + toString(node).slice(0, 24))
    if (child.type === 'footer') for (const node of child.children) credits.push([node.role, toString(node)])
  }

  return {header, blocks, credits}
}

describe('markdown: a quoted deck under the title', () => {
  it('reads a quote of two sentences over a date line as the subtitle', () => {
    const {header, blocks} = summary(
      '# Ferries return to the northern isles\n\n> Storms kept them away for a month. Islanders are relieved\n\n> Mar 5th 2021\n\nTHE FIRST ferry in a month docked on Monday.\n\nIslanders cheered.\n'
    )
    expect(header).toStrictEqual([
      ['title', 'Ferries return to the northern isles'],
      ['subtitle', 'Storms kept them away for a month. Islanders are relieved'],
      ['dateline', 'Mar 5th 2021']
    ])
    expect(blocks).toStrictEqual(['paragraph: THE FIRST ferry in a mon', 'paragraph: Islanders cheered.'])
  })

  it('reads it over a byline too', () => {
    const {header} = summary('# Ferries return\n\n> Storms kept them away. Islanders are relieved.\n\nBy Ana Lind\n\nThe first ferry in a month docked on Monday.\n')
    expect(header.map(([type]) => type)).toStrictEqual(['title', 'subtitle', 'byline'])
  })

  it('leaves a quote under the title in the body when no header line follows', () => {
    const {header, blocks} = summary(
      '# Ferries return\n\n> “We waited a month. We are relieved,” one islander said.\n\nThe first ferry in a month docked on Monday.\n'
    )
    expect(header.map(([type]) => type)).toStrictEqual(['title'])
    expect(blocks).toStrictEqual(['blockquote: “We waited a month. We a', 'paragraph: The first ferry in a mon'])
  })

  it('leaves a quote of several paragraphs, or one further down, in the body', () => {
    const several = summary('# Ferries return\n\n> Storms kept them away.\n>\n> Islanders are relieved.\n\n> Mar 5th 2021\n\nThe first ferry docked.\n')
    expect(several.header.map(([type]) => type)).not.toContain('subtitle')
    const lower = summary('# Ferries return\n\nThe first ferry docked on Monday.\n\n> Storms kept them away. Islanders are relieved.\n\n> Mar 5th 2021\n')
    expect(lower.header.map(([type]) => type)).toStrictEqual(['title'])
  })
})

describe('markdown: editor’s notes at the end', () => {
  it('reads trailing editor’s notes and corrections as credits', () => {
    const {blocks, credits} = summary(
      [
        '# Ferries return',
        '',
        'The first ferry in a month docked on Monday.',
        '',
        'Islanders cheered as it came in.',
        '',
        'Correction: An earlier version of this story gave the wrong month.',
        '',
        'Editor’s note: Our harbour coverage is free for readers of our [newsletter](https://example.com/n).',
        ''
      ].join('\n')
    )
    expect(blocks).toStrictEqual(['paragraph: The first ferry in a mon', 'paragraph: Islanders cheered as it '])
    expect(credits).toStrictEqual([
      ['other', 'Correction: An earlier version of this story gave the wrong month.'],
      ['other', 'Editor’s note: Our harbour coverage is free for readers of our newsletter.']
    ])
  })

  it('leaves a note above body text, and a sentence that only mentions a correction, in the body', () => {
    const above = summary('# Ferries return\n\nEditor’s note: this story was updated.\n\nThe first ferry in a month docked on Monday.\n')
    expect(above.blocks).toContain('paragraph: The first ferry in a mon')
    expect(above.credits).toStrictEqual([])
    const mention = summary('# Ferries return\n\nThe first ferry docked on Monday.\n\nThe correction: fares will fall.\n')
    expect(mention.credits).toStrictEqual([])
  })
})

describe('markdown: a caption under the lead image', () => {
  it('reads a line ending in a photo credit under an image, before the body, as meta', () => {
    const tree = parse(
      '# Ferries return\n\n![The ferry](https://example.com/f.jpg)\n\nThe ferry at the quay on Monday. Picture: Ana Lind/Harbour Board\n\nThe first ferry in a month docked on Monday.\n',
      {format: 'markdown'}
    )
    const header = tree.children[0]
    expect(header?.type === 'header' ? header.children.map((node) => [node.type, node.type === 'meta' ? node.key : toString(node)]) : []).toStrictEqual([
      ['title', 'Ferries return'],
      ['meta', 'caption']
    ])
    const {blocks} = summary('![x](https://example.com/f.jpg)\n\nPhoto: Harbour Board\n\nThe first ferry in a month docked on Monday.\n')
    expect(blocks).toStrictEqual(['paragraph: The first ferry in a mon'])
  })

  it('leaves a paragraph under an image without a credit, or with the words mid-sentence, in the body', () => {
    for (const line of [
      'The ferry at the quay on Monday, after a month of storms.',
      'Islanders said the photo: it was clear. They cheered the crew.',
      'He took the Photo: later, a prize of his own, and he said so to all who would listen that spring.'
    ]) {
      const {blocks} = summary('# Ferries return\n\n![The ferry](https://example.com/f.jpg)\n\n' + line + '\n\nThe first ferry docked.\n')
      expect(blocks, line).toHaveLength(2)
    }
  })

  it('leaves a caption further down the body a paragraph', () => {
    const {blocks} = summary(
      '# Ferries return\n\nThe first ferry in a month docked on Monday.\n\n![The ferry](https://example.com/f.jpg)\n\nThe ferry at the quay. Photo: Ana Lind\n\nIslanders cheered.\n'
    )
    expect(blocks).toHaveLength(3)
  })
})
