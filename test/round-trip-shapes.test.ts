/**
 * Shapes that `stringify` writes differently from how they came in, and
 * that must read back to the same tree: page chrome under a closing rule,
 * a dateline read over two lines, a meta line after a stamp on its line.
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
