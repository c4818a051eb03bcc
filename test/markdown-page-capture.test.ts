/**
 * Full-page Markdown captures: the headline repeated under the site's
 * menus, a page title over another `#` headline, a deck as a subheading,
 * tag sections under the article, bold image captions with their credit
 * line, and posters' handles in front matter.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {bodyBlocks, footerCredits, headerOutline} from './util/outline.js'

/**
 * Parse as Markdown.
 *
 * @param lines
 *   Lines of the document.
 * @returns
 *   Tree.
 */
function md(lines: string[]) {
  return parse(lines.join('\n'), {format: 'markdown'})
}

const body = [
  'The ferry strike ended on Thursday after nine days of talks between the union and the harbour board, officials said.',
  '',
  'Crews will return to work on Friday morning, and the first crossing leaves the north pier at six, the union said.',
  ''
]

describe('markdown: the headline repeated under page chrome', () => {
  it('reads the menus between the title and its linked repeat as header chrome, and the stamp under the repeat', () => {
    const tree = md([
      '# Ferry strike ends after nine days',
      '',
      'Advertisement',
      '',
      '[Skip to content](#content)',
      '',
      '* [Home](/)',
      '* [Ports](/ports)',
      '',
      'Follow us on social media',
      '',
      '# [Ferry strike ends after nine days](https://example.com/ferry-strike-ends)',
      '',
      'May 2, 2024',
      '',
      ...body
    ])
    expect(headerOutline(tree)).toStrictEqual([
      ['title', 'Ferry strike ends after nine days'],
      ['meta', 'chrome=Advertisement'],
      ['meta', 'chrome=Skip to content'],
      ['meta', 'chrome=Home'],
      ['meta', 'chrome=Ports'],
      ['meta', 'chrome=Follow us on social media'],
      ['meta', 'chrome=Ferry strike ends after nine days'],
      ['dateline', 'May 2, 2024']
    ])
    expect(bodyBlocks(tree)).toStrictEqual(body.filter(Boolean).map((line) => 'paragraph: ' + line))
  })

  it('finds the repeat under a front-matter title', () => {
    const tree = md([
      '---',
      'title: Ferry strike ends after nine days',
      '---',
      '',
      '* [Home](/)',
      '* [Ports](/ports)',
      '',
      '## Ferry strike ends after nine days',
      '',
      ...body
    ])
    expect(headerOutline(tree)).toStrictEqual([
      ['title', 'Ferry strike ends after nine days'],
      ['meta', 'chrome=Home'],
      ['meta', 'chrome=Ports'],
      ['meta', 'chrome=Ferry strike ends after nine days']
    ])
    expect(bodyBlocks(tree)).toHaveLength(2)
  })

  it('keeps prose above a heading that echoes the title as body', () => {
    const tree = md([
      '# Ferry strike ends after nine days',
      '',
      ...body,
      '## Ferry strike ends after nine days',
      '',
      'The board will meet the union again in June to talk about the summer timetable and the new pier.',
      ''
    ])
    expect(headerOutline(tree)).toStrictEqual([['title', 'Ferry strike ends after nine days']])
    expect(bodyBlocks(tree)).toStrictEqual([
      'paragraph: ' + body[0],
      'paragraph: ' + body[2],
      'heading: Ferry strike ends after nine days',
      'paragraph: The board will meet the union again in June to talk about the summer timetable and the new pier.'
    ])
  })
})

describe('markdown: a page title over another headline', () => {
  it('takes the `#` headline under a kicker as the title when the front-matter title ends with the site name', () => {
    const tree = md([
      '---',
      'title: Ferry deal sealed after long talks • Harbour Gazette',
      '---',
      '',
      '#### Ports',
      '',
      '# Crews back at sea as strike ends with a pay rise',
      '',
      '## Nine days of talks leave the union and the board with a deal for two years',
      '',
      ...body
    ])
    expect(headerOutline(tree)).toStrictEqual([
      ['meta', 'page title=Ferry deal sealed after long talks • Harbour Gazette'],
      ['meta', 'kicker=Ports'],
      ['title', 'Crews back at sea as strike ends with a pay rise'],
      ['subtitle', 'Nine days of talks leave the union and the board with a deal for two years']
    ])
    expect(bodyBlocks(tree)).toHaveLength(2)
  })

  it('keeps a front-matter title without a site name, and a short `#` heading under a page title', () => {
    const plain = md(['---', 'title: Ferry deal sealed after long talks', '---', '', '# Crews back at sea as strike ends', '', ...body])
    expect(headerOutline(plain)).toStrictEqual([['title', 'Ferry deal sealed after long talks']])
    expect(bodyBlocks(plain)[0]).toBe('heading: Crews back at sea as strike ends')
    const short = md(['---', 'title: Ferry deal sealed • Harbour Gazette', '---', '', '# Background', '', ...body])
    expect(headerOutline(short)).toStrictEqual([['title', 'Ferry deal sealed • Harbour Gazette']])
    expect(bodyBlocks(short)[0]).toBe('heading: Background')
  })

  it('keeps a short subheading right under the title as a heading', () => {
    const tree = md(['# Ferry strike ends after nine days', '', '## Background', '', ...body])
    expect(headerOutline(tree)).toStrictEqual([['title', 'Ferry strike ends after nine days']])
    expect(bodyBlocks(tree)[0]).toBe('heading: Background')
  })
})

describe('markdown: tag sections under the article', () => {
  it('reads `Share` and the headed lists of topics under it as footer', () => {
    const tree = md([
      '# Ferry strike ends after nine days',
      '',
      ...body,
      'Share',
      '',
      '### More about',
      '',
      '* Ferries',
      '* Harbours',
      '',
      '### Narrower topics',
      '',
      '* Cargo',
      '* Piers',
      '* Timetables',
      '',
      '### Broader topics',
      '',
      '* Transport',
      '',
      '#### More about',
      '',
      '* Ferries',
      '',
      '#### Tip us off',
      '',
      'Send us news',
      ''
    ])
    expect(bodyBlocks(tree)).toHaveLength(2)
    expect(footerCredits(tree).map(([, words]) => words)).toStrictEqual([
      'Share',
      'More about',
      'Ferries',
      'Harbours',
      'Narrower topics',
      'Cargo',
      'Piers',
      'Timetables',
      'Broader topics',
      'Transport',
      'More about',
      'Ferries',
      'Tip us off',
      'Send us news'
    ])
  })

  it('keeps a last section of short items without a chrome line above as body', () => {
    const tree = md(['# Ferry strike ends after nine days', '', ...body, '## Key dates', '', '* May 2: talks open', '* May 11: deal signed', ''])
    expect(footerCredits(tree)).toStrictEqual([])
    expect(bodyBlocks(tree)).toStrictEqual([
      'paragraph: ' + body[0],
      'paragraph: ' + body[2],
      'heading: Key dates',
      'list: May 2: talks open\nMay 11: deal signed'
    ])
  })

  it('keeps sentences after `Share` as body', () => {
    const tree = md([
      '# Ferry strike ends after nine days',
      '',
      ...body,
      'Share',
      '',
      '### What comes next',
      '',
      'The board will meet the union again in June to talk about the new timetable.',
      ''
    ])
    expect(footerCredits(tree)).toStrictEqual([])
    expect(bodyBlocks(tree)).toHaveLength(5)
  })
})

describe('markdown: a bold image caption with its credit line', () => {
  it('reads a bold line over `Source:` as a paragraph, not a heading', () => {
    const tree = md([
      '# Ferry strike ends after nine days',
      '',
      body[0]!,
      '',
      '![The north pier](https://example.com/pier.jpg)',
      '',
      '**The north pier at dawn**  ',
      '_Source: Harbour Board_',
      '',
      body[2]!,
      ''
    ])
    expect(bodyBlocks(tree)).toStrictEqual([
      'paragraph: ' + body[0],
      'paragraph: The north pier at dawn\nSource: Harbour Board',
      'paragraph: ' + body[2]
    ])
  })

  it('keeps a bold subheading over body text', () => {
    const tree = md(['# Ferry strike ends after nine days', '', body[0]!, '', '**What comes next**  ', 'Sources say the board will meet again.', ''])
    expect(bodyBlocks(tree)).toStrictEqual([
      'paragraph: ' + body[0],
      'heading: What comes next',
      'paragraph: Sources say the board will meet again.'
    ])
  })
})

describe('markdown: a poster’s handle in front matter', () => {
  it('keeps a lower-case handle as meta, not a byline', () => {
    for (const author of ['harbourfan', '"ana_lind42"', '"@ferrywatch"']) {
      const tree = md(['---', 'title: Ferry strike ends', 'author: ' + author, '---', '', ...body])
      expect(headerOutline(tree)).toStrictEqual([
        ['title', 'Ferry strike ends'],
        ['meta', 'author=' + author.replaceAll('"', '')]
      ])
    }
  })

  it('keeps names as bylines', () => {
    for (const author of ['Ana Lind', 'bell hooks', 'Lind']) {
      const tree = md(['---', 'title: Ferry strike ends', 'author: ' + author, '---', '', ...body])
      expect(headerOutline(tree)).toStrictEqual([
        ['title', 'Ferry strike ends'],
        ['byline', author]
      ])
    }
  })
})
