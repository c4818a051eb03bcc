// The plain-text reader's blocks: blank lines, indented paragraphs, line
// endings, BOM, tabs and no-break spaces, lists, headings, footers.
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {parse, stringify, toString} from '../src/index.js'
import type {Root, Section} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {find, positions} from './util/position.js'

/**
 * Parse as text and return the sections.
 *
 * @param value
 *   Document.
 * @returns
 *   Sections.
 */
function sections(value: string): Section[] {
  return parse(value, {format: 'text'}).children.filter((node): node is Section => node.type === 'section')
}

/**
 * The outline of sections: heading text (or null) and block texts.
 *
 * @param value
 *   Document.
 * @returns
 *   Outline.
 */
function outline(value: string): Array<[string | null, string[]]> {
  return sections(value).map((section) => {
    const head = section.children[0]
    const heading = head && head.type === 'heading' ? toString(head) : null
    const blocks = section.children.filter((child) => child.type !== 'heading').map((child) => child.type + ': ' + toString(child))
    return [heading, blocks]
  })
}

describe('blocks', () => {
  it('makes a whole tree of two paragraphs separated by blank lines with spaces', () => {
    const value = 'One here. Two there.\n \t\n\nThree.\n'
    const at = positions(value)
    const [a, b] = find(value, 'One here.')
    const [c, d] = find(value, 'Two there.')
    const [e, f] = find(value, 'Three.')
    const expected: Root = u('root', {data: {format: 'text' as const}, position: at(0, value.length)}, [
      u('section', {position: at(a, f)}, [
        u('paragraph', {position: at(a, d)}, [
          u('sentence', {position: at(a, b)}, [u('text', {position: at(a, b)}, 'One here.')]),
          u('sentence', {position: at(c, d)}, [u('text', {position: at(c, d)}, 'Two there.')])
        ]),
        u('paragraph', {position: at(e, f)}, [
          u('sentence', {position: at(e, f)}, [u('text', {position: at(e, f)}, 'Three.')])
        ])
      ])
    ])
    expect(parse(value, {format: 'text'})).toStrictEqual(expected)
  })

  it('handles CRLF, CR, a BOM, tabs and no-break spaces with exact positions', () => {
    const value = '\uFEFFFirst line.\r\n\r\nSecond\u00A0one.\r\rThird\tone.'
    const at = positions(value)
    const tree = parse(value, {format: 'text'})
    const [a, b] = find(value, 'First line.')
    const [c, d] = find(value, 'Second\u00A0one.')
    const [e, f] = find(value, 'Third\tone.')
    expect(tree.position).toStrictEqual(at(0, value.length))
    expect(sections(value)[0]!.children.map((node) => node.position)).toStrictEqual([at(a, b), at(c, d), at(e, f)])
    expect(at(e, f).start).toStrictEqual({line: 5, column: 1, offset: e})
  })

  it('splits Reuters-style hard-wrapped copy at indented lines', () => {
    const value = 'LONDON - Prices rose on the\nexchange today.\n    Dealers were\nsurprised by the move.\n    Nobody expected it.\n'
    expect(outline(value)[0]![1].length).toBe(3)
    expect(outline(value)[0]![1].slice(1)).toStrictEqual([
      'paragraph: Dealers were\nsurprised by the move.',
      'paragraph: Nobody expected it.'
    ])
  })

  it('splits flush hard-wrapped copy where a sentence ends short of the width', () => {
    const value = [
      'The committee met on Monday to discuss the budget for the',
      'coming year and agreed on most of the points raised by the',
      'members of the finance group.',
      'A final vote is expected next week after the last hearing of',
      'the experts, who will present their report to the full board.'
    ].join('\n')
    expect(outline(value)[0]![1].length).toBe(2)
  })

  it('makes each unwrapped line a paragraph when a scrape drops the blank lines', () => {
    const value = [
      'Harbour Board Orders Weekly Reports on Dredging',
      'Photo: example.org, for illustration',
      'On Friday the harbour board met in Portside to review the dredging of the northern channel, which has fallen two months behind.',
      'According to the board chair, Mara Ilves, the contractor must now report every week on the depth reached and the cost so far.',
      'The board also asked the city to light the quay at night.'
    ].join('\n')
    const header = parse(value, {format: 'text'}).children[0]!
    expect(header.type === 'header' && header.children.map((node) => [node.type, toString(node)])).toStrictEqual([
      ['title', 'Harbour Board Orders Weekly Reports on Dredging'],
      ['meta', 'example.org, for illustration']
    ])
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: ' + value.split('\n')[2],
          'paragraph: ' + value.split('\n')[3],
          'paragraph: The board also asked the city to light the quay at night.'
        ]
      ]
    ])
  })

  it('keeps an unwrapped line with the one before when it goes on in lower case', () => {
    const value = [
      'Dredging resumed on Friday after the harbour board met in Portside and agreed, after a long debate that ran into the night, that',
      'the contractor would report every week.',
      'Nobody on the board voted against.',
      'The city will light the quay at night from the first of the month, the board said after the vote on the dredging.',
      'Work starts on Monday.'
    ].join('\n')
    expect(outline('Dredging resumes\n\n' + value)[0]![1]).toStrictEqual([
      'paragraph: ' + value.split('\n').slice(0, 2).join('\n'),
      'paragraph: Nobody on the board voted against.',
      'paragraph: ' + value.split('\n')[3],
      'paragraph: Work starts on Monday.'
    ])
  })

  it('keeps wrapped lines with one line over 100 columns as one paragraph', () => {
    const value = [
      'The board met on Friday in Portside to review the dredging of',
      'the northern channel. “We are two months behind,” said Mara Ilves. Then the contractor spoke and',
      'asked for more time, which the board',
      'refused after a short debate about',
      'Portside and its harbour.'
    ].join('\n')
    expect(outline('Dredging resumes\n\n' + value)[0]![1]).toStrictEqual(['paragraph: ' + value])
  })

  it('keeps lines cut at one width over 100 columns as one paragraph', () => {
    const value = [
      'The board met on Friday in Portside to review the dredging of the northern channel and the cost of the',
      'work so far, which has risen by a third since the spring, when the contractor first asked for more time',
      'and more money to finish the deepest part of the channel before the storms of the autumn set in and the',
      'harbour closed.'
    ].join('\n')
    expect(outline('Dredging resumes\n\n' + value)[0]![1]).toStrictEqual(['paragraph: ' + value])
  })

  it('splits a one-line scrape at wide gaps between sentences', () => {
    const value = 'Rain fell all day.  Roads were closed. Schools too.  – ‘After the storm’ –  Crews worked overnight.'
    expect(outline(value)).toStrictEqual([
      [null, ['paragraph: Rain fell all day.', 'paragraph: Roads were closed. Schools too.']],
      ['– ‘After the storm’ –', ['paragraph: Crews worked overnight.']]
    ])
  })

  it('keeps a line whole when every sentence end has two spaces (a typing habit)', () => {
    const value = 'Rain fell all day.  Roads were closed.  Schools too.'
    expect(outline(value)).toStrictEqual([[null, ['paragraph: Rain fell all day. Roads were closed. Schools too.']]])
  })

  it('reads bulleted and numbered lists, with continuation lines', () => {
    const value = 'Key points:\n\n- Prices rose.\n- Volumes\n  fell.\n\n1. First step.\n2. Second step.\n'
    const section = sections(value)[0]!
    expect(section.children.map((node) => [node.type, node.type === 'list' ? node.ordered : null, toString(node)])).toStrictEqual([
      ['paragraph', null, 'Key points:'],
      ['list', false, 'Prices rose.\nVolumes\n  fell.'],
      ['list', true, 'First step.\nSecond step.']
    ])
  })
})

describe('headings', () => {
  it('makes a short line standing alone, followed by body text, a heading of depth 2', () => {
    expect(outline('Lead paragraph here.\n\nWhat happens next\n\nMore text follows.')).toStrictEqual([
      [null, ['paragraph: Lead paragraph here.']],
      ['What happens next', ['paragraph: More text follows.']]
    ])
  })

  it('does not make the last line a heading', () => {
    expect(outline('Lead paragraph here.\n\nThe end of it all')).toStrictEqual([
      [null, ['paragraph: Lead paragraph here.', 'paragraph: The end of it all']]
    ])
  })
})

describe('footer', () => {
  it('reads a Reuter signature under the last paragraph as a credit', () => {
    const value = 'Shares rose on the news.\n    Traders were pleased.\n Reuter\n'
    const tree = parse(value, {format: 'text'})
    const footer = tree.children.find((node) => node.type === 'footer')
    const at = positions(value)
    const [a, b] = find(value, 'Reuter', 0)
    expect(footer).toStrictEqual(
      u('footer', {position: at(a, b)}, [
        u('credit', {role: 'signature' as const, names: ['Reuter'], position: at(a, b)}, [u('text', {position: at(a, b)}, 'Reuter')])
      ])
    )
  })

  it('reads a closing `URL` line over a bare address as one credit, not a section', () => {
    const body = 'Gas plans stall\n\nThe country has more gas than it can sell, officials said.\n\nIt has few ways to move it abroad.\n\n'
    const value = body + 'URL\n\nhttps://example.com/asia/gas\n'
    const tree = parse(value, {format: 'text'})
    const at = positions(value)
    const a = value.indexOf('URL')
    const b = value.length - 1
    expect(tree.children.map((node) => node.type)).toStrictEqual(['header', 'section', 'footer', 'sources'])
    expect(tree.children.find((node) => node.type === 'footer')).toStrictEqual(
      u('footer', {position: at(a, b)}, [
        // The exact text of the two lines, blank line and all.
        u('credit', {role: 'other' as const, names: [], position: at(a, b)}, [
          u('text', {position: at(a, b)}, 'URL\n\nhttps://example.com/asia/gas')
        ])
      ])
    )
    // Written back (under a rule, as notes are) and read again: the same.
    expect(removePosition(parse(stringify(tree), {format: 'text'}))).toStrictEqual(removePosition(tree))
    // Anything else under the label stays body: a heading and a paragraph.
    const kept = parse(body + 'URL\n\nSee https://example.com/asia/gas for more.\n', {format: 'text'})
    expect(kept.children.map((node) => node.type)).toStrictEqual(['header', 'section', 'section', 'sources'])
  })
})
