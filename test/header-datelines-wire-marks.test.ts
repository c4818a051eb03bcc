// Dateline and stamp shapes: a wire word after a dotted date, a date closed
// by a colon, single-dash Business Wire marks, unlisted slashed wires,
// section labels, stamps whose day and month can't be told apart, and a
// wire's name with a comma before a stamp.
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import {readDateline as read} from './util/dateline.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

const context: RecognizeContext = {report: () => undefined}


/**
 * The header's datelines of a parsed text, without positions and text.
 *
 * @param value
 *   Article.
 * @returns
 *   Datelines' fields.
 */
function datelines(value: string) {
  const tree = parse(value)
  const header = tree.children.find((node) => node.type === 'header')
  return (header?.children ?? [])
    .filter((node) => node.type === 'dateline')
    .map((node) => {
      const fields: Record<string, unknown> = {...node}
      delete fields.children
      delete fields.position
      return fields
    })
}

describe('recognizeWireDateline: wire marks', () => {
  it('reads a capitalised place, a dotted date and a wire word before a dash', () => {
    expect(read('Almaty. May 4. NewsTAG - The mayor opened the bridge.')).toStrictEqual({
      place: 'Almaty',
      agency: 'NewsTAG',
      date: '--05-04',
      body: 'The'
    })
    // A listed wire there, in capitals or not.
    expect(read('Almaty. May 4. Kazinform - The mayor spoke.')).toStrictEqual({
      place: 'Almaty',
      agency: 'Kazinform',
      date: '--05-04',
      body: 'The'
    })
    expect(read('ALMATY. May 4. KAZINFORM - The mayor spoke.')).toStrictEqual({
      place: 'ALMATY',
      agency: 'Kazinform',
      date: '--05-04',
      body: 'The'
    })
  })

  it('does not read a wire word that is an ordinary word', () => {
    // One capital: a word of the sentence, not a wire.
    expect(read('Almaty. May 4. Monday - the day of the vote.')).toBeUndefined()
    expect(read('Almaty. May 4. The - mayor spoke.')).toBeUndefined()
    // Page furniture in capitals is no wire.
    expect(read('Almaty. May 4. UPDATE - The mayor spoke.')).toBeUndefined()
    // No dash after it.
    expect(read('Almaty. May 4. NewsTAG reported the vote.')).toBeUndefined()
    // A capitalised word and a period open a sentence.
    expect(read('Almaty. The city voted on May 4.')).toBeUndefined()
  })

  it('reads a capitalised place and a date closed by a colon', () => {
    expect(read('Lahore, Aug 3: The council approved the budget.')).toStrictEqual({
      place: 'Lahore',
      date: '--08-03',
      body: 'The'
    })
    expect(read('New Delhi, March 9, 2021: Rains lashed the city.')).toStrictEqual({
      place: 'New Delhi',
      date: '2021-03-09',
      body: 'Rains'
    })
    expect(read('PUNE, Aug 3: The council met.')).toStrictEqual({place: 'PUNE', date: '--08-03', body: 'The'})
    // A colon after a wire in brackets is the dateline's too.
    expect(read('Pune, Aug 3 (PTI): The council met.')).toStrictEqual({
      place: 'Pune',
      agency: 'PTI',
      date: '--08-03',
      body: 'The'
    })
  })

  it('does not read a colon that is no dateline\u2019s', () => {
    // The date goes on.
    expect(read('Lahore, Aug 3 and 4: two days of rain.')).toBeUndefined()
    // A clock time is no date's colon.
    expect(read('Lahore, Aug 3:30 was the time.')).toBeUndefined()
    // A weekday is no place.
    expect(read('Sunday, Aug 3: The council met.')).toBeUndefined()
    // No date.
    expect(read('Lahore: The council met.')).toBeUndefined()
  })

  it('reads Business Wire marks written with one en or em dash', () => {
    expect(read('DENVER, Colo.\u2013(BUSINESS WIRE)\u2013Acme Corp. said today …')).toStrictEqual({
      place: 'DENVER, Colo.',
      agency: 'BUSINESS WIRE',
      body: 'Acme'
    })
    expect(read('DENVER\u2014(BUSINESS WIRE)\u2014Acme Corp. said today …')).toStrictEqual({
      place: 'DENVER',
      agency: 'BUSINESS WIRE',
      body: 'Acme'
    })
    // The hyphens as before.
    expect(read('DENVER, Colo.--(BUSINESS WIRE)--Acme Corp. said today …')).toStrictEqual({
      place: 'DENVER, Colo.',
      agency: 'BUSINESS WIRE',
      body: 'Acme'
    })
    // A spaced dash before brackets is no wire mark: the brackets may hold
    // anything.
    expect(read('DENVER \u2014 (AP) \u2014 The vote passed.')).toStrictEqual({place: 'DENVER', body: '(AP)'})
  })

  it('reads an unlisted wire between slashes after a date', () => {
    expect(read('HALIFAX, May 4, 2026 /NSW/ - The province said …')).toStrictEqual({
      place: 'HALIFAX',
      agency: 'NSW',
      date: '2026-05-04',
      body: 'The'
    })
    // Not words with spaces between the slashes.
    expect(read('HALIFAX, May 4, 2026 /Some Words/ - The province said …')).toStrictEqual({
      place: 'HALIFAX',
      date: '2026-05-04',
      body: '/Some'
    })
    // Not without a date before it.
    expect(read('HALIFAX /NSW/ - The province said …')).toBeUndefined()
  })

  it('reads a web address in brackets opening the lead as the wire', () => {
    expect(read('(Harbour-Wire.org) Though ferries run daily, the study found delays.')).toStrictEqual({
      agency: 'Harbour-Wire.org',
      body: 'Though'
    })
    // A file, an unlisted name, or a sentence going on in lower case: no.
    expect(read('(Ferry.jpg) The ferry left at noon.')).toBeUndefined()
    expect(read('(Harbour Wire) The ferry left at noon.')).toBeUndefined()
    expect(read('(Harbour-Wire.org) the ferry left at noon.')).toBeUndefined()
    // A listed wire still wants its dash.
    expect(read('(Reuters) The ferry left at noon.')).toBeUndefined()
    expect(read('(Reuters) - The ferry left at noon.')).toStrictEqual({agency: 'Reuters', body: 'The'})
  })

  it('does not take a section label in capitals for a lone place', () => {
    expect(read('GENERAL')).toBeUndefined()
    expect(read('POLITICS')).toBeUndefined()
    expect(read('ANKARA')).toStrictEqual({place: 'ANKARA', body: ''})
  })
})

describe('recognizeStamp: order and wires', () => {
  it('keeps the time of a stamp whose day and month cannot be told apart', () => {
    expect(recognizeStamp('04/09/2025 08:15 PM', context)).toStrictEqual({role: 'published', time: '20:15', end: 19})
    expect(recognizeStamp('Posted: 04/09/2025 08:15', context)).toStrictEqual({role: 'published', time: '08:15', end: 24})
    // A day over 12 says the order; the same number twice reads the same.
    expect(recognizeStamp('24/09/2025 08:15 PM', context)).toStrictEqual({
      role: 'published',
      date: '2025-09-24',
      time: '20:15',
      end: 19
    })
    expect(recognizeStamp('09/09/2025 08:15', context)).toStrictEqual({
      role: 'published',
      date: '2025-09-09',
      time: '08:15',
      end: 16
    })
    // No time, nothing to keep.
    expect(recognizeStamp('04/09/2025', context)).toBeUndefined()
    expect(recognizeStamp('04/09/2025 Harbour news', context)).toBeUndefined()
  })

  it('makes an update stamp after a dash part of the stamp line', () => {
    expect(recognizeStamp('03.02.2025 - Update : 04.02.2025', context)).toStrictEqual({
      role: 'published',
      date: '2025-02-03',
      end: 32
    })
    expect(recognizeStamp('Update : 04.02.2025', context)).toStrictEqual({role: 'updated', date: '2025-02-04', end: 19})
    // The noun alone labels no stamp without its colon, nor before words.
    expect(recognizeStamp('Update May 5, 2025 vote goes ahead', context)).toBeUndefined()
    expect(recognizeStamp('Update: the ferry plan', context)).toBeUndefined()
    // A sentence after the dash stays out of the stamp.
    expect(recognizeStamp('03.02.2025 - The council met', context)).toStrictEqual({
      role: 'published',
      date: '2025-02-03',
      end: 10
    })
  })

  it('reads a listed wire and a comma before a stamp, with a widget label after', () => {
    expect(recognizeStamp('Xinhua, March 3, 2025', context)).toStrictEqual({
      role: 'published',
      date: '2025-03-03',
      end: 21
    })
    expect(recognizeStamp('Xinhua,March 3, 2025 Text size:', context)).toStrictEqual({
      role: 'published',
      date: '2025-03-03',
      end: 31
    })
    // Not a sentence about the wire, nor a label after a date without one.
    expect(recognizeStamp('Reuters, the news agency, said on March 3, 2025', context)).toBeUndefined()
    expect(recognizeStamp('March 3, 2025 The mayor said:', context)).toBeUndefined()
    expect(recognizeStamp('Acme, March 3, 2025', context)).toBeUndefined()
  })
})

describe('header: new dateline shapes in an article', () => {
  it('reads a section label, a stamp without a date and the dateline', () => {
    expect(
      datelines(
        'POLITICS\n\n04/09/2025 08:15 PM\n\nHARBOUR CITY, Sept 4 (Bernama) -- The council approved the new ferry line on Thursday.\n\nWork starts next year, the mayor said.\n'
      )
    ).toStrictEqual([
      {type: 'dateline', role: 'published', time: '20:15'},
      {type: 'dateline', role: 'filed', place: 'HARBOUR CITY', agency: 'Bernama', date: '--09-04'}
    ])
  })

  it('reads the place under a stamp line that gives the update too', () => {
    expect(
      datelines(
        'Harbour ferry line approved\n\n03.02.2025 - Update : 03.02.2025\nHarbour ferry line approved\n\nOSLO\n\nThe council approved the new ferry line on Thursday, the mayor said.\n\nWork starts next year.\n'
      )
    ).toStrictEqual([
      {type: 'dateline', role: 'published', date: '2025-02-03'},
      {type: 'dateline', role: 'filed', place: 'OSLO'}
    ])
  })

  it('reads a dotted dateline with a wire word under a title', () => {
    expect(
      datelines('Mayor opens the new bridge\n\nAlmaty. May 4. NewsTAG - The mayor opened the bridge on Monday.\nTraffic was heavy, he said.\n')
    ).toStrictEqual([{type: 'dateline', role: 'filed', place: 'Almaty', agency: 'NewsTAG', date: '--05-04'}])
  })
})

describe('one unlisted word in brackets before a dash', () => {
  it('reads it as the wire when a sentence follows the dash', () => {
    expect(read('AMMAN (Fjordpress) - Talks on the ferry link resumed on Monday.')).toStrictEqual({place: 'AMMAN', agency: 'Fjordpress', body: 'Talks'})
    expect(read('Tehran (NP) – “We agree,” the minister said.')).toStrictEqual({place: 'Tehran', agency: 'NP', body: '“We'})
    expect(read('Port Ellis (Harbourwire) — 12 ferries sailed on Monday.')).toStrictEqual({place: 'Port Ellis', agency: 'Harbourwire', body: '12'})
  })

  it('reads a listed wire in lower case (`(dpa)`)', () => {
    expect(read('BERLIN (dpa) - Talks resumed on Monday.')).toStrictEqual({place: 'BERLIN', agency: 'dpa', body: 'Talks'})
  })

  it('reads no wire without a dash, before lower case, from several words, or with no place', () => {
    expect(read('NATO (Alliance) - members met on Monday.')).toBe(undefined)
    expect(read('AMMAN (Fjordpress) Talks on the ferry link resumed on Monday.')).toBe(undefined)
    expect(read('NATO (North Atlantic Alliance) - Members met on Monday.')).toBe(undefined)
    expect(read('(Updated) - The plan was approved on Monday.')).toBe(undefined)
  })
})

describe('a listed wire in capitals after the place and a comma', () => {
  it('reads it as the wire before a dash, glued or spaced', () => {
    expect(read('Damascus, SANA- Talks on the ferry link resumed on Monday.')).toStrictEqual({place: 'Damascus', agency: 'SANA', body: 'Talks'})
    expect(read('PORT ELLIS, KUNA - Talks resumed on Monday.')).toStrictEqual({place: 'PORT ELLIS', agency: 'KUNA', body: 'Talks'})
  })

  it('keeps a region a region, and reads no unlisted word or sentence', () => {
    expect(read('DENVER, CO - Talks resumed on Monday.')).toStrictEqual({place: 'DENVER, CO', body: 'Talks'})
    expect(read('Port Ellis, CDU - The party met on Monday.')).toBe(undefined)
    expect(read('Damascus, SANA is the agency that reported it.')).toBe(undefined)
  })
})

describe('an unlisted slashed wire closed by a full stop', () => {
  it('reads it after a date when a sentence follows, as TASS writes its own', () => {
    expect(read('PORT ELLIS, May 4 /FJORDWIRE/. Talks resumed on Monday.')).toStrictEqual({
      place: 'PORT ELLIS',
      agency: 'FJORDWIRE',
      date: '--05-04',
      body: 'Talks'
    })
  })

  it('keeps the place and date but no wire before lower case, and reads nothing without a date', () => {
    expect(read('PORT ELLIS, May 4 /FJORDWIRE/. talks resumed on Monday.')).toStrictEqual({place: 'PORT ELLIS', date: '--05-04', body: 'talks'})
    expect(read('PORT ELLIS /FJORDWIRE/. Talks resumed on Monday.')).toBe(undefined)
  })
})

describe('a wire between slashes glued to its place, with no date', () => {
  it('reads it when a sentence follows, with or without a full stop', () => {
    expect(read('Port Ellis/FJORDWIRE/ During the talks the ministers agreed.')).toStrictEqual({
      place: 'Port Ellis',
      agency: 'FJORDWIRE',
      body: 'During'
    })
    expect(read('PORT ELLIS/FjW/. The ministers agreed.')).toStrictEqual({place: 'PORT ELLIS', agency: 'FjW', body: 'The'})
    expect(read('Baku/Trend/ The talks ended.')).toStrictEqual({place: 'Baku', agency: 'Trend', body: 'The'})
  })

  it('reads no wire from a capitalised word, before lower case, or spaced from the place', () => {
    expect(read('Input/Output/ The drive failed.')).toBe(undefined)
    expect(read('Port Ellis/FJORDWIRE/ during the talks.')).toBe(undefined)
    expect(read('PORT ELLIS /FJORDWIRE/ The ministers agreed.')).toBe(undefined)
  })
})

describe('a country in square brackets after the city', () => {
  it('keeps it in the place, as ANI writes its datelines', () => {
    expect(read('New Delhi [India], Sept 24 (ANI): India and Japan held talks.')).toStrictEqual({
      place: 'New Delhi [India]',
      agency: 'ANI',
      date: '--09-24',
      body: 'India'
    })
    expect(read('Port Ellis [Fjordland], May 4 (ANI) The ferry sailed.')).toMatchObject({place: 'Port Ellis [Fjordland]', agency: 'ANI'})
  })
})

describe('a colon after the place or the wire', () => {
  it('reads a place in capitals closed by a colon before a sentence', () => {
    expect(read('PORT ELLIS: The ferry link reopened on Monday, officials said.')).toStrictEqual({place: 'PORT ELLIS', body: 'The'})
  })

  it('reads no label in capitals, and no headline with a kicker', () => {
    expect(read('ALSO WATCH: The ferry link reopened on Monday.')).toBe(undefined)
    expect(read('EDITOR NOTE: The ferry link reopened on Monday.')).toBe(undefined)
    expect(read('PORT ELLIS: Ferry link reopens')).toBe(undefined)
  })

  it('reads one unlisted word in brackets closed by a colon as the wire', () => {
    expect(read('PORT ELLIS, Nov 6 (FJP): Minister Dahl said the link would reopen.')).toStrictEqual({
      place: 'PORT ELLIS',
      agency: 'FJP',
      date: '--11-06',
      body: 'Minister'
    })
    // Before lower case, the brackets are no wire.
    expect(read('PORT ELLIS, Nov 6 (FJP): the minister said.')).toStrictEqual({place: 'PORT ELLIS', date: '--11-06', body: '(FJP):'})
  })
})

describe('a listed wire between slashes that names its reporter', () => {
  it('reads the wire and the place with its region', () => {
    expect(read('Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/')).toStrictEqual({
      place: 'Georgia, Tbilisi',
      agency: 'Trend',
      date: '--02-07',
      body: ''
    })
    expect(read('BAKU, Feb. 7 /Trend, Jane Doe/ The talks ended.')).toMatchObject({place: 'BAKU', agency: 'Trend', body: 'The'})
  })

  it('reads no reporter after an unlisted wire, nor words in lower case', () => {
    expect(read('Port Ellis, Feb. 7 /Fjordwire, Jane Doe/ The talks ended.')).toBe(undefined)
    expect(read('BAKU, Feb. 7 /Trend, the reporter/ The talks ended.')).toMatchObject({place: 'BAKU', date: '--02-07'})
  })
})
