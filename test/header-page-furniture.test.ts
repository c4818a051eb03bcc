// Plain-text page furniture around the headline: a headline right under
// the page's date in one block, a block of skip links and menu labels over
// the headline, and meta lines between the headline and the date.
// Every article here is invented.
import {describe, expect, it} from 'vitest'
import {parse, stringify} from '../src/index.js'
import type {Dateline, Header} from '../src/index.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'
import {bodyBlocks, headerOutline, textHeader as header} from './util/outline.js'
import {removePosition} from './fixtures/markdown/compare.js'

const lead = 'Dock workers stopped work on Monday over a pay offer they called too low.'
const second = 'The harbour authority said talks would resume on Friday.'

const context: RecognizeContext = {report: () => undefined}

/**
 * The datelines of a parsed text's header, without positions.
 *
 * @param value
 *   Document.
 * @returns
 *   Role, date, time, offset and zone of each.
 */
function datelines(value: string): Array<Partial<Dateline>> {
  const tree = parse(value, {format: 'text'})
  const node = tree.children.find((child): child is Header => child.type === 'header')
  return (node?.children ?? [])
    .filter((child): child is Dateline => child.type === 'dateline')
    .map(({role, date, time, utcOffset, zone}) => ({role, date, time, utcOffset, zone}))
}

describe('header: page furniture', () => {
  it('takes a headline right under a stamp in one block as the title', () => {
    const value = '4 May 2024,   09:15\nDock workers strike over pay in Port Ellis\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', '4 May 2024,   09:15'],
      ['title', 'Dock workers strike over pay in Port Ellis']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not take a line under a stamp that goes on in its block, or a sentence, as the title', () => {
    // The lead, hard-wrapped under the stamp: its first line is no title.
    expect(header('4 May 2024,   09:15\nDock workers stopped work on Monday over a pay\noffer they called too low.\n\n' + second + '\n')).toStrictEqual([
      ['dateline', '4 May 2024,   09:15']
    ])
    // A one-line lead under the stamp ends a sentence.
    expect(header('4 May 2024,   09:15\n' + lead + '\n\n' + second + '\n')).toStrictEqual([['dateline', '4 May 2024,   09:15']])
    // Nothing after the block: the line is the article, not its title.
    expect(header('4 May 2024,   09:15\nDock workers strike over pay in Port Ellis\n')).toStrictEqual([
      ['dateline', '4 May 2024,   09:15']
    ])
  })

  it('reads a block of skip links and labels over a headline that stands alone as chrome', () => {
    const value =
      'Skip to main content\nLatest news\n\u0645\u0637\u0627\u0644\u0628 \u062a\u0627\u0632\u0647\n\nDock workers strike over pay in Port Ellis\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Skip to main content'],
      ['meta', 'chrome=Latest news'],
      ['meta', 'chrome=\u0645\u0637\u0627\u0644\u0628 \u062a\u0627\u0632\u0647'],
      ['title', 'Dock workers strike over pay in Port Ellis']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not read a block of short lines as chrome when no headline stands alone under it', () => {
    const skip: Array<[string, string]> = [['meta', 'chrome=Skip to main content']]
    // A paragraph under the block, not a headline.
    expect(header('Skip to main content\nLatest news\n\n' + lead + '\n\n' + second + '\n')).toStrictEqual(skip)
    // The block ends in a sentence: it is the article's.
    expect(header('Skip to main content\nTalks resume.\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual(skip)
    // The headline is the last block: nothing stands under it.
    expect(header('Skip to main content\nLatest news\n\nDock workers strike over pay\n')).toStrictEqual(skip)
    // No chrome opens the block: its short lines may be the article's.
    expect(header('Ferries\n12\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([])
  })

  it('reads meta lines between the headline and a stamp as meta, and goes on to the stamp', () => {
    const value =
      'Dock workers strike over pay in Port Ellis\n\nHarbour Gazette\n\nNews ID: 48213\nPorts \u00bb Ports\nPublish Date: 9:12 - 4 May 2024\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Dock workers strike over pay in Port Ellis'],
      ['meta', 'chrome=Harbour Gazette'],
      ['meta', 'news id=48213'],
      ['meta', 'chrome=Ports \u00bb Ports'],
      ['dateline', 'Publish Date: 9:12 - 4 May 2024']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not pass over a meta line to a stamp after a sentence', () => {
    // The paragraph under the title ends a sentence: it is the lead, and
    // the stamp further down is body.
    expect(header('Dock workers strike over pay\n\n' + lead + '\nNews ID: 48213\n4 May 2024 09:12\n\n' + second + '\n')).toStrictEqual([
      ['title', 'Dock workers strike over pay']
    ])
  })

  it('gives a stamp with only a date the time on the `Time:` line under it', () => {
    const value = 'Date: 06 May 2024\nTime: 09:15:02\n\nDock workers strike over pay\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'Date: 06 May 2024\nTime: 09:15:02'],
      ['title', 'Dock workers strike over pay']
    ])
    expect(datelines(value)).toStrictEqual([{role: 'published', date: '2024-05-06', time: '09:15:02', utcOffset: undefined, zone: undefined}])
    // A zone on the `Time:` line is read with the stamp's date.
    expect(datelines('Date: 06 May 2024\r\nTime: 09:15 EDT\r\n\r\nDock workers strike over pay\r\n\r\n' + lead + '\r\n')).toStrictEqual([
      {role: 'published', date: '2024-05-06', time: '09:15', utcOffset: '-04:00', zone: 'EDT'}
    ])
  })

  it('leaves a `Time:` line alone when the stamp has a time, stands apart, or the value is no time', () => {
    // The stamp has its time already.
    expect(header('Date: 06 May 2024 08:00\nTime: 09:15:02\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'Date: 06 May 2024 08:00'],
      ['meta', 'time=09:15:02'],
      ['title', 'Dock workers strike over pay']
    ])
    // A blank line between them.
    expect(header('Date: 06 May 2024\n\nTime: 09:15:02\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'Date: 06 May 2024'],
      ['meta', 'time=09:15:02'],
      ['title', 'Dock workers strike over pay']
    ])
    // Words, not a time: the stamp keeps no time.
    expect(datelines('Date: 06 May 2024\nTime: of change\n\n' + lead + '\n')).toStrictEqual([
      {role: 'published', date: '2024-05-06', time: undefined, utcOffset: undefined, zone: undefined}
    ])
  })

  it('takes a post\'s headline over its own stamp, on a blog\'s archive page, as the title', () => {
    const value =
      'Harbour Notes\n\nMonday, May 6, 2024\n\nDock workers strike over pay\n\nMay 6, 2024 09:15 AM\n\nPORT ELLIS, May 6 (Harbourwire) -- ' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Harbour Notes'],
      ['dateline', 'Monday, May 6, 2024'],
      ['title', 'Dock workers strike over pay'],
      ['dateline', 'May 6, 2024 09:15 AM'],
      ['dateline', 'PORT ELLIS, May 6 (Harbourwire) --']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('keeps a deck under the stamp, and a long title, as they were', () => {
    // A deck between the stamp and a wire dateline (no second stamp).
    expect(header('Dock workers strike over pay\n2024-05-06 09:15:02\n\nUnions say the offer is too low\n\nPORT ELLIS, May 6 (Harbourwire) -- ' + lead + '\n')).toStrictEqual([
      ['title', 'Dock workers strike over pay'],
      ['dateline', '2024-05-06 09:15:02'],
      ['subtitle', 'Unions say the offer is too low'],
      ['dateline', 'PORT ELLIS, May 6 (Harbourwire) --']
    ])
    // A title of five words or more is no blog's name.
    expect(header('Dock workers strike over pay\n\nMonday, May 6, 2024\n\nUnions say the offer is too low\n\nMay 6, 2024 09:15 AM\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Dock workers strike over pay'],
      ['dateline', 'Monday, May 6, 2024'],
      ['subtitle', 'Unions say the offer is too low'],
      ['dateline', 'May 6, 2024 09:15 AM']
    ])
  })

  it('keeps the site\'s name before a page title\'s headline apart when the headline is printed alone below', () => {
    const value = 'Port Authority - Dock workers strike over pay\n\nDock workers strike over pay\n\nPORT ELLIS, May 6 (Harbourwire) -- ' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'site=Port Authority'],
      ['title', 'Dock workers strike over pay'],
      ['meta', 'chrome=Dock workers strike over pay'],
      ['dateline', 'PORT ELLIS, May 6 (Harbourwire) --']
    ])
    // Far below, past the page's menus (which start the body here).
    const menus = 'Home\nNews\nSport\nContact\n\n'.repeat(6)
    const far = parse('Port Authority - Dock workers strike over pay\n\n' + menus + '  Dock workers strike over pay\n\n' + lead + '\n', {format: 'text'})
    expect(headerOutline(far)).toStrictEqual([
      ['meta', 'site=Port Authority'],
      ['title', 'Dock workers strike over pay']
    ])
    // A spaced colon after the name, as some portals write it.
    expect(header('Harbour Gazette : Dock workers strike over pay\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([
      ['meta', 'site=Harbour Gazette'],
      ['title', 'Dock workers strike over pay'],
      ['meta', 'chrome=Dock workers strike over pay']
    ])
  })

  it('keeps a page title whole when the words after the mark are not printed alone below', () => {
    // Not printed again: the mark may be the headline's own.
    expect(header('Mayor - Dock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([['title', 'Mayor - Dock workers strike over pay']])
    // Printed again only inside a sentence.
    expect(header('Mayor - Dock workers strike over pay\n\nThe union said: Dock workers strike over pay, and will go on.\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Mayor - Dock workers strike over pay']
    ])
    // Nine words before the mark are no site's name.
    expect(header('One two three four five six seven eight nine - Dock workers strike over pay\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'One two three four five six seven eight nine - Dock workers strike over pay']
    ])
  })

  it('reads a pager over the headline as chrome, and `on` with a date and time as the stamp', () => {
    const value =
      '\u00ab 1 ... 41 42 (43) 44 ... 90 \u00bb\nPorts : Dock workers strike over pay\non 2024/05/06 09:15:02\n\nPORT ELLIS (Reuters) - ' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=\u00ab 1 ... 41 42 (43) 44 ... 90 \u00bb'],
      ['title', 'Ports : Dock workers strike over pay'],
      ['dateline', 'on 2024/05/06 09:15:02'],
      ['dateline', 'PORT ELLIS (Reuters) -']
    ])
    expect(datelines(value)[0]).toStrictEqual({role: 'published', date: '2024-05-06', time: '09:15:02', utcOffset: undefined, zone: undefined})
    expect(recognizeStamp('on 6 May 2024 09:15', context)).toStrictEqual({role: 'published', date: '2024-05-06', time: '09:15', end: 19})
  })

  it('does not read numbers with words as a pager, or `on` without a time or before more words as a stamp', () => {
    // Words between the numbers: a headline.
    expect(header('Top 10 of 2024 in 5 charts\n\n' + lead + '\n')).toStrictEqual([['title', 'Top 10 of 2024 in 5 charts']])
    // Two numbers are no pager.
    expect(header('\u00ab 1 2 \u00bb\n\n' + lead + '\n')).toStrictEqual([])
    // `on` and a date without a time, or with words after it, or a
    // sentence's `On`.
    expect(recognizeStamp('on 2024/05/06', context)).toBeUndefined()
    expect(recognizeStamp('on 2024/05/06 09:15 ministers met', context)).toBeUndefined()
    expect(recognizeStamp('on 6 May, the ministers met', context)).toBeUndefined()
  })

  it('passes over the headline printed twice on one line, under the title, to the stamp', () => {
    const value =
      'Minister: Port\u2019s ferry link is agreed\n\nHarbour Gazette, Fjordland\nMinister: Port\'s ferry link is agreed Minister: Port\'s ferry link is agreed\n18:29, 28.04.2024\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Minister: Port\u2019s ferry link is agreed'],
      ['meta', 'chrome=Harbour Gazette, Fjordland'],
      ['meta', "chrome=Minister: Port's ferry link is agreed Minister: Port's ferry link is agreed"],
      ['dateline', '18:29, 28.04.2024']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not pass over another long line under the title to the stamp', () => {
    // Two different headlines on the line: not the title twice.
    const value =
      'Minister: ferry link is agreed\n\nHarbour Gazette, Fjordland\nMinister: ferry link is agreed Minister: rail link is delayed\n18:29, 28.04.2024\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([['title', 'Minister: ferry link is agreed']])
  })

  it('reads on under a headline on the stamp\'s line: the deck over a stamp, a byline', () => {
    const value =
      ' date 2024-05-06 Dock workers strike over pay\n\nMinisters hail the new timetable for the islands.\n\nPublished: 6th May 2024 10:29 PM | A+A A-\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2024-05-06'],
      ['title', 'Dock workers strike over pay'],
      ['subtitle', 'Ministers hail the new timetable for the islands.'],
      ['dateline', 'Published: 6th May 2024 10:29 PM | A+A A-']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
    expect(header(' date 2024-05-06 Dock workers strike over pay\n\nBy Jane Doe\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'date 2024-05-06'],
      ['title', 'Dock workers strike over pay'],
      ['byline', 'By Jane Doe']
    ])
  })

  it('does not take the lead over a dated heading, or a short line over a stamp, as the deck', () => {
    // The date opens a heading that goes on: the lead stays the lead.
    const value = 'Dock workers strike over pay\n\n' + lead + '\n\nMay 6, 2024 at 9 a.m. - Crews return to the north pier\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([['title', 'Dock workers strike over pay']])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual([
      'paragraph: ' + lead,
      'heading: May 6, 2024 at 9 a.m. - Crews return to the north pier',
      'paragraph: ' + second
    ])
    // A site's name over the stamp is page chrome.
    expect(header('Dock workers strike over pay\n\nHarbour Gazette\n\nPublished: 6th May 2024 10:29 PM\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Dock workers strike over pay'],
      ['meta', 'chrome=Harbour Gazette'],
      ['dateline', 'Published: 6th May 2024 10:29 PM']
    ])
  })
})


describe('header: a release\u2019s label and letterhead', () => {
  it('reads the label and the letterhead under a contact line as chrome, and the headline under them as the title', () => {
    const value =
      'Exhibit 99.1\n\nNEWS RELEASE\n\nContact: Jane Doe\n\n48 Harbour Road\n\nPort Ellis, NY 11747\n\n(555) 010-3600\nHARBOUR SHIPPING CORP. ANNOUNCES SPECIAL DIVIDEND\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Exhibit 99.1'],
      ['meta', 'chrome=NEWS RELEASE'],
      ['meta', 'contact=Jane Doe'],
      ['meta', 'chrome=48 Harbour Road'],
      ['meta', 'chrome=Port Ellis, NY 11747'],
      ['meta', 'chrome=(555) 010-3600'],
      ['title', 'HARBOUR SHIPPING CORP. ANNOUNCES SPECIAL DIVIDEND']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('reads a release label in any case, with a colon, and never as the title', () => {
    expect(header('For Immediate Release:\n\nDock workers strike over pay in Port Ellis\n\n' + lead + '\n')).toStrictEqual([
      ['meta', 'chrome=For Immediate Release:'],
      ['title', 'Dock workers strike over pay in Port Ellis']
    ])
    // A headline that only mentions a release is a headline.
    expect(header('Harbour Board Press Release Draws Criticism\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Harbour Board Press Release Draws Criticism']
    ])
  })

  it('reads an address only under a contact line', () => {
    // No contact line over it: the street is the headline the page gives.
    expect(header('48 Harbour Road\n\n' + lead + '\n\n' + second + '\n')).toStrictEqual([['title', '48 Harbour Road']])
  })

  it('reads a stamp glued to a table cell\u2019s edge', () => {
    expect(recognizeStamp('|June 19, 2009', context)).toStrictEqual({role: 'published', date: '2009-06-19', end: 14})
    expect(recognizeStamp('| June 19, 2009', context)).toStrictEqual({role: 'published', date: '2009-06-19', end: 15})
  })
})

describe('header: a line under a stamp that is no heading line', () => {
  it('is not the title, as on the stamp\u2019s own line, and the tree reads back the same', () => {
    const under = ' date 2024-05-04\nFerry tickets from sales@harbourferries.ab\n\n' + lead + '\n'
    const after = ' date 2024-05-04 Ferry tickets from sales@harbourferries.ab\n\n' + lead + '\n'
    expect(header(under)).toStrictEqual([['dateline', 'date 2024-05-04']])
    expect(header(after)).toStrictEqual([['dateline', 'date 2024-05-04']])
    for (const value of [under, after]) {
      const tree = parse(value, {format: 'text'})
      expect(bodyBlocks(tree)).toStrictEqual(['paragraph: Ferry tickets from sales@harbourferries.ab', 'paragraph: ' + lead])
      expect(removePosition(parse(stringify(tree), {format: 'auto'}))).toStrictEqual(removePosition(tree))
    }
  })
})
