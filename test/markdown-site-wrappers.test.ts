/**
 * Markdown captures that wrap the article in what the capture tool or the
 * site adds: the site's name after the page title, when the page's address
 * names the site.
 */
import {u} from 'unist-builder'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse, stringify, toString, type Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'
import {footerCredits, sectionOutline} from './util/outline.js'
import {positions} from './util/position.js'

/**
 * The header's title node, if any.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Title node.
 */
function titleOf(tree: Root): unknown {
  for (const child of tree.children) {
    if (child.type === 'header') return child.children.find((node) => node.type === 'title')
  }

  return undefined
}

/**
 * Header fields of a tree, in order: `title: …`, `byline: names`,
 * `meta key: value`, `dateline date`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   One string per header node.
 */
function headerOf(tree: Root): string[] {
  const found: string[] = []
  for (const child of tree.children) {
    if (child.type !== 'header') continue
    for (const node of child.children) {
      if (node.type === 'meta') found.push(`meta ${node.key}: ${node.value}`)
      else if (node.type === 'dateline') found.push(`dateline ${node.date ?? ''}`)
      else if (node.type === 'byline') found.push(`byline: ${node.authors.join(', ')}`)
      else found.push(`${node.type}: ${toString(node)}`)
    }
  }

  return found
}

/**
 * A reader service's capture of a page.
 *
 * @param title
 *   The `Title:` line's value.
 * @param url
 *   The `URL Source:` line's value.
 * @returns
 *   Document.
 */
function reader(title: string, url: string): string {
  return [
    'Title: ' + title,
    '',
    'URL Source: ' + url,
    '',
    'Published Time: 2024-05-02T08:15:00+00:00',
    '',
    'Markdown Content:',
    'The ferry strike ended on Thursday after nine days of talks.',
    '',
    'Crews will return to work on Friday, the union said.',
    ''
  ].join('\n')
}

describe('markdown: the site name after a page title', () => {
  it('drops a reader `Title:` line’s site name that the page address spells', () => {
    const value = reader('Ferry strike ends after nine days | Harbour Gazette', 'https://www.harbourgazette.com/2024/05/02/ferry-strike-ends/')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(7, 40)}, [u('text', {position: at(7, 40)}, 'Ferry strike ends after nine days')])
    )
  })

  it('drops a quoted front-matter title’s site name with a dot that the `source` address spells', () => {
    const value = [
      '---',
      'title: "Ferry strike ends after nine days - Gazette.ab"',
      'source: https://gazette.ab/news/ferry-strike-ends',
      'date: 2024-05-02',
      '---',
      '',
      'The ferry strike ended on Thursday after nine days of talks.',
      ''
    ].join('\n')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(11, 45)}, [u('text', {position: at(11, 45)}, 'Ferry strike ends after nine days')])
    )
  })

  it('drops a name that spells labels of a subdomain’s host', () => {
    const value = reader('Ferry strike ends after nine days \u2014 Gazette', 'https://news.gazette.ab/ferry')
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(value)(7, 40)}, [u('text', {position: positions(value)(7, 40)}, 'Ferry strike ends after nine days')])
    )
  })

  it('keeps words after a dash that the address does not spell', () => {
    const value = reader('Harbour dues rise - again', 'https://www.harbourgazette.com/2024/05/02/dues/')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(7, 32)}, [u('text', {position: at(7, 32)}, 'Harbour dues rise - again')])
    )
  })

  it('keeps a name that is only part of a host label, and a title with no address in the header', () => {
    const part = reader('Ferry strike ends | Harbour', 'https://www.harbourgazette.com/ferry')
    expect(titleOf(parse(part, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(part)(7, 34)}, [u('text', {position: positions(part)(7, 34)}, 'Ferry strike ends | Harbour')])
    )
    const bare = '---\ntitle: Ferry strike ends | Harbour Gazette\nauthor: Jane Doe\n---\n\nThe ferry strike ended on Thursday.\n'
    expect(titleOf(parse(bare, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(bare)(11, 46)}, [u('text', {position: positions(bare)(11, 46)}, 'Ferry strike ends | Harbour Gazette')])
    )
  })
})

describe('markdown: a site section between the page title and the site name', () => {
  it('drops `| Section | site` when the address spells the site', () => {
    const value = reader('Ferry strike ends after nine days | Local News | gazette.ab', 'https://www.gazette.ab/news/ferry')
    const at = positions(value)
    expect(titleOf(parse(value, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(7, 40)}, [u('text', {position: at(7, 40)}, 'Ferry strike ends after nine days')])
    )
  })

  it('keeps a segment of more than three words, or one as long as the headline before it', () => {
    const long = reader('Ferry strike ends | Crews back at sea on Friday | gazette.ab', 'https://gazette.ab/ferry')
    const at = positions(long)
    expect(titleOf(parse(long, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: at(7, 54)}, [u('text', {position: at(7, 54)}, 'Ferry strike ends | Crews back at sea on Friday')])
    )
    const short = reader('Ports | Ferry strike ends | gazette.ab', 'https://gazette.ab/ferry')
    expect(titleOf(parse(short, {format: 'markdown'}))).toStrictEqual(
      u('title', {position: positions(short)(7, 32)}, [u('text', {position: positions(short)(7, 32)}, 'Ports | Ferry strike ends')])
    )
  })
})

describe('markdown: a capture’s metadata section', () => {
  const exported = [
    '# Ferry strike ends after nine days',
    '',
    '![cover](https://example.com/cover.jpg)',
    '',
    '## Metadata',
    '- Author: [[Jane Doe]]',
    '- Full Title: Ferry strike ends after nine days',
    '- Category: #articles',
    '- URL: https://harbourgazette.com/ferry-strike-ends',
    '',
    '## Full Document',
    'The ferry strike ended on Thursday after nine days of talks.',
    '',
    'Crews will return to work on Friday, the union said.',
    '',
    '### What comes next',
    '',
    'Talks on pensions resume in June.',
    ''
  ].join('\n')

  it('reads the list under `## Metadata` as meta and the author as the byline, and the heading over the article as chrome', () => {
    const tree = parse(exported, {format: 'markdown'})
    expect(headerOf(tree)).toStrictEqual([
      'title: Ferry strike ends after nine days',
      'meta chrome: Metadata',
      'byline: Jane Doe',
      'meta full title: Ferry strike ends after nine days',
      'meta category: #articles',
      'meta url: https://harbourgazette.com/ferry-strike-ends',
      'meta chrome: Full Document'
    ])
    expect(sectionOutline(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.',
      '## What comes next',
      'paragraph: Talks on pensions resume in June.'
    ])
    const at = positions(exported)
    const name = exported.indexOf('Jane Doe')
    const header = tree.children[0]!
    expect(header.type === 'header' ? header.children.find((node) => node.type === 'byline') : undefined).toStrictEqual(
      u('byline', {authors: ['Jane Doe'], position: at(name, name + 8)}, [u('text', {position: at(name, name + 8)}, 'Jane Doe')])
    )
  })

  it('reads back what it writes', () => {
    const tree = parse(exported, {format: 'markdown'})
    expect(removePosition(parse(stringify(tree)))).toStrictEqual(removePosition(tree))
  })

  it('reads a scraper’s bold labels under a bare host heading, which is no title', () => {
    const value = [
      '# www.harbourgazette.com',
      '',
      '## Metadata',
      '',
      '- **URL**: https://www.harbourgazette.com/news/ferry-strike-ends',
      '- **Domain**: www.harbourgazette.com',
      '- **HTTP Status**: 200',
      '',
      '## Content',
      '',
      'Ferry strike ends after nine days | News | harbourgazette.com',
      '',
      'The ferry strike ended on Thursday after nine days of talks.',
      ''
    ].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(headerOf(tree)).toStrictEqual([
      'meta chrome: www.harbourgazette.com',
      'meta chrome: Metadata',
      'meta url: https://www.harbourgazette.com/news/ferry-strike-ends',
      'meta domain: www.harbourgazette.com',
      'meta http status: 200',
      'meta chrome: Content',
      'title: Ferry strike ends after nine days'
    ])
    expect(sectionOutline(tree)).toStrictEqual(['paragraph: The ferry strike ended on Thursday after nine days of talks.'])
  })

  it('keeps a `Metadata` heading over prose, or over a list of items without labels, as a heading', () => {
    const prose = '# Ferry strike ends\n\n## Metadata\n\nThe union kept the minutes of every meeting.\n'
    expect(sectionOutline(parse(prose, {format: 'markdown'}))).toStrictEqual(['## Metadata', 'paragraph: The union kept the minutes of every meeting.'])
    const list = '# Ferry strike ends\n\n## Metadata\n\n- Crews kept logs.\n- Owners kept none.\n\n## Content\n\nTalks resume in June.\n'
    expect(sectionOutline(parse(list, {format: 'markdown'}))).toStrictEqual([
      '## Metadata',
      'list: Crews kept logs.\nOwners kept none.',
      '## Content',
      'paragraph: Talks resume in June.'
    ])
  })

  it('keeps a `#` heading with a dotted word that is no host name as the title', () => {
    const value = '# Harbour.ab wins award\n\nThe ferry strike ended on Thursday.\n'
    expect(headerOf(parse(value, {format: 'markdown'}))).toStrictEqual(['title: Harbour.ab wins award'])
  })
})

describe('markdown: captures without blank lines', () => {
  const lines = [
    'The ferry strike ended on Thursday after nine days of talks between the union and the owners of the island fleet.',
    'Crews will return to work on Friday, the union said in a statement it sent to all of its members on Thursday night.',
    'The owners said the first sailings would leave Port Ellis at dawn, and that tickets bought for the strike days stay valid.'
  ]

  it('reads each line of a paragraph of long lines that end sentences as a paragraph', () => {
    const value = '# Ferry strike ends\n\n' + lines.join('\n') + '\n'
    expect(sectionOutline(parse(value, {format: 'markdown'}))).toStrictEqual(lines.map((line) => 'paragraph: ' + line))
  })

  it('keeps a hand-wrapped paragraph, and long lines that break mid-sentence, whole', () => {
    const wrapped = '# Ferry strike ends\n\nThe ferry strike ended on Thursday after nine days\nof talks between the union and the owners.\n'
    expect(sectionOutline(parse(wrapped, {format: 'markdown'}))).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days\nof talks between the union and the owners.'
    ])
    const broken = [
      '# Ferry strike ends',
      '',
      'The ferry strike ended on Thursday after nine days of talks between the union and the owners of the island fleet, and',
      'crews will return to work on Friday, the union said in a statement it sent to all of its members on Thursday night, while',
      'the owners said the first sailings would leave Port Ellis at dawn.',
      ''
    ].join('\n')
    expect(sectionOutline(parse(broken, {format: 'markdown'}))).toHaveLength(1)
  })

  it('ends a list item where lines that are not indented under it take over, and reads them as paragraphs', () => {
    const value = ['# Ferry strike ends', '', '* Share this story', '**' + lines[0] + '**', lines[1], '* Other story: Harbour dues rise', lines[2], ''].join('\n')
    expect(sectionOutline(parse(value, {format: 'markdown'}))).toStrictEqual([
      'list: Share this story',
      'paragraph: ' + lines[0],
      'paragraph: ' + lines[1],
      'list: Other story: Harbour dues rise',
      'paragraph: ' + lines[2]
    ])
  })

  it('reads back what it writes for a split list and a dash subheading', () => {
    const value = ['# Ferry strike ends', '', '* Share this story', lines[0], lines[1], '- Back at sea -', lines[2], ''].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(removePosition(parse(stringify(tree)))).toStrictEqual(removePosition(tree))
  })

  it('keeps list items whose lines are indented under them, and short lazy lines, in the list', () => {
    const indented = ['# Ferry strike ends', '', '* Share this story', '  ' + lines[0], '  ' + lines[1], ''].join('\n')
    expect(sectionOutline(parse(indented, {format: 'markdown'}))).toStrictEqual(['list: Share this story\n' + lines[0] + ' ' + lines[1]])
    const lazy = '# Ferry strike ends\n\n- Crews return on Friday\nafter the talks.\n- Owners agree\n'
    expect(sectionOutline(parse(lazy, {format: 'markdown'}))).toStrictEqual(['list: Crews return on Friday\nafter the talks.\nOwners agree'])
  })

  it('reads an agency subheading between dashes as a heading, on its own or over lazy lines', () => {
    const alone = ['# Ferry strike ends', '', lines[0], '', '- Back at sea -', '', lines[1], ''].join('\n')
    expect(sectionOutline(parse(alone, {format: 'markdown'}))).toStrictEqual(['paragraph: ' + lines[0], '## Back at sea', 'paragraph: ' + lines[1]])
    const lazy = ['# Ferry strike ends', '', lines[0], '- \u2018Back at sea\u2019 -', lines[1], lines[2], ''].join('\n')
    expect(sectionOutline(parse(lazy, {format: 'markdown'}))).toStrictEqual([
      'paragraph: ' + lines[0],
      '## \u2018Back at sea\u2019',
      'paragraph: ' + lines[1],
      'paragraph: ' + lines[2]
    ])
  })

  it('keeps items that end in a dash after a sentence, `*` items and lists of more items as lists', () => {
    const sentence = '# Ferry strike ends\n\nLead.\n\n- Crews are back. -\n\nMore.\n'
    expect(sectionOutline(parse(sentence, {format: 'markdown'}))).toStrictEqual(['paragraph: Lead.', 'list: Crews are back. -', 'paragraph: More.'])
    const star = '# Ferry strike ends\n\nLead.\n\n* Back at sea -\n\nMore.\n'
    expect(sectionOutline(parse(star, {format: 'markdown'}))).toStrictEqual(['paragraph: Lead.', 'list: Back at sea -', 'paragraph: More.'])
    const two = '# Ferry strike ends\n\nLead.\n\n- Back at sea -\n- Fares -\n\nMore.\n'
    expect(sectionOutline(parse(two, {format: 'markdown'}))).toStrictEqual(['paragraph: Lead.', 'list: Back at sea -\nFares -', 'paragraph: More.'])
  })
})

describe('markdown: placeholders between paragraphs', () => {
  const first = 'The ferry strike ended on Thursday after nine days of talks.'
  const second = 'Crews will return to work on Friday, the union said.'

  it('drops ad slots, ad labels, reading times and images that lost their brackets, and says where', () => {
    const value = ['# Ferry strike ends', '', first, '', 'ADVERTISEMENT', '', 'GAZETTE AD', '', '4 min read', '', '!https://example.com/quay.png', '', second, ''].join('\n')
    const file = new VFile(value)
    const tree = parse(file, {format: 'markdown'})
    expect(sectionOutline(tree)).toStrictEqual(['paragraph: ' + first, 'paragraph: ' + second])
    const at = positions(value)
    const place = (words: string) => at(value.indexOf(words), value.indexOf(words) + words.length)
    expect(file.messages.map((message) => [message.ruleId, message.place])).toStrictEqual([
      ['dropped-placeholder', place('ADVERTISEMENT')],
      ['dropped-placeholder', place('GAZETTE AD')],
      ['dropped-placeholder', place('4 min read')],
      ['dropped-image', place('!https://example.com/quay.png')]
    ])
  })

  it('keeps lines in capitals that are no ad labels, and `!` words, as paragraphs', () => {
    const value = ['# Ferry strike ends', '', first, '', 'PORT ELLIS ADDS FERRIES', '', 'HARBOUR BOARD SAYS NO AD', '', '!Share this story', '', 'Ad space is sold out.', ''].join('\n')
    expect(sectionOutline(parse(value, {format: 'markdown'}))).toStrictEqual([
      'paragraph: ' + first,
      'paragraph: PORT ELLIS ADDS FERRIES',
      'paragraph: HARBOUR BOARD SAYS NO AD',
      'paragraph: !Share this story',
      'paragraph: Ad space is sold out.'
    ])
  })
})

describe('markdown: an author card under the article', () => {
  const body = ['# Ferry strike ends', '', 'The ferry strike ended on Thursday after nine days of talks.', '', 'Crews will return to work on Friday, the union said.', '']
  const bio = 'Jane Doe has covered the ports of Fjordland since 2012. She previously worked at the Harbour Gazette.'

  it('reads the bio over a `View Bio` link, and an emphasised disclosure over it, as footer', () => {
    const value = [...body, '_When you buy through links in our articles, we may earn a small commission._', '', bio, '', '[View Bio](https://example.com/author/jane-doe/)', ''].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(sectionOutline(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.'
    ])
    expect(footerCredits(tree)).toStrictEqual([
      ['other', 'When you buy through links in our articles, we may earn a small commission.'],
      ['other', bio],
      ['other', 'View Bio']
    ])
  })

  it('keeps a paragraph that is no bio over the link, and a bio without the link, as body', () => {
    const notBio = [...body, 'The owners said the first sailings leave at dawn.', '', '[View Bio](https://example.com/author/jane-doe/)', ''].join('\n')
    const tree = parse(notBio, {format: 'markdown'})
    expect(sectionOutline(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.',
      'paragraph: The owners said the first sailings leave at dawn.'
    ])
    expect(footerCredits(tree)).toStrictEqual([['other', 'View Bio']])
    const noLink = [...body, bio, ''].join('\n')
    expect(sectionOutline(parse(noLink, {format: 'markdown'}))).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.',
      'paragraph: ' + bio
    ])
  })
})

describe('markdown: an archive’s preamble over a `## Content` heading', () => {
  const body = ['The ferry strike ended on Thursday after nine days of talks.', '', 'Crews will return to work on Friday, the union said.', '']
  const list = ['- Published: 2024-05-02', '- Author: Jane Doe', '- Original: <https://harbourgazette.com/ferry-strike-ends>', '']
  const rights = 'Rights remain with the publisher. This copy is kept for research.'

  it('reads the paragraphs and the `Label: value` list between the title and the heading as header', () => {
    const value = ['# Ferry strike ends', '', '**Ferry strike ends** - Jane Doe, Harbour Gazette.', '', ...list, rights, '', '## Content', '', ...body].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(headerOf(tree)).toStrictEqual([
      'title: Ferry strike ends',
      'meta chrome: Ferry strike ends - Jane Doe, Harbour Gazette.',
      'meta published: 2024-05-02',
      'byline: Jane Doe',
      'meta original: https://harbourgazette.com/ferry-strike-ends',
      'meta chrome: ' + rights,
      'meta chrome: Content'
    ])
    expect(sectionOutline(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.'
    ])
  })

  it('keeps a `## Content` heading without such a list before it, or over nothing, and other headings, as they were', () => {
    const noList = ['# Ferry strike ends', '', rights, '', '## Content', '', ...body].join('\n')
    expect(sectionOutline(parse(noList, {format: 'markdown'}))).toStrictEqual([
      'paragraph: ' + rights,
      '## Content',
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.'
    ])
    const contents = ['# Ferry strike ends', '', ...list, '## Contents', '', ...body].join('\n')
    expect(sectionOutline(parse(contents, {format: 'markdown'}))).toStrictEqual([
      'list: Published: 2024-05-02\nAuthor: Jane Doe\nOriginal: https://harbourgazette.com/ferry-strike-ends',
      '## Contents',
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.'
    ])
    const otherList = ['# Ferry strike ends', '', '- Crews return on Friday', '- Fares stay the same', '', '## Content', '', ...body].join('\n')
    expect(sectionOutline(parse(otherList, {format: 'markdown'}))).toStrictEqual([
      'list: Crews return on Friday\nFares stay the same',
      '## Content',
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Crews will return to work on Friday, the union said.'
    ])
  })
})
