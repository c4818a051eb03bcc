/**
 * Long sentences are read through a window of tokens (`TokenStream`) instead
 * of all their tokens at once: the window must find exactly what the whole
 * list finds.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {TokenStream} from '../src/lib/sources/tokenize-words.js'

const context = {report: () => undefined}

/** Pieces of attributed prose, glued with spaces into one long sentence. */
const pieces = [
  'said',
  'says',
  'told reporters',
  'according to',
  'citing',
  'in the words of',
  'the',
  'The',
  'a',
  'Jane',
  'Doe',
  'John Roe',
  'Foreign Minister',
  'Ministry of Defence',
  'the ministry',
  'a spokesman for the company',
  'officials',
  'he',
  'she',
  'they',
  'and',
  'who',
  'which',
  ', ',
  ',',
  '"',
  '“',
  '”',
  ';',
  '(',
  ')',
  'saying',
  'added',
  'Reuters',
  'TASS',
  'in a statement',
  'on Tuesday',
  'words and more words',
  'U.S.',
  'Mr.',
  '\n'
]

/** Whole: the window is used from this length on (never). */
const never = Number.POSITIVE_INFINITY

describe('sources: token window for long sentences', () => {
  it('finds the same attributions as the whole token list', () => {
    const sentence = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 4000, size: 'max'}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(sentence, (value) => {
        expect(findAttributions(value, context, 0)).toEqual(findAttributions(value, context, never))
      }),
      {seed: 20_261_127, numRuns: 120}
    )
  })

  it('reads a sentence of more than 20,000 characters through the window, to its end', () => {
    const filler = 'talks went on and on and on '.repeat(1000)
    const value = 'Jane Doe said ' + filler + 'according to the Ministry of Defence, and John Roe told reporters'
    expect(value.length).toBeGreaterThan(20_000)
    const spans = findAttributions(value, context)
    expect(spans.map((span) => [span.name, span.cue, span.kind])).toEqual([
      ['Jane Doe', 'said', 'person'],
      ['Ministry of Defence', 'according to', 'organization'],
      ['John Roe', 'told', 'person']
    ])
    expect(spans).toEqual(findAttributions(value, context, never))
    expect(value.slice(spans[1]!.start, spans[1]!.end)).toBe('Ministry of Defence')
  })

  it('skips at most 64 emphasis marks between an inverted verb and its subject', () => {
    const quote = (marks: number) => '"We will," said ' + '*'.repeat(marks) + 'Jane Doe' + '*'.repeat(marks) + '.'
    expect(findAttributions(quote(2), context)).toEqual([{start: 18, end: 26, name: 'Jane Doe', cue: 'said', kind: 'person'}])
    expect(findAttributions(quote(64), context)).toEqual([{start: 80, end: 88, name: 'Jane Doe', cue: 'said', kind: 'person'}])
    expect(findAttributions(quote(65), context)).toEqual([])
    // The same through the window, where the marks reach past the tokens
    // read ahead.
    const prefix = 'talks went on '.repeat(2000)
    expect(findAttributions(prefix + quote(40), context).map((span) => span.name)).toEqual(['Jane Doe'])
    expect(findAttributions(prefix + quote(600), context)).toEqual([])
    expect(findAttributions(prefix + quote(600), context, never)).toEqual([])
  })

  it('keeps the first tokens and those near the reader, and lets go of the rest', () => {
    const stream = new TokenStream(2)
    const tokens = stream.start('one two three four five six seven eight nine ten')
    expect(tokens).toHaveLength(0)
    stream.fill(3, 2)
    expect(tokens.map((token) => token?.value)).toEqual(['one', 'two', 'three', 'four', 'five', 'six'])
    stream.release(4)
    expect(tokens.map((token) => token?.value)).toEqual(['one', 'two', undefined, undefined, 'five', 'six'])
    stream.fill(9, 5)
    expect(tokens.map((token) => token?.value)).toEqual(['one', 'two', undefined, undefined, 'five', 'six', 'seven', 'eight', 'nine', 'ten'])
    // Released token objects are refilled further on: no new objects.
    expect(new Set(tokens).size).toBe(9)
    stream.clear()
    expect(tokens).toHaveLength(0)
  })
})
