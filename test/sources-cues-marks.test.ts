/**
 * Cue words read from marks and closed word classes around them: a dash
 * after a quote's comma (`"…", – said Jane Roe`), `informs` ending a
 * sentence after a comma, and words that make a cue word no cue (`Please
 * note`, `member states`, `the minister's alleged remarks`).
 */
import {describe, expect, it} from 'vitest'
import {sourcesOf} from './util/outline.js'

describe('cues after marks', () => {
  it('reads an inverted cue after a dash that follows the quote', () => {
    expect(sourcesOf('“The harbour will reopen on Monday”, - said Jane Roe.')).toStrictEqual([['Jane Roe', 'person', ['said']]])
    expect(sourcesOf('«The harbour will reopen on Monday», — said Jane Roe.')).toStrictEqual([['Jane Roe', 'person', ['said']]])
    // A dash alone is an aside, no quote.
    expect(sourcesOf('The plan is simple – said to be cheap – and popular.')).toStrictEqual([])
  })

  it('reads `informs` that ends a sentence after a comma', () => {
    expect(sourcesOf('The harbour will reopen on Monday, Fjord News informs.')).toStrictEqual([['Fjord News', 'outlet', ['informs']]])
    expect(sourcesOf('The harbour will reopen on Monday, the agency informs.')).toStrictEqual([['agency', 'organization', ['informs']]])
    // No comma before the subject, or an object: no report.
    expect(sourcesOf('Jane Roe keeps the public informed.')).toStrictEqual([])
    expect(sourcesOf('The harbour office informs.')).toStrictEqual([])
  })
})

describe('words that make a cue word none', () => {
  it('reads no source from an imperative to the reader', () => {
    expect(sourcesOf('Please note that this release contains forward-looking statements.')).toStrictEqual([])
    expect(sourcesOf('Kindly note that the offices close at noon.')).toStrictEqual([])
  })

  it('reads `member states` as a noun', () => {
    expect(sourcesOf('Jane Roe praised the strong ties between the Alliance’s member states.')).toStrictEqual([])
    expect(sourcesOf('The report states that the ferry will run.')).toStrictEqual([['report', 'document', ['states']]])
  })

  it('reads a participle after a possessive and before a noun as an adjective', () => {
    expect(sourcesOf('Tom Roe said the minister’s alleged remarks do not reflect the truth.')).toStrictEqual([['Tom Roe', 'person', ['said']]])
    expect(sourcesOf('The firm’s stated aim is growth, Jane Roe said.')).toStrictEqual([['Jane Roe', 'person', ['said']]])
    // Not a pronoun or `that` after it.
    expect(sourcesOf('His aide said that the ferry will run.')).toStrictEqual([['aide', 'anonymous', ['said']]])
  })
})
