/**
 * Text that must not become an attribution, a quote or a credit.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {findQuotes} from '../src/lib/sources/find-quotes.js'
import {recognizeCredits} from '../src/lib/sources/recognize-credit.js'

const context = {report: () => undefined}
const find = (text: string) => findAttributions(text, context)

describe('sources: negative cases', () => {
  it('ignores `so-called` and `said` as an adjective', () => {
    expect(find('The so-called reform stalled.')).toStrictEqual([])
    expect(find('Both sides signed the said agreement in May.')).toStrictEqual([])
  })

  it('ignores `according to plan` and other objects that are no source', () => {
    expect(find('Work on the bridge went according to plan.')).toStrictEqual([])
    expect(find('Seats are assigned according to age.')).toStrictEqual([])
    expect(find('The pair left, citing diplomatic reasons.')).toStrictEqual([])
  })

  it('does not take a capitalised sentence opener for a name', () => {
    expect(find('However said nothing new.')).toStrictEqual([])
    expect(find('Meanwhile, said the report, costs rose.')).toStrictEqual([{start: 16, end: 26, name: 'report', cue: 'said', kind: 'document'}])
  })

  it('ignores passives and infinitives', () => {
    expect(find('It was emphasized that the road is open.')).toStrictEqual([])
    expect(find('Revenue was reported as $9 million.')).toStrictEqual([])
    expect(find('She is expected to say more on Friday.')).toStrictEqual([])
  })

  it('ignores cue words used as nouns or in headlines', () => {
    expect(find('A Harlow Commission report on the ports was leaked.')).toStrictEqual([])
    expect(find('FARMERS REPORT RECORD HARVEST')).toStrictEqual([])
    expect(find('He posted a New Year tweet about the match.')).toStrictEqual([])
    expect(find('Officials argued over custody of the boat.')).toStrictEqual([])
  })

  it('takes no finding without a clause for a report', () => {
    expect(find('Police found the car in a ditch.')).toStrictEqual([])
    expect(find('The museum showed the paintings in May.')).toStrictEqual([])
  })

  it('reads a cue word after a possessive as a noun', () => {
    expect(find("The firm's comments, published Monday, were brief.")).toStrictEqual([])
  })

  it('takes no recipient for a source', () => {
    expect(find('An aide told the Harbor Times the vote was close.')).toStrictEqual([{start: 3, end: 7, name: 'aide', cue: 'told', kind: 'anonymous'}])
  })

  it('finds no quote in apostrophes and elisions', () => {
    expect(findQuotes("Reagan's rock 'n' roll from the '90s isn't back.")).toStrictEqual([])
  })

  it('takes no body sentence for a credit', () => {
    expect(recognizeCredits('The minister said the source was wrong.')).toBe(undefined)
    expect(recognizeCredits('Source: officials said the talks failed because nobody came.')).toBe(undefined)
    expect(recognizeCredits('Reporting on the war is hard.')).toBe(undefined)
    expect(recognizeCredits('Photography by night is an art in itself, she said.')).toBe(undefined)
  })
})
