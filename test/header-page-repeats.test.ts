// Plain-text page headers around the headline: the headline printed twice
// under short chrome, menus run onto the stamp's line, an update note, a
// word over the headline, a title-case headline with a full stop, a
// four-line head block, a widget's heading over a row of links, section
// tags, reading times, staff credits and agency captions. Every article
// here is invented.
import {describe, expect, it} from 'vitest'
import {bodyBlocks, textHeader as header} from './util/outline.js'
import {parse} from '../src/index.js'

const lead = 'The ferry to the northern islands sailed again on Tuesday after a week of storms.'
const second = 'Harbour officials said the timetable would be back to normal by the weekend.'

/**
 * The body of a plain text, as `type: text` lines.
 *
 * @param value
 *   Document.
 * @returns
 *   Body blocks.
 */
function body(value: string): string[] {
  return bodyBlocks(parse(value, {format: 'text'}))
}

describe('a headline printed twice', () => {
  it('reads short lines over it as chrome and the copies as chrome', () => {
    const value =
      'Harbour\n7\n\nFerry link to the islands agreed\n\nFerry link to the  islands agreed\nFerry link  to the islands agreed\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Harbour'],
      ['meta', 'chrome=7'],
      ['title', 'Ferry link to the islands agreed'],
      ['meta', 'chrome=Ferry link to the  islands agreed'],
      ['meta', 'chrome=Ferry link  to the islands agreed']
    ])
    expect(body(value)).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('needs the repeat, and chrome-shaped lines before the headline', () => {
    // Not repeated: the short lines start the body, as before.
    const once = 'Harbour\n7\n\nFerry link to the islands agreed\n\n' + lead + '\n'
    expect(header(once)).toStrictEqual([])
    // A sentence before the headline: body.
    const sentence =
      'The council met on Monday to vote on the budget for next year.\n\nFerry link to the islands agreed\n\nFerry link to the islands agreed\n\n' +
      lead +
      '\n'
    expect(header(sentence)).toStrictEqual([])
  })

  it('reads menus run onto the stamp line as chrome when the headline below repeats', () => {
    const value =
      ' date 2024-05-02 MarketsTechnologyBlog: Answers OnSports\nFerry link to the islands agreed\n#Local News\nMay 2, 2024 / 9:15 AM / in 2 years\n\nFerry link to the islands agreed\n\nHarbour Gazette Staff\n\n3 Min Read\n\nFerries wait at the pier in Northport, May 1, 2024. AP/Jane Doe\n\nNORTHPORT (AP) - ' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2024-05-02'],
      ['meta', 'chrome=MarketsTechnologyBlog: Answers OnSports'],
      ['title', 'Ferry link to the islands agreed'],
      ['meta', 'chrome=#Local News'],
      ['dateline', 'May 2, 2024 / 9:15 AM / in 2 years'],
      ['meta', 'chrome=Ferry link to the islands agreed'],
      ['byline', 'Harbour Gazette Staff'],
      ['meta', 'chrome=3 Min Read'],
      ['meta', 'chrome=Ferries wait at the pier in Northport, May 1, 2024. AP/Jane Doe'],
      ['dateline', 'NORTHPORT (AP) -']
    ])
    const tree = parse(value, {format: 'text'})
    const node = tree.children[0]!
    expect(node.type === 'header' && node.children.find((child) => child.type === 'byline')).toMatchObject({authors: ['Harbour Gazette Staff']})
    expect(body(value)).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('keeps a sentence after the stamp as the lead', () => {
    const value = ' date 2024-05-02 The ferry sailed again.\nFerry link to the islands agreed\n\nFerry link to the islands agreed\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([['dateline', 'date 2024-05-02']])
  })

  it('reads an update note after the stamp as part of the stamp, and the title printed again under it as chrome', () => {
    const value =
      'archive\n\nFerry link to the islands agreed\n\n- The ministry says the new link will open in May.\n\n02.05.2024 - Update : 02.05.2024\nFerry link to the islands agreed\n\nNORTHPORT\n\n' +
      lead +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=archive'],
      ['title', 'Ferry link to the islands agreed'],
      ['subtitle', '- The ministry says the new link will open in May.'],
      ['dateline', '02.05.2024 - Update : 02.05.2024'],
      ['meta', 'chrome=Ferry link to the islands agreed'],
      ['dateline', 'NORTHPORT']
    ])
    expect(body(value)).toStrictEqual(['paragraph: ' + lead])
  })
})

describe('a word over the headline', () => {
  it('reads a lone word under the stamp as chrome and the headline under it as the title', () => {
    const value = '2 May 2024,   10:15\nmore\nThe first ferries are back on the island route \u2013 minister\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', '2 May 2024,   10:15'],
      ['meta', 'chrome=more'],
      ['title', 'The first ferries are back on the island route \u2013 minister']
    ])
    expect(body(value)).toStrictEqual(['paragraph: ' + lead])
  })

  it('needs a headline that ends its block', () => {
    // A sentence under the word: body.
    expect(header('2 May 2024,   10:15\nmore\nThe first ferries are back.\n\n' + lead + '\n')).toStrictEqual([['dateline', '2 May 2024,   10:15']])
    // A line after the headline in its block: a paragraph, not a title.
    expect(header('2 May 2024,   10:15\nmore\nThe first ferries are back\non the island route today\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', '2 May 2024,   10:15']
    ])
  })
})

describe('title shapes', () => {
  it('reads a title-case headline with a full stop as the title', () => {
    const value = 'Category Archive: Company News\n\nNorthport Harbour Authority Opens Its New Ferry Terminal in the Old Town.\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'category=Archive: Company News'],
      ['title', 'Northport Harbour Authority Opens Its New Ferry Terminal in the Old Town.']
    ])
  })

  it('keeps short or sentence-case lines with a full stop in the body', () => {
    expect(header('Welcome To Our Harbour Website.\n\n' + lead + '\n')).toStrictEqual([])
    expect(header('Northport harbour authority opens its new ferry terminal in the old town.\n\n' + lead + '\n')).toStrictEqual([])
  })

  it('reads a four-line head block: title, deck and a dateline broken over lines', () => {
    const value =
      'Harbour Authority Marks 50 Years of Ferry Service\nCelebrates Anniversary with Free Crossings for All Residents\nNordwire\nNORTHPORT\n\n' +
      lead +
      '\n'
    const found = header(value)
    expect(found[0]).toStrictEqual(['title', 'Harbour Authority Marks 50 Years of Ferry Service'])
    expect(found[1]![0]).toBe('subtitle')
    expect(found[1]![1].startsWith('Celebrates Anniversary with Free Crossings for All Residents')).toBe(true)
    expect(body(value)).toStrictEqual(['paragraph: ' + lead])
    // A paragraph broken over four lines ends a sentence: body.
    const wrapped = 'Harbour Authority Marks 50 Years of Ferry Service\nand the council will hold a party for all\nresidents of the islands on the pier\nin the old town on Saturday.\n\n' + lead + '\n'
    expect(header(wrapped)).toStrictEqual([])
  })
})

describe('a widget heading over a row of links', () => {
  it('reads the heading and the row as chrome and the headline after them as the title', () => {
    const value =
      'Latest news\nStorm closes the bridge  \u2022 Rates rise again  \u2022 Schools reopen after the holiday  \u2022 \nYou are here:\n\nFerry link to the islands agreed, officials say\n\nNORTHPORT, May 2 (AP) -- ' +
      lead +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Latest news'],
      ['meta', 'chrome=Storm closes the bridge  \u2022 Rates rise again  \u2022 Schools reopen after the holiday  \u2022'],
      ['meta', 'chrome=You are here:'],
      ['title', 'Ferry link to the islands agreed, officials say'],
      ['dateline', 'NORTHPORT, May 2 (AP) --']
    ])
  })

  it('keeps a title with a deck that has one bullet', () => {
    const value = 'Ferry link agreed\nMinisters meet \u2022 Islands cheer the new timetable for the summer\n\nNORTHPORT (AP) -- ' + lead + '\n'
    expect(header(value)[0]).toStrictEqual(['title', 'Ferry link agreed'])
  })
})

describe('short blocks over a wire dateline', () => {
  it('reads a site name, a tagline and leaked code over the dateline as chrome', () => {
    const value =
      'Northport City Council.\n\nThe latest news and notices from the city council of Northport.\n\nSELECT * FROM news WHERE id=4 ORDER BY date DESC\n\nNORTHPORT, May 2 (AP) - ' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Northport City Council.'],
      ['meta', 'chrome=The latest news and notices from the city council of Northport.'],
      ['meta', 'chrome=SELECT * FROM news WHERE id=4 ORDER BY date DESC'],
      ['dateline', 'NORTHPORT, May 2 (AP) -']
    ])
    expect(body(value)).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('keeps one paragraph, long paragraphs, a dateline without agency or date, and a stamp on the way', () => {
    expect(header('The council met on Monday.\n\nNORTHPORT, May 2 (AP) - ' + lead + '\n')).toStrictEqual([])
    const long = lead + ' ' + second + ' ' + lead
    expect(header(long + '\n\n' + long + '\n\nNORTHPORT, May 2 (AP) - ' + lead + '\n')).toStrictEqual([])
    expect(header('The council met on Monday.\n\nIt voted on the budget.\n\nNORTHPORT - ' + lead + '\n')).toStrictEqual([])
    expect(header('News from the council.\n\n12.05.2024 10:00\n\nNORTHPORT, May 2 (AP) - ' + lead + '\n')).toStrictEqual([])
  })
})

describe('lines under the title', () => {
  it('reads a section tag and a reading time as chrome, a staff credit as the byline', () => {
    const value = 'Ferry link to the islands agreed\n\n#Politics\n\nBy Metro Desk Staff\n\n4 min read\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Ferry link to the islands agreed'],
      ['meta', 'chrome=#Politics'],
      ['byline', 'By Metro Desk Staff'],
      ['meta', 'chrome=4 min read']
    ])
  })

  it('keeps staff in a sentence, and a tag line before the title', () => {
    expect(header('#Politics\n\n' + lead + '\n')).toStrictEqual([])
    expect(header('Ferry link agreed\n\nHarbour staff were told on Monday.\n\n' + lead + '\n')).toStrictEqual([['title', 'Ferry link agreed']])
  })
})
