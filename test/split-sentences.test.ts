// Sentence splitting: abbreviations, initials, decimals, ellipses, closing
// quotes, and a period after a space.
import {describe, expect, it} from 'vitest'
import {splitSentences} from '../src/lib/sentence/split-sentences.js'

/**
 * Split and return the sentences' text.
 *
 * @param value
 *   Text.
 * @returns
 *   Sentences.
 */
function sentences(value: string): string[] {
  return splitSentences(value).map(([start, end]) => value.slice(start, end))
}

describe('splitSentences', () => {
  it('splits on terminal marks followed by a capital', () => {
    expect(sentences('Talks resumed. Both sides agreed! Who won? Nobody.')).toStrictEqual([
      'Talks resumed.',
      'Both sides agreed!',
      'Who won?',
      'Nobody.'
    ])
  })

  it('keeps a period after a space with its sentence', () => {
    expect(sentences('They met on February 22, 2022 . This document followed.')).toStrictEqual([
      'They met on February 22, 2022 .',
      'This document followed.'
    ])
  })

  it('does not split after titles, initials and initialisms', () => {
    expect(sentences('Mr. Smith met Dr. Jones. John F. Kennedy spoke. The U.S. Senate agreed.')).toStrictEqual([
      'Mr. Smith met Dr. Jones.',
      'John F. Kennedy spoke.',
      'The U.S. Senate agreed.'
    ])
  })

  it('does not split after a number word before a number', () => {
    expect(sentences('He wore No. 5 for years. It was retired.')).toStrictEqual([
      'He wore No. 5 for years.',
      'It was retired.'
    ])
  })

  it('does not split after a month abbreviation before a date', () => {
    expect(sentences('The vote is on Feb. 22 in Atlanta. It will be close.')).toStrictEqual([
      'The vote is on Feb. 22 in Atlanta.',
      'It will be close.'
    ])
  })

  it('does not split inside decimals or before lower case', () => {
    expect(sentences('Growth was 3.5 percent... or so they said. Prices rose.')).toStrictEqual([
      'Growth was 3.5 percent... or so they said.',
      'Prices rose.'
    ])
  })

  it('keeps closing quotes after the period with the sentence', () => {
    expect(sentences('He said: "We are ready." Then he left. «Yes.» She nodded.')).toStrictEqual([
      'He said: "We are ready."',
      'Then he left.',
      '«Yes.»',
      'She nodded.'
    ])
  })

  it('does not split a quote followed by its attribution', () => {
    expect(sentences('"We are ready?" he asked. "Yes," she said.')).toStrictEqual([
      '"We are ready?" he asked.',
      '"Yes," she said.'
    ])
  })

  it('spans line breaks in hard-wrapped copy', () => {
    expect(sentences('Prices rose on the\nexchange today. Dealers\n  were surprised.')).toStrictEqual([
      'Prices rose on the\nexchange today.',
      'Dealers\n  were surprised.'
    ])
  })

  it('treats ellipses and mixed marks as one terminal', () => {
    expect(sentences('Wait… What?! Fine.')).toStrictEqual(['Wait…', 'What?!', 'Fine.'])
  })

  it('returns nothing for white space', () => {
    expect(splitSentences(' \n\t ')).toStrictEqual([])
  })

  it('returns one sentence without a terminal mark', () => {
    expect(splitSentences('  no end here  ')).toStrictEqual([[2, 13]])
  })
})

describe('splitSentences ranges', () => {
  it("splits \"Talks… resumed. “Both agreed!” Who? Nobody\"", () => {
    expect(splitSentences("Talks… resumed. “Both agreed!” Who? Nobody")).toStrictEqual([[0,15],[16,30],[31,35],[36,42]])
  })

  it("splits \"Mr. Smith went. no split? Yes.\"", () => {
    expect(splitSentences("Mr. Smith went. no split? Yes.")).toStrictEqual([[0,25],[26,30]])
  })

  it("splits \"  Ends here.  \"", () => {
    expect(splitSentences("  Ends here.  ")).toStrictEqual([[2,12]])
  })

  it("splits \"No terminal mark here\"", () => {
    expect(splitSentences("No terminal mark here")).toStrictEqual([[0,21]])
  })

  it("splits \"Wait!!! “Really?!” she asked.\"", () => {
    expect(splitSentences("Wait!!! “Really?!” she asked.")).toStrictEqual([[0,7],[8,29]])
  })
})

describe("splitSentences after words longer than any abbreviation", () => {
  it("splits \"He met Messrs. Smith and Jones.\"", () => {
    expect(splitSentences("He met Messrs. Smith and Jones.")).toStrictEqual([[0,31]])
  })

  it("splits \"It is approx. Five miles.\"", () => {
    expect(splitSentences("It is approx. Five miles.")).toStrictEqual([[0,25]])
  })

  it("splits \"They met the approxx. Then left.\"", () => {
    expect(splitSentences("They met the approxx. Then left.")).toStrictEqual([[0,21],[22,32]])
  })

  it("splits \"Ask the Reporters. They know.\"", () => {
    expect(splitSentences("Ask the Reporters. They know.")).toStrictEqual([[0,18],[19,29]])
  })

  it("splits \"The U.S. Army left.\"", () => {
    expect(splitSentences("The U.S. Army left.")).toStrictEqual([[0,19]])
  })

  it("splits \"See Sept. 5 and No. 5.\"", () => {
    expect(splitSentences("See Sept. 5 and No. 5.")).toStrictEqual([[0,22]])
  })

  it('reads marks backwards from the white space after them', () => {
    // A closer with no mark before it ends nothing.
    expect(sentences('He said "yes" Then left.')).toStrictEqual(['He said "yes" Then left.'])
    // Only the last mark of `.".` is before white space.
    expect(sentences('It was over.". Then they left.')).toStrictEqual(['It was over.".', 'Then they left.'])
    expect(sentences('Really?!\u201d (He left.) So.')).toStrictEqual(['Really?!\u201d', '(He left.)', 'So.'])
    expect(sentences('End.\u00a0Next.\u2003Last')).toStrictEqual(['End.', 'Next.', 'Last'])
    expect(sentences('A run ...\r\nB.')).toStrictEqual(['A run ...', 'B.'])
  })

  it('reads a long run of digits and periods as one sentence', () => {
    const value = '1.2.3.'.repeat(10_000)
    expect(splitSentences(value)).toStrictEqual([[0, value.length]])
    expect(splitSentences(value + ' Next.')).toStrictEqual([
      [0, value.length],
      [value.length + 1, value.length + 6]
    ])
  })
})
