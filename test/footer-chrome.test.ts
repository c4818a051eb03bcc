/**
 * The page chrome that closes scraped articles (`Tags:`, `Related news`,
 * `-0-`, share buttons, whole other stories) is footer, not body: each of
 * its lines is a credit (role `other` unless the credit recogniser reads
 * it), so nothing is lost and none of it counts as the article's. Contact
 * blocks under a contact label and PR Newswire's `SOURCE` line are
 * credits too.
 */
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {assert, parse, stringify, toString} from '../src/index.js'
import type {Root} from '../src/index.js'
import {endsWithEndMark, recognizeCredits, recognizeEndMarker} from '../src/lib/sources/recognize-credit.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {positions} from './util/position.js'
import {bodyBlocks as body, footerCredits as credits, sourceNames as sources} from './util/outline.js'

/**
 * Whether a tree reads back the same after `stringify`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Nothing; asserts.
 */
function roundTrips(tree: Root): void {
  const format = tree.data?.format === 'markdown' ? 'markdown' : 'text'
  expect(removePosition(parse(stringify(tree), {format}))).toStrictEqual(removePosition(tree))
}

const lead = [
  'Ferry service resumes',
  '',
  'The ferry between Port Ellis and the islands resumed on Tuesday after a week of storms, the harbour office said in a statement.',
  '',
  'Crews checked the breakwater and the landing stages before the first crossing at dawn, and the timetable is back to normal.',
  ''
].join('\n')

describe('recognizeEndMarker', () => {
  it('reads end marks and heads of other stories as the end, chrome as chrome', () => {
    expect(recognizeEndMarker('RELATED NEWS')).toBe('end')
    expect(recognizeEndMarker('## Most read')).toBe('end')
    expect(recognizeEndMarker('**Other news:**')).toBe('end')
    expect(recognizeEndMarker('-0-')).toBe('end')
    expect(recognizeEndMarker('Enditem')).toBe('end')
    expect(recognizeEndMarker('Tags:')).toBe('chrome')
    expect(recognizeEndMarker('Tags: ferry, storms, islands')).toBe('chrome')
    expect(recognizeEndMarker('Share this article')).toBe('chrome')
    expect(recognizeEndMarker('Read also')).toBe('chrome')
    expect(recognizeEndMarker('\u25A0')).toBe('chrome')
  })

  it('reads nothing else', () => {
    // A link inside an article, and sentences.
    expect(recognizeEndMarker('Read also: Ferry service resumes after storms')).toBe(undefined)
    expect(recognizeEndMarker('Related news reached the port on Monday.')).toBe(undefined)
    expect(recognizeEndMarker('The end')).toBe(undefined)
    expect(recognizeEndMarker('Source: Harbour office')).toBe(undefined)
    expect(recognizeEndMarker('Tags: ' + 'x'.repeat(300))).toBe(undefined)
  })
})

describe('endsWithEndMark', () => {
  it('reads an end mark after the last sentence', () => {
    expect(endsWithEndMark('The talks resume in May.-0-')).toBe(true)
    expect(endsWithEndMark('The talks resume in May. Enditem')).toBe(true)
    expect(endsWithEndMark('\u201CWe are ready.\u201D -0-')).toBe(true)
    expect(endsWithEndMark('The hosts led 2-0-')).toBe(false)
    expect(endsWithEndMark('-0-')).toBe(false)
    expect(endsWithEndMark('The talks resume in May.')).toBe(false)
  })
})

describe('recognizeCredits: SOURCE lines and rights notices', () => {
  it('reads PR Newswire’s SOURCE line as a source credit', () => {
    expect(recognizeCredits('SOURCE Larkspur Robotics, Inc.')).toStrictEqual([
      {start: 0, end: 30, role: 'source', names: ['Larkspur Robotics, Inc.']}
    ])
    expect(recognizeCredits('**SOURCE** Larkspur Robotics')?.[0]?.names).toStrictEqual(['Larkspur Robotics'])
  })

  it('leaves sentences and lower-case labels alone', () => {
    expect(recognizeCredits('Source code for the robot is public.')).toBe(undefined)
    expect(recognizeCredits('SOURCE')).toBe(undefined)
    expect(recognizeCredits('SOURCE said the talks went well')).toBe(undefined)
  })

  it('reads a rights notice as a copyright credit without names', () => {
    expect(recognizeCredits('All rights reserved.')).toStrictEqual([{start: 0, end: 20, role: 'copyright', names: []}])
    const notice = 'This material may not be reproduced without reference to the Valley Post.'
    expect(recognizeCredits(notice)).toStrictEqual([{start: 0, end: notice.length, role: 'copyright', names: []}])
    expect(recognizeCredits('Reproduction of these pages is prohibited.')?.[0]?.role).toBe('copyright')
    // A sentence about rights is body text.
    expect(recognizeCredits('The photos may not be reproduced, the court said on Monday.')).toBe(undefined)
    expect(recognizeCredits('The band sued over the reproduction of its songs.')).toBe(undefined)
  })
})

describe('plain text: chrome after the article', () => {
  it('makes tags and a related-news head credits, with exact positions', () => {
    const value = lead + '\nMara Lind\n\nTags:\n\nRELATED NEWS\n'
    const tree = parse(value, {format: 'text'})
    const at = positions(value)
    const tags = value.indexOf('Tags:')
    const related = value.indexOf('RELATED')
    expect(tree.children.find((node) => node.type === 'footer')).toStrictEqual(
      u('footer', {position: at(tags, related + 12)}, [
        u('credit', {role: 'other' as const, names: [], position: at(tags, tags + 5)}, [u('text', {position: at(tags, tags + 5)}, 'Tags:')]),
        u('credit', {role: 'other' as const, names: [], position: at(related, related + 12)}, [
          u('text', {position: at(related, related + 12)}, 'RELATED NEWS')
        ])
      ])
    )
    expect(body(tree)).toHaveLength(3)
    roundTrips(tree)
  })

  it('puts a whole other story under `relevant news` in the footer, and not its sources', () => {
    const value =
      lead +
      '\nThis information may not be reproduced without reference to the Valley Post.\n\nrelevant news\n\nBridge works start in May\n\n' +
      'Works on the old bridge start in May and last a year, city engineer Tom Hart told reporters on Wednesday at the site.\n'
    const tree = parse(value, {format: 'text'})
    expect(credits(tree)).toStrictEqual([
      ['copyright', 'This information may not be reproduced without reference to the Valley Post.'],
      ['other', 'relevant news'],
      ['other', 'Bridge works start in May'],
      ['other', 'Works on the old bridge start in May and last a year, city engineer Tom Hart told reporters on Wednesday at the site.']
    ])
    expect(body(tree).map((block) => block.slice(0, 30))).toStrictEqual(['paragraph: The ferry between P', 'paragraph: Crews checked the b'])
    expect(sources(tree)).toStrictEqual(['harbour office'])
    roundTrips(tree)
  })

  it('ends the body at a sidebar head inside the last block, and at an agency end mark', () => {
    const sidebar = parse(lead.trimEnd() + '\nPopular news\n  \u2022 Bridge works start in May\n    12.05.2023 10:40\n', {format: 'text'})
    expect(credits(sidebar).map(([role, words]) => role + ' ' + words)).toStrictEqual([
      'other Popular news',
      'other \u2022 Bridge works start in May',
      'other 12.05.2023 10:40'
    ])
    roundTrips(sidebar)
    const marked = parse(lead + '\n-0-\n\nEconomy\n\nBridge works start in May\n', {format: 'text'})
    expect(credits(marked).map(([, words]) => words)).toStrictEqual(['-0-', 'Economy', 'Bridge works start in May'])
    roundTrips(marked)
  })

  it('ends the body after a line that ends with an end mark', () => {
    const value = lead.trimEnd() + ' The next crossing is on Friday.-0-\n- Economy\n- 12 May 2023 10:40\nBridge works start in May\n'
    const tree = parse(value, {format: 'text'})
    expect(credits(tree).map(([, words]) => words)).toStrictEqual(['- Economy', '- 12 May 2023 10:40', 'Bridge works start in May'])
    expect(body(tree).at(-1)?.endsWith('Friday.-0-')).toBe(true)
    roundTrips(tree)
    const xinhua = parse(lead.trimEnd() + ' Enditem\nPhotos of the day\n', {format: 'text'})
    expect(credits(xinhua).map(([, words]) => words)).toStrictEqual(['Photos of the day'])
    // A score is no end mark, and a mark on the last line leaves nothing to cut.
    expect(credits(parse(lead.trimEnd() + ' The hosts led 2-0-\nBridge works start in May\n', {format: 'text'}))).toStrictEqual([])
    expect(credits(parse(lead.trimEnd() + '-0-\n', {format: 'text'}))).toStrictEqual([])
  })

  it('ends the body at share buttons followed by short lines', () => {
    const tree = parse(lead + '\nShare:\nJoin our channel for the latest news!\n', {format: 'text'})
    expect(credits(tree)).toStrictEqual([
      ['other', 'Share:'],
      ['other', 'Join our channel for the latest news!']
    ])
    roundTrips(tree)
  })

  it('leaves a `Read also` box between paragraphs in the body', () => {
    const boxed = [
      lead,
      'Read also:',
      '',
      'Storm closes the harbour for a week',
      '',
      'The harbour office said it would publish the winter timetable next month, once the repairs to the landing stages are done.',
      ''
    ].join('\n')
    expect(credits(parse(boxed, {format: 'text'}))).toStrictEqual([])
    // With the headline on its line, it is a link inside the article.
    expect(credits(parse(lead + '\nRead also: Storm closes the harbour for a week\n', {format: 'text'}))).toStrictEqual([])
  })

  it('leaves a menu of other stories above the article in the body', () => {
    const value = [
      'Latest news',
      '',
      'Storm closes the harbour',
      '',
      lead
    ].join('\n')
    expect(credits(parse(value, {format: 'text'}))).toStrictEqual([])
  })

  it('leaves articles that end normally alone', () => {
    for (const end of ['\nShare the news with your friends, the office asked.\n', '\nThe end\n', '\nTags are sold at the harbour office for two euros.\n']) {
      expect(credits(parse(lead + end, {format: 'text'}))).toStrictEqual([])
    }
  })

  it('reads a contact block and the SOURCE line of a release as credits', () => {
    const value = lead + '\nMedia contact:\nMara Lind, Larkspur Robotics\n+1 555 010 4477\n\nSOURCE Larkspur Robotics, Inc.\n'
    const tree = parse(value, {format: 'text'})
    expect(credits(tree)).toStrictEqual([
      // A labelled block is one credit, as before.
      ['contact', 'Media contact:\nMara Lind, Larkspur Robotics\n+1 555 010 4477'],
      ['source', 'SOURCE Larkspur Robotics, Inc.']
    ])
    expect(sources(tree)).toContain('Larkspur Robotics, Inc.')
    roundTrips(tree)
    // Under a contact heading, each short line is contact information.
    const lines = parse(lead + '\nMedia Contact\n\nMara Lind\nLarkspur Robotics\n\nmara@larkspur.example\n', {format: 'text'})
    expect(credits(lines)).toStrictEqual([
      ['contact', 'Media Contact'],
      ['contact', 'Mara Lind'],
      ['contact', 'Larkspur Robotics'],
      ['contact', 'mara@larkspur.example']
    ])
    roundTrips(lines)
    // Without a contact label above, the lines are body.
    expect(credits(parse(lead + '\nMara Lind, Larkspur Robotics\n+1 555 010 4477\n', {format: 'text'}))).toStrictEqual([
      ['contact', '+1 555 010 4477']
    ])
  })
})

describe('markdown: chrome after the article', () => {
  const head = '# Ferry service resumes\n\n' + lead.split('\n\n').slice(1).join('\n\n')

  it('makes a related-news list and tags credits that keep their links', () => {
    const value = head + '\n## Related news\n\n- [Storm closes harbour](https://example.com/a)\n- [Bridge works start](https://example.com/b)\n\nTags: ferry, storms\n'
    const tree = parse(value, {format: 'markdown'})
    expect(credits(tree)).toStrictEqual([
      ['other', 'Related news'],
      ['other', 'Storm closes harbour'],
      ['other', 'Bridge works start'],
      ['other', 'Tags: ferry, storms']
    ])
    const footer = tree.children.find((node) => node.type === 'footer')
    const link = footer?.type === 'footer' ? footer.children[1]!.children[0] : undefined
    expect(link?.type === 'link' ? link.url : undefined).toBe('https://example.com/a')
    expect(body(tree)).toHaveLength(2)
    roundTrips(tree)
  })

  it('keeps the links of notes under a closing rule, so that they read back the same', () => {
    const value = head + '\n---\n\nFiled from [the harbour](https://example.com/h) by the desk\n'
    const tree = parse(value, {format: 'markdown'})
    const footer = tree.children.find((node) => node.type === 'footer')
    const note = footer?.type === 'footer' ? footer.children[0] : undefined
    expect(note?.children.map((child) => child.type)).toStrictEqual(['text', 'link', 'text'])
    expect(credits(tree)).toStrictEqual([['other', 'Filed from the harbour by the desk']])
    roundTrips(tree)
  })

  it('reads a contact block under `**Contacts:**` and the SOURCE line as credits', () => {
    const value = head + '\n**Contacts:**\n\n| Mara Lind | Larkspur Robotics |\n| --- | --- |\n| mara@larkspur.example | +1 555 010 4477 |\n\nSOURCE Larkspur Robotics, Inc.\n'
    const tree = parse(value, {format: 'markdown'})
    expect(credits(tree).map(([role]) => role)).toStrictEqual(['contact', 'contact', 'contact', 'contact', 'source'])
    roundTrips(tree)
    // Under a bold heading, the heading stays in the body.
    const headed = parse(head + '\n**Media Contact**\n\nMara Lind, Larkspur Robotics\n', {format: 'markdown'})
    expect(body(headed).at(-1)).toBe('heading: Media Contact')
    expect(credits(headed)).toStrictEqual([['contact', 'Mara Lind, Larkspur Robotics']])
  })
})

describe('both readers: a wire’s long link to the release', () => {
  // Longer than any end marker's line: only its start is read.
  const link =
    'View original content to download multimedia: https://www.example.com/news-releases/ferry-service-resumes-after-a-week-of-storms-and-the-timetable-is-back-to-normal-302000000.html?utm_source=feed&utm_medium=rss'
  const tail = '\n' + link + '\n\nSOURCE Port Ellis Harbour Office\n\nRelated Links\n\nharbour.example\n'

  it('ends the body at it in plain text and in Markdown alike', () => {
    const text = parse(lead + tail, {format: 'text'})
    const markdown = parse('# Ferry service resumes\n\n' + lead.split('\n\n').slice(1).join('\n\n') + tail, {format: 'markdown'})
    const expected = [
      ['other', link],
      ['source', 'SOURCE Port Ellis Harbour Office'],
      ['other', 'Related Links'],
      ['other', 'harbour.example']
    ]
    expect(credits(text)).toStrictEqual(expected)
    expect(credits(markdown)).toStrictEqual(expected)
    expect(body(text)).toHaveLength(2)
    expect(body(markdown)).toHaveLength(2)
    roundTrips(text)
    roundTrips(markdown)
  })
})

describe('markdown: page furniture before a wire dateline', () => {
  const release = [
    'Larkspur Robotics Names Mara Lind Chief Executive',
    '=================================================',
    '',
    'Larkspur Robotics, maker of harbour inspection drones, names its chief operating officer to lead the company.',
    '',
    'News provided by',
    '----------------',
    '',
    '[**Larkspur Robotics, Inc.**](/news/larkspur/)',
    '',
    'Mar 02, 2021, 09:00 ET',
    '',
    'Share this article',
    '------------------',
    '',
    '---',
    '',
    'PORTLAND, Maine, March 2, 2021 /PRNewswire/ -- Larkspur Robotics, Inc. today named Mara Lind its chief executive.',
    '',
    'Lind joined the company in 2015 and has run its operations since 2018, the company said.',
    ''
  ].join('\n')

  it('reads the header up to the dateline, with the furniture as meta', () => {
    const tree = parse(release, {format: 'markdown'})
    const header = tree.children[0]
    expect(header?.type).toBe('header')
    const nodes = header?.type === 'header' ? header.children : []
    expect(nodes.map((node) => (node.type === 'meta' ? 'meta ' + node.key + ': ' + node.value : node.type + ': ' + toString(node)))).toStrictEqual([
      'title: Larkspur Robotics Names Mara Lind Chief Executive',
      'subtitle: Larkspur Robotics, maker of harbour inspection drones, names its chief operating officer to lead the company.',
      'meta furniture: News provided by',
      'meta furniture: Larkspur Robotics, Inc.',
      'dateline: Mar 02, 2021, 09:00 ET',
      'meta furniture: Share this article',
      'dateline: PORTLAND, Maine, March 2, 2021 /PRNewswire/ --'
    ])
    const filed = nodes[6]
    expect(filed?.type === 'dateline' ? [filed.role, filed.place, filed.agency, filed.date] : []).toStrictEqual([
      'filed',
      'PORTLAND, Maine',
      'PRNewswire',
      '2021-03-02'
    ])
    const stamp = nodes[4]
    expect(stamp?.type === 'dateline' ? [stamp.date, stamp.time] : []).toStrictEqual(['2021-03-02', '09:00'])
    expect(body(tree).map((block) => block.slice(11, 30))).toStrictEqual(['Larkspur Robotics, ', 'Lind joined the com'])
    // Written back, the furniture is meta lines, read back the same.
    expect(stringify(tree)).toContain('\n\nfurniture: Share this article\n\n')
    roundTrips(tree)
  })

  it('reads no furniture without a stamp or byline before the dateline', () => {
    const value = release.replace('Mar 02, 2021, 09:00 ET', 'Larkspur builds drones in Maine')
    const tree = parse(value, {format: 'markdown'})
    expect(body(tree).filter((block) => block.startsWith('heading'))).toStrictEqual(['heading: News provided by', 'heading: Share this article'])
  })

  it('leaves headings before a later dateline in the body when prose is between', () => {
    const value = [
      '# Ports reopen along the coast',
      '',
      'Ports along the coast reopened on Tuesday after the storms, and ferries resumed their crossings; the harbour offices said repairs to the breakwaters and the landing stages would go on through the winter months.',
      '',
      '## Abroad',
      '',
      'LONDON, March 2 (Reuters) - British ports also reopened on Tuesday.',
      ''
    ].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(body(tree).map((block) => block.slice(0, 20))).toStrictEqual(['paragraph: Ports alo', 'heading: Abroad', 'paragraph: LONDON, M'])
  })
})

describe('markdown: a paragraph that opens with punctuation after a link', () => {
  it('joins it to the paragraph split after the link', () => {
    const value = '# Ferries\n\nStaff grew by a third,\n[the office reported](https://example.com/r)\n\n. The new timetable starts in May.\n'
    const tree = parse(value, {format: 'markdown'})
    expect(body(tree)).toStrictEqual(['paragraph: Staff grew by a third,\nthe office reported\n. The new timetable starts in May.'])
    roundTrips(tree)
    const comma = parse('# Ferries\n\nCrossings resumed on\n[Tuesday](https://example.com/t)\n\n, the office said.\n', {format: 'markdown'})
    expect(body(comma)).toHaveLength(1)
  })

  it('leaves quotation marks and dashes apart', () => {
    for (const next of ['\u201DWe are ready,\u201D the captain said.', '\u2014 The captain, on the radio.']) {
      const tree = parse('# Ferries\n\nThe captain spoke to\n[the radio](https://example.com/r)\n\n' + next + '\n', {format: 'markdown'})
      expect(body(tree)).toHaveLength(2)
    }
  })
})

describe('hostile chrome', () => {
  const families: Array<[string, string]> = [
    ['end markers', 'Related news\n'.repeat(5000)],
    ['end markers in blocks', lead + 'Related news\n\n'.repeat(5000)],
    ['contact labels', 'Media Contact\n'.repeat(5000)],
    ['lines under a contact label', lead + 'Media Contact\n' + 'Mara Lind\n'.repeat(5000)],
    ['chrome over a long line', lead + 'Tags:\n' + 'x'.repeat(100_000)],
    ['share lines', lead + 'Share:\n'.repeat(5000)],
    ['SOURCE lines', 'SOURCE Larkspur Robotics, Inc.\n'.repeat(5000)],
    ['furniture headings', '# T\n\n' + '## Share this article\n\nMar 02, 2021, 09:00 ET\n\n'.repeat(2000)]
  ]

  for (const [name, value] of families) {
    it('reads ' + name + ' into a valid tree that loses nothing', () => {
      for (const format of ['text', 'markdown'] as const) {
        const tree = parse(value, {format})
        assert(tree)
        const footer = tree.children.find((node) => node.type === 'footer')
        // Credits are exact slices of the input.
        if (footer?.type === 'footer' && format === 'text') {
          for (const credit of footer.children) {
            expect(value.slice(credit.position!.start.offset, credit.position!.end.offset)).toBe(toString(credit))
          }
        }
      }
    })
  }
})
