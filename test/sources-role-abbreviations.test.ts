/**
 * Role abbreviations and titles joined by a comma: `the Fjordish PM` and
 * `the deputy PM` are the person the text named with that office before.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {sourceNodes, sourcesOf} from './util/outline.js'

const named = sourcesOf
const sources = sourceNodes

describe('role abbreviations', () => {
  it('gives `the Fjordish PM` the prime minister named before', () => {
    expect(
      named(
        'Prime Minister Jane Roe said the harbour would reopen in spring.\n\n"The ferries will run again," the Fjordish PM noted. "Fares will fall."'
      )
    ).toStrictEqual([['Jane Roe', 'person', ['said', 'noted']]])
  })

  it('gives `Fjordish PM` without an article the prime minister of that place only', () => {
    expect(named('Fjordland Prime Minister Jane Roe said the port would reopen. Fjordish PM added that fares would fall.')).toStrictEqual([
      ['Jane Roe', 'person', ['said', 'added']]
    ])
    expect(named('Nordland Prime Minister Jane Roe said the port would reopen. Fjordish PM added that fares would fall.')).toStrictEqual([
      ['Jane Roe', 'person', ['said']],
      ['Fjordish PM', 'anonymous', ['added']]
    ])
    // A time is no role.
    expect(named('The port will reopen at 5 PM, Jane Roe said.')).toStrictEqual([['Jane Roe', 'person', ['said']]])
  })

  it('gives `the deputy PM` a person titled deputy prime minister before a comma', () => {
    expect(
      named(
        'The harbour will close for a week, Deputy Prime Minister, Fleet Commandant Jane Roe said on Monday.\n\n"We have cases among the crews, and Mr. Berg is at home," the deputy PM said.'
      )
    ).toStrictEqual([['Jane Roe', 'person', ['said']]])
  })

  it('does not give `the PM` a person named only inside a quote', () => {
    const found = named('"We trust Prime Minister Jane Roe," a ferry captain said.\n\nThe fares will fall next month, the PM said.')
    expect(found.some(([name]) => name === 'Jane Roe')).toBe(false)
  })

  it('keeps a place or a role after an article before a comma out of the roles', () => {
    for (const text of ['In Harbour City, Fleet Director Tom Berg said the port would close.', 'As the Minister wished, Fleet Director Tom Berg said the port would close.']) {
      const berg = sources(parse('Harbour talks\n\n' + text)).find((source) => source.name === 'Tom Berg')
      expect(berg?.data?.roles).toStrictEqual(['Fleet Director'])
    }

    const roe = sources(parse('Harbour talks\n\nThe port will close, Deputy Prime Minister, Fleet Director Jane Roe said.')).find((source) => source.name === 'Jane Roe')
    expect(roe?.data?.roles).toStrictEqual(['Deputy Prime Minister, Fleet Director'])
  })
})

describe('party members', () => {
  it('makes a party’s members an organisation, after `according to` too', () => {
    expect(named('The plan trims the budget by a third, according to House Republicans.')).toStrictEqual([
      ['House Republicans', 'organization', ['according to']]
    ])
    expect(named('Senate Democrats said the plan trims the budget.')).toStrictEqual([['Senate Democrats', 'organization', ['said']]])
  })

  it('keeps a titled person a person', () => {
    expect(named('The plan trims the budget, Senator Jane Roe said.')).toStrictEqual([['Jane Roe', 'person', ['said']]])
  })
})

describe('`pointed to`', () => {
  it('reads `pointed to` for a named person', () => {
    expect(named('In his turn, Mr. Roe pointed to the steady growth of the harbour.')).toStrictEqual([['Roe', 'person', ['pointed to']]])
    expect(named('Mr. Roe pointed out that fares had fallen.')).toStrictEqual([['Roe', 'person', ['pointed out']]])
  })

  it('does not read `points to` for figures, groups or pronouns', () => {
    expect(named('The data points to a slowdown in the harbour.')).toStrictEqual([])
    expect(named('He pointed to the door and left.')).toStrictEqual([])
    expect(named('Analysts pointed to weak demand.')).toStrictEqual([])
  })
})
