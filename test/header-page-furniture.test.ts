// Plain-text page furniture around the headline: a headline right under
// the page's date in one block, a block of skip links and menu labels over
// the headline, and meta lines between the headline and the date.
// Every article here is invented.
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {bodyBlocks, textHeader as header} from './util/outline.js'

const lead = 'Dock workers stopped work on Monday over a pay offer they called too low.'
const second = 'The harbour authority said talks would resume on Friday.'

describe('header: page furniture', () => {
  it('takes a headline right under a stamp in one block as the title', () => {
    const value = '4 May 2024,   09:15\nDock workers strike over pay in Port Ellis\n\n' + lead + '\n\n' + second + '\n'
    expect(header(value)).toStrictEqual([
      ['dateline', '4 May 2024,   09:15'],
      ['title', 'Dock workers strike over pay in Port Ellis']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not take a line under a stamp that goes on in its block, or a sentence, as the title', () => {
    // The lead, hard-wrapped under the stamp: its first line is no title.
    expect(header('4 May 2024,   09:15\nDock workers stopped work on Monday over a pay\noffer they called too low.\n\n' + second + '\n')).toStrictEqual([
      ['dateline', '4 May 2024,   09:15']
    ])
    // A one-line lead under the stamp ends a sentence.
    expect(header('4 May 2024,   09:15\n' + lead + '\n\n' + second + '\n')).toStrictEqual([['dateline', '4 May 2024,   09:15']])
    // Nothing after the block: the line is the article, not its title.
    expect(header('4 May 2024,   09:15\nDock workers strike over pay in Port Ellis\n')).toStrictEqual([
      ['dateline', '4 May 2024,   09:15']
    ])
  })

  it('reads a block of skip links and labels over a headline that stands alone as chrome', () => {
    const value =
      'Skip to main content\nLatest news\n\u0645\u0637\u0627\u0644\u0628 \u062a\u0627\u0632\u0647\n\nDock workers strike over pay in Port Ellis\n\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['meta', 'chrome=Skip to main content'],
      ['meta', 'chrome=Latest news'],
      ['meta', 'chrome=\u0645\u0637\u0627\u0644\u0628 \u062a\u0627\u0632\u0647'],
      ['title', 'Dock workers strike over pay in Port Ellis']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not read a block of short lines as chrome when no headline stands alone under it', () => {
    const skip: Array<[string, string]> = [['meta', 'chrome=Skip to main content']]
    // A paragraph under the block, not a headline.
    expect(header('Skip to main content\nLatest news\n\n' + lead + '\n\n' + second + '\n')).toStrictEqual(skip)
    // The block ends in a sentence: it is the article's.
    expect(header('Skip to main content\nTalks resume.\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual(skip)
    // The headline is the last block: nothing stands under it.
    expect(header('Skip to main content\nLatest news\n\nDock workers strike over pay\n')).toStrictEqual(skip)
    // No chrome opens the block: its short lines may be the article's.
    expect(header('Ferries\n12\n\nDock workers strike over pay\n\n' + lead + '\n')).toStrictEqual([])
  })

  it('reads meta lines between the headline and a stamp as meta, and goes on to the stamp', () => {
    const value =
      'Dock workers strike over pay in Port Ellis\n\nHarbour Gazette\n\nNews ID: 48213\nPorts \u00bb Ports\nPublish Date: 9:12 - 4 May 2024\n' +
      lead +
      '\n\n' +
      second +
      '\n'
    expect(header(value)).toStrictEqual([
      ['title', 'Dock workers strike over pay in Port Ellis'],
      ['meta', 'chrome=Harbour Gazette'],
      ['meta', 'news id=48213'],
      ['meta', 'chrome=Ports \u00bb Ports'],
      ['dateline', 'Publish Date: 9:12 - 4 May 2024']
    ])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + second])
  })

  it('does not pass over a meta line to a stamp after a sentence', () => {
    // The paragraph under the title ends a sentence: it is the lead, and
    // the stamp further down is body.
    expect(header('Dock workers strike over pay\n\n' + lead + '\nNews ID: 48213\n4 May 2024 09:12\n\n' + second + '\n')).toStrictEqual([
      ['title', 'Dock workers strike over pay']
    ])
  })
})
