// Negative cases for the plain-text reader: text that must not become a
// heading, a list, a new paragraph or a new sentence.
import {describe, expect, it} from 'vitest'
import {parse, toString} from '../src/index.js'
import type {Nodes} from '../src/index.js'

/**
 * Types of the body's blocks, in order.
 *
 * @param value
 *   Document.
 * @returns
 *   Block types.
 */
function blocks(value: string): string[] {
  const types: string[] = []
  for (const node of parse(value, {format: 'text'}).children) {
    if (node.type === 'section') for (const child of node.children) types.push(child.type)
  }

  return types
}

/**
 * Count nodes of a type.
 *
 * @param node
 *   Tree.
 * @param type
 *   Type.
 * @returns
 *   Count.
 */
function count(node: Nodes, type: string): number {
  let total = node.type === type ? 1 : 0
  if ('children' in node) for (const child of node.children) total += count(child as Nodes, type)
  return total
}

describe('not a heading', () => {
  it('a short line that ends in a period', () => {
    expect(blocks('First paragraph.\n\nHelp arrived.\n\nMore text.')).toStrictEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('a short line that ends in a colon', () => {
    expect(blocks('First paragraph.\n\nHe added:\n\nMore text.')).toStrictEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('a short line that starts in lower case', () => {
    expect(blocks('First paragraph.\n\nand then some\n\nMore text.')).toStrictEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('a quoted sentence with AP-style quotes', () => {
    expect(blocks("First paragraph.\n\n``We are going on a trip.''\n\nMore text.")).toStrictEqual([
      'paragraph',
      'paragraph',
      'paragraph'
    ])
  })

  it('a long line without a period', () => {
    const long = 'This line has far too many words to be a heading even though it never ends with any mark at all'
    expect(blocks('First paragraph.\n\n' + long + '\n\nMore text.')).toStrictEqual(['paragraph', 'paragraph', 'paragraph'])
  })
})

describe('not a list', () => {
  it('a dash inside a sentence', () => {
    expect(blocks('The goal - to establish peace - was shared.')).toStrictEqual(['paragraph'])
  })

  it('a year followed by a period at the start of a line', () => {
    expect(blocks('It happened in\n2024. Nobody knew why.')).toStrictEqual(['paragraph'])
  })

  it('a dash without a space after it', () => {
    expect(blocks('-5 degrees were measured overnight.')).toStrictEqual(['paragraph'])
  })
})

describe('not a new sentence', () => {
  it('after an initial, a title, or before a number', () => {
    const tree = parse('Gen. Mark A. Milley spoke on Jan. 5 about item No. 7 at 3.5 p.m. in Washington.', {format: 'text'})
    expect(count(tree, 'sentence')).toBe(1)
  })

  it('after a question mark inside a quote followed by its attribution', () => {
    const tree = parse('"Why now?" she asked.', {format: 'text'})
    expect(count(tree, 'sentence')).toBe(1)
  })
})

describe('not a new paragraph', () => {
  it('a flush line after a flush line (soft-wrapped prose)', () => {
    expect(blocks('Short line one\nshort line two.')).toStrictEqual(['paragraph'])
  })

  it('an indented continuation of a list item', () => {
    const tree = parse('- first item\n  continues here\n- second item', {format: 'text'})
    expect(count(tree, 'listItem')).toBe(2)
    expect(count(tree, 'paragraph')).toBe(0)
  })

  it('two spaces after every sentence', () => {
    expect(blocks('One.  Two.  Three.')).toStrictEqual(['paragraph'])
    expect(toString(parse('One.  Two.', {format: 'text'}))).toBe('One. Two.')
  })
})
