/**
 * Markdown captures that wrap the article in what the capture tool or the
 * site adds: the site's name after the page title, when the page's address
 * names the site.
 */
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {parse, type Root} from '../src/index.js'
import {positions} from './util/position.js'

/**
 * The header's title node, if any.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Title node.
 */
function titleOf(tree: Root): unknown {
  for (const child of tree.children) {
    if (child.type === 'header') return child.children.find((node) => node.type === 'title')
  }

  return undefined
}

/**
 * A reader service's capture of a page.
 *
 * @param title
 *   The `Title:` line's value.
 * @param url
 *   The `URL Source:` line's value.
 * @returns
 *   Document.
 */
function reader(title: string, url: string): string {
  return [
    'Title: ' + title,
    '',
    'URL Source: ' + url,
    '',
    'Published Time: 2024-05-02T08:15:00+00:00',
    '',
    'Markdown Content:',
    'The ferry strike ended on Thursday after nine days of talks.',
    '',
    'Crews will return to work on Friday, the union said.',
    ''
  ].join('\n')
}

describe('markdown: the site name after a page title', () => {
  it('drops a reader `Title:` line’s site name that the page address spells', () => {
    const value = reader('Ferry strike ends after nine days | Harbour Gazette', 'https://www.harbourgazette.com/2024/05/02/ferry-strike-ends/')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(7, 40)}, [u('text', {position: at(7, 40)}, 'Ferry strike ends after nine days')])
    )
  })

  it('drops a quoted front-matter title’s site name with a dot that the `source` address spells', () => {
    const value = [
      '---',
      'title: "Ferry strike ends after nine days - Gazette.ab"',
      'source: https://gazette.ab/news/ferry-strike-ends',
      'date: 2024-05-02',
      '---',
      '',
      'The ferry strike ended on Thursday after nine days of talks.',
      ''
    ].join('\n')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(11, 45)}, [u('text', {position: at(11, 45)}, 'Ferry strike ends after nine days')])
    )
  })

  it('drops a name that spells labels of a subdomain’s host', () => {
    const value = reader('Ferry strike ends after nine days \u2014 Gazette', 'https://news.gazette.ab/ferry')
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(value)(7, 40)}, [u('text', {position: positions(value)(7, 40)}, 'Ferry strike ends after nine days')])
    )
  })

  it('keeps words after a dash that the address does not spell', () => {
    const value = reader('Harbour dues rise - again', 'https://www.harbourgazette.com/2024/05/02/dues/')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(7, 32)}, [u('text', {position: at(7, 32)}, 'Harbour dues rise - again')])
    )
  })

  it('keeps a name that is only part of a host label, and a title with no address in the header', () => {
    const part = reader('Ferry strike ends | Harbour', 'https://www.harbourgazette.com/ferry')
    expect(titleOf(parse(part, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(part)(7, 34)}, [u('text', {position: positions(part)(7, 34)}, 'Ferry strike ends | Harbour')])
    )
    const bare = '---\ntitle: Ferry strike ends | Harbour Gazette\nauthor: Jane Doe\n---\n\nThe ferry strike ended on Thursday.\n'
    expect(titleOf(parse(bare, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(bare)(11, 46)}, [u('text', {position: positions(bare)(11, 46)}, 'Ferry strike ends | Harbour Gazette')])
    )
  })
})
