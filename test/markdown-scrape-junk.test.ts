/**
 * Scraper junk in Markdown articles: unrendered shortcodes of reposting
 * blogs (`[ad_1]`) and the lone link label that ends them (`Source`).
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse, type Root} from '../src/index.js'

/**
 * Texts of the flow blocks of the sections, and of the credits.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Paragraph texts and credit texts.
 */
function blocks(tree: Root): {paragraphs: string[]; credits: Array<[string, string]>} {
  const paragraphs: string[] = []
  const credits: Array<[string, string]> = []
  const words = (node: unknown): string => {
    const value = node as {type: string; value?: string; children?: unknown[]}
    // Sentences and paragraphs apart by a space, phrasing as written.
    const inner = value.type === 'paragraph' || value.type === 'blockquote' || value.type === 'list' ? ' ' : ''
    return value.value ?? (value.children ?? []).map((child) => words(child)).join(inner)
  }

  for (const child of tree.children) {
    if (child.type === 'section') for (const block of child.children) paragraphs.push(words(block))
    if (child.type === 'footer') for (const credit of child.children) credits.push([credit.role, words(credit)])
  }

  return {paragraphs, credits}
}

const repost = [
  '---',
  'title: Ferry service resumes',
  '---',
  ' [ad_1]',
  '',
  'The ferry service resumed on Monday after a week of storms.',
  '',
  'The harbour master said the crossings would run hourly.',
  '',
  ' (Reporting by Ana Lind; Editing by Tom Ray)',
  '',
  '[ad_2]',
  '',
  'Source',
  ''
].join('\n')

describe('markdown: scraper junk', () => {
  it('drops shortcode paragraphs with a message, and reads the credits above them', () => {
    const file = new VFile(repost)
    const {paragraphs, credits} = blocks(parse(file, {format: 'markdown'}))
    expect(paragraphs).toStrictEqual([
      'The ferry service resumed on Monday after a week of storms.',
      'The harbour master said the crossings would run hourly.'
    ])
    expect(credits).toStrictEqual([
      ['reporting', 'Reporting by Ana Lind'],
      ['editing', 'Editing by Tom Ray'],
      ['other', 'Source']
    ])
    expect(file.messages.filter((message) => message.ruleId === 'dropped-html')).toHaveLength(2)
  })

  it('drops shortcodes with attributes and closing shortcodes', () => {
    const value = 'Lead words of the story here.\n\n[caption id="a_1" width="300"]\n\nMore words of the story.\n\n[/caption]\n\nLast words.\n'
    expect(blocks(parse(value, {format: 'markdown'})).paragraphs).toStrictEqual([
      'Lead words of the story here.',
      'More words of the story.',
      'Last words.'
    ])
  })

  it('keeps bracketed words, links and references as paragraphs', () => {
    const value = [
      'Lead words of the story here.',
      '',
      '[Updated at 3pm with the mayor’s comment]',
      '',
      '[1]',
      '',
      '[Full report](https://example.com/report)',
      '',
      '[Ferry]',
      '',
      '[ferry]: https://example.com/ferry',
      ''
    ].join('\n')
    expect(blocks(parse(value, {format: 'markdown'})).paragraphs).toStrictEqual([
      'Lead words of the story here.',
      '[Updated at 3pm with the mayor’s comment]',
      '[1]',
      'Full report',
      'Ferry'
    ])
  })

  it('reads a lone `Source` only as the last line, not in the body', () => {
    const value = 'Lead words of the story here.\n\nSource\n\nThe council voted on the plan.\n'
    expect(blocks(parse(value, {format: 'markdown'})).paragraphs).toStrictEqual([
      'Lead words of the story here.',
      'Source',
      'The council voted on the plan.'
    ])
    const linked = blocks(parse('Lead words of the story here.\n\n[Read more…](https://example.com/a)\n', {format: 'markdown'}))
    expect(linked.paragraphs).toStrictEqual(['Lead words of the story here.'])
    expect(linked.credits).toStrictEqual([['other', 'Read more…']])
    const sentence = blocks(parse('Lead words of the story here.\n\nSource: the city council.\n', {format: 'markdown'}))
    expect(sentence.credits.map(([role]) => role)).not.toContain('other')
  })
})

describe('markdown: archive furniture under a closing rule', () => {
  it('reads the links under a rule as credits when images sit between, and the feed note above it', () => {
    const value = [
      '# Ferries return',
      '',
      'The first ferry in a month docked on Monday.',
      '',
      'Islanders cheered as it came in.',
      '',
      'The post Ferries return appeared first on Harbour News.',
      '',
      '---',
      '',
      '[Original story](https://example.com/a)',
      '',
      '![](https://example.com/b.png)',
      '',
      '[Summary](https://example.com/c)',
      '',
      '[Forum thread](https://example.com/d)',
      '',
      '![QR code](https://example.com/q.webp)',
      ''
    ].join('\n')
    const {paragraphs, credits} = blocks(parse(value, {format: 'markdown'}))
    expect(paragraphs).toStrictEqual(['The first ferry in a month docked on Monday.', 'Islanders cheered as it came in.'])
    expect(credits).toStrictEqual([
      ['other', 'The post Ferries return appeared first on Harbour News.'],
      ['other', 'Original story'],
      ['other', 'Summary'],
      ['other', 'Forum thread']
    ])
  })

  it('keeps a sentence about a post in the body', () => {
    const value = 'The first ferry docked on Monday.\n\nThe post office appeared first on the list of closures, officials said.\n\nIslanders cheered.\n'
    expect(blocks(parse(value, {format: 'markdown'})).paragraphs).toHaveLength(3)
  })
})
