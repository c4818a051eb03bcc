// Titles: lines that read as headlines.
import {describe, expect, it} from 'vitest'
import {isHeadline} from '../src/lib/header/recognize-title.js'

describe('isHeadline', () => {
  it('accepts headlines in sentence case, title case and capitals', () => {
    expect(isHeadline('Ministers agree on new fishing quotas')).toBe(true)
    expect(isHeadline('City Council Votes To Expand Bus Lanes')).toBe(true)
    expect(isHeadline('STEEL OUTPUT FALLS FOR THIRD MONTH')).toBe(true)
  })

  it('accepts wire slugs, kickers and attributions in headlines', () => {
    expect(isHeadline('METALS-Copper slips as demand worries weigh')).toBe(true)
    expect(isHeadline('AP Exclusive: Port workers say pay deal is near')).toBe(true)
    expect(isHeadline('Exclusive-Bank weighs sale of unit - sources')).toBe(true)
    expect(isHeadline('Talks to resume on May 3 \u2014 minister')).toBe(true)
  })

  it('accepts abbreviations and questions', () => {
    expect(isHeadline('U.S. retail sales rise in June')).toBe(true)
    expect(isHeadline('Mr. Lee goes to the capital')).toBe(true)
    expect(isHeadline('Is the housing slump over?')).toBe(true)
  })

  it('accepts a long press-release headline', () => {
    expect(
      isHeadline(
        'Acme Robotics Announces Record Third Quarter Results and Expansion of Its Global Partner Program With Three New Regional Offices'
      )
    ).toBe(true)
  })

  it('accepts a headline whose first word is in camel case', () => {
    expect(isHeadline('iPhone sales slow in China')).toBe(true)
  })

  it('reads words and marks from the characters', () => {
    // Breadcrumbs: one mark is fine, two are a trail.
    expect(isHeadline('Markets > Gold rises on safe-haven demand')).toBe(true)
    expect(isHeadline('Home > News > Gold rises')).toBe(false)
    expect(isHeadline('Home \u00bb News \u00bb Gold rises')).toBe(false)
    // A mark before white space and a capital ends a sentence, unless after
    // an initial or abbreviation.
    expect(isHeadline('Gold rises! Silver falls')).toBe(false)
    expect(isHeadline('Gold rises! silver falls')).toBe(true)
    expect(isHeadline('Gen. Smith visits troops')).toBe(true)
    expect(isHeadline('J. Smith visits troops')).toBe(true)
    expect(isHeadline('Gold rises?  \u00c9tats-Unis react')).toBe(false)
    expect(isHeadline('Gold rises? \u00e9tats react')).toBe(true)
    expect(isHeadline('Is it over?')).toBe(true)
    // Word counts: two to forty.
    expect(isHeadline('Gold')).toBe(false)
    expect(isHeadline('Gold!!')).toBe(false)
    expect(isHeadline('Gold ' + 'rises '.repeat(38) + 'again')).toBe(true)
    expect(isHeadline('Gold ' + 'rises '.repeat(39) + 'again')).toBe(false)
  })
})

