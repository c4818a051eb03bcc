// Dateline shapes of regional wires and press-release services.
import {describe, expect, it} from 'vitest'
import {readDateline as read} from './util/dateline.js'


describe('recognizeWireDateline: more shapes', () => {
  it('reads a state abbreviated in two dotted parts', () => {
    expect(read('MORGANTOWN, W.Va. (AP) — Nurses rallied on Monday.')).toStrictEqual({
      place: 'MORGANTOWN, W.Va.',
      agency: 'AP',
      body: 'Nurses'
    })
    expect(read('TAOS, N.Mex. — Snow closed the pass.')).toStrictEqual({place: 'TAOS, N.Mex.', body: 'Snow'})
    // Initials still end where they end.
    expect(read('ALBANY, N.Y. (AP) — The vote passed.')).toStrictEqual({place: 'ALBANY, N.Y.', agency: 'AP', body: 'The'})
  })

  it('reads a slashed wire glued to the date\'s period', () => {
    expect(read('MINSK, March 3./TASS/. The talks resumed.')).toStrictEqual({
      place: 'MINSK',
      agency: 'TASS',
      date: '--03-03',
      body: 'The'
    })
  })

  it('reads a place in capitals closed by a period before a spaced dash', () => {
    expect(read('OSLO. - The council met on Monday.')).toStrictEqual({place: 'OSLO', body: 'The'})
    expect(read('OSLO. \u2013 The council met.')).toStrictEqual({place: 'OSLO', body: 'The'})
    // A one-word sentence without a dash is not one.
    expect(read('OSLO. The council met.')).toBeUndefined()
  })

  it('reads a wire in capitals after the date, closed by a period', () => {
    expect(read('TBILISI, JUNE 2, NEWSWIRE. The minister resigned.')).toStrictEqual({
      place: 'TBILISI',
      agency: 'NEWSWIRE',
      date: '--06-02',
      body: 'The'
    })
    // A weekday there is the date's, not a wire; a word in capitals
    // needs its period.
    expect(read('TBILISI, June 2, Tuesday. The minister resigned.')).toStrictEqual({
      place: 'TBILISI',
      date: '--06-02',
      body: 'The'
    })
    expect(read('TBILISI, June 2, NATO officials met.')?.agency).toBeUndefined()
  })

  it('reads a capitalised place with an abbreviated state before a dash', () => {
    expect(read('Dover, Del. - Officers arrested a man.')).toStrictEqual({place: 'Dover, Del.', body: 'Officers'})
    expect(read('Salem, Ore. \u2013 The council voted.')).toStrictEqual({place: 'Salem, Ore.', body: 'The'})
    // A full region, a name suffix, a company form, or no dash: no dateline.
    expect(read('Paris, France - the city of light.')).toBeUndefined()
    expect(read('John Smith, Jr. - the son of the mayor.')).toBeUndefined()
    expect(read('Acme, Inc. - The company said.')).toBeUndefined()
    expect(read('Dover, Del. The council voted.')).toBeUndefined()
  })

  it('reads the date and wire after a press release\'s dash', () => {
    expect(read('AUSTIN, TX - May 4, 2026 (SAMPLEWIRE) - Acme Corp. announced')).toStrictEqual({
      place: 'AUSTIN, TX',
      agency: 'SAMPLEWIRE',
      date: '2026-05-04',
      body: 'Acme'
    })
    expect(read('AUSTIN, TX - May 4, 2026 - Acme Corp. announced')).toStrictEqual({
      place: 'AUSTIN, TX',
      date: '2026-05-04',
      body: 'Acme'
    })
    // Without the second dash the date is the body's.
    expect(read('BOSTON - May 4 was the day of the vote.')).toStrictEqual({place: 'BOSTON', body: 'May'})
  })

  it('reads a web address as a wire, and a date after it closed by a dash', () => {
    expect(read('Salem, Oregon (Example.io) Monday May 4, 2026 @ 9:30 AM Pacific \u2014 Acme said')).toStrictEqual({
      place: 'Salem, Oregon',
      agency: 'Example.io',
      date: '2026-05-04',
      time: '09:30',
      zone: 'Pacific',
      body: 'Acme'
    })
    expect(read('Salem (Example.io) - Acme said')).toStrictEqual({place: 'Salem', agency: 'Example.io', body: 'Acme'})
    // Without a dash, a capitalised word and a web address are prose.
    expect(read('Salem (Example.io) said on Monday')).toBeUndefined()
  })

  it('does not read a site\'s menu word alone on its line as a place', () => {
    expect(read('HOME')).toBeUndefined()
    expect(read('MENU')).toBeUndefined()
    expect(read('SEARCH')).toBeUndefined()
    // A lone place after a stamp still is one.
    expect(read('LIMA')).toStrictEqual({place: 'LIMA', body: ''})
  })

  it('reads a wire in brackets that carries the date', () => {
    expect(read('Lagos, Nigeria--(Sample Wire Inc. - June 3, 2025) - Acme said')).toStrictEqual({
      place: 'Lagos, Nigeria',
      agency: 'Sample Wire Inc.',
      date: '2025-06-03',
      body: 'Acme'
    })
    // Without a dash after it, a bracket is prose.
    expect(read('Lagos (Sample Wire - June 3) said')).toBeUndefined()
  })
})
