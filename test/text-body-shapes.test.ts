// Shapes of the plain-text body that scrapes and filings hand over: table
// borders on lines of their own, letterheads over a headline, quotes split
// over lines, right-aligned cells, colon subheadings, question subheadings,
// name subheadings over an affiliation.
import {describe, expect, it} from 'vitest'
import {parse, toString} from '../src/index.js'
import type {Section} from '../src/index.js'

/**
 * The outline of a document's sections: heading text (or null) and the
 * type and text of each block under it.
 *
 * @param value
 *   Document.
 * @returns
 *   Outline.
 */
function outline(value: string): Array<[string | null, string[]]> {
  return parse(value, {format: 'text'})
    .children.filter((node): node is Section => node.type === 'section')
    .map((section) => {
      const head = section.children[0]
      const heading = head && head.type === 'heading' ? toString(head) : null
      const blocks = section.children.filter((child) => child.type !== 'heading').map((child) => child.type + ': ' + toString(child))
      return [heading, blocks]
    })
}

describe('table borders', () => {
  it('separates blocks at lines of bars, as a blank line does', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n|\n| |\nThe plan takes effect in May, Jane Doe said.\n||\nShips pay the new toll from June.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The harbour board of Port Ellis met on Monday and agreed a plan.',
          'paragraph: The plan takes effect in May, Jane Doe said.',
          'paragraph: Ships pay the new toll from June.'
        ]
      ]
    ])
  })

  it('keeps a line with words between bars in its block', () => {
    const value = 'The plan takes effect in May, Jane Doe said.\nPhoto | Harbour Gazette\nShips pay the new toll from June.\n'
    expect(outline(value)).toStrictEqual([
      [null, ['paragraph: The plan takes effect in May, Jane Doe said. Photo | Harbour Gazette\nShips pay the new toll from June.']]
    ])
  })
})

describe('contact lines over a heading line', () => {
  it('heads nothing with a line under a phone number (a letterhead over its headline)', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n\nPort Ellis Harbour Board\n\n12 Quay Street\n\n+1 555 0100\n\nNEW TOLLS FROM MAY\n\nThe tolls apply to all ships, the board said.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The harbour board of Port Ellis met on Monday and agreed a plan.',
          'paragraph: Port Ellis Harbour Board',
          'paragraph: 12 Quay Street',
          'paragraph: +1 555 0100',
          'paragraph: NEW TOLLS FROM MAY',
          'paragraph: The tolls apply to all ships, the board said.'
        ]
      ]
    ])
  })

  it('heads nothing under an e-mail address', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n\npress@harbour.example\n\nNew tolls from May\n\nThe tolls apply to all ships, the board said.\n'
    expect(outline(value)[0]![0]).toBe(null)
  })

  it('still takes a heading under a sentence that gives a number', () => {
    const value =
      'The harbour board of Port Ellis met on Monday and agreed a plan.\n\nCall 555 0100 to book a berth at the quay.\n\nNew tolls from May\n\nThe tolls apply to all ships, the board said.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        ['paragraph: The harbour board of Port Ellis met on Monday and agreed a plan.', 'paragraph: Call 555 0100 to book a berth at the quay.']
      ],
      ['New tolls from May', ['paragraph: The tolls apply to all ships, the board said.']]
    ])
  })
})

describe('lines of a scrape without blank lines', () => {
  it('goes on after a line that ends with a comma (a quote broken before its attribution)', () => {
    const value =
      'The harbour board of Port Ellis agreed on Monday to raise the tolls that ships pay at the quay for the first time in nine years.\n' +
      '“We have waited long enough and the quay needs repairs before the winter storms arrive in the bay,”\n' +
      'Harbour Master Jane Doe said.\n' +
      '“Nobody likes paying more.”\n' +
      'The new tolls take effect in May and apply to every ship that docks at the quay, including the ferries to Fjordland.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The harbour board of Port Ellis agreed on Monday to raise the tolls that ships pay at the quay for the first time in nine years.',
          'paragraph: “We have waited long enough and the quay needs repairs before the winter storms arrive in the bay,”\nHarbour Master Jane Doe said.',
          'paragraph: “Nobody likes paying more.”',
          'paragraph: The new tolls take effect in May and apply to every ship that docks at the quay, including the ferries to Fjordland.'
        ]
      ]
    ])
  })

  it('still starts a paragraph after a line that ends a sentence', () => {
    const value =
      'The harbour board of Port Ellis agreed on Monday to raise the tolls that ships pay at the quay for the first time in nine years.\n' +
      '“We have waited long enough and the quay needs repairs before the winter storms arrive in the bay.”\n' +
      'Harbour Master Jane Doe said the tolls would rise again next year.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The harbour board of Port Ellis agreed on Monday to raise the tolls that ships pay at the quay for the first time in nine years.',
          'paragraph: “We have waited long enough and the quay needs repairs before the winter storms arrive in the bay.”',
          'paragraph: Harbour Master Jane Doe said the tolls would rise again next year.'
        ]
      ]
    ])
  })
})

describe('right-aligned cells', () => {
  it('keeps a line indented far right in its block', () => {
    const value =
      'The board sets new tolls.\n\nToll period: May 1 – June 30\nEnquiries: tolls@harbour.example\n                                         555-0100\n\nShips pay the toll at the quay.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The board sets new tolls.',
          'paragraph: Toll period: May 1 – June 30\nEnquiries: tolls@harbour.example\n                                         555-0100',
          'paragraph: Ships pay the toll at the quay.'
        ]
      ]
    ])
  })

  it('still splits at paragraph indents of up to eleven columns', () => {
    const value = 'PORT ELLIS - Tolls rose at the\nquay today.\n        Shippers were\nsurprised by the move.\n           The board said it had no choice.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: Tolls rose at the\nquay today.',
          'paragraph: Shippers were\nsurprised by the move.',
          'paragraph: The board said it had no choice.'
        ]
      ]
    ])
    expect(outline(value.replace('           The', '            The'))).toStrictEqual([
      [null, ['paragraph: Tolls rose at the\nquay today.', 'paragraph: Shippers were\nsurprised by the move. The board said it had no choice.']]
    ])
  })
})

describe('subheadings that end with a colon', () => {
  it('takes a title-case line with a colon over prose', () => {
    const value =
      'Jane Doe & Partners urges Acme Corp. investors to come forward.\n\nClass Action Against Acme Corp. (ACME):\n\nAcme is accused of misleading investors about its quarry in Port Ellis. The complaint was filed on Monday.\n'
    expect(outline(value)).toStrictEqual([
      [null, ['paragraph: Jane Doe & Partners urges Acme Corp. investors to come forward.']],
      [
        'Class Action Against Acme Corp. (ACME):',
        ['paragraph: Acme is accused of misleading investors about its quarry in Port Ellis. The complaint was filed on Monday.']
      ]
    ])
  })

  it('takes no sentence that leads into what follows', () => {
    const value = 'The board met on Monday.\n\nThe new tolls are listed below:\n\nShips pay twelve crowns a day at the quay in Port Ellis.\n'
    expect(outline(value)).toStrictEqual([
      [
        null,
        [
          'paragraph: The board met on Monday.',
          'paragraph: The new tolls are listed below:',
          'paragraph: Ships pay twelve crowns a day at the quay in Port Ellis.'
        ]
      ]
    ])
  })

  it('takes no label of three words, nor a line over contact details or a list', () => {
    expect(outline('The board met on Monday.\n\nMedia Contact Here:\n\nJane Doe said the board would publish the tolls next week.\n')).toStrictEqual([
      [
        null,
        [
          'paragraph: The board met on Monday.',
          'paragraph: Media Contact Here:',
          'paragraph: Jane Doe said the board would publish the tolls next week.'
        ]
      ]
    ])
    expect(outline('The board met on Monday.\n\nFor Media Enquiries Please Contact:\n\nJane Doe, press@harbour.example\n')).toStrictEqual([
      [null, ['paragraph: The board met on Monday.', 'paragraph: For Media Enquiries Please Contact:', 'paragraph: Jane Doe, press@harbour.example']]
    ])
    expect(outline('The board met on Monday.\n\nNew Tolls for Ships at the Quay:\n\n- Ferries pay half.\n- Barges pay a quarter.\n')).toStrictEqual([
      [null, ['paragraph: The board met on Monday.', 'paragraph: New Tolls for Ships at the Quay:', 'list: Ferries pay half.\nBarges pay a quarter.']]
    ])
  })
})

describe('subheadings asked as a question', () => {
  it('takes a title-case question over prose, also over a last sentence without a stop', () => {
    const value = [
      'Harbour Ferries will hire 300 crew in Port Ellis by the end of the year, the company said on Monday.',
      '',
      'Why Work at Harbour Ferries?',
      '',
      'Crews get free crossings for their families and a pension from the first day.',
      '',
      '    How Can Job Seekers Apply?',
      '',
      'If you are ready for the sea, we would love to hear from you. Apply today at https://ferries.example/jobs',
      ''
    ].join('\n')
    expect(outline(value)).toStrictEqual([
      [null, ['paragraph: Harbour Ferries will hire 300 crew in Port Ellis by the end of the year, the company said on Monday.']],
      ['Why Work at Harbour Ferries?', ['paragraph: Crews get free crossings for their families and a pension from the first day.']],
      ['How Can Job Seekers Apply?', ['paragraph: If you are ready for the sea, we would love to hear from you. Apply today at https://ferries.example/jobs']]
    ])
  })

  it('takes no question in sentence case, of one capital, or over a list or a short line', () => {
    const lead = 'The board met on Monday to set the tolls.'
    const after = 'Ships pay twelve crowns a day at the quay in Port Ellis.'
    expect(outline(lead + '\n\nWhat does this mean for the port?\n\n' + after + '\n')).toStrictEqual([
      [null, ['paragraph: ' + lead, 'paragraph: What does this mean for the port?', 'paragraph: ' + after]]
    ])
    expect(outline(lead + '\n\nWho pays?\n\n' + after + '\n')).toStrictEqual([[null, ['paragraph: ' + lead, 'paragraph: Who pays?', 'paragraph: ' + after]]])
    expect(outline(lead + '\n\nWho Pays the Tolls?\n\n- Ferries pay half.\n- Barges pay a quarter.\n')).toStrictEqual([
      [null, ['paragraph: ' + lead, 'paragraph: Who Pays the Tolls?', 'list: Ferries pay half.\nBarges pay a quarter.']]
    ])
    expect(outline(lead + '\n\nWho Pays the Tolls?\n\nShips and barges\n')).toStrictEqual([
      [null, ['paragraph: ' + lead, 'paragraph: Who Pays the Tolls?', 'paragraph: Ships and barges']]
    ])
  })
})

describe('names that head a voice', () => {
  const intro = 'Four economists of Fjordland share their outlook for the ports in the year ahead.'
  const says = 'The year ahead belongs to the ports, and the tolls will not hold them back.'

  it('takes a name over an affiliation over prose as a heading, the affiliation under it', () => {
    const value = `${intro}\n\nJane Doe\n\nChief economist, Harbour Bank – Port Ellis\n\n${says}\n\nJ. R. van Doe\n\nProfessor of trade, Fjordland University – Port Ellis, Fj.\n\n${says}\n`
    expect(outline(value)).toStrictEqual([
      [null, [`paragraph: ${intro}`]],
      ['Jane Doe', ['paragraph: Chief economist, Harbour Bank – Port Ellis', `paragraph: ${says}`]],
      ['J. R. van Doe', ['paragraph: Professor of trade, Fjordland University – Port Ellis, Fj.', `paragraph: ${says}`]]
    ])
  })

  it('takes no name without an affiliation, nor one over a contact block or under a headline', () => {
    expect(outline(`${intro}\n\nJane Doe\n\nHarbour Bank\n\n${says}\n`)).toStrictEqual([
      [null, [`paragraph: ${intro}`, 'paragraph: Jane Doe', 'paragraph: Harbour Bank', `paragraph: ${says}`]]
    ])
    expect(outline(`${intro}\n\nJane Doe\n\nPress officer, Harbour Bank\n\n+1 555 0100\n`)).toStrictEqual([
      [null, [`paragraph: ${intro}`, 'paragraph: Jane Doe', 'paragraph: Press officer, Harbour Bank']]
    ])
    expect(outline(`${intro}\n\nPorts in the year ahead\n\nJane Doe\n\nChief economist, Harbour Bank\n\n${says}\n`)).toStrictEqual([
      [
        null,
        [`paragraph: ${intro}`, 'paragraph: Ports in the year ahead', 'paragraph: Jane Doe', 'paragraph: Chief economist, Harbour Bank', `paragraph: ${says}`]
      ]
    ])
  })
})

describe('a body joined into one line among other lines', () => {
  const one =
    'The harbour board of Port Ellis agreed on Monday to raise the tolls that ships pay at the quay. It is the first rise in nine years. ' +
    'The board said the money would pay for repairs to the breakwater, which the winter storms damaged twice.'
  const two =
    'Ferry operators said the rise would cost them more than they could pass on to passengers. One operator said it would cut a crossing. ' +
    'The board said it had heard them and would review the tolls after a year.'
  const three =
    'Shipping lines from Fjordland, which call at the quay each week, will pay a lower rate under a deal struck last spring. The deal runs for five years. ' +
    'The board expects the tolls to raise enough to start the repairs before the next winter.'

  /**
   * A document: a title, the body on one line with its paragraphs apart by
   * `gap`, and the page's links under it.
   *
   * @param body
   *   The paragraphs.
   * @param gap
   *   What separates them.
   * @returns
   *   Document.
   */
  function page(body: string[], gap: string): string {
    return 'Tolls rise at Port Ellis\n\n' + body.join(gap) + '\n\nMore from the Harbour Gazette\nShare this story\n'
  }

  /**
   * The lead section's blocks, cut to forty characters.
   *
   * @param value
   *   Document.
   * @returns
   *   Blocks.
   */
  function starts(value: string): string[] {
    return outline(value)[0]![1].map((block) => block.slice(0, 40))
  }

  const cut = (paragraph: string) => ('paragraph: ' + paragraph).slice(0, 40)

  it('splits the line at wide gaps after sentence ends when it is long', () => {
    const body = [one, two, three, one, two, three, one, two]
    expect(body.join('  ').length).toBeGreaterThan(1500)
    expect(starts(page(body, '  '))).toStrictEqual([...body.map(cut), 'paragraph: More from the Harbour Gazette'])
  })

  it('keeps a shorter line whole, and one with a wide gap after every sentence', () => {
    expect(starts(page([one, two], '  '))).toStrictEqual([cut(one), 'paragraph: More from the Harbour Gazette'])
    const typed = [one, two, three, one, two, three, one, two].map((paragraph) => paragraph.replaceAll('. ', '.  '))
    expect(starts(page(typed, '  '))).toStrictEqual([cut(one), 'paragraph: More from the Harbour Gazette'])
  })
})
