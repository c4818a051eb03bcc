/**
 * Short lines without end punctuation that still head nothing: captions,
 * lines broken off a headline, two-clause decks, datelines and lone
 * dashes, contact lines with an address.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {isHeadingLine} from '../src/lib/text/is-heading.js'
import {bodyBlocks as body} from './util/outline.js'

describe('isHeadingLine: lines that head nothing', () => {
  it('reads a figure or table caption as no heading', () => {
    expect(isHeadingLine('Figure 1: Harbour works by phase')).toBe(false)
    expect(isHeadingLine('Fig. 2 – The new breakwater')).toBe(false)
    expect(isHeadingLine('Table 3. Crossings by month')).toBe(false)
    // A heading about figures is still one.
    expect(isHeadingLine('Figures for the first quarter')).toBe(true)
    expect(isHeadingLine('Table Tennis Club Reopens')).toBe(true)
  })

  it('reads a line that ends with an article or a conjunction as broken off', () => {
    expect(isHeadingLine('Ferry Captain Charged with Theft after')).toBe(false)
    expect(isHeadingLine('New Timetable for the')).toBe(false)
    expect(isHeadingLine('Life After')).toBe(true)
    expect(isHeadingLine('What the islanders are waiting for')).toBe(true)
  })

  it('reads a deck of two clauses, a dateline and a lone dash as no heading', () => {
    expect(isHeadingLine('Two Crew Members Held; Ferry Impounded at Port Ellis')).toBe(false)
    expect(isHeadingLine('PORT ELLIS, Calif. –')).toBe(false)
    expect(isHeadingLine('—')).toBe(false)
    // Dashes around a heading are kept.
    expect(isHeadingLine('– ‘On the front line’ –')).toBe(true)
  })

  it('reads a contact line with an e-mail address as no heading', () => {
    expect(isHeadingLine('Press contact – desk@harbour.example')).toBe(false)
    expect(isHeadingLine('Follow @harbourdesk for updates')).toBe(true)
  })
})

describe('plain text: a heading after a contact line', () => {
  it('reads the heading under an e-mail contact line', () => {
    const value = [
      'Harbour firm reports record year',
      '',
      'Larkspur Marine said on Tuesday that its crossings grew by a fifth in the year to March, helped by a mild winter.',
      '',
      'Press contact – desk@larkspur.example',
      '',
      'Safe Harbour Statement',
      '',
      'This release contains statements about the future that involve risks and may turn out to be wrong in many ways.',
      ''
    ].join('\n')
    expect(body(parse(value, {format: 'text'}))).toStrictEqual([
      'paragraph: Larkspur Marine said on Tuesday that its crossings grew by a fifth in the year to March, helped by a mild winter.',
      'paragraph: Press contact – desk@larkspur.example',
      'heading: Safe Harbour Statement',
      'paragraph: This release contains statements about the future that involve risks and may turn out to be wrong in many ways.'
    ])
  })
})

describe('isHeadingLine: picture credits', () => {
  it('reads a picture credit as no heading', () => {
    expect(isHeadingLine('Images | Valley Post')).toBe(false)
    expect(isHeadingLine('Photo: Mara Lind')).toBe(false)
    expect(isHeadingLine('Photo Contest Winners')).toBe(true)
  })
})
