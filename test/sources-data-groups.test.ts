/**
 * Unowned figures as documents (`according to studio estimates`, `latest
 * figures show`), coordinated anonymous groups, possessives inside a name
 * read after an inverted verb, and groups with a place before them.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'

const context = {report: () => undefined}
const kinds = (text: string) => findAttributions(text, context).map((span) => [span.name, span.kind])

describe('findAttributions: figures nobody owns', () => {
  it('reads described figures as a document', () => {
    expect(kinds('Ticket sales rose 6%, according to distributor estimates.')).toStrictEqual([['distributor estimates', 'document']])
    expect(kinds('The latest figures show exports fell in March.')).toStrictEqual([['latest figures', 'document']])
    expect(kinds('Exports fell in March, latest figures show.')).toStrictEqual([['latest figures', 'document']])
    expect(kinds('Official statistics showed that rents rose.')).toStrictEqual([['Official statistics', 'document']])
    expect(kinds('Preliminary data suggest the harvest was poor.')).toStrictEqual([['Preliminary data', 'document']])
    expect(kinds('Rents rose, according to official figures, and fell later.')).toStrictEqual([['official figures', 'document']])
  })

  it('leaves bare, owned, pointed-back and described-after figures alone', () => {
    expect(kinds('The figures show exports fell.')).toStrictEqual([])
    expect(kinds('Its own data show exports fell.')).toStrictEqual([])
    expect(kinds('More data show exports fell.')).toStrictEqual([])
    expect(kinds("The brokers' estimates suggest a fall.")).toStrictEqual([])
    expect(kinds('These weak trade figures underscored the slump.')).toStrictEqual([])
    expect(kinds('Rents rose, according to the latest data available.')).toStrictEqual([])
    expect(kinds('Rents rose, according to official data released on Monday.')).toStrictEqual([])
    expect(kinds('Rents rose, according to figures from the Fjordland Statistics Office.')).toStrictEqual([['Fjordland Statistics Office', 'organization']])
    expect(kinds('Trade figures added to the gloom.')).toStrictEqual([])
  })
})

describe('findAttributions: two groups of people', () => {
  it('reads both of two coordinated groups', () => {
    expect(kinds('Shareholders and analysts say the offer is too low.')).toStrictEqual([
      ['Shareholders', 'anonymous'],
      ['analysts', 'anonymous']
    ])
    expect(kinds('Small investors and some traders say the offer is too low.')).toStrictEqual([
      ['Small investors', 'anonymous'],
      ['traders', 'anonymous']
    ])
    expect(kinds('The offer is low, but investors and analysts say it is fair.')).toStrictEqual([
      ['investors', 'anonymous'],
      ['analysts', 'anonymous']
    ])
  })

  it('leaves an object before `and` alone', () => {
    expect(kinds('Police arrested protesters and witnesses said the crowd was calm.')).toStrictEqual([['witnesses', 'anonymous']])
    expect(kinds('She met with investors and analysts said the talks went well.')).toStrictEqual([['analysts', 'anonymous']])
    expect(kinds('Prices and analysts say little.')).toStrictEqual([['analysts', 'anonymous']])
  })
})

describe('findAttributions: possessives inside a name read forwards', () => {
  it('reads on past a possessive to the noun it owns', () => {
    expect(kinds("The plan is dead, said the ministry's press service.")).toStrictEqual([["ministry's press service", 'organization']])
    expect(kinds("The plan is dead, according to the ministry's press service.")).toStrictEqual([["ministry's press service", 'organization']])
    expect(kinds("Profits fell, said the company's sales chief.")).toStrictEqual([["company's sales chief", 'anonymous']])
  })

  it('falls back to an institution that owns what names no source', () => {
    expect(kinds("The plan failed, according to the agency's own review.")).toStrictEqual([['agency', 'organization']])
    expect(kinds("Prices fell, according to the ministry's data.")).toStrictEqual([['ministry', 'organization']])
  })

  it('names nothing for a clause after the verb or a subject read back', () => {
    expect(kinds("Profits fell, said the company's sales were weak.")).toStrictEqual([])
    expect(kinds("The sale failed, a report by the government's finance watchdog says.")).toStrictEqual([])
    expect(kinds("The minister's wife said he was ill.")).toStrictEqual([])
  })
})

describe('findAttributions: groups, trades and officers of a court', () => {
  it('reads a group with a place before it as anonymous', () => {
    expect(kinds('US growers claim the tariffs are unfair.')).toStrictEqual([['US growers', 'anonymous']])
    expect(kinds('Fjordish farmers say the tariffs are unfair.')).toStrictEqual([['Fjordish farmers', 'anonymous']])
  })

  it('reads a coroner or a magistrate as an unnamed officer', () => {
    expect(kinds('A Kestrel coroner ruled that the fall was an accident.')).toStrictEqual([['Kestrel coroner', 'anonymous']])
    expect(kinds('A magistrate ruled that the fall was an accident.')).toStrictEqual([['magistrate', 'anonymous']])
  })

  it('reads a trade as a body that speaks', () => {
    expect(kinds("Fjordland's fishing industry said it was pleased.")).toStrictEqual([["Fjordland's fishing industry", 'organization']])
    expect(kinds('The toy industry says sales are falling.')).toStrictEqual([['toy industry', 'organization']])
    expect(kinds('Experts in the industry said prices would rise.')).toStrictEqual([['Experts in the industry', 'anonymous']])
    expect(kinds('The Department of Trade and Industry said talks ended.')).toStrictEqual([['Department of Trade and Industry', 'organization']])
  })

  it('reads no firm in one organisation word before analysts', () => {
    expect(kinds('Industry analysts said talks ended.')).toStrictEqual([['Industry analysts', 'anonymous']])
    expect(kinds('Government economists said talks ended.')).toStrictEqual([['Government economists', 'anonymous']])
    expect(kinds('Kestrel Capital economists said talks ended.')).toStrictEqual([['Kestrel Capital', 'organization']])
  })
})
