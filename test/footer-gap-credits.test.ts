/**
 * Chrome after the article that no marker heads: a list of other stories
 * set apart by many blank lines, links under a copyright line, and a
 * closing credit with two joined labels (`Editing and translating by`).
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {recognizeCredits, recognizeEndMarker} from '../src/lib/sources/recognize-credit.js'
import {bodyBlocks as body, ferryLead as lead, footerCredits as credits} from './util/outline.js'

describe('plain text: other stories after a wide gap', () => {
  it('makes headlines after four or more blank lines footer', () => {
    const value = lead + '\n\n\n\n\n\nPort Ellis opens new school\nIsland council meets on budget\nStorm season ends early, forecasters say\n'
    const tree = parse(value, {format: 'text'})
    expect(body(tree)).toHaveLength(2)
    expect(credits(tree)).toStrictEqual([
      ['other', 'Port Ellis opens new school'],
      ['other', 'Island council meets on budget'],
      ['other', 'Storm season ends early, forecasters say']
    ])
  })

  it('leaves a narrow gap, or sentences after a wide one, in the body', () => {
    const narrow = lead + '\n\n\nPort Ellis opens new school\nIsland council meets on budget\n'
    expect(credits(parse(narrow, {format: 'text'}))).toStrictEqual([])
    const prose = lead + '\n\n\n\n\n\nThe harbour master said more crossings would be added in the summer season.\n'
    const tree = parse(prose, {format: 'text'})
    expect(credits(tree)).toStrictEqual([])
    expect(body(tree)).toHaveLength(3)
  })

  it('reads a closing credit above the gap as a credit', () => {
    const value = lead + '\n\nEditing and translating by Mara Lind\n\n\n\n\n\nhttps://video.example.org/channel/ferry\n\nvideos\n'
    expect(credits(parse(value, {format: 'text'}))).toStrictEqual([
      ['editing', 'Editing and translating by Mara Lind'],
      ['other', 'https://video.example.org/channel/ferry'],
      ['other', 'videos']
    ])
  })

  it('stays linear on many blank lines', () => {
    const value = lead + '\n'.repeat(100_000) + 'Port Ellis opens new school\n'
    expect(credits(parse(value, {format: 'text'}))).toStrictEqual([['other', 'Port Ellis opens new school']])
  })
})

describe('plain text: links under a copyright line', () => {
  it('closes the article at the copyright line', () => {
    expect(recognizeEndMarker('© Valley Post, 2024')).toBe('chrome')
    const value = lead + '\n\n© Quoting the Valley Post requires a link.\n\n• Ferry crews honoured\n\n• Island market reopens\n'
    const tree = parse(value, {format: 'text'})
    expect(body(tree)).toHaveLength(2)
    expect(credits(tree)).toStrictEqual([
      ['copyright', '© Quoting the Valley Post requires a link.'],
      ['other', '• Ferry crews honoured'],
      ['other', '• Island market reopens']
    ])
  })

  it('leaves a copyright line with sentences after it alone', () => {
    const value = lead + '\n\n© Valley Post\n\nThe harbour office will publish the new timetable on its website next week.\n'
    expect(body(parse(value, {format: 'text'}))).toHaveLength(4)
  })
})

describe('recognizeCredits: two joined labels', () => {
  it('reads `Editing and translating by` as one editing credit', () => {
    expect(recognizeCredits('Editing and translating by Mara Lind')).toStrictEqual([
      {start: 0, end: 36, role: 'editing', names: ['Mara Lind']}
    ])
    expect(recognizeCredits('Reporting & writing by Tom Hart')?.[0]?.role).toBe('reporting')
  })

  it('leaves other words between a label and `by` alone', () => {
    expect(recognizeCredits('Editing and proofreading by hand takes weeks')).toBe(undefined)
    expect(recognizeCredits('Reporting and other duties by Tom Hart')).toBe(undefined)
  })
})

describe('recognizeCredits: a picture credit with a bar', () => {
  it('reads `Photo | Name` as a photo credit', () => {
    expect(recognizeCredits('Images | Valley Post')).toStrictEqual([{start: 0, end: 20, role: 'photo', names: ['Valley Post']}])
  })

  it('reads `Photo source:`, `Image source:` and `Image credit:` as photo credits', () => {
    expect(recognizeCredits('Photo source: Harbour Office')).toStrictEqual([{start: 0, end: 28, role: 'photo', names: ['Harbour Office']}])
    expect(recognizeCredits('Image source: Valley Post')?.[0]?.role).toBe('photo')
    expect(recognizeCredits('Image credit: Valley Post')?.[0]?.role).toBe('photo')
    expect(credits(parse(lead + '\n\nPhoto source: Harbour Office\n', {format: 'text'}))).toStrictEqual([['photo', 'Photo source: Harbour Office']])
  })

  it('reads no other label with a bar', () => {
    expect(recognizeCredits('Source | Valley Post')).toBe(undefined)
    expect(recognizeCredits('Harbour | Port Ellis')).toBe(undefined)
  })
})

describe('plain text: a lone `#` end mark', () => {
  it('ends the release at a lone `#` line, as at `###`', () => {
    expect(recognizeEndMarker('#')).toBe('end')
    expect(recognizeEndMarker('# # #')).toBe('end')
    const value = lead + '\n\n#\n\nAn arrest is an accusation, not proof of guilt.\n\nLeadership\n\nCareers\n'
    const tree = parse(value, {format: 'text'})
    expect(body(tree)).toHaveLength(2)
    expect(credits(tree)[0]).toStrictEqual(['other', '#'])
  })

  it('reads a `#` with words as no end mark', () => {
    expect(recognizeEndMarker('# Ferry news')).toBe(undefined)
    expect(recognizeEndMarker('#1')).toBe(undefined)
  })
})

describe('plain text: headlines, widgets and marks over a sidebar head', () => {
  it('starts the sidebar with the block of headlines, widgets between them too', () => {
    const value = lead + '\n\nPort Ellis opens new school (PHOTOS)\nIsland News - Valley Post\n!\nPrint\nRead more:\nIsland council meets on budget\n'
    const tree = parse(value, {format: 'text'})
    expect(body(tree)).toHaveLength(2)
    expect(credits(tree).map(([, words]) => words)).toStrictEqual([
      'Port Ellis opens new school (PHOTOS)',
      'Island News - Valley Post',
      '!',
      'Print',
      'Read more:',
      'Island council meets on budget'
    ])
  })

  it('keeps a block with a sentence above the sidebar head in the body', () => {
    const value = lead + '\n\nPort Ellis opens new school\nThe school opens in May, the council said.\nPrint\nRead more:\nIsland council meets on budget\n'
    expect(credits(parse(value, {format: 'text'}))[0]).toStrictEqual(['other', 'Read more:'])
  })
})
