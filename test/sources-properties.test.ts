/**
 * Invariants of the source recognisers on any input: no exception, spans
 * inside the text, in order and not overlapping.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {findQuotes} from '../src/lib/sources/find-quotes.js'
import {recognizeCredits} from '../src/lib/sources/recognize-credit.js'

const context = {report: () => undefined}
const pieces = ['said', 'says', ' ', ', ', '. ', '"', '“', '”', "'", '‘', '’', '«', '»', '``', "''", 'according to', 'the', 'The', 'Jane', 'Doe', 'Ministry', 'of', 'and', 'he', 'report', '(', ')', 'Reporting by', ';', 'Editing by', 'Source:', '©', '\n']
const text = fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join('')))

describe('sources: properties', () => {
  it('finds attributions inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(text, (value) => {
        const spans = findAttributions(value, context)
        let end = 0
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(end)
          expect(span.end).toBeGreaterThan(span.start)
          expect(span.end).toBeLessThanOrEqual(value.length)
          end = span.end
        }
      }),
      {numRuns: 500}
    )
  })

  it('finds quotes inside the text, in order, with the words inside the marks', () => {
    fc.assert(
      fc.property(text, (value) => {
        let end = 0
        for (const span of findQuotes(value)) {
          expect(span.start).toBeGreaterThanOrEqual(end)
          expect(span.contentStart).toBeGreaterThan(span.start)
          expect(span.contentEnd).toBeGreaterThanOrEqual(span.contentStart)
          expect(span.end).toBeGreaterThanOrEqual(span.contentEnd)
          expect(span.end).toBeLessThanOrEqual(value.length)
          end = span.end
        }
      }),
      {numRuns: 500}
    )
  })

  it('reads credits inside the line', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const span of recognizeCredits(value) ?? []) {
          expect(span.start).toBeGreaterThanOrEqual(0)
          expect(span.end).toBeLessThanOrEqual(value.length)
          expect(span.end).toBeGreaterThanOrEqual(span.start)
        }
      }),
      {numRuns: 500}
    )
  })

  it('reads every repetition of a long input alike', () => {
    // Linear time on this shape is measured in `npm run bench:hostile`
    // ("appositions, quotes, according to"); here: no repetition is lost.
    const unit = 'Jane Doe, a lawyer, said "yes, according to the ministry, '
    const count = 20_000
    const long = unit.repeat(count)
    const spans = findAttributions(long, context)
    expect(spans.length).toBe(2 * count)
    const last = (count - 1) * unit.length
    expect(spans.slice(-2)).toEqual([
      {start: last, end: last + 8, name: 'Jane Doe', cue: 'said', kind: 'person'},
      {start: last + 44, end: last + 56, name: 'ministry', cue: 'according to', kind: 'organization'}
    ])
    // The marks pair up: one quote per two repetitions, the last one
    // closed by the mark of the last repetition.
    const quotes = findQuotes(long)
    expect(quotes.length).toBe(count / 2)
    expect(quotes.at(-1)).toEqual({start: last - unit.length + 25, end: last + 26, contentStart: last - unit.length + 26, contentEnd: last + 25})
  })
})
