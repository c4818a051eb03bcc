/**
 * `findQuotes`: quotation marks of every kind, broken quotes, unclosed
 * marks.
 */
import {describe, expect, it} from 'vitest'
import {findQuotes} from '../src/lib/sources/find-quotes.js'

/** The quoted words of each span. */
function words(text: string): string[] {
  return findQuotes(text).map((span) => text.slice(span.contentStart, span.contentEnd))
}

describe('findQuotes', () => {
  it('returns offsets of the marks and of the words', () => {
    expect(findQuotes('He said "yes" twice.')).toStrictEqual([{start: 8, end: 13, contentStart: 9, contentEnd: 12}])
  })

  it('reads straight, curly, guillemet and low-high double quotes', () => {
    expect(words('A "one" b “two” c «three» d „four“.')).toStrictEqual(['one', 'two', 'three', 'four'])
  })

  it('reads a quote broken by its attribution', () => {
    expect(words('"We are ready," the mayor said. "The roads are clear."')).toStrictEqual(['We are ready,', 'The roads are clear.'])
  })

  it("reads AP's ``…'' convention", () => {
    expect(words("She said: ``Don't leave us now.''")).toStrictEqual(["Don't leave us now."])
  })

  it('reads single quotes used as quotes, not apostrophes', () => {
    expect(words("The law is 'a very bad idea', Reagan's aide said.")).toStrictEqual(['a very bad idea'])
    expect(words('He called it ‘the last chance’ for the club’s fans.')).toStrictEqual(['the last chance'])
  })

  it('keeps marks nested inside a quotation', () => {
    expect(words('"He told me \'go home\' and left," she said.')).toStrictEqual(["He told me 'go home' and left,"])
  })

  it('ends an unclosed quote at the paragraph end', () => {
    expect(words('"The talks will go on for weeks,\nand nobody knows the end.')).toStrictEqual([
      'The talks will go on for weeks,\nand nobody knows the end.'
    ])
  })

  it('ends an unclosed quote where the next one clearly opens', () => {
    expect(words('“The first part ends here. “The second is closed” now.')).toStrictEqual(['The first part ends here.', 'The second is closed'])
    expect(words('He said "the first ends. "The second" now.')).toStrictEqual(['the first ends.', 'The second'])
  })

  it('finds nothing in text without quotes', () => {
    expect(findQuotes('')).toStrictEqual([])
    expect(findQuotes('No quotes here.')).toStrictEqual([])
  })
})
