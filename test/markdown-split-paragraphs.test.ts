/**
 * The Markdown reader joins a paragraph that ends with a link to the next
 * one when that one starts in lower case: a page-to-Markdown converter put
 * a blank line after a link in the middle of a sentence.
 */
import type {Root as MdastRoot} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {fromMdast, parse, stringify, toString, type Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {positions} from './util/position.js'

/**
 * The text of each body paragraph.
 *
 * @param tree
 *   newsast tree.
 * @returns
 *   One string per paragraph.
 */
function paragraphs(tree: Root): string[] {
  const result: string[] = []
  for (const node of tree.children) {
    if (node.type !== 'section') continue
    for (const child of node.children) if (child.type === 'paragraph') result.push(toString(child))
  }

  return result
}

describe('markdown: paragraphs split after a link', () => {
  it('joins the two halves of the sentence into one paragraph', () => {
    const value = 'Lead words here.\n\nThe rate was set by\n[the bank](https://b.example)\n\nand held.\n'
    const at = positions(value)
    const expected: Root = u('root', {data: {format: 'markdown' as const}, position: at(0, 79)}, [
      u('section', {position: at(0, 78)}, [
        u('paragraph', {position: at(0, 16)}, [
          u('sentence', {position: at(0, 16)}, [u('text', {position: at(0, 16)}, 'Lead words here.')])
        ]),
        u('paragraph', {position: at(18, 78)}, [
          u('sentence', {position: at(18, 78)}, [
            u('text', {position: at(18, 38)}, 'The rate was set by\n'),
            u('link', {url: 'https://b.example', position: at(39, 47)}, [u('text', {position: at(39, 47)}, 'the bank')]),
            // The blank line between the halves is one line ending, as in a
            // paragraph: written back, the paragraph stays one.
            u('text', {position: at(67, 78)}, '\nand held.')
          ])
        ])
      ])
    ])
    expect(parse(value, {format: 'markdown'})).toStrictEqual(expected)
  })

  it('joins a chain of splits into one sentence, attribution and all', () => {
    const value = [
      '# Rates held',
      '',
      'The central bank met on Monday to set its main rate for the month ahead, as it does each month.',
      '',
      'Officials checked the figures with',
      '[the statistics office](https://example.com/office)',
      '',
      'and',
      '[the central bank](https://example.com/bank)',
      '',
      'before the report, Finance Minister John Smith said.',
      '',
      'The next paragraph stands alone.',
      ''
    ].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(paragraphs(tree)).toStrictEqual([
      'The central bank met on Monday to set its main rate for the month ahead, as it does each month.',
      'Officials checked the figures with\nthe statistics office\nand\nthe central bank\nbefore the report, Finance Minister John Smith said.',
      'The next paragraph stands alone.'
    ])
    const section = tree.children.find((node) => node.type === 'section')
    const joined = section?.children[1]
    expect(joined?.type === 'paragraph' ? joined.children.length : undefined).toBe(1)
    const sources = tree.children.find((node) => node.type === 'sources')
    expect(sources?.children.map((node) => [node.name, node.kind])).toStrictEqual([['John Smith', 'person']])
  })

  it('writes a joined paragraph back as one paragraph', () => {
    // The link is lost to the attribution over it, so only a paragraph
    // without a blank line inside reads back the same.
    const value = '# Rates held\n\nThe rate was set, the\n[central bank](https://b.example)\n\nsaid on Monday.\n'
    const tree = parse(value, {format: 'markdown'})
    expect(paragraphs(tree)).toStrictEqual(['The rate was set, the\ncentral bank\nsaid on Monday.'])
    expect(stringify(tree)).toContain('\nThe rate was set, the\ncentral bank\nsaid on Monday.\n')
    expect(removePosition(parse(stringify(tree)))).toStrictEqual(removePosition(tree))
  })

  it('leaves paragraphs apart when the first ends a sentence, or not at a link', () => {
    const head = '# Rates held\n\nThe central bank met on Monday to set its main rate for the month ahead, as it does each month.\n\n'
    const cases = [
      // A full stop after the link.
      'Rates were set by [the bank](https://b.example).\n\nand then nothing.\n',
      // No link at the end.
      'Rates were set by the bank\n\nand held.\n',
      // The next one starts in upper case.
      'Rates were set by [the bank](https://b.example)\n\nAnalysts agreed.\n',
      // A definition between them.
      'Rates were set by [the bank][b]\n\n[b]: https://b.example\n\nand held.\n'
    ].map((body) => head + body)
    for (const value of cases) {
      expect(paragraphs(parse(value, {format: 'markdown'})), value).toHaveLength(3)
    }
  })

  it('joins them in `fromMdast` too, with or without the text', () => {
    const value = '# Rates held\n\nThe central bank met on Monday to set its main rate for the month ahead, as it does each month.\n\nRates were set by [the bank](https://b.example)\n\nand held.\n'
    const tree = fromMarkdown(value) as MdastRoot
    expect(paragraphs(fromMdast(tree)).slice(1)).toStrictEqual(['Rates were set by the bank\nand held.'])
    expect(paragraphs(fromMdast(tree, {value})).slice(1)).toStrictEqual(['Rates were set by the bank\nand held.'])
  })
})
