/**
 * Front matter keys of publishing tools: WordPress exports (`post_title`,
 * `post_date`), Jekyll's `published: true` switch, placeholder authors,
 * and character references in titles.
 */
import {describe, expect, it} from 'vitest'
import {parse, type Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'

/**
 * The header nodes of a parse, without positions.
 *
 * @param value
 *   Markdown.
 * @returns
 *   Header children.
 */
function header(value: string): unknown[] {
  const tree: Root = removePosition(parse(value, {format: 'markdown'}))
  const first = tree.children[0]
  return first?.type === 'header' ? first.children : []
}

describe('markdown: front matter keys of publishing tools', () => {
  const exported = [
    '---',
    'ID: 812',
    'post_title: >',
    '  Harbour board approves',
    '  new ferry timetable',
    'author: Staff Writer',
    'post_date: 2019-04-02 07:45:10',
    'layout: post',
    'published: true',
    '---',
    '',
    'The harbour board approved the timetable on Monday.',
    ''
  ].join('\n')

  it('reads `post_title` as the title and `post_date` as the published date and time', () => {
    const nodes = header(exported) as Array<{type: string; key?: string; value?: string; date?: string; time?: string; children?: Array<{value: string}>}>
    expect(nodes.map((node) => node.type)).toStrictEqual(['meta', 'title', 'meta', 'dateline', 'meta', 'meta'])
    expect(nodes[1]!.children![0]!.value).toBe('Harbour board approves new ferry timetable')
    expect(nodes[3]).toMatchObject({type: 'dateline', role: 'published', date: '2019-04-02', time: '07:45:10'})
  })

  it('keeps a role placeholder author as meta, not a byline', () => {
    const nodes = header(exported) as Array<{type: string; key?: string; value?: string}>
    expect(nodes.some((node) => node.type === 'byline')).toBe(false)
    expect(nodes).toContainEqual({type: 'meta', key: 'author', value: 'Staff Writer'})
    for (const role of ['admin', 'News Desk', 'The Editorial Team', 'Guest Contributor', 'Unknown', 'Anonymous', 'None']) {
      const found = header('---\ntitle: T\nauthor: ' + role + '\n---\n\nBody words here.\n') as Array<{type: string}>
      expect(found.some((node) => node.type === 'byline'), role).toBe(false)
    }
  })

  it('still reads names as the byline, with or without a role', () => {
    for (const [value, authors] of [
      ['Mira Kovac', ['Mira Kovac']],
      ['Mira Kovac, Staff Writer', ['Mira Kovac']],
      ['Harbour Gazette Staff', ['Harbour Gazette Staff']],
      ['Kovac', ['Kovac']],
      // A lower-case handle is who posted the page, not a name.
      ['mkovac', undefined]
    ] as const) {
      const found = header('---\ntitle: T\nauthor: ' + value + '\n---\n\nBody words here.\n') as Array<{type: string; authors?: string[]}>
      expect(found.find((node) => node.type === 'byline')?.authors, value).toStrictEqual(authors)
    }
  })

  it('reads `published: true` as meta, not a dateline, and a `published` date still as one', () => {
    const nodes = header(exported) as Array<{type: string; key?: string; value?: string}>
    expect(nodes.filter((node) => node.type === 'dateline')).toHaveLength(1)
    expect(nodes).toContainEqual({type: 'meta', key: 'published', value: 'true'})
    const dated = header('---\npublished: 2019-04-02\n---\n\nBody words here.\n')
    expect(dated).toStrictEqual([
      {type: 'dateline', role: 'published', date: '2019-04-02', children: [{type: 'text', value: '2019-04-02'}]}
    ])
  })

  it('prefers `title` over `post_title` and `headline`, wherever it is', () => {
    const nodes = header('---\npost_title: Old words\nheadline: Other words\ntitle: Ferry timetable\n---\n\nBody.\n') as Array<{
      type: string
      key?: string
      children?: Array<{value: string}>
    }>
    expect(nodes.map((node) => node.key ?? node.type)).toStrictEqual(['post_title', 'headline', 'title'])
    expect(nodes[2]!.children![0]!.value).toBe('Ferry timetable')
  })

  it('decodes character references in the title', () => {
    const nodes = header("---\npost_title: 'Ferries return &#8211; Q&amp;A &#x2019;live&#8217; &bogus; &#0;'\n---\n\nBody.\n") as Array<{
      type: string
      children?: Array<{value: string}>
    }>
    expect(nodes[0]!.children![0]!.value).toBe('Ferries return \u2013 Q&A \u2019live\u2019 &bogus; &#0;')
  })

  it('reads Hugo `publishDate` and `lastmod`', () => {
    const nodes = header('---\npublishDate: 2021-06-01\nlastmod: 2021-06-03\n---\n\nBody.\n') as Array<{type: string; role?: string}>
    expect(nodes.map((node) => node.role)).toStrictEqual(['published', 'updated'])
  })
})
