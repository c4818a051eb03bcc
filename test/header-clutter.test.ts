// Header shapes of scraped wire and press-release pages: dates and wires in
// other places on the dateline, a wire credited on the stamp line, and page
// clutter (empty form labels, picture captions, tickers) before the
// headline or the dateline. Every article here is invented.
import {describe, expect, it} from 'vitest'
import {parse, stringify} from '../src/index.js'
import type {Header} from '../src/index.js'
import {recognizeWireDateline} from '../src/lib/header/recognize-dateline.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {textHeader as header} from './util/outline.js'

/** A context that drops messages. */
const quiet = {report: () => undefined}

/**
 * The header's datelines, without positions and children.
 *
 * @param value
 *   Document.
 * @returns
 *   Datelines.
 */
function datelines(value: string): unknown[] {
  const tree = parse(value, {format: 'text'})
  const node = tree.children.find((child): child is Header => child.type === 'header')
  if (!node) return []
  return node.children
    .filter((child) => child.type === 'dateline')
    .map((child) => {
      const rest: Record<string, unknown> = {...child}
      delete rest.children
      delete rest.position
      return rest
    })
}

/**
 * Check that a document reads back the same after `stringify`.
 *
 * @param value
 *   Document.
 */
function roundTrips(value: string): undefined {
  const tree = parse(value, {format: 'text'})
  const written = stringify(tree)
  expect(removePosition(parse(written, {format: 'text'}))).toStrictEqual(removePosition(tree))
}

const lead = 'The ferry to the northern islands sailed again on Tuesday after a week of storms.'
const second = 'Harbour officials said the timetable would be back to normal by the weekend.'

describe('dateline forms', () => {
  it('reads a date after `--(WIRE)--`, closed by dashes', () => {
    const text = 'CEDARVILLE, Ohio--(BUSINESS WIRE)--May 4, 2021-- Acme Corp. today said'
    const match = recognizeWireDateline(text, quiet)
    expect(match).toStrictEqual({
      place: 'CEDARVILLE, Ohio',
      agency: 'BUSINESS WIRE',
      date: '2021-05-04',
      end: 48,
      bodyStart: 49
    })
    // Words after the wire that are no date closed by dashes stay body.
    expect(recognizeWireDateline('CEDARVILLE, Ohio--(BUSINESS WIRE)--May sales rose 4%.', quiet)).toStrictEqual({
      place: 'CEDARVILLE, Ohio',
      agency: 'BUSINESS WIRE',
      end: 35,
      bodyStart: 35
    })
    expect(recognizeWireDateline('CEDARVILLE, Ohio--(BUSINESS WIRE)--May 4 was a good day.', quiet)).toMatchObject({end: 35})
  })

  it('reads a capitalised place before a date and a listed wire', () => {
    expect(recognizeWireDateline('Oakville, May 4, 2022 (GLOBE NEWSWIRE) -- Acme Corp. today said', quiet)).toStrictEqual({
      place: 'Oakville',
      agency: 'GLOBE NEWSWIRE',
      date: '2022-05-04',
      end: 41,
      bodyStart: 42
    })
    expect(recognizeWireDateline('Oakville, Ontario, May 4, 2022 (GLOBE NEWSWIRE) -- Acme Corp.', quiet)).toMatchObject({
      place: 'Oakville, Ontario',
      agency: 'GLOBE NEWSWIRE',
      date: '2022-05-04'
    })
    // Not before an unlisted name in brackets, nor before a year in them.
    expect(recognizeWireDateline('Oakville, May 4, 2022 (Town Hall) - the council met.', quiet)).toBeUndefined()
    expect(recognizeWireDateline('Smith, May 4 (2022) - a note on the ferry.', quiet)).toBeUndefined()
    expect(recognizeWireDateline('Oakville, May 4, 2022 was a fine day (for most).', quiet)).toBeUndefined()
  })

  it('reads a listed wire whose name starts with digits, and no number alone as a wire', () => {
    expect(recognizeWireDateline('DENVER, June 3, 2024 /24-7PressRelease/ -- Acme Corp. today said', quiet)).toMatchObject({
      place: 'DENVER',
      agency: '24-7PressRelease',
      date: '2024-06-03'
    })
    expect(recognizeWireDateline('DENVER (2) - The talks resumed.', quiet)).toBeUndefined()
    expect(recognizeWireDateline('DENVER /2/ - The talks resumed.', quiet)).toBeUndefined()
  })

  it('reads a wire named after the date and a comma, before a dash', () => {
    expect(recognizeWireDateline('KHUJAND, May 4, Asia-News - The ferry sailed.', quiet)).toStrictEqual({
      place: 'KHUJAND',
      agency: 'Asia-News',
      date: '--05-04',
      end: 27,
      bodyStart: 28
    })
    // A weekday is part of the date, lower-case words are the lead, and
    // there is no wire without the dash.
    expect(recognizeWireDateline('KHUJAND, May 4, Tuesday - The ferry sailed.', quiet)).not.toHaveProperty('agency')
    expect(recognizeWireDateline('KHUJAND, May 4, and the ferry sailed - at last.', quiet)).not.toHaveProperty('agency')
    expect(recognizeWireDateline('KHUJAND, May 4, Harbour Officials Said.', quiet)).not.toHaveProperty('agency')
    // A capitalised place does not get one this way.
    expect(recognizeWireDateline('Khujand, May 4, Asia-News - The ferry sailed.', quiet)).toBeUndefined()
  })

  it('reads a second region and a listed wire with a domain', () => {
    expect(recognizeWireDateline('LUCCA, LU, ITALY, June 3, 2026 /EINPresswire.com/ -- The jury said', quiet)).toStrictEqual({
      place: 'LUCCA, LU, ITALY',
      agency: 'EINPresswire.com',
      date: '2026-06-03',
      end: 52,
      bodyStart: 53
    })
    // An unlisted domain is no wire.
    expect(recognizeWireDateline('LUCCA /Example.com/ The jury said', quiet)).toBeUndefined()
  })

  it('reads no dateline in a word in capitals with a dash glued to it', () => {
    // A headline's kicker (`UNPAID- …`), not a place and a separator.
    expect(recognizeWireDateline('UNPAID- Ferry Firm Settles Fee Claims For $2MM', quiet)).toBeUndefined()
    // Spaced, or with a date or wire, it is still one.
    expect(recognizeWireDateline('TROMSO - The ferry sailed.', quiet)).toMatchObject({place: 'TROMSO'})
    expect(recognizeWireDateline('TROMSO, May 4- The ferry sailed.', quiet)).toMatchObject({place: 'TROMSO', date: '--05-04'})
    expect(recognizeWireDateline('TROMSO (Reuters)- The ferry sailed.', quiet)).toMatchObject({place: 'TROMSO', agency: 'Reuters'})
  })
})

describe('a wire credited on the stamp line', () => {
  it('reads a listed wire and a bar before the stamp', () => {
    expect(recognizeStamp('AP | Jun 3, 2021, 04:15PM', quiet)).toStrictEqual({
      role: 'published',
      date: '2021-06-03',
      time: '16:15',
      end: 25
    })
    expect(recognizeStamp('Reuters | 5 March 2024 10:00', quiet)).toMatchObject({date: '2024-03-05', time: '10:00'})
  })

  it('reads no other word before a bar, and no headline after a wire', () => {
    expect(recognizeStamp('Sport | 5 March 2024 10:00', quiet)).toBeUndefined()
    expect(recognizeStamp('Reuters | Markets rise 5% on rate hopes', quiet)).toBeUndefined()
  })

  it('makes the line a stamp under the headline, not a heading', () => {
    const value = 'Ferry link to the islands reopens\n\nAP | Jun 3, 2021, 04:15PM\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Ferry link to the islands reopens'],
      ['dateline', 'AP | Jun 3, 2021, 04:15PM']
    ])
    expect(datelines(value)).toStrictEqual([{type: 'dateline', role: 'published', date: '2021-06-03', time: '16:15'}])
    roundTrips(value)
  })
})

describe('clutter before the headline or the dateline', () => {
  it('reads form labels without a value as chrome around a stamp', () => {
    const value =
      'Ref :\nWed, 06/16/2021 - 09:15\nWriter :\n\nFerry link to the islands reopens\n\nTROMSO, June 15 /TASS/. ' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Ref :'],
      ['dateline', 'Wed, 06/16/2021 - 09:15'],
      ['meta', 'chrome=Writer :'],
      ['title', 'Ferry link to the islands reopens'],
      ['dateline', 'TROMSO, June 15 /TASS/.']
    ])
    roundTrips(value)
  })

  it('reads picture captions over a wire dateline as chrome', () => {
    const caption =
      'Passengers wait at the ferry terminal in Tromso, Norway, Monday, June 1, 2021. Storms kept the boats in port for a week. (AP Photo/Jane Doe)'
    const value = caption + '\n\n' + caption + '\n\nTROMSO, Norway (AP) \u2014 ' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=' + caption],
      ['meta', 'chrome=' + caption],
      ['dateline', 'TROMSO, Norway (AP) \u2014']
    ])
    roundTrips(value)
  })

  it('keeps paragraphs that are no caption or label in the body', () => {
    // A sentence that ends in brackets without a picture word.
    const aside = 'Storms kept the boats in port for a week, the longest stop in years (since 2009).'
    const value = aside + '\n\nTROMSO, Norway (AP) \u2014 ' + lead + '\n'
    expect(header(value)).toStrictEqual([])
    // A label with a value is meta, not an empty label; a colon inside a
    // line is no label.
    const labelled = 'Note: the talks went on\n\nTROMSO, Norway (AP) \u2014 ' + lead + '\n'
    expect(header(labelled).some(([type, text]) => type === 'meta' && text.startsWith('chrome='))).toBe(false)
    const many = 'Notes on the talks of the day :\n\nTROMSO, Norway (AP) \u2014 ' + lead + '\n'
    expect(header(many)).toStrictEqual([])
  })
})

describe('lines over the headline that are never the title', () => {
  it('reads tickers, navigation links and a masthead as chrome', () => {
    const value =
      'Skip to main content\nUSD 84.77\nnok/eur 11.52 sek/eur 11.38\n\nVol. 12, No. 3\n\nFerry link to the islands reopens\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Skip to main content'],
      ['meta', 'chrome=USD 84.77'],
      ['meta', 'chrome=nok/eur 11.52 sek/eur 11.38'],
      ['meta', 'chrome=Vol. 12, No. 3'],
      ['title', 'Ferry link to the islands reopens']
    ])
    roundTrips(value)
    expect(header('Volume XVI, Number 240\n\nFerry link to the islands reopens\n\n' + lead + '\n')).toStrictEqual([
      ['meta', 'chrome=Volume XVI, Number 240'],
      ['title', 'Ferry link to the islands reopens']
    ])
  })

  it('keeps headlines with numbers, and sentences that start so', () => {
    // Numbers in a headline: no pairs of a code and a decimal quote.
    expect(header('Ferry fares up 2.5 percent in 2024\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Ferry fares up 2.5 percent in 2024']
    ])
    expect(header('Ferries 2024 return to 12 islands\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Ferries 2024 return to 12 islands']
    ])
    // A headline that starts with `Go to`, with more words or punctuation.
    expect(header('Go to the polls, mayor urges voters\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Go to the polls, mayor urges voters']
    ])
    // A label alone opens the body when no stamp or dateline follows.
    expect(header('Key points:\n\n- Fares rose.\n- Boats sailed.\n')).toStrictEqual([])
    // Under a title, they are left to the body.
    expect(header('Ferry link to the islands reopens\n\nUSD 84.77\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Ferry link to the islands reopens']
    ])
  })
})
