/**
 * Page chrome inside and after a plain-text article: widget lines
 * (`Print`, `View all …`, `ADVERTISEMENT`, links ending in `»`) are no
 * headings; runs of heading-like lines (lists of headlines, contact names)
 * head nothing; a release's closing furniture (`View source version on …`,
 * `View original content`, `The post … appeared first on …`) and a
 * sidebar's `All news` close the article; `With reporting by` and
 * `Original Author:` are credits. Every text here is invented.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parse} from '../src/index.js'
import {recognizeCredits, recognizeEndMarker} from '../src/lib/sources/recognize-credit.js'
import {isHeadingLine, isPlaceholderLine, isWidgetLine} from '../src/lib/text/is-heading.js'
import {bodyBlocks as body, footerCredits as credits, sourceNames as sources} from './util/outline.js'

const first = 'The ferry between Port Ellis and the islands resumed on Tuesday after a week of storms, the harbour office said.'
const second = 'Crews checked the breakwater and the landing stages before the first crossing at dawn, and the timetable is back to normal.'
const third = 'The harbour office expects the winter timetable to start in November, when two of the four boats go in for repairs.'

describe('isHeadingLine: widgets and links', () => {
  it('says no to page widgets', () => {
    expect(isHeadingLine('Print')).toBe(false)
    expect(isHeadingLine('Learn More')).toBe(false)
    expect(isHeadingLine('Skip to main content')).toBe(false)
    expect(isHeadingLine('View all Press Releases')).toBe(false)
    expect(isHeadingLine('See all stories')).toBe(false)
    expect(isHeadingLine('ADVERTISEMENT')).toBe(false)
    expect(isWidgetLine('Read more >')).toBe(true)
  })

  it('says no to a link with an arrow after a space', () => {
    expect(isHeadingLine('Read the harbour report »')).toBe(false)
    expect(isHeadingLine('If you sailed with us this month, claim your refund now. »')).toBe(false)
    expect(isHeadingLine('Next: the timetable ›')).toBe(false)
  })

  it('keeps real subheadings', () => {
    expect(isHeadingLine('Storm damage')).toBe(true)
    expect(isHeadingLine('Printing the new timetable')).toBe(true)
    expect(isHeadingLine('Learning from the storm')).toBe(true)
    expect(isHeadingLine('« Nous sommes prêts »')).toBe(true)
    expect(isHeadingLine('About Larkspur Robotics Inc.')).toBe(true)
    expect(isHeadingLine('About Larkspur Robotics')).toBe(true)
  })

  it('keeps sentences that end in a company form sentences', () => {
    expect(isHeadingLine('The boats were bought from Larkspur Inc.')).toBe(false)
    expect(isHeadingLine('About half the boats came from Larkspur Inc.')).toBe(false)
    expect(isHeadingLine('About two years ago the company moved to Oslo Ltd.')).toBe(false)
  })

  it('reads placeholders', () => {
    expect(isPlaceholderLine('ADVERTISEMENT')).toBe(true)
    expect(isPlaceholderLine('Advertisement')).toBe(true)
    expect(isPlaceholderLine('None')).toBe(true)
    expect(isPlaceholderLine('None of the boats sailed')).toBe(false)
  })

  it('reads reading-time labels as placeholders', () => {
    expect(isPlaceholderLine('3 min')).toBe(true)
    expect(isPlaceholderLine('4 min read')).toBe(true)
    expect(isPlaceholderLine('5 minutes read')).toBe(true)
    expect(isPlaceholderLine('6-minute read')).toBe(true)
    expect(isPlaceholderLine('3 mins')).toBe(true)
    expect(isPlaceholderLine('3 min walk')).toBe(false)
    expect(isPlaceholderLine('90 minutes of rain')).toBe(false)
    expect(isPlaceholderLine('Minutes')).toBe(false)
  })
})

describe('readBody: chrome in the body', () => {
  it('drops ad slots between paragraphs', () => {
    const tree = parse([first, '', 'ADVERTISEMENT', '', second, '', 'Advertisement', '', third, ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second, 'paragraph: ' + third])
  })

  it('drops a reading-time label under the lead, not a heading', () => {
    const tree = parse([first, '', '4 min read', '', second, '', third, ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second, 'paragraph: ' + third])
  })

  it('says where it dropped a placeholder', () => {
    const file = new VFile([first, '', 'ADVERTISEMENT', '', second, ''].join('\n'))
    parse(file)
    expect(file.messages.map((message) => [message.ruleId, message.source, message.place])).toStrictEqual([
      [
        'dropped-placeholder',
        'newsast',
        {start: {line: 3, column: 1, offset: first.length + 2}, end: {line: 3, column: 14, offset: first.length + 15}}
      ]
    ])
  })

  it('reads widget lines as paragraphs, not headings', () => {
    const tree = parse([first, '', 'Print', '', second, ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: Print', 'paragraph: ' + second])
  })

  it('keeps a subheading between paragraphs', () => {
    const tree = parse([first, '', 'Storm damage', '', second, ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'heading: Storm damage', 'paragraph: ' + second])
  })

  it('reads a run of heading-like lines as no headings', () => {
    const tree = parse([first, '', 'Port Ellis opens new quay', '', 'Island school gets solar roof', '', second, ''].join('\n'))
    expect(body(tree)).toStrictEqual([
      'paragraph: ' + first,
      'paragraph: Port Ellis opens new quay',
      'paragraph: Island school gets solar roof',
      'paragraph: ' + second
    ])
  })

  it('reads the value under a label as no heading', () => {
    const tree = parse([first, '', 'Photographer:', '', 'Jane Doe', '', second, ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: Photographer:', 'paragraph: Jane Doe', 'paragraph: ' + second])
  })

  it('reads a release’s `About Acme Inc.` as a heading', () => {
    const tree = parse([first, 'About Larkspur Robotics Inc.', 'Larkspur Robotics builds harbour cranes in Port Ellis and sells them in ten countries.', ''].join('\n'))
    expect(body(tree)).toStrictEqual([
      'paragraph: ' + first,
      'heading: About Larkspur Robotics Inc.',
      'paragraph: Larkspur Robotics builds harbour cranes in Port Ellis and sells them in ten countries.'
    ])
  })
})

describe('readBody: a run-in `About` heading', () => {
  it('splits `About Acme Acme is…` into a heading and its paragraph', () => {
    const tree = parse([first, '', 'About Larkspur Larkspur builds harbour cranes in Port Ellis.', ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'heading: About Larkspur', 'paragraph: Larkspur builds harbour cranes in Port Ellis.'])
    const two = parse([first, '', 'About Larkspur Robotics\u00a0Larkspur Robotics, the crane maker, has 400 staff.', ''].join('\n'))
    expect(body(two)).toStrictEqual([
      'paragraph: ' + first,
      'heading: About Larkspur Robotics',
      'paragraph: Larkspur Robotics, the crane maker, has 400 staff.'
    ])
  })

  it('leaves other paragraphs that start with `About` whole', () => {
    const counter = [
      'About 20 20-year-olds applied for the crane course this spring, the college said.',
      'About Larkspur, the harbour office said little on Tuesday.',
      'About half of the crews worked through the night.'
    ]
    for (const line of counter) {
      expect(body(parse([first, '', line, ''].join('\n')))).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + line])
    }
  })
})

describe('recognizeEndMarker: release ends and `All news`', () => {
  it('reads a wire’s closing link and a feed’s note as the end', () => {
    expect(recognizeEndMarker('View source version on examplewire.com: https://example.com/release/1/')).toBe('end')
    expect(recognizeEndMarker('View original content:https://example.com/release/2.html')).toBe('end')
    expect(recognizeEndMarker('(END) Example Newswires')).toBe('end')
    expect(recognizeEndMarker('View the original release on www.examplewire.com')).toBe('end')
    expect(recognizeEndMarker('The post Larkspur opens a plant appeared first on Harbour Daily.')).toBe('end')
  })

  it('reads `All` over other news as the end', () => {
    expect(recognizeEndMarker('All news')).toBe('end')
    expect(recognizeEndMarker('All Of The Latest News')).toBe('end')
    expect(recognizeEndMarker('All the latest news »')).toBe('end')
  })

  it('reads nothing else', () => {
    expect(recognizeEndMarker('News')).toBe(undefined)
    expect(recognizeEndMarker('All boats')).toBe(undefined)
    expect(recognizeEndMarker('View the timetable')).toBe(undefined)
    expect(recognizeEndMarker('View the original plans for the quay')).toBe(undefined)
    expect(recognizeEndMarker('The post office reopened on Monday.')).toBe(undefined)
  })
})

describe('readFooter: release ends, sidebars, credits', () => {
  it('reads a release’s closing link right above a closing rule as footer', () => {
    const tree = parse(
      [first, '', second, '', 'View the original release on www.examplewire.com', '', '---', '', '[Harbour opens](https://example.com/a)', ''].join('\n')
    )
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
    expect(credits(tree)).toStrictEqual([
      ['other', 'View the original release on www.examplewire.com'],
      ['other', '[Harbour opens](https://example.com/a)']
    ])
  })

  it('keeps a paragraph above a closing rule in the body', () => {
    const tree = parse([first, '', second, '', '---', '', '[Harbour opens](https://example.com/a)', ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
  })

  it('reads a release’s closing link and what follows as footer', () => {
    const tree = parse(
      [first, '', second, '', 'View source version on examplewire.com: https://example.com/release/1/', '', 'Contacts', 'Jane Doe, jane@example.com', ''].join('\n')
    )
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
    expect(credits(tree)).toStrictEqual([
      ['other', 'View source version on examplewire.com: https://example.com/release/1/'],
      ['contact', 'Contacts'],
      ['contact', 'Jane Doe, jane@example.com']
    ])
  })

  it('reads a feed’s note as footer', () => {
    const tree = parse([first, '', second, '', 'The post Ferry service resumes appeared first on Harbour Daily.', ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
    expect(credits(tree)).toStrictEqual([['other', 'The post Ferry service resumes appeared first on Harbour Daily.']])
  })

  it('reads headlines over `All news` as footer, so they give no sources', () => {
    const tree = parse(
      [first, '', second, '', '', 'Port Ellis opens new quay', 'Island vote counted, election board says', 'All news', ''].join('\n')
    )
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
    expect(credits(tree)).toStrictEqual([
      ['other', 'Port Ellis opens new quay'],
      ['other', 'Island vote counted, election board says'],
      ['other', 'All news']
    ])
    expect(sources(tree)).toStrictEqual(['harbour office'])
  })

  it('keeps the article’s last paragraph when it shares the block', () => {
    const tree = parse([first, '', second, 'Port Ellis opens new quay', 'All news', ''].join('\n'))
    expect(credits(tree)).toStrictEqual([['other', 'All news']])
  })

  it('reads `With reporting by` over a sidebar as a credit', () => {
    const tree = parse([first, '', second, '', 'With reporting by Harbour Daily and Jane Doe', '', 'All Of The Latest News', '', 'Island school gets solar roof', ''].join('\n'))
    expect(body(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
    expect(credits(tree)).toStrictEqual([
      ['reporting', 'With reporting by Harbour Daily and Jane Doe'],
      ['other', 'All Of The Latest News'],
      ['other', 'Island school gets solar roof']
    ])
  })

  it('reads `With reporting by` and `Original Author:` credits', () => {
    expect(recognizeCredits('With reporting by Harbour Daily and Jane Doe')).toStrictEqual([
      {start: 0, end: 44, role: 'reporting', names: ['Harbour Daily', 'Jane Doe']}
    ])
    expect(recognizeCredits('With additional reporting by John Roe')?.[0]?.role).toBe('additional-reporting')
    expect(recognizeCredits('Original Author: Jane Doe')).toStrictEqual([{start: 0, end: 25, role: 'writing', names: ['Jane Doe']}])
    expect(recognizeCredits('With reporting by night, the crews worked on.')).toBe(undefined)
  })
})
