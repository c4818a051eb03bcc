// Scraped web pages in plain text: page chrome (menus, section labels,
// tickers, captions, widget words, the headline twice) around the headline,
// bullets on stamps, author widgets, slash datelines, and a headline on the
// rest of a wire dateline's line. Every article here is invented.
import {describe, expect, it} from 'vitest'
import {parse, stringify, toString} from '../src/index.js'
import type {Header} from '../src/index.js'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'
import {recognizeWireDateline} from '../src/lib/header/recognize-dateline.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {headerOutline as outline, textHeader as header} from './util/outline.js'

/** A context that drops messages. */
const quiet = {report: () => undefined}

/**
 * The first body blocks as `[type, text]` pairs.
 *
 * @param value
 *   Document.
 * @returns
 *   Blocks.
 */
function body(value: string): Array<[string, string]> {
  const tree = parse(value, {format: 'text'})
  const blocks: Array<[string, string]> = []
  for (const child of tree.children) {
    if (child.type !== 'section') continue
    for (const block of child.children) blocks.push([block.type, toString(block)])
  }

  return blocks
}

/**
 * Check that a document reads back the same after `stringify`, in plain
 * text and in Markdown.
 *
 * @param value
 *   Document.
 */
function roundTrips(value: string): undefined {
  for (const format of ['text', 'markdown'] as const) {
    const tree = parse(value, {format})
    const written = stringify(tree)
    const again = parse(written, {format})
    expect(removePosition(again)).toStrictEqual(removePosition(tree))
    expect(stringify(again)).toBe(written)
  }
}

const lead = 'The ferry to the northern islands sailed again on Tuesday after a week of storms.'
const second = 'Harbour officials said the timetable would be back to normal by the weekend.'

describe('widget words after a stamp', () => {
  const value = ' date 2024-01-10 Share counter\n\nFerry link to the islands reopens\n\n' + lead + '\n\n' + second + '\n'

  it('reads short widget words before the headline as page chrome', () => {
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2024-01-10'],
      ['meta', 'chrome=Share counter'],
      ['title', 'Ferry link to the islands reopens']
    ])
    expect(body(value)).toStrictEqual([
      ['paragraph', lead],
      ['paragraph', second]
    ])
    roundTrips(value)
  })

  it('starts the body at words that are no widget or come before no headline', () => {
    // A sentence after the stamp is the lead.
    const sentence = ' date 2024-01-10 The ferry sailed again on Tuesday.\n\n' + second + '\n'
    expect(header(sentence)).toStrictEqual([['dateline', 'date 2024-01-10']])
    expect(body(sentence)[0]).toStrictEqual(['paragraph', 'The ferry sailed again on Tuesday.'])
    // Short words with the lead under them, not a headline: unchanged.
    const noHeadline = ' date 2024-01-10 Share counter\n\n' + lead + '\n'
    expect(header(noHeadline)).toStrictEqual([['dateline', 'date 2024-01-10']])
    // Too many words for a widget: the headline, on the stamp's line.
    const long = ' date 2024-01-10 Ferry link to the northern islands reopens\n\n' + lead + '\n'
    expect(header(long)).toStrictEqual([
      ['dateline', 'date 2024-01-10'],
      ['title', 'Ferry link to the northern islands reopens']
    ])
    expect(body(long)).toStrictEqual([['paragraph', lead]])
    roundTrips(long)
    // One or two words there are more often a section's name: body.
    const section = ' date 2024-01-10 Island news\n\n' + lead + '\n'
    expect(header(section)).toStrictEqual([['dateline', 'date 2024-01-10']])
  })

  it('keeps page junk after a stamp in the stamp', () => {
    expect(header(' date 2024-03-02 + \u21ba \u2212 16 px\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'date 2024-03-02 + \u21ba \u2212 16 px']
    ])
  })
})

describe('page chrome above the headline', () => {
  it('reads menu lines over a headline over a stamp as chrome, title and stamp', () => {
    const value = 'Home\nLogin\nMinister opens new bridge\n17.01.2013 13:06\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Home'],
      ['meta', 'chrome=Login'],
      ['title', 'Minister opens new bridge'],
      ['dateline', '17.01.2013 13:06']
    ])
    const tree = parse(value, {format: 'text'})
    const stamp = (tree.children[0] as Header).children[3]!
    expect(stamp).toMatchObject({type: 'dateline', role: 'published', date: '2013-01-17', time: '13:06'})
    expect(body(value)).toStrictEqual([
      ['paragraph', lead],
      ['paragraph', second]
    ])
    roundTrips(value)
  })

  it('reads tickers, a section label and the headline twice over a credit stamp', () => {
    const value =
      '1,204.50\n98.12\n3.7\n\nBusiness\n\nPorts agree on new tariffs\n\nPorts agree on new tariffs\nPhoto: example.org 05.05.2023 14:16 311\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=1,204.50'],
      ['meta', 'chrome=98.12'],
      ['meta', 'chrome=3.7'],
      ['meta', 'chrome=Business'],
      ['title', 'Ports agree on new tariffs'],
      ['meta', 'chrome=Ports agree on new tariffs'],
      ['dateline', 'Photo: example.org 05.05.2023 14:16 311']
    ])
    expect(body(value)).toStrictEqual([
      ['paragraph', lead],
      ['paragraph', second]
    ])
    roundTrips(value)
  })

  it('reads a caption over a headline over a slash dateline', () => {
    const value =
      'Anna Berg. Photo from open sources.\nTalks can resume once troops leave \u2013 adviser\nOslo/02.10.20/Nordpress: Talks can resume once the troops have left, the adviser told reporters on Friday.\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Anna Berg. Photo from open sources.'],
      ['title', 'Talks can resume once troops leave \u2013 adviser'],
      ['dateline', 'Oslo/02.10.20/Nordpress:']
    ])
    expect(body(value)[0]![1]).toBe('Talks can resume once the troops have left, the adviser told reporters on Friday.')
    roundTrips(value)
  })

  it('reads short lines between the title and the stamp as chrome', () => {
    const value =
      'Minister visits the new port\n  \u2022 PORTS AND SHIPPING\n\n  \u2022 15:52 06 October 2020\n\nMinister visits the new port\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Minister visits the new port'],
      ['meta', 'chrome=\u2022 PORTS AND SHIPPING'],
      ['dateline', '\u2022 15:52 06 October 2020'],
      ['meta', 'chrome=Minister visits the new port']
    ])
    expect(body(value)[0]).toStrictEqual(['paragraph', lead])
    roundTrips(value)
  })

  it('reads the headline again under the title as chrome, without a stamp too', () => {
    const value = 'Harbour reopens after storm\n\nHarbour reopens after storm\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Harbour reopens after storm'],
      ['meta', 'chrome=Harbour reopens after storm']
    ])
    expect(body(value)).toStrictEqual([
      ['paragraph', lead],
      ['paragraph', second]
    ])
    roundTrips(value)
  })

  it('reads a section label at the top over the headline as chrome, without a stamp too', () => {
    const value = 'News\nHarbour reopens after storm\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=News'],
      ['title', 'Harbour reopens after storm']
    ])
    expect(body(value)).toStrictEqual([
      ['paragraph', lead],
      ['paragraph', second]
    ])
    roundTrips(value)
    // Not a label: a word with a digit, or three words.
    expect(header('Page 2\nHarbour reopens after storm\n\n' + lead + '\n')).toStrictEqual([])
  })

  it('leaves articles without a stamp or dateline ahead as they were', () => {
    // BBC-style text: the title, then the first paragraph on the next line.
    const bbc = 'Harbour reopens after storm\n' + lead + '\n\n' + second + '\n'
    expect(header(bbc)).toStrictEqual([['title', 'Harbour reopens after storm']])
    expect(body(bbc)[0]).toStrictEqual(['paragraph', lead])
    // Short lines with no stamp after them start the body.
    const menu = 'Home\nLogin\nMinister opens new bridge\n' + lead + '\n\n' + second + '\n'
    expect(header(menu)).toStrictEqual([])
  })

  it('keeps sentences without a headline over a stamp in the body', () => {
    const value = 'Talks resume.\n12.05.2023 10:00\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([])
    expect(body(value)[0]).toStrictEqual(['paragraph', 'Talks resume. 12.05.2023 10:00'])
  })

  it('keeps a lead paragraph over a stamp in the body', () => {
    const value = 'Home\n' + lead + '\n17.01.2013 13:06\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([])
  })

  it('stops at a byline before the stamp', () => {
    const value = 'Home\nBy Jane Doe\nMinister opens new bridge\n17.01.2013 13:06\n' + lead + '\n'
    expect(header(value)).toStrictEqual([])
  })

  it('leaves a wire story with a title and byline as it was', () => {
    const value = 'Ferry deal signed\n\nBy Jane Doe\n\nOSLO, May 2 (Reuters) - ' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Ferry deal signed'],
      ['byline', 'By Jane Doe'],
      ['dateline', 'OSLO, May 2 (Reuters) -']
    ])
  })
})

describe('bullets on stamps', () => {
  it('reads a stamp after a typographic bullet, keeping the bullet in its raw text', () => {
    expect(recognizeStamp('\u2022 15:52 06 October 2020', quiet)).toStrictEqual({
      role: 'published',
      date: '2020-10-06',
      time: '15:52',
      end: 23
    })
    expect(recognizeStamp('\u00b7  17.01.2013 13:06', quiet)).toMatchObject({date: '2013-01-17', time: '13:06', end: 19})
  })

  it('does not read list and summary markers, or a bullet alone, as a stamp', () => {
    expect(recognizeStamp('* 15:52 06 October 2020', quiet)).toBeUndefined()
    expect(recognizeStamp('- 15:52 06 October 2020', quiet)).toBeUndefined()
    expect(recognizeStamp('\u2022 ', quiet)).toBeUndefined()
    expect(recognizeStamp('\u2022 KARABAKH AND EASTERN REGIONS', quiet)).toBeUndefined()
  })
})

describe('author widgets', () => {
  it('reads names and an author link as a byline', () => {
    expect(recognizeByline('Jane Doe Read more')).toStrictEqual({authors: ['Jane Doe']})
    expect(recognizeByline('Jane Doe and John Roe View profile')).toStrictEqual({authors: ['Jane Doe', 'John Roe']})
  })

  it('does not read a headline or a link alone as a byline', () => {
    expect(recognizeByline('Read more')).toBeUndefined()
    expect(recognizeByline('Prices Rise More')).toBeUndefined()
    expect(recognizeByline('Markets rally as traders see more')).toBeUndefined()
    expect(recognizeByline('Jane Doe')).toBeUndefined()
  })

  it('makes the author line under a stamp the byline, not the title', () => {
    const value = '11 April 2023 10:45 (UTC+04:00)\n\nJane Doe Read more\n\n' + lead + '\n\n' + second + '\n'
    const tree = parse(value, {format: 'text'})
    expect(outline(tree)).toStrictEqual([
      ['dateline', '11 April 2023 10:45 (UTC+04:00)'],
      ['byline', 'Jane Doe Read more']
    ])
    expect((tree.children[0] as Header).children[1]).toMatchObject({type: 'byline', authors: ['Jane Doe']})
    roundTrips(value)
  })
})

describe('slash datelines', () => {
  it('reads place, date and wire between slashes', () => {
    expect(recognizeWireDateline('Oslo/02.10.20/Nordpress: Talks resumed.', quiet)).toStrictEqual({
      place: 'Oslo',
      agency: 'Nordpress',
      date: '2020-10-02',
      end: 24,
      bodyStart: 25
    })
    expect(recognizeWireDateline('BERGEN/12.03.2024/Reuters - Talks resumed.', quiet)).toMatchObject({
      place: 'BERGEN',
      agency: 'Reuters',
      date: '2024-03-12',
      end: 27
    })
    // Two-digit years as POSIX reads `%y`.
    expect(recognizeWireDateline('Oslo/02.10.99/Nordpress: Talks resumed.', quiet)).toMatchObject({date: '1999-10-02'})
  })

  it('does not read paths, fractions or dates without the whole shape', () => {
    expect(recognizeWireDateline('Oslo/02.10.20 was the day talks resumed.', quiet)).toBeUndefined()
    expect(recognizeWireDateline('Oslo/02.10.20/nordpress: talks resumed.', quiet)).toBeUndefined()
    expect(recognizeWireDateline('Oslo/31.02.20/Nordpress: Talks resumed.', quiet)).toBeUndefined()
    expect(recognizeWireDateline('Rates/2.5/Bank: Talks resumed.', quiet)).toBeUndefined()
  })
})

describe('a headline on the rest of a wire dateline’s line', () => {
  it('makes it the title when a new block follows', () => {
    const value = 'FJORDLAND, May 2 - Ministers agree on ferry link\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'FJORDLAND, May 2 -'],
      ['title', 'Ministers agree on ferry link']
    ])
    expect(body(value)).toStrictEqual([
      ['paragraph', lead],
      ['paragraph', second]
    ])
    roundTrips(value)
  })

  it('does so after a stamp on the same line', () => {
    const value = ' date 2024-05-02 FJORDLAND, May 2 - Ministers agree on ferry link\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2024-05-02'],
      ['dateline', 'FJORDLAND, May 2 -'],
      ['title', 'Ministers agree on ferry link']
    ])
    roundTrips(value)
  })

  it('leaves a lead on the dateline’s line in the body', () => {
    // A full stop, or a sentence closed inside quotes: the lead.
    for (const words of ['Ministers agreed on a ferry link on Monday.', 'The minister said: "We agree."']) {
      const value = 'FJORDLAND, May 2 - ' + words + '\n\n' + second + '\n'
      expect(header(value)).toStrictEqual([['dateline', 'FJORDLAND, May 2 -']])
      expect(body(value)[0]).toStrictEqual(['paragraph', words])
    }

    // Nothing after it: no title.
    expect(header('FJORDLAND, May 2 - Ministers agree on ferry link\n')).toStrictEqual([['dateline', 'FJORDLAND, May 2 -']])
    // The line goes on in its block: a hard-wrapped lead.
    const wrapped = 'FJORDLAND, May 2 - Ministers agree on ferry link\nbetween the two regions on Monday.\n\n' + second + '\n'
    expect(header(wrapped)).toStrictEqual([['dateline', 'FJORDLAND, May 2 -']])
    // A title already: the rest is the lead.
    const titled = 'Ferry deal\n\nFJORDLAND, May 2 - Ministers agree on ferry link\n\n' + second + '\n'
    expect(header(titled)).toStrictEqual([
      ['title', 'Ferry deal'],
      ['dateline', 'FJORDLAND, May 2 -']
    ])
  })
})

describe('hostile input', () => {
  it('reads repeated menu lines and stamps in linear work, as header nodes', () => {
    const value = 'Home\n17.01.2013 13:06\n'.repeat(5000)
    const tree = parse(value, {format: 'text'})
    const node = tree.children[0] as Header
    expect(node.children.length).toBe(10_000)
    expect(node.children[0]).toMatchObject({type: 'meta', key: 'chrome', value: 'Home'})
  })

  it('reads the headline repeated many times as one title and chrome', () => {
    const value = 'Harbour reopens after storm\n\n'.repeat(5000) + lead + '\n'
    const node = parse(value, {format: 'text'}).children[0] as Header
    expect(node.children.length).toBe(5000)
    expect(node.children[0]!.type).toBe('title')
  })
})
