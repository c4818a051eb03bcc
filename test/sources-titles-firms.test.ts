/**
 * Sources named with titles, offices over places and firms' legal forms:
 * `President of Fjordland Jane Roe said`, `Jane Roe, CFO, Acme said`,
 * `Acme Widgets, Inc., … announced`, and the counter-examples that keep
 * their reading.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {parse} from '../src/index.js'
import type {Root} from '../src/lib/types.js'

const context = {report: () => undefined}
const kinds = (text: string) => findAttributions(text, context).map((span) => [span.name, span.kind, span.cue])

/**
 * The sources of a parsed article, as `[name, kind]`.
 *
 * @param text
 *   Article.
 * @returns
 *   Pairs.
 */
function sources(text: string): Array<[string, string]> {
  const tree: Root = parse(text)
  const last = tree.children[tree.children.length - 1]
  return last?.type === 'sources' ? last.children.map((source) => [source.name, source.kind]) : []
}

describe('findAttributions: legal forms after a comma', () => {
  it('reads the company before `, Inc.` or `, LLC`', () => {
    expect(kinds('Acme Widgets, Inc., a maker of gears, today announced a new plant in Ohio.')).toStrictEqual([['Acme Widgets', 'organization', 'announced']])
    expect(kinds('Northwind Holdings, LLC (collectively, Northwind) today announced a merger.')).toStrictEqual([['Northwind Holdings', 'organization', 'announced']])
    expect(kinds('gearBox, Inc. today announced a beta.')).toStrictEqual([['gearBox', 'organization', 'announced']])
  })

  it('reads the legal form of each of two companies joined by `and`', () => {
    expect(kinds('Lotus Drugs Co., Ltd. and Northwind Pine, LLC (collectively, Northwind) today announced the settlement.')).toStrictEqual([
      ['Lotus Drugs Co.', 'organization', 'announced'],
      ['Northwind Pine', 'organization', 'announced']
    ])
  })

  it('leaves a suffix after a lower-case word alone', () => {
    expect(kinds('She thanked the workers, Inc. said nothing.')).toStrictEqual([['Inc.', 'organization', 'said']])
  })
})

describe('findAttributions: offices over places', () => {
  it('reads the person after `President of <place>`', () => {
    expect(kinds('President of Fjordland Jane Roe said the deal was good.')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('Governor of New Kestrel Tom Ash said the road would open.')).toStrictEqual([['Tom Ash', 'person', 'said']])
    expect(kinds('President of the Republic of Fjordland Jane Q. Roe said the deal was good.')).toStrictEqual([['Jane Q. Roe', 'person', 'said']])
  })

  it('skips the occasion between the subject and the cue', () => {
    expect(kinds('President of Fjordland Jane Roe in an interview to Kestrel Radio commented on the talks.')).toStrictEqual([['Jane Roe', 'person', 'commented']])
  })

  it('keeps a portfolio, a firm and a place without a name whole', () => {
    expect(kinds('Secretary of State Jane Roe said it.')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('President of Fjordland said the deal was good.')).toStrictEqual([['President of Fjordland', 'anonymous', 'said']])
    // An article before the role: an officer of a firm, no title.
    expect(kinds('The president of Kestrel Valley Farms said it.')).toStrictEqual([['president of Kestrel Valley Farms', 'person', 'said']])
    // An office not held over a place.
    expect(kinds('Founder of Acme Rocket Works said it.')).toStrictEqual([['Founder of Acme Rocket Works', 'anonymous', 'said']])
  })
})

describe('findAttributions: names with titles before the cue', () => {
  it('reads the person, not the firm among the titles', () => {
    expect(kinds('Jane Roe, CFO, Acme said, "We grew."')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('Jane Roe, VP, Data Centers, Acme, said the plant would open.')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('Jane Roe and John Doe, Co-CEOs of Kestrel Capital said the deal was good.')).toStrictEqual([
      ['Jane Roe', 'person', 'said'],
      ['John Doe', 'person', 'said']
    ])
  })

  it('reads no list of places or names as titles', () => {
    expect(kinds('Oslo, Bergen, Acme said it grew.')).toStrictEqual([['Acme', 'organization', 'said']])
    expect(kinds('Jane Roe, John Doe, Acme said it grew.')).toStrictEqual([['Acme', 'organization', 'said']])
    expect(kinds('Jane Roe, a lawyer, said it grew.')).toStrictEqual([['Jane Roe', 'person', 'said']])
  })
})

describe('findAttributions: a name after `the`', () => {
  it('is no person', () => {
    expect(kinds('The Golden Quill Award has announced its winners.')).toStrictEqual([['Golden Quill Award', 'organization', 'announced']])
    expect(kinds('Golden Quill said the prize was doubled.')).toStrictEqual([['Golden Quill', 'person', 'said']])
    expect(kinds('The late John Smith said so.')).toStrictEqual([['John Smith', 'person', 'said']])
  })
})

describe('findAttributions: lists, prepositions and offices', () => {
  it('reads bodies listed before `X and Y said`', () => {
    expect(kinds('Prices rose, the Treasury Department, Federal Reserve and FDIC said Sunday.')).toStrictEqual([
      ['Treasury Department', 'organization', 'said'],
      ['Federal Reserve', 'organization', 'said'],
      ['FDIC', 'organization', 'said']
    ])
    // An opening phrase is no member of the list.
    expect(kinds('In Oslo, Acme and Kestrel said the plan was ready.')).toStrictEqual([
      ['Acme', 'organization', 'said'],
      ['Kestrel', 'organization', 'said']
    ])
  })

  it('starts no subject with a preposition', () => {
    expect(kinds('Prices will rise, economists at Kestrel Bank said in a research note.')).toStrictEqual([['Kestrel Bank', 'organization', 'said']])
    expect(kinds('The talks covered trade, one of the people said.')).toStrictEqual([['people', 'anonymous', 'said']])
  })

  it('closes an appositive with `of` before an inverted verb', () => {
    expect(kinds('Jane Roe, of the Kestrel Teachers Association, said members did not like the plan.')).toStrictEqual([['Jane Roe', 'person', 'said']])
  })

  it('reads the person after a firm’s office and a lower-case title', () => {
    expect(kinds('The plan failed, said Acme Bank Oslo branch vice president Jane Roe.')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('First Kestrel Bank of Fjordland Oslo Branch assistant manager Jane Roe said the plan failed.')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('The plan failed, said Acme Bank officials.')).toStrictEqual([['Acme Bank officials', 'anonymous', 'said']])
    expect(kinds('Shares fell, said the Kestrel Bank branch in Oslo.')).toStrictEqual([['Kestrel Bank', 'organization', 'said']])
  })
})

describe('findAttributions: bodies and cues', () => {
  it('reads an organisation from an appositive that names a body', () => {
    expect(kinds('Kestrel Way, a charity, reckons the fund will grow.')).toStrictEqual([['Kestrel Way', 'organization', 'reckons']])
    expect(kinds('Jane Roe, a property developer, said the fund will grow.')).toStrictEqual([['Jane Roe', 'person', 'said']])
    expect(kinds('Jane Roe, a bank manager, said the fund will grow.')).toStrictEqual([['Jane Roe', 'person', 'said']])
  })

  it('knows `centres` as an organisation word', () => {
    expect(kinds('The Centres for Lung Health estimates that half of adults smoke.')).toStrictEqual([['Centres for Lung Health', 'organization', 'estimates']])
  })

  it('reads `disclosed` before a clause only', () => {
    expect(kinds('Acme, the clothing retail website, disclosed recently that it had a credit line.')).toStrictEqual([['Acme', 'organization', 'disclosed']])
    expect(kinds('Acme disclosed the figures on Monday.')).toStrictEqual([])
  })

  it('reads a noun-like cue word before a compound’s verb as a noun', () => {
    expect(kinds("Fjordland's KSB state security service blamed Kestrel for the attack.")).toStrictEqual([
      ["Fjordland's KSB state security service", 'organization', 'blamed']
    ])
    expect(kinds('Jane Roe notes that the team said no.')).toStrictEqual([
      ['Jane Roe', 'person', 'notes'],
      ['team', 'organization', 'said']
    ])
  })
})

describe('resolveSources: the head of state', () => {
  it('is the president named before', () => {
    expect(sources('Talks\n\nPresident of Fjordland Jane Roe said the deal was good. The economy is growing, the head of state said.\n')).toStrictEqual([['Jane Roe', 'person']])
  })

  it('is no home secretary', () => {
    expect(sources('Talks\n\nHome Secretary Jane Roe said the deal was good. The economy is growing, the head of state said.\n')).toStrictEqual([
      ['Jane Roe', 'person'],
      ['head of state', 'person']
    ])
  })
})
