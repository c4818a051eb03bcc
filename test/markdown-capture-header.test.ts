/**
 * Headers of saved Markdown captures: comment headings a capture tool
 * writes above the page (`# Source: https://…`).
 */
import {describe, expect, it} from 'vitest'
import {parse, type Root} from '../src/index.js'

/**
 * Header fields of a tree, in order: `title: …`, `meta key: value`,
 * `dateline date`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   One string per header node.
 */
function headerOf(tree: Root): string[] {
  const words = (node: unknown): string => {
    const value = node as {value?: string; children?: unknown[]}
    return value.value ?? (value.children ?? []).map((child) => words(child)).join('')
  }

  const found: string[] = []
  for (const child of tree.children) {
    if (child.type !== 'header') continue
    for (const node of child.children) {
      if (node.type === 'meta') found.push(`meta ${node.key}: ${node.value}`)
      else if (node.type === 'dateline') found.push(`dateline ${node.date ?? ''}`)
      else found.push(`${node.type}: ${words(node)}`)
    }
  }

  return found
}

/**
 * Headings of the sections.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Heading texts.
 */
function headingsOf(tree: Root): string[] {
  const found: string[] = []
  const words = (node: unknown): string => {
    const value = node as {value?: string; children?: unknown[]}
    return value.value ?? (value.children ?? []).map((child) => words(child)).join('')
  }

  for (const child of tree.children) {
    if (child.type !== 'section') continue
    for (const block of child.children) if (block.type === 'heading') found.push(words(block))
  }

  return found
}

const capture = [
  '# Source: https://example.com/2024/05/02/ferry-strike-ends/',
  '# Saved: 2024-05-03 with a reader tool (HTTP 200)',
  '',
  'Title: Ferry strike ends after nine days',
  '',
  'URL Source: https://example.com/2024/05/02/ferry-strike-ends/',
  '',
  'Published Time: 2024-05-02T08:15:00+00:00',
  '',
  'Markdown Content:',
  'The ferry strike ended on Thursday after nine days of talks.',
  '',
  'Crews will return to work on Friday, the union said.',
  ''
].join('\n')

describe('markdown: capture comment headings', () => {
  it('reads `# Label: value` comments above a reader header as meta, and the header under them', () => {
    const tree = parse(capture, {format: 'markdown'})
    expect(headerOf(tree)).toStrictEqual([
      'meta source: https://example.com/2024/05/02/ferry-strike-ends/',
      'meta saved: 2024-05-03 with a reader tool (HTTP 200)',
      'title: Ferry strike ends after nine days',
      'meta url source: https://example.com/2024/05/02/ferry-strike-ends/',
      'dateline 2024-05-02',
      'meta markdown content: '
    ])
    expect(headingsOf(tree)).toStrictEqual([])
  })

  it('keeps a headline with a colon as the title', () => {
    const tree = parse(
      ['# Mayor: the bridge will reopen in June', '', 'The mayor said the repairs were ahead of schedule.', ''].join('\n'),
      {format: 'markdown'}
    )
    expect(headerOf(tree)).toStrictEqual(['title: Mayor: the bridge will reopen in June'])
  })

  it('keeps a lone address heading when nothing follows it', () => {
    const tree = parse('# Source: https://example.com/a\n', {format: 'markdown'})
    expect(headerOf(tree)).toStrictEqual(['title: Source: https://example.com/a'])
  })
})

const blogPage = [
  '---',
  'url: "https://example.com/news/2024/5/2/ferry-strike-ends"',
  'title: "Ferry strike ends after nine days  \u2014 Harbour Gazette"',
  '---',
  '',
  '# [Ferry strike ends after nine days](https://example.com/news/2024/5/2/ferry-strike-ends)',
  '',
  '## May 2, 2024 [Ana Lind](https://example.com/news?author=12)',
  '',
  'The ferry strike ended on Thursday after nine days of talks.',
  '',
  'Crews will return to work on Friday, the union said.',
  ''
].join('\n')

describe('markdown: page title and date line under the heading', () => {
  it('takes the `#` heading as the title when front matter adds the site name, and reads the date and author link under it', () => {
    const tree = parse(blogPage, {format: 'markdown'})
    expect(headerOf(tree)).toStrictEqual([
      'meta url: https://example.com/news/2024/5/2/ferry-strike-ends',
      'meta page title: Ferry strike ends after nine days \u2014 Harbour Gazette',
      'title: Ferry strike ends after nine days',
      'dateline 2024-05-02',
      'byline: Ana Lind'
    ])
    const head = tree.children[0]
    const byline = head?.type === 'header' ? head.children.find((node) => node.type === 'byline') : undefined
    expect(byline?.type === 'byline' ? byline.authors : []).toStrictEqual(['Ana Lind'])
    expect(headingsOf(tree)).toStrictEqual([])
  })

  it('keeps a heading that is only part of the front-matter title as a section heading', () => {
    const tree = parse(
      ['---', 'title: "Ferry strike ends after nine days"', '---', '', '# Ferry strike', '', 'The strike ended on Thursday.', ''].join('\n'),
      {format: 'markdown'}
    )
    expect(headerOf(tree)).toStrictEqual(['title: Ferry strike ends after nine days'])
    expect(headingsOf(tree)).toStrictEqual(['Ferry strike'])
  })

  it('keeps a front-matter title whose rest is no site name', () => {
    const tree = parse(
      ['---', 'title: "Ferry strike ends after nine days of talks"', '---', '', '# Ferry strike ends', '', 'The strike ended on Thursday.', ''].join('\n'),
      {format: 'markdown'}
    )
    expect(headerOf(tree)).toStrictEqual(['title: Ferry strike ends after nine days of talks'])
  })

  it('keeps a subheading that starts with a date but is no author line', () => {
    const tree = parse(
      ['# Ferry strike ends', '', '## May 2: talks [resume](https://example.com/talks)', '', 'The strike ended on Thursday.', ''].join('\n'),
      {format: 'markdown'}
    )
    expect(headerOf(tree)).toStrictEqual(['title: Ferry strike ends'])
    expect(headingsOf(tree)).toStrictEqual(['May 2: talks resume'])
  })
})
