// Checks that skip work a cheap test proves cannot matter, compared on
// random input with the path without them:
//
// - `parseDateExpression` offers a token only to the parsers that can start
//   at a token of its kind (`DateParser.starts`): every other parser must
//   fail there;
// - `isHeadline` does not ask the stamp, dateline and byline recognisers
//   again about a line its caller found to be none of them;
// - the stamp precheck looks up a short first word in one set of label,
//   month and weekday words.
import {describe, expect, it} from 'vitest'
import {dateParsers, parsersFor} from '../src/lib/header/date-parsers.js'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'
import {recognizeWireDateline} from '../src/lib/header/recognize-dateline.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import {isHeadline} from '../src/lib/header/recognize-title.js'
import {tokenize} from '../src/lib/header/tokenize.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

/**
 * A deterministic random number generator.
 *
 * @param seed
 *   Seed.
 * @returns
 *   Function that returns numbers in `[0, 1)`.
 */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/**
 * Join random pieces.
 *
 * @param random
 *   Random number generator.
 * @param pieces
 *   Pieces.
 * @param most
 *   Most pieces.
 * @returns
 *   Text.
 */
function join(random: () => number, pieces: readonly string[], most: number): string {
  let text = ''
  const count = 1 + Math.floor(random() * most)
  for (let index = 0; index < count; index++) text += pieces[Math.floor(random() * pieces.length)]
  return text
}

/** A context that drops messages. */
const quiet: RecognizeContext = {report: () => undefined}

const datePieces = [
  ' ', '  ', '\n', '.', ',', ':', '-', '+', '\u2212', '/', '(', ')', '|', '·', 'T', 'Z',
  '1', '5', '12', '22', '31', '2023', '0307', '123', '05', '9', '00',
  'May', 'March', 'Mar', 'Sept', 'MAY', 'Tuesday', 'Tue', 'of', 'at', 'on',
  'am', 'pm', 'a', 'p', 'm', 'th', 'st', 'GMT', 'UTC', 'EST', 'MSK', 'é', 'x'
]

const linePieces = [
  ' ', ' ', ' ', ':', ',', '.', '|', '(', ')', '-', '—', '&', '/', '"', '“', '\u00a0',
  'By', 'by', 'BY', 'and', 'Jane', 'Doe', 'JANE', 'DOE', 'de', 'Reuters', 'Associated Press', 'Staff Writer',
  'Published', 'Updated', 'Last', 'updated', 'on', 'date', 'Posted', 'Photo', 'Source',
  'March', 'Tue', 'Tuesday', 'Sept', 'MAY', 'Septembers', 'Publishedness', 'İstanbul',
  '5', '22', '2024', '12:40', '3 p.m.', 'GMT', '(UTC+3 MSK)', 'MOSCOW', 'NEW YORK', '(Reuters)', '(AP)', 'Berlin', 'Kremlin', 'talks', 'resume', 'é', 'x'
]

describe('date parser starts', () => {
  it('lists each parser under the kinds it starts at, in grammar order', () => {
    for (const kind of ['word', 'number', 'space', 'punct'] as const) {
      const token = {kind, value: kind === 'space' ? ' ' : 'x', start: 0, end: 1}
      expect(parsersFor(token)).toStrictEqual(dateParsers.filter((parser) => parser.starts.includes(kind)))
    }

    expect(parsersFor(undefined)).toStrictEqual([])
  })

  it('fails at every token of a kind a parser does not start at', () => {
    const random = generator(7)
    let checked = 0
    for (let round = 0; round < 700; round++) {
      const text = join(random, datePieces, 24)
      const tokens = tokenize(text)
      for (let index = 0; index <= tokens.length; index++) {
        const token = tokens[index]
        for (const parser of dateParsers) {
          if (token && parser.starts.includes(token.kind)) continue
          for (const mode of ['body', 'stamp', 'dateline'] as const) {
            expect(parser.match(tokens, index, mode), parser.name + ' at ' + index + ' of ' + JSON.stringify(text)).toBeUndefined()
            checked++
          }
        }
      }
    }

    expect(checked).toBeGreaterThan(10_000)
  })
})

describe('isHeadline with known checks', () => {
  it('answers as without them on random lines', () => {
    const random = generator(11)
    for (let round = 0; round < 3000; round++) {
      const text = join(random, linePieces, 14)
      const checks = {
        noStamp: !recognizeStamp(text, quiet),
        noWire: !recognizeWireDateline(text, quiet),
        noByline: !recognizeByline(text)
      }
      expect(isHeadline(text, checks), JSON.stringify(text)).toBe(isHeadline(text))
    }
  })

  it('asks again about a line that trimming changes', () => {
    // The checks are about `text`; a headline check reads the trimmed line.
    expect(isHeadline(' By Jane Doe ', {noStamp: true, noWire: true, noByline: true})).toBe(isHeadline(' By Jane Doe '))
  })
})

describe('stamp precheck', () => {
  it('reads stamps that start with a label, month or weekday word', () => {
    expect(recognizeStamp('Published: 5 March 2024', quiet)?.date).toBe('2024-03-05')
    expect(recognizeStamp('LAST UPDATED 5 March 2024', quiet)?.role).toBe('updated')
    expect(recognizeStamp('September 5, 2024 12:40 GMT', quiet)?.date).toBe('2024-09-05')
    expect(recognizeStamp('Wednesday 22 Feb 2023 12.40 GMT', quiet)?.date).toBe('2023-02-22')
    expect(recognizeStamp('Septembers 5, 2024 12:40 GMT', quiet)).toBeUndefined()
  })
})
