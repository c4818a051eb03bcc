// Wire datelines that open the lead paragraph.
import {describe, expect, it} from 'vitest'
import {recognizeWireDateline} from '../src/lib/header/recognize-dateline.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

const context: RecognizeContext = {report: () => undefined}

/**
 * Recognise, and check that `bodyStart` points at `body`.
 *
 * @param text
 *   Paragraph.
 * @param body
 *   The body's first words.
 * @returns
 *   The match.
 */
function read(text: string, body: string) {
  const match = recognizeWireDateline(text, context)
  expect(match && text.slice(match.bodyStart, match.bodyStart + body.length)).toBe(body)
  return match
}

describe('recognizeWireDateline', () => {
  it('reads a Reuters-21578 dateline (no wire) in hard-wrapped copy', () => {
    expect(read('LIMA, March 3 - The central bank said\non Tuesday that', 'The central')).toStrictEqual({
      place: 'LIMA',
      date: '--03-03',
      end: 15,
      bodyStart: 16
    })
  })

  it('reads a Reuters dateline with a date and the wire', () => {
    expect(read('OSLO, Sept 9 (Reuters) - Norway said', 'Norway')).toStrictEqual({
      place: 'OSLO',
      agency: 'Reuters',
      date: '--09-09',
      end: 24,
      bodyStart: 25
    })
  })

  it('reads a Reuters dateline with only the wire, and a glued body', () => {
    expect(read('MADRID (Reuters) -Spain said', 'Spain')).toStrictEqual({
      place: 'MADRID',
      agency: 'Reuters',
      end: 18,
      bodyStart: 18
    })
  })

  it('takes an unlisted wire in brackets only in single letters and marks', () => {
    expect(read('PARIS (X) - The talks resumed.', 'The talks')).toStrictEqual({place: 'PARIS', agency: 'X', end: 11, bodyStart: 12})
    expect(read('PARIS (A.P.) - The talks resumed.', 'The talks')).toStrictEqual({place: 'PARIS', agency: 'A.P.', end: 14, bodyStart: 15})
    // Words in brackets after capitals are more often an expansion than a
    // wire, and spaced marks go only around a listed wire.
    expect(recognizeWireDateline('NATO (North Atlantic Treaty Organization) - Members met.', context)).toBeUndefined()
    expect(recognizeWireDateline('PARIS (Le Monde Diplomatique) - The talks resumed.', context)).toBeUndefined()
    expect(recognizeWireDateline('PARIS ( X ) - The talks resumed.', context)).toBeUndefined()
  })

  it('reads a Reuters dateline without a place', () => {
    expect(read('Aug 4 (Reuters) - Copper fell', 'Copper')).toStrictEqual({
      agency: 'Reuters',
      date: '--08-04',
      end: 17,
      bodyStart: 18
    })
  })

  it('reads AP datelines with a state and an em dash or underscore', () => {
    expect(read('DAYTON, Ohio (AP) \u2014 A storm hit', 'A storm')).toStrictEqual({
      place: 'DAYTON, Ohio',
      agency: 'AP',
      end: 19,
      bodyStart: 20
    })
    expect(read('SANTA FE, N.M. (AP) _ The state', 'The state')).toStrictEqual({
      place: 'SANTA FE, N.M.',
      agency: 'AP',
      end: 21,
      bodyStart: 22
    })
  })

  it('reads AFP datelines, with a capitalised place', () => {
    expect(read('ROME, Jan 5 (AFP) - Italy', 'Italy')).toStrictEqual({
      place: 'ROME',
      agency: 'AFP',
      date: '--01-05',
      end: 19,
      bodyStart: 20
    })
    expect(read('Lyon (AFP) \u2013 A court', 'A court')).toStrictEqual({
      place: 'Lyon',
      agency: 'AFP',
      end: 12,
      bodyStart: 13
    })
  })

  it('reads TASS datelines', () => {
    expect(read('KAZAN, March 12. /TASS/. The city', 'The city')).toStrictEqual({
      place: 'KAZAN',
      agency: 'TASS',
      date: '--03-12',
      end: 24,
      bodyStart: 25
    })
  })

  it('reads Interfax datelines, with a period after the place', () => {
    expect(read('SOCHI. June 1 (Interfax) - The', 'The')).toStrictEqual({
      place: 'SOCHI',
      agency: 'Interfax',
      date: '--06-01',
      end: 26,
      bodyStart: 27
    })
  })

  it('reads Xinhua and UPI datelines with a double dash', () => {
    expect(read('HANOI, Oct. 2 (Xinhua) -- Vietnam', 'Vietnam')).toStrictEqual({
      place: 'HANOI',
      agency: 'Xinhua',
      date: '--10-02',
      end: 25,
      bodyStart: 26
    })
    expect(read('Feb. 8 (UPI) -- A', 'A')).toStrictEqual({
      agency: 'UPI',
      date: '--02-08',
      end: 15,
      bodyStart: 16
    })
  })

  it('reads PR Newswire datelines with a year', () => {
    expect(read('AUSTIN, Texas, April 4, 2023 /PRNewswire/ -- Acme', 'Acme')).toStrictEqual({
      place: 'AUSTIN, Texas',
      agency: 'PRNewswire',
      date: '2023-04-04',
      end: 44,
      bodyStart: 45
    })
    expect(read('DOVER, Del., Dec. 1 /PRNewswire-USNewswire/ -- The', 'The')).toStrictEqual({
      place: 'DOVER, Del.',
      agency: 'PRNewswire-USNewswire',
      date: '--12-01',
      end: 46,
      bodyStart: 47
    })
  })

  it('reads Business Wire datelines', () => {
    expect(read('BOSTON & LONDON, Mass.--(BUSINESS WIRE)--Acme today', 'Acme')).toStrictEqual({
      place: 'BOSTON & LONDON, Mass.',
      agency: 'BUSINESS WIRE',
      end: 41,
      bodyStart: 41
    })
  })

  it('reads Accesswire datelines', () => {
    expect(read('CHICAGO, IL/ACCESSWIRE/June 3, 2022/ Acme', 'Acme')).toStrictEqual({
      place: 'CHICAGO, IL',
      agency: 'ACCESSWIRE',
      date: '2022-06-03',
      end: 36,
      bodyStart: 37
    })
  })

  it('reads a dateline that follows a stamp (what the stamp left)', () => {
    expect(read('KYRGYZSTAN, April 9 - On Friday, the', 'On Friday')).toStrictEqual({
      place: 'KYRGYZSTAN',
      date: '--04-09',
      end: 21,
      bodyStart: 22
    })
  })

  it('reads places with periods and several words', () => {
    expect(read('ST. PAUL, Minn. (AP) \u2014 The', 'The')).toStrictEqual({
      place: 'ST. PAUL, Minn.',
      agency: 'AP',
      end: 22,
      bodyStart: 23
    })
  })

  it('reads a lone place in capitals (left after a fused stamp)', () => {
    expect(recognizeWireDateline('TASHKENT', context)).toStrictEqual({
      place: 'TASHKENT',
      end: 8,
      bodyStart: 8
    })
     expect(recognizeWireDateline('PORTSIDE, ME', context)).toStrictEqual({place: 'PORTSIDE, ME', end: 12, bodyStart: 12})
    // Two words in capitals, or a region in lower case, are no lone place.
    expect(recognizeWireDateline('TALKS RESUME', context)).toBe(undefined)
    expect(recognizeWireDateline('PORTSIDE, Maine', context)).toBe(undefined)
  })

  it('reads a place in capitals with a dash and no wire', () => {
    expect(read('CAIRO \u2014 The talks', 'The talks')).toStrictEqual({
      place: 'CAIRO',
      end: 7,
      bodyStart: 8
    })
  })

  it('reads places joined by a slash', () => {
    expect(read('OSLO/STOCKHOLM, May 2 (Reuters) - Nordic', 'Nordic')).toStrictEqual({
      place: 'OSLO/STOCKHOLM',
      agency: 'Reuters',
      date: '--05-02',
      end: 33,
      bodyStart: 34
    })
  })

  it('reads a listed wire in spaced slashes', () => {
    expect(read('DENVER, CO / ACCESSWIRE / March 1, 2023 / Acme', 'Acme')).toStrictEqual({
      place: 'DENVER, CO',
      agency: 'ACCESSWIRE',
      date: '2023-03-01',
      end: 41,
      bodyStart: 42
    })
  })

  it('reads a wire alone in parentheses', () => {
    expect(read('(Bloomberg) -- Bonds rallied', 'Bonds')).toStrictEqual({
      agency: 'Bloomberg',
      end: 14,
      bodyStart: 15
    })
  })

  it('reads regional wire shapes', () => {
    expect(read('Bishkek, Kyrgyzstan (Kabar) -- The', 'The')).toStrictEqual({
      place: 'Bishkek, Kyrgyzstan',
      agency: 'Kabar',
      end: 30,
      bodyStart: 31
    })
    expect(read('ALMATY. KAZINFORM - The', 'The')).toStrictEqual({
      place: 'ALMATY',
      agency: 'Kazinform',
      end: 19,
      bodyStart: 20
    })
    expect(read('GANJA, May 6 (AZERTAC). The', 'The')).toStrictEqual({
      place: 'GANJA',
      agency: 'AzerTAc',
      date: '--05-06',
      end: 23,
      bodyStart: 24
    })
    expect(read('SHUSHA, May 6. The', 'The')).toStrictEqual({
      place: 'SHUSHA',
      date: '--05-06',
      end: 14,
      bodyStart: 15
    })
  })
})

