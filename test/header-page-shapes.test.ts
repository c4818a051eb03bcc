// Plain-text page shapes around the headline: a headline broken over two
// lines, a list link over it, a live clock after the page's date, a
// dateline whose dash stands on the next line, and a `Theme:` label.
// Every article here is invented.
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import type {Dateline, Header} from '../src/index.js'
import {bodyBlocks, textHeader as header} from './util/outline.js'

const lead = 'Dock workers stopped work on Monday over a pay offer they called too low.'

/**
 * The datelines of a parsed text's header, without positions.
 *
 * @param value
 *   Document.
 * @returns
 *   Place, agency, date and time of each.
 */
function datelines(value: string): Array<Partial<Dateline>> {
  const tree = parse(value, {format: 'text'})
  const node = tree.children.find((child): child is Header => child.type === 'header')
  return (node?.children ?? [])
    .filter((child): child is Dateline => child.type === 'dateline')
    .map(({place, agency, date, time}) => ({place, agency, date, time}))
}

describe('header: page shapes', () => {
  it('joins a headline broken over the two lines of its block', () => {
    const value = 'Harbour Workers\nStrike Over Pay\n\nOSLO (AP) \u2014 ' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Harbour Workers\nStrike Over Pay'],
      ['dateline', 'OSLO (AP) \u2014']
    ])
    // A deck in sentence case stays the deck.
    expect(header('Harbour Workers Strike\nUnions say the offer is too low\n\nOSLO (AP) \u2014 ' + lead + '\n')).toStrictEqual([
      ['title', 'Harbour Workers Strike'],
      ['subtitle', 'Unions say the offer is too low'],
      ['dateline', 'OSLO (AP) \u2014']
    ])
  })

  it('reads a link to a list over the headline as chrome', () => {
    const value = 'All news\n\nDock workers strike over pay\n\nOSLO, May 4 (Reuters) - ' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=All news'],
      ['title', 'Dock workers strike over pay'],
      ['dateline', 'OSLO, May 4 (Reuters) -']
    ])
  })

  it('reads a live clock after the page date as chrome', () => {
    const value = ' date 2024-05-04 Time in Oslo: 09:15:02,   4 May\n\nDock workers strike over pay\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2024-05-04'],
      ['meta', 'chrome=Time in Oslo: 09:15:02,   4 May'],
      ['title', 'Dock workers strike over pay']
    ])
    // A time in minutes after a label is not taken for a clock.
    expect(header(' date 2024-05-04 Doors open: 09:15\n\nDock workers strike over pay\n\n' + lead + '\n')[1]).not.toStrictEqual([
      'meta',
      'chrome=Doors open: 09:15'
    ])
  })

  it('takes a dash alone on the line after a dateline as the dateline\'s', () => {
    const value = 'Dock workers strike over pay\nMay 4, 2024\nOSLO\n\u2014\n' + lead + '\n'
    expect(datelines(value)).toStrictEqual([
      {place: undefined, agency: undefined, date: '2024-05-04', time: undefined},
      {place: 'OSLO', agency: undefined, date: undefined, time: undefined}
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead])
  })

  it('keeps the site\'s name of a page title apart when the headline is printed alone below', () => {
    const value = 'Dock workers strike over pay | Port Authority\n\nDock workers strike over pay\n\nOSLO (AP) \u2014 ' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Dock workers strike over pay'],
      // Nothing is lost: the site's name is meta.
      ['meta', 'site=Port Authority'],
      ['meta', 'chrome=Dock workers strike over pay'],
      ['dateline', 'OSLO (AP) \u2014']
    ])
    // Without the repeat, a dash in a headline is the headline's.
    expect(header('Rates rise - again\n\nOSLO (AP) \u2014 ' + lead + '\n')[0]).toStrictEqual(['title', 'Rates rise - again'])
  })

  it('gives the page date the time of a later stamp on the same day', () => {
    const value = ' date 2024-05-04 News\nDock workers strike over pay\n09:15, 04.05.2024\n\n' + lead + '\n'
    expect(datelines(value)).toStrictEqual([
      {place: undefined, agency: undefined, date: '2024-05-04', time: '09:15'},
      {place: undefined, agency: undefined, date: '2024-05-04', time: '09:15'}
    ])
    // A stamp on another day says something else.
    const other = ' date 2024-05-06 News\nDock workers strike over pay\n09:15, 04.05.2024\n\n' + lead + '\n'
    expect(datelines(other)).toStrictEqual([
      {place: undefined, agency: undefined, date: '2024-05-06', time: undefined},
      {place: undefined, agency: undefined, date: '2024-05-04', time: '09:15'}
    ])
  })

  it('reads `Theme:` as a meta label', () => {
    const value = 'Dock workers strike over pay\nTheme: Economy\n\nOSLO. - ' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Dock workers strike over pay'],
      ['meta', 'theme=Economy'],
      ['dateline', 'OSLO. -']
    ])
  })
})
