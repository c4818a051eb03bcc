/**
 * The page's own lines around a scraped article's body: teasers of other
 * stories cut off with an ellipsis, comment forms and links between posts,
 * the page's update and reader stamps, buttons, a wire's signature or item
 * code that the credit recogniser does not know, a picture's caption with
 * its credit and a release's link to its logo. None of them is a paragraph
 * or a heading of the article.
 */
import {describe, expect, it} from 'vitest'
import {parse, stringify} from '../src/index.js'
import type {Root} from '../src/index.js'
import {isHeadingLine, isPageEnd, isPlaceholderLine, isWidgetLine} from '../src/lib/text/is-heading.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {bodyBlocks as body, footerCredits as credits, sourceNames as sources} from './util/outline.js'

/**
 * Parse plain text.
 *
 * @param value
 *   Document.
 * @returns
 *   Tree.
 */
function text(value: string): Root {
  return parse(value, {format: 'text'})
}

/**
 * Whether a tree reads back the same after `stringify`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Nothing; asserts.
 */
function roundTrips(tree: Root): void {
  expect(removePosition(parse(stringify(tree), {format: 'text'}))).toStrictEqual(removePosition(tree))
}

const lead = [
  'The ferry between Port Ellis and the islands resumed on Tuesday after a week of storms, the harbour office said in a statement.',
  'Crews checked the breakwater and the landing stages before the first crossing at dawn, and the timetable is back to normal.'
].join('\n')

const paragraphs = ['paragraph: The ferry between P', 'paragraph: Crews checked the b']

/**
 * The body's blocks, with their type, cut to thirty characters.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Blocks.
 */
function short(tree: Root): string[] {
  return body(tree).map((block) => block.slice(0, 30))
}

describe('plain text: teasers cut off with an ellipsis', () => {
  it('puts a list of teasers under the article in the footer, and not their sources', () => {
    const tree = text(
      lead +
        '\nThe island’s mayor, Ruth Okafor, announced on Monday that the old pier would be rebuilt with…\n' +
        'Fishing crews in the northern bay have asked the council for a second harbour,…\n' +
        'Storm damage on the coast road will cost more than the U.S. firm estimated in…\n'
    )
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree).map(([role, words]) => role + ' ' + words.slice(0, 20))).toStrictEqual([
      'other The island’s mayor, ',
      'other Fishing crews in the',
      'other Storm damage on the '
    ])
    expect(sources(tree)).toStrictEqual(['harbour office'])
    roundTrips(tree)
  })

  it('reads three dots as an ellipsis, over blank lines', () => {
    const tree = text(lead + '\n\nPort Ellis opens a new terminal for the island ferries in...\n\nBridge works on the coast road start in May and...\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toHaveLength(2)
  })

  it('leaves one paragraph that trails off, and sentences before an ellipsis, alone', () => {
    const one = text(lead + '\nAnd then the harbour master looked at the sky and said that the sea would…\n')
    expect(body(one)).toHaveLength(3)
    expect(credits(one)).toStrictEqual([])
    const sentences = text(
      lead + '\nThe crossing was calm. Then the wind turned, and…\nThe crew held on. Nobody on board said a word until…\n'
    )
    expect(body(sentences)).toHaveLength(4)
    // An ellipsis after a sentence's end is no cut.
    const ended = text(lead + '\nThe crossing was calm, the crew said.…\nThe sea was calm as the crew had hoped.…\n')
    expect(body(ended)).toHaveLength(4)
  })

  it('needs prose above the teasers', () => {
    const tree = text('Port Ellis opens a new terminal for the…\nBridge works on the coast road start in…\n')
    expect(credits(tree)).toStrictEqual([])
  })
})

describe('plain text: the page’s lines under the article', () => {
  it('reads a comment form’s head, an item code and an account’s buttons as credits', () => {
    const tree = text(lead + '\nJD/NWS20240311000512\nYour Comment\n\nLog in or Register\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['other', 'JD/NWS20240311000512'],
      ['other', 'Your Comment'],
      ['other', 'Log in or Register']
    ])
    roundTrips(tree)
  })

  it('ends the article at the links between posts, with the next post’s title', () => {
    const tree = text(lead + '\n\nPrevious Post\nNext Post\nHARBOUR REOPENS\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['other', 'Previous Post'],
      ['other', 'Next Post'],
      ['other', 'HARBOUR REOPENS']
    ])
    // A word in capitals under the links is the next post's title, no
    // signature.
    expect(credits(text(lead + '\nPrevious Post\nNext Post\nFERRIES\n'))).toStrictEqual([
      ['other', 'Previous Post'],
      ['other', 'Next Post'],
      ['other', 'FERRIES']
    ])
  })

  it('ends the article at the page’s update and reader stamps, with the site’s furniture under them', () => {
    const tree = text(
      lead +
        '\n\nLast updated on 12/03/2024\nThis article has been read 240 times\nHarbour Office, Quay Street 4, Port Ellis. Telephone and fax numbers are on the contact page.\n\n' +
        'Best viewed with a recent browser at a screen of 1280 pixels or more. Visitors today: 1,204 and this month: 20,310.\n'
    )
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree).map(([role, words]) => role + ' ' + words.slice(0, 20))).toStrictEqual([
      'other Last updated on 12/0',
      'other This article has bee',
      'other Harbour Office, Quay',
      'other Best viewed with a r'
    ])
  })

  it('reads a wire’s signature after dashes or in capitals alone', () => {
    expect(credits(text(lead + '\n\n-- PORTWIRE\n'))).toStrictEqual([['signature', '-- PORTWIRE']])
    const tree = text(lead + '\nPNA\n\n\nClick it and Unblock the Notifications\n')
    expect(credits(tree)).toStrictEqual([
      ['signature', 'PNA'],
      ['other', 'Click it and Unblock the Notifications']
    ])
    const footer = tree.children.find((node) => node.type === 'footer')
    expect(footer?.type === 'footer' && footer.children[0]?.names).toStrictEqual(['PNA'])
  })

  it('leaves a list’s last item, a sentence about updates and a word in the middle alone', () => {
    const list = text(lead + '\n\nThe ferry calls at:\n\n- London\n- Paris\n')
    expect(credits(list)).toStrictEqual([])
    expect(body(list).at(-1)).toBe('list: London\nParis')
    const update = text(lead + '\nLast updated on Monday, the timetable adds a late crossing on Fridays.\n')
    expect(credits(update)).toStrictEqual([])
    const middle = text('Ferry resumes\n\n' + lead + '\nNATO\n' + lead + '\n')
    expect(credits(middle)).toStrictEqual([])
  })
})

describe('plain text: a comment box, a cookie notice and a tracking code under the article', () => {
  it('ends the article at a readers’ comment box and at a cookie notice', () => {
    const tree = text(lead + '\n\nPost Your Say\n\nSelected comments will be printed in the letters page of our paper.\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['other', 'Post Your Say'],
      ['other', 'Selected comments will be printed in the letters page of our paper.']
    ])
    const cookies = text(lead + '\n\nThis website uses cookies to improve your experience. You can opt out if you wish. Accept\n')
    expect(short(cookies)).toStrictEqual(paragraphs)
    expect(credits(cookies)).toStrictEqual([['other', 'This website uses cookies to improve your experience. You can opt out if you wish. Accept']])
  })

  it('ends the article at a syndicator’s tracking code, with the disclaimer under it', () => {
    const tree = text(lead + '\nNEWSFEED11032024000512ID1100223344\nLegal Disclaimer:\nThe feed gives this story as it is, without warranty of any kind.\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['other', 'NEWSFEED11032024000512ID1100223344'],
      ['other', 'Legal Disclaimer:'],
      ['other', 'The feed gives this story as it is, without warranty of any kind.']
    ])
  })
})

describe('plain text: an editor’s credit over the page’s own lines', () => {
  it('ends the article at the credit and keeps its role', () => {
    const tree = text(
      lead +
        '\n\nEditing and translating by Jane Doe\n\nHARBOURPRESS\n\n9 Quay St, Port Ellis 0001, Fjordland\n\nFor reproduction of any material in other media the written permission of the agency is required.\n'
    )
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['editing', 'Editing and translating by Jane Doe'],
      ['other', 'HARBOURPRESS'],
      ['other', '9 Quay St, Port Ellis 0001, Fjordland'],
      ['other', 'For reproduction of any material in other media the written permission of the agency is required.']
    ])
  })

  it('leaves a sentence about editing to the body', () => {
    const edited = 'Edited by the harbour board, the new timetable was printed in every port of Fjordland this week.'
    const tree = text(lead + '\n\n' + edited + '\n\nHARBOURPRESS\n\nThe board will meet again in May to set the winter crossings for the islands.\n')
    expect(short(tree)).toStrictEqual([...paragraphs, 'paragraph: Edited by the harbo', 'heading: HARBOURPRESS', 'paragraph: The board will meet'])
  })
})

describe('plain text: a blog’s foot, a page’s change stamp and a label left alone', () => {
  it('puts a blog’s comment count and archive heading under the post in the footer', () => {
    const tree = text('Ferry resumes\n\n' + lead + '\nNo comments:\nBlog Archive\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['other', 'No comments:'],
      ['other', 'Blog Archive']
    ])
  })

  it('puts a page’s change stamp with a month’s name in the footer', () => {
    const tree = text('Ferry resumes\n\n' + lead + '\n\nLast changed: March 07, 2001\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([['other', 'Last changed: March 07, 2001']])
  })

  it('puts a label with nothing under it at the foot in the footer', () => {
    const tree = text('Ferry resumes\n\n' + lead + '\nALSO WATCH:\n')
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([['other', 'ALSO WATCH:']])
    const read = text('Ferry resumes\n\n' + lead + '\n\nRead More:\n')
    expect(credits(read)).toStrictEqual([['other', 'Read More:']])
  })

  it('leaves a lead-in in lower case, a long label and a label over its value alone', () => {
    const said = text('Ferry resumes\n\n' + lead + '\nThe harbour master said:\n')
    expect(credits(said)).toStrictEqual([])
    expect(body(said).at(-1)).toBe('paragraph: The harbour master said:')
    const long = text('Ferry resumes\n\n' + lead + '\nTimetable For The Islands:\n')
    expect(credits(long)).toStrictEqual([])
    const valued = text('Ferry resumes\n\n' + lead + '\n\nTimetable:\nDaily at dawn and at noon\n')
    expect(credits(valued)).toStrictEqual([])
  })
})

describe('plain text: the article’s headline printed again under it', () => {
  const headline = 'Ferry resumes after a week of storms'

  it('puts the card of the article’s own story under it in the footer', () => {
    const tree = text(`${headline}\n\n${lead}\n\n${headline}\n\nThe ferry between Port Ellis and the islands resumed on Tuesday.\n`)
    expect(short(tree)).toStrictEqual(paragraphs)
    expect(credits(tree)).toStrictEqual([
      ['other', headline],
      ['other', 'The ferry between Port Ellis and the islands resumed on Tuesday.']
    ])
  })

  it('leaves a repeat with more prose under it, a short subheading and a line printed only once alone', () => {
    const middle = text(`${headline}\n\n${lead}\n\n${headline}\n\n${lead}\n\n${lead}\n`)
    expect(credits(middle)).toStrictEqual([])
    const short3 = text(`${lead}\n\nWhat comes next\n\n${lead}\n\nWhat comes next\n\nThe timetable is at the quay.\n`)
    expect(credits(short3)).toStrictEqual([])
    const once = text(`${headline} | Harbour Gazette\n\n${lead}\n\n${headline}\n\nThe ferry between Port Ellis and the islands resumed on Tuesday.\n`)
    expect(credits(once)).toStrictEqual([])
  })
})

describe('plain text: widgets, captions and media links between paragraphs', () => {
  it('reads a video’s button as no heading', () => {
    const tree = text(lead + '\nWatch Video\n' + lead + '\n')
    expect(body(tree).filter((block) => block.startsWith('heading'))).toStrictEqual([])
  })

  it('reads a picture’s caption with its credit in brackets as no heading', () => {
    const tree = text(lead + '\n\nThe new ferry at the quay (Photo: Harbour Office)\n\n' + lead + '\n')
    expect(body(tree).filter((block) => block.startsWith('heading'))).toStrictEqual([])
    // Other brackets at a heading's end keep it a heading.
    const kept = text(lead + '\n\nThe Second Terminal (Phase 2)\n\n' + lead + '\n')
    expect(body(kept).filter((block) => block.startsWith('heading'))).toStrictEqual(['heading: The Second Terminal (Phase 2)'])
  })

  it('drops a release’s link to its logo or multimedia version', () => {
    const tree = text(
      lead +
        '\n\n(Logo: https://example.com/media/logo.jpg\n\n(To view the Multimedia News Release, go to: https://example.com/mnr/1 )\n\n' +
        lead +
        '\n'
    )
    expect(body(tree).some((block) => block.includes('example.com'))).toBe(false)
    // A bracketed sentence with an address is the release's.
    const kept = text(lead + '\n\n(The timetable is at https://example.com/ferry and at the quay.)\n\n' + lead + '\n')
    expect(body(kept).some((block) => block.includes('example.com'))).toBe(true)
  })
})

describe('line tests', () => {
  it('isHeadingLine: a sentence broken off after its connective', () => {
    expect(isHeadingLine("Meanwhile, the harbour office's new")).toBe(false)
    expect(isHeadingLine('However, the ferry')).toBe(false)
    // Commas elsewhere, and a capitalised word that is no connective.
    expect(isHeadingLine('Paris, London and Rome')).toBe(true)
    expect(isHeadingLine('Later Years')).toBe(true)
    const tree = text(lead + "\n\nMeanwhile, the harbour office's new\n\nTimetable starts on Monday, the office said.\n")
    expect(body(tree).filter((block) => block.startsWith('heading'))).toStrictEqual([])
  })

  it('isPageEnd', () => {
    expect(isPageEnd('Your Comment')).toBe(true)
    expect(isPageEnd('Next Post »')).toBe(true)
    expect(isPageEnd('MORE HEADLINES')).toBe(true)
    expect(isPageEnd('Last Update on 10/07/2018')).toBe(true)
    expect(isPageEnd('Last updated: 3.4.2024 14:02')).toBe(true)
    expect(isPageEnd('Views: 1,204')).toBe(true)
    expect(isPageEnd('Last changed: March 07, 2001')).toBe(true)
    expect(isPageEnd('Last modified: 7th March 2001 10:12')).toBe(true)
    expect(isPageEnd('Last modified on Mar. 7 2001')).toBe(true)
    expect(isPageEnd('No comments:')).toBe(true)
    expect(isPageEnd('12 comments:')).toBe(true)
    expect(isPageEnd('Blog Archive')).toBe(true)
    expect(isPageEnd('Leave a comment')).toBe(true)
    expect(isPageEnd('Post Your Say')).toBe(true)
    expect(isPageEnd('We use cookies to give you the best experience on our site.')).toBe(true)
    expect(isPageEnd('NEWSFEED11032024000512ID1100223344')).toBe(true)
    expect(isPageEnd('NEWSFEED2024')).toBe(false)
    expect(isPageEnd('We use cookie cutters from Port Ellis')).toBe(false)
    expect(isPageEnd('The site uses cookies, the regulator said.')).toBe(false)
    expect(isHeadingLine('NEWSFEED11032024000512ID1100223344')).toBe(false)
    expect(isHeadingLine('COVID19 UPDATE')).toBe(true)
    expect(isPageEnd('Next steps')).toBe(false)
    expect(isPageEnd('Last updated on Monday')).toBe(false)
    expect(isPageEnd('Last changed in March 2001')).toBe(false)
    expect(isPageEnd('No comments were taken')).toBe(false)
    expect(isPageEnd('This story has been read by millions')).toBe(false)
  })

  it('isWidgetLine', () => {
    expect(isWidgetLine('Watch Video')).toBe(true)
    expect(isWidgetLine('Log in or Register')).toBe(true)
    expect(isWidgetLine('Allow notifications')).toBe(true)
    expect(isWidgetLine('Register')).toBe(false)
    expect(isWidgetLine('Watch')).toBe(false)
    expect(isWidgetLine('The notifications were allowed')).toBe(false)
  })

  it('isHeadingLine and isPlaceholderLine', () => {
    expect(isHeadingLine('Harbour at dawn (Photo by Jane Doe)')).toBe(false)
    expect(isHeadingLine('Harbour at dawn (Images: Jane Doe)')).toBe(false)
    expect(isHeadingLine('Harbour at dawn (2024)')).toBe(true)
    expect(isPlaceholderLine('(Photo: https://example.com/1.jpg )')).toBe(true)
    expect(isPlaceholderLine('(Logo: https://example.com/logo.png')).toBe(true)
    expect(isPlaceholderLine('(https://example.com/1.jpg)')).toBe(false)
    expect(isPlaceholderLine('(See the photo: it shows https://example.com)')).toBe(false)
  })
})
