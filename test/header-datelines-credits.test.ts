// Dateline shapes of republished wire copy: a listed wire before its place
// and date, a syndicator's bracket or a site's name before the dateline,
// republishers' credits between slashes before a dated wire, and a comma
// between a place in capitals and its wire.
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {readDateline} from './util/dateline.js'

/** The dateline's fields, raw text and body's first word. */
const read = (text: string) => readDateline(text, true)

/**
 * The header of a parsed text: each node's type, its fields and its text.
 *
 * @param value
 *   Article.
 * @returns
 *   Header nodes.
 */
function header(value: string) {
  const tree = parse(value)
  const node = tree.children.find((child) => child.type === 'header')
  return (node?.children ?? []).map((child) => {
    const fields: Record<string, unknown> = {...child}
    delete fields.children
    delete fields.position
    const text = 'children' in child ? child.children.map((leaf) => ('value' in leaf ? leaf.value : '')).join('') : undefined
    return {...fields, text}
  })
}

describe('recognizeWireDateline: a listed wire before its place', () => {
  it('reads the place and date after the wire and its dash', () => {
    expect(read('(ANSA) - Port Ellis, June 4 - The harbour minister met her counterpart.')).toStrictEqual({
      agency: 'ANSA',
      place: 'Port Ellis',
      date: '--06-04',
      raw: '(ANSA) - Port Ellis, June 4 -',
      body: 'The'
    })
  })

  it('keeps the words after the wire in the lead without a date and a second dash', () => {
    expect(read('(ANSA) - Port Ellis, the harbour town, voted on Monday.')).toStrictEqual({
      agency: 'ANSA',
      raw: '(ANSA) -',
      body: 'Port'
    })
    expect(read('(ANSA) - Port Ellis, June 4 was the day the ferry sailed.')).toStrictEqual({
      agency: 'ANSA',
      raw: '(ANSA) -',
      body: 'Port'
    })
  })
})

describe('recognizeWireDateline: a credit before the dateline', () => {
  it('reads the dateline after a syndicator bracket', () => {
    expect(read('(MENAFN- Harbour Post) Port Ellis, Oct 24 (IANS) The ministry condemned the attack.')).toStrictEqual({
      place: 'Port Ellis',
      agency: 'IANS',
      date: '--10-24',
      raw: '(MENAFN- Harbour Post) Port Ellis, Oct 24 (IANS)',
      body: 'The'
    })
    expect(read('(MENAFN- Harbour Post) PORT ELLIS — The ministry condemned the attack.')).toStrictEqual({
      place: 'PORT ELLIS',
      raw: '(MENAFN- Harbour Post) PORT ELLIS —',
      body: 'The'
    })
  })

  it('does not take a syndicator bracket without a dateline after it', () => {
    expect(read('(MENAFN- Harbour Post) The ministry condemned the attack.')).toBeUndefined()
    expect(read('(MENAFN- Harbour Post) Port Ellis is a harbour town.')).toBeUndefined()
    // No glued dash after a name in capitals: an aside, not a syndicator.
    expect(read('(Harbour Post) Port Ellis, Oct 24 (IANS) The ministry spoke.')).toBeUndefined()
    expect(read('(See- Harbour Post) Port Ellis, Oct 24 (IANS) The ministry spoke.')).toBeUndefined()
  })

  it('reads a wire dateline after a site name and a dash', () => {
    expect(read('Harbour Gazette - PORT ELLIS (FNA) – The president visited the old city on Saturday.')).toStrictEqual({
      place: 'PORT ELLIS',
      agency: 'FNA',
      raw: 'Harbour Gazette - PORT ELLIS (FNA) –',
      body: 'The'
    })
  })

  it('does not take a site name before a dateline without a wire or a place in capitals', () => {
    expect(read('Harbour Gazette - PORT ELLIS – The president visited the old city.')).toBeUndefined()
    expect(read('Harbour Gazette - Port Ellis (FNA) – The president visited the old city.')).toBeUndefined()
    expect(read('Jane Doe - Harbour Gazette (FNA) – The president visited.')).toBeUndefined()
  })
})

describe('recognizeWireDateline: credits and commas around the wire', () => {
  it('takes the last of slashed names before a dated wire', () => {
    expect(read('PORT ELLIS, (Harbour Point / Fjord Point News / WAM - 02nd May, 2021) The minister received the envoy.')).toStrictEqual({
      place: 'PORT ELLIS',
      agency: 'WAM',
      date: '2021-05-02',
      raw: 'PORT ELLIS, (Harbour Point / Fjord Point News / WAM - 02nd May, 2021)',
      body: 'The'
    })
    // An unlisted last name: the date and place stay, the wire is not vouched for.
    expect(read('PORT ELLIS, (Harbour Point / Fjord Point News - 2nd May, 2021) The minister received the envoy.')).toStrictEqual({
      place: 'PORT ELLIS',
      date: '2021-05-02',
      raw: 'PORT ELLIS, (Harbour Point / Fjord Point News - 2nd May, 2021)',
      body: 'The'
    })
  })

  it('reads a comma between a place in capitals and its wire', () => {
    expect(read('PORT ELLIS CITY, (FNA) — The health office said last week that it is stepping up its drive.')).toStrictEqual({
      place: 'PORT ELLIS CITY',
      agency: 'FNA',
      raw: 'PORT ELLIS CITY, (FNA) —',
      body: 'The'
    })
    // Words in brackets that are no wire: no dateline.
    expect(read('PORT ELLIS, (the harbour town) voted on Monday.')).toBeUndefined()
  })

  it('reads ANTARA News as a listed wire', () => {
    expect(read('Port Ellis (ANTARA News) – The economy has emerged from a difficult time.')).toStrictEqual({
      place: 'Port Ellis',
      agency: 'ANTARA News',
      raw: 'Port Ellis (ANTARA News) –',
      body: 'The'
    })
  })
})

describe('parse: credits before a wire dateline', () => {
  it('keeps the site name in the dateline under a headline and a stamp', () => {
    const value =
      'President tours the old city\n\n\n27-04-2013 10:37 PM\n\nHarbour Gazette - PORT ELLIS (FNA) – The president on Saturday visited the old city and toured its landmarks.\n\nHe was welcomed by the tourism minister.\n'
    expect(header(value)).toStrictEqual([
      {type: 'title', text: 'President tours the old city'},
      {type: 'dateline', role: 'published', date: '2013-04-27', time: '22:37', text: '27-04-2013 10:37 PM'},
      {type: 'dateline', role: 'filed', place: 'PORT ELLIS', agency: 'FNA', text: 'Harbour Gazette - PORT ELLIS (FNA) –'}
    ])
  })
})
