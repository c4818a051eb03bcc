// Text that must not become a dateline, month, title, byline or time.
import {describe, expect, it} from 'vitest'
import {findTimes} from '../src/lib/header/find-times.js'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'
import {recognizeWireDateline} from '../src/lib/header/recognize-dateline.js'
import {recognizeMeta} from '../src/lib/header/recognize-meta.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import {isHeadline} from '../src/lib/header/recognize-title.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

const context: RecognizeContext = {referenceDate: '2023-02-22', report: () => undefined}

describe('not a dateline', () => {
  it('a sentence that starts with a capitalised place', () => {
    expect(recognizeWireDateline('Lisbon, the capital, hosted the talks.', context)).toBe(undefined)
    expect(recognizeWireDateline('Lisbon, March 3 was the day the talks began.', context)).toBe(undefined)
    expect(recognizeWireDateline('Lisbon is where the talks began.', context)).toBe(undefined)
  })

  it('a lead that opens with a word in capitals', () => {
    expect(recognizeWireDateline('PORTUGAL, LIKE ITS neighbour, has seen prices rise.', context)).toBe(undefined)
    expect(recognizeWireDateline('A man was arrested on Tuesday.', context)).toBe(undefined)
  })

  it('a headline in capitals', () => {
    expect(recognizeWireDateline('STEEL OUTPUT FALLS FOR THIRD MONTH', context)).toBe(undefined)
  })

  it('a company and its ticker', () => {
    expect(recognizeWireDateline('Acme (ACME) said profit rose.', context)).toBe(undefined)
  })
})

describe('not a month', () => {
  it('`May` the verb or name and `March` the verb or noun', () => {
    expect(findTimes('Officials may meet in May or later.', context)).toStrictEqual([])
    expect(findTimes('Workers will march on the capital.', context)).toStrictEqual([])
    expect(findTimes('May I ask what the March was for?', context)).toStrictEqual([])
    expect(findTimes('Theresa May 5 times said no.', context)).toStrictEqual([])
  })

  it('bare numbers and numbered paragraphs', () => {
    expect(findTimes('Paragraphs 4, 8 and 9 set out the terms.', context)).toStrictEqual([])
    expect(findTimes('In 1998 some 3,500 people paid $1,200.50 each at COP28.', context)).toStrictEqual([])
    expect(findTimes('The score was 12:4 at half time, ratio 3.5 to 1.', context)).toStrictEqual([])
  })

  it('a day that does not exist', () => {
    expect(findTimes('It was dated February 30.', context)).toStrictEqual([])
  })
})

describe('not a title', () => {
  it('a line that is only a time or date', () => {
    expect(isHeadline('14:05 GMT')).toBe(false)
    expect(isHeadline('Monday, June 3, 2024')).toBe(false)
    expect(isHeadline('3 June 2024, 10:00')).toBe(false)
  })

  it('sentences, stamps, datelines, bylines and furniture', () => {
    expect(isHeadline('The ministers met in the capital. They agreed a deal.')).toBe(false)
    expect(isHeadline('Talks ended without a deal on Friday.')).toBe(false)
    expect(isHeadline('The leak was first reported by Example.org.')).toBe(false)
    expect(isHeadline('Published: 3 June 2024')).toBe(false)
    expect(isHeadline('KAZAN, March 12. /TASS/. The city')).toBe(false)
    expect(isHeadline('By Maria Lopez')).toBe(false)
    expect(isHeadline('(Adds quote, background)')).toBe(false)
    expect(isHeadline('712.45')).toBe(false)
    expect(isHeadline('World')).toBe(false)
    expect(isHeadline('https://example.org/story')).toBe(false)
    expect(isHeadline('lower case start of a line')).toBe(false)
    expect(isHeadline('Home > News > World')).toBe(false)
  })
})

describe('not a byline', () => {
  it('a person named in the first sentence', () => {
    expect(recognizeByline('Maria Lopez said on Tuesday the deal was done.')).toBe(undefined)
    expect(recognizeByline('Maria Lopez, the minister, said the deal was done.')).toBe(undefined)
  })

  it('`By` that starts a sentence', () => {
    expect(recognizeByline('By the end of the year, prices rose.')).toBe(undefined)
    expect(recognizeByline('By Tuesday, Maria Lopez had left.')).toBe(undefined)
    expect(recognizeByline('By March 2024 the plant was closed')).toBe(undefined)
  })

  it('navigation with bars', () => {
    expect(recognizeByline('Politics | World')).toBe(undefined)
    expect(recognizeByline('Home News | Top Stories')).toBe(undefined)
  })
})

describe('not a stamp or meta', () => {
  it('a headline that starts with a time label word', () => {
    expect(recognizeStamp('Updated rules for the game', context)).toBe(undefined)
    expect(recognizeStamp('Posted letters arrive late', context)).toBe(undefined)
  })

  it('a headline with a colon', () => {
    expect(recognizeMeta('Minister: Talks Will Resume')).toBe(undefined)
    expect(recognizeMeta('AP Exclusive: Port workers say pay deal is near')).toBe(undefined)
    expect(recognizeMeta('BREAKING: Port closed')).toBe(undefined)
  })

  it('a time label (a stamp, not meta)', () => {
    expect(recognizeMeta('Published: 3 June 2024')).toBe(undefined)
    expect(recognizeMeta('Last updated: 3 June 2024')).toBe(undefined)
  })

  it('a date alone with no year or time', () => {
    expect(recognizeStamp('March 3', context)).toBe(undefined)
    expect(recognizeStamp('March 3, 2021 was a good day for it', context)).toBe(undefined)
  })
})
