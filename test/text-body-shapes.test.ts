// Shapes of the plain-text body that scrapes and filings hand over: table
// borders on lines of their own, letterheads over a headline, quotes split
// over lines, right-aligned cells, colon subheadings, name subheadings over
// an affiliation.
import {describe, expect, it} from 'vitest'
import {parse, toString} from '../src/index.js'
import type {Section} from '../src/index.js'

/**
 * The outline of a document's sections: heading text (or null) and the
 * type and text of each block under it.
 *
 * @param value
 *   Document.
 * @returns
 *   Outline.
 */
function outline(value: string): Array<[string | null, string[]]> {
  return parse(value, {format: 'text'})
    .children.filter((node): node is Section => node.type === 'section')
    .map((section) => {
      const head = section.children[0]
      const heading = head && head.type === 'heading' ? toString(head) : null
      const blocks = section.children.filter((child) => child.type !== 'heading').map((child) => child.type + ': ' + toString(child))
      return [heading, blocks]
    })
}

describe('table borders', () => {
  it('separates blocks at lines of bars, as a blank line does', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n|\n| |\nThe plan takes effect in May, Jane Doe said.\n||\nShips pay the new toll from June.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The harbour board of Port Ellis met on Monday and agreed a plan.',
          'paragraph: The plan takes effect in May, Jane Doe said.',
          'paragraph: Ships pay the new toll from June.'
        ]
      ]
    ])
  })

  it('keeps a line with words between bars in its block', () => {
    const value = 'The plan takes effect in May, Jane Doe said.\nPhoto | Harbour Gazette\nShips pay the new toll from June.\n'
    expect(outline(value)).toStrictEqual([
      [null, ['paragraph: The plan takes effect in May, Jane Doe said. Photo | Harbour Gazette\nShips pay the new toll from June.']]
    ])
  })
})

describe('contact lines over a heading line', () => {
  it('heads nothing with a line under a phone number (a letterhead over its headline)', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n\nPort Ellis Harbour Board\n\n12 Quay Street\n\n+1 555 0100\n\nNEW TOLLS FROM MAY\n\nThe tolls apply to all ships, the board said.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The harbour board of Port Ellis met on Monday and agreed a plan.',
          'paragraph: Port Ellis Harbour Board',
          'paragraph: 12 Quay Street',
          'paragraph: +1 555 0100',
          'paragraph: NEW TOLLS FROM MAY',
          'paragraph: The tolls apply to all ships, the board said.'
        ]
      ]
    ])
  })

  it('heads nothing under an e-mail address', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n\npress@harbour.example\n\nNew tolls from May\n\nThe tolls apply to all ships, the board said.\n'
    expect(outline(value)[0]![0]).toBe(null)
  })

  it('still takes a heading under a sentence that gives a number', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n\nCall 555 0100 to book a berth at the quay.\n\nNew tolls from May\n\nThe tolls apply to all ships, the board said.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        ['paragraph: The harbour board of Port Ellis met on Monday and agreed a plan.', 'paragraph: Call 555 0100 to book a berth at the quay.']
      ],
      ['New tolls from May', ['paragraph: The tolls apply to all ships, the board said.']]
    ])
  })
})
