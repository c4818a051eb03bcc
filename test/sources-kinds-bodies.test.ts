/**
 * Kinds of bodies: a public agency is no news agency, a military command
 * and a firm called by its trade (`the telecoms giant`) are organisations,
 * a name with a stock ticker a firm's; and a finding verb that ends a
 * sentence after a comma reports what came before it.
 */
import {describe, expect, it} from 'vitest'
import {sourcesOf} from './util/outline.js'

describe('kinds of bodies', () => {
  it('makes an agency of several words an organisation, a news agency an outlet', () => {
    expect(sourcesOf('The Fjord Emergency Management Agency confirmed that there is no threat.')).toStrictEqual([
      ['Fjord Emergency Management Agency', 'organization', ['confirmed']]
    ])
    expect(sourcesOf('The harbour will close, Fjord News Agency reported.')).toStrictEqual([['Fjord News Agency', 'outlet', ['reported']]])
    expect(sourcesOf('The harbour will close, Kestrel Agency reported.')).toStrictEqual([['Kestrel Agency', 'outlet', ['reported']]])
  })

  it('makes a military command an organisation', () => {
    expect(sourcesOf('There is no threat to the islands, the Northern Fleet Command said.')).toStrictEqual([
      ['Northern Fleet Command', 'organization', ['said']]
    ])
  })

  it('gives `the telecoms giant` the firm named as a source before', () => {
    expect(sourcesOf('Fjordnet said it would sell its towers. Asked about the sale, the telecoms giant said it needed the cash.')).toStrictEqual([
      ['Fjordnet', 'organization', ['said']]
    ])
  })

  it('makes a name with a stock ticker a firm, whatever its appositive', () => {
    expect(sourcesOf('Ethical Fjord AI (OTCQB: FJRD), a leader in harbour software, today announced that it has launched a tool.')).toStrictEqual([
      ['Ethical Fjord AI', 'organization', ['announced']]
    ])
  })
})

describe('a finding verb at the end of a sentence', () => {
  it('reads the subject after a comma as the source', () => {
    expect(sourcesOf('The ferry lost a third of its routes, Kestrel found.')).toStrictEqual([['Kestrel', 'organization', ['found']]])
  })

  it('keeps an object or an opening phrase from making one', () => {
    expect(sourcesOf('Police found the car.')).toStrictEqual([])
    expect(sourcesOf('After a search, police found.')).toStrictEqual([])
  })
})
