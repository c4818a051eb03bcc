/**
 * Markdown captures: the site's links under an article that lost its blank
 * lines.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {footerCredits, sectionOutline} from './util/outline.js'

describe('markdown: the site’s links under a capture without blank lines', () => {
  const lines = [
    'The ferry strike ended on Thursday after nine days of talks between the union and the owners of the island fleet.',
    'Crews will return to work on Friday, the union said in a statement it sent to all of its members on Thursday night.',
    'The owners said the first sailings would leave Port Ellis at dawn, and that tickets bought for the strike days stay valid.'
  ]
  const links = [
    'Share on Email (Opens in new window)',
    'Share on Mastodon (Opens in new window)',
    'Port Ellis dockers vote on new pay offer',
    'Storm closes Fjordland\u2019s northern ferry routes',
    'Harbour board names new chief',
    'Weather: Gales expected on the coast'
  ]

  it('reads a run of six short lines that end no sentence, and every line under it, as footer', () => {
    const closing = 'Subscribe to get the latest posts sent to your email.'
    const value = ['# Ferry strike ends', '', ...lines, ...links, closing, ''].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(sectionOutline(tree)).toStrictEqual(lines.map((line) => 'paragraph: ' + line))
    expect(footerCredits(tree)).toStrictEqual([...links, closing].map((line) => ['other', line]))
  })

  it('keeps a shorter run, and a run with fewer than three prose lines above it, as body', () => {
    const short = ['# Ferry strike ends', '', ...lines, ...links.slice(0, 5), lines[0], '']
    const tree = parse(short.join('\n'), {format: 'markdown'})
    expect(sectionOutline(tree)).toStrictEqual([...lines, ...links.slice(0, 5), lines[0]].map((line) => 'paragraph: ' + line))
    expect(footerCredits(tree)).toStrictEqual([])
    const early = ['# Ferry strike ends', '', lines[0], lines[1], ...links, lines[2], '']
    expect(sectionOutline(parse(early.join('\n'), {format: 'markdown'}))).toStrictEqual(
      [lines[0], lines[1], ...links, lines[2]].map((line) => 'paragraph: ' + line)
    )
  })

  it('keeps a run whose lines end sentences or colons as body', () => {
    const ended = links.map((line) => line + '.')
    const value = ['# Ferry strike ends', '', ...lines, ...ended, ''].join('\n')
    const tree = parse(value, {format: 'markdown'})
    expect(sectionOutline(tree)).toStrictEqual([...lines, ...ended].map((line) => 'paragraph: ' + line))
    expect(footerCredits(tree)).toStrictEqual([])
  })

  it('never looks at separate paragraphs or hand-wrapped lines', () => {
    const blocks = ['# Ferry strike ends', '', ...lines.flatMap((line) => [line, '']), ...links.flatMap((line) => [line, ''])].join('\n')
    expect(sectionOutline(parse(blocks, {format: 'markdown'}))).toStrictEqual([...lines, ...links].map((line) => 'paragraph: ' + line))
    const wrapped = ['# Ferry strike ends', '', 'The ferry strike ended on Thursday.', 'Crews return on Friday.', 'The owners agree.', ...links, ''].join('\n')
    const tree = parse(wrapped, {format: 'markdown'})
    expect(sectionOutline(tree)).toHaveLength(1)
    expect(footerCredits(tree)).toStrictEqual([])
  })
})
