// Plain-text titles: a headline in sentence case wrapped over two lines,
// a letterhead block of name lines over the headline and a wire dateline,
// a publisher's source line between the stamp and the headline, and an
// issuer's street address between them. Every article here is invented.
import {describe, expect, it} from 'vitest'
import {textHeader as header} from './util/outline.js'

const lead = 'The economy of Fjordland has come out of a difficult time, the finance minister said on Friday.'

describe('header: wrapped and letterhead titles', () => {
  it('joins a sentence-case headline whose second line runs on in lower case', () => {
    const value = 'Harbour mayor can\u2019t\nstand Port Ellis\u2019s traffic\n\n' + lead + '\n\nMore follows here.\n'
    expect(header(value)).toStrictEqual([['title', 'Harbour mayor can\u2019t\nstand Port Ellis\u2019s traffic']])
  })

  it('does not join a second line that opens with a capital or ends a sentence', () => {
    // A deck in sentence case stays the deck.
    expect(header('Harbour mayor quits\nCouncil to pick a successor in May\n\n' + lead + '\n\nMore follows here.\n')).toStrictEqual([
      ['title', 'Harbour mayor quits'],
      ['subtitle', 'Council to pick a successor in May']
    ])
    // A second line that ends a sentence is not the headline's.
    expect(header('Harbour mayor quits\nafter the vote.\n\n' + lead + '\n\nMore follows here.\n')).toStrictEqual([
      ['title', 'Harbour mayor quits']
    ])
  })

  it('reads a letterhead block over the headline and a wire dateline as chrome', () => {
    const value =
      'Harbour Board of Fjordland\nOffice of the Harbour Board\nBureau du Port\n\nFjordland Has Come Out of Difficult Times: Minister\n\nPort Ellis (ANTARA News) \u2013 ' +
      lead +
      '\n\nMore follows here.\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Harbour Board of Fjordland'],
      ['meta', 'chrome=Office of the Harbour Board'],
      ['meta', 'chrome=Bureau du Port'],
      ['title', 'Fjordland Has Come Out of Difficult Times: Minister'],
      ['dateline', 'Port Ellis (ANTARA News) \u2013']
    ])
  })

  it('keeps the first line of a block the title when no headline block stands over the dateline', () => {
    // The headline broken over its block's two lines: one title.
    expect(header('Harbour Workers\nStrike Over Pay\n\nOSLO (AP) \u2014 ' + lead + '\n')).toStrictEqual([
      ['title', 'Harbour Workers\nStrike Over Pay'],
      ['dateline', 'OSLO (AP) \u2014']
    ])
    // Without a dateline or stamp below, the top block keeps the title.
    expect(header('Harbour Board of Fjordland\nOffice of the Harbour Board\nBureau du Port\n\nFjordland Has Come Out of Difficult Times\n\n' + lead + '\n')).toStrictEqual([
      ['title', 'Harbour Board of Fjordland']
    ])
  })

  it('reads a publisher\'s source line between the stamp and the headline as chrome', () => {
    const value = ' date 2018-05-15 15 May 2018\n\nFjordland Children\'s Fund (Port Ellis)\n\nFjordland: Fund Denounces Attack on Villages\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2018-05-15 15 May 2018'],
      ['meta', 'chrome=Fjordland Children\'s Fund (Port Ellis)'],
      ['title', 'Fjordland: Fund Denounces Attack on Villages']
    ])
    // A place with a joining word in lower case.
    expect(header(' date 2018-05-15 15 May 2018\n\nHarbour Gazette (Port es Ellis)\n\nFerry link agreed\n\n' + lead + '\n')[1]).toStrictEqual([
      'meta',
      'chrome=Harbour Gazette (Port es Ellis)'
    ])
  })

  it('keeps a headline with a bracket at its end the title', () => {
    // A label in brackets ends a headline.
    expect(header(' date 2018-05-15 15 May 2018\n\nHarbour Mayor Quits (Video)\n\nCouncil to pick a successor in May\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'date 2018-05-15 15 May 2018'],
      ['title', 'Harbour Mayor Quits (Video)'],
      ['subtitle', 'Council to pick a successor in May']
    ])
    // Without a stamp above, the line is the title.
    expect(header('Harbour Gazette (Port Ellis)\n\nFerry link agreed\n\n' + lead + '\n')[0]).toStrictEqual(['title', 'Harbour Gazette (Port Ellis)'])
    // Without a headline block below, it is the title too.
    expect(header(' date 2018-05-15 15 May 2018\n\nHarbour Gazette (Port Ellis)\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'date 2018-05-15 15 May 2018'],
      ['title', 'Harbour Gazette (Port Ellis)']
    ])
  })

  it('reads an issuer\'s street address between a stamp and the headline in one block as chrome', () => {
    const value = ' date 2022-10-28 Friday 28 Oct 2022 @ 15:05\n10 Harbour Street\nPM call with the President of Norland\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2022-10-28 Friday 28 Oct 2022 @ 15:05'],
      ['meta', 'chrome=10 Harbour Street'],
      ['title', 'PM call with the President of Norland']
    ])
  })

  it('keeps a line between a stamp and the headline that is no street address', () => {
    // A line of words between them stays what it was: the lead's block.
    const value = ' date 2022-10-28 Friday 28 Oct 2022 @ 15:05\nThe Harbour Office\nPM call with the President of Norland\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([['dateline', 'date 2022-10-28 Friday 28 Oct 2022 @ 15:05']])
    // Without a block after it, the address is not taken.
    expect(header(' date 2022-10-28 Friday 28 Oct 2022 @ 15:05\n10 Harbour Street\nPM call with the President of Norland\n')).toStrictEqual([
      ['dateline', 'date 2022-10-28 Friday 28 Oct 2022 @ 15:05']
    ])
  })
})
