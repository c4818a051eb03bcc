/**
 * `assert`: content models — which children each parent allows, and in
 * which order.
 */
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {assert} from '../src/lib/assert.js'

function fault(value: unknown): string {
  try {
    assert(value)
  } catch (error) {
    return (error as Error).message
  }

  return 'valid'
}

const text = u('text', 'Talks resumed.')
const sentence = u('sentence', [text])
const paragraph = u('paragraph', [sentence])

describe('assert: content models', () => {
  it('accepts every parent with each child it allows', () => {
    const tree = u('root', [
      u('header', [
        u('dateline', {role: 'published'}, [u('text', 'date 2023-02-22')]),
        u('meta', {key: 'tags'}, 'Russia'),
        u('title', [u('text', 'Talks')]),
        u('subtitle', [u('text', 'Both sides')]),
        u('byline', {authors: ['Jane Doe']}, [u('text', 'By Jane Doe')])
      ]),
      u('section', [paragraph]),
      u('section', [
        u('heading', {depth: 2}, [u('text', 'Background')]),
        u('list', {ordered: false}, [u('listItem', [u('sentence', [u('text', 'One.')])])]),
        u('blockquote', [u('paragraph', [u('sentence', [u('text', 'Two.')])])]),
        u('paragraph', [
          u('sentence', [
            u('attribution', {identifier: 'tass', cue: 'reported'}, [u('text', 'TASS')]),
            u('text', ' reported '),
            u('quote', {source: 'tass'}, [u('link', {url: 'https://example.com'}, [u('text', 'this')])]),
            u('time', {date: '2023-02-14'}, [u('text', 'On February 14')])
          ])
        ])
      ]),
      u('footer', [u('credit', {role: 'signature', names: ['Reuters']}, [u('text', 'Reuter')])]),
      u('sources', [
        u('source', {identifier: 'tass', name: 'TASS', kind: 'outlet', cues: ['reported'], mentions: 1})
      ])
    ])
    expect(fault(tree)).toBe('valid')
  })

  it('root: header, sections, footer, sources in that order', () => {
    expect(fault(u('root', [u('section', []), u('header', [])]))).toBe(
      '`children[1]` (`header`) should not come after `section`: the order is header, sections, footer, sources'
    )
    expect(fault(u('root', [u('sources', []), u('footer', [])]))).toBe(
      '`children[1]` (`footer`) should not come after `sources`: the order is header, sections, footer, sources'
    )
    expect(fault(u('root', [u('header', []), u('header', [])]))).toBe(
      '`children[1]` (`header`) should occur at most once in `root`'
    )
    expect(fault(u('root', [u('paragraph', [])]))).toBe(
      '`children[0]` should be `header`, `section`, `footer`, `sources` in `root`, not `paragraph`'
    )
  })

  it('header: any order, but one title, subtitle and byline', () => {
    expect(fault(u('root', [u('header', [u('meta', {key: 'a'}, 'b'), u('title', []), u('meta', {key: 'c'}, 'd')])]))).toBe('valid')
    expect(fault(u('root', [u('header', [u('title', []), u('meta', {key: 'a'}, 'b'), u('title', [])])]))).toBe(
      '`children[0].children[2]` (`title`) should occur at most once in `header`'
    )
    expect(fault(u('root', [u('header', [u('byline', {authors: []}, []), u('byline', {authors: []}, [])])]))).toBe(
      '`children[0].children[1]` (`byline`) should occur at most once in `header`'
    )
    expect(fault(u('root', [u('header', [u('paragraph', [])])]))).toBe(
      '`children[0].children[0]` should be `meta`, `title`, `subtitle`, `byline`, `dateline` in `header`, not `paragraph`'
    )
  })

  it('section: a heading only first, then flow content', () => {
    expect(fault(u('root', [u('section', [paragraph, u('heading', {depth: 2}, [])])]))).toBe(
      '`children[0].children[1]` (`heading`) should only be the first child of `section`'
    )
    expect(fault(u('root', [u('section', [sentence])]))).toBe(
      '`children[0].children[0]` should be `heading`, `paragraph`, `list`, `blockquote` in `section`, not `sentence`'
    )
  })

  it('paragraph and list item: sentences', () => {
    expect(fault(u('root', [u('section', [u('paragraph', [text])])]))).toBe(
      '`children[0].children[0].children[0]` should be `sentence` in `paragraph`, not `text`'
    )
    expect(fault(u('root', [u('section', [u('list', {ordered: true}, [u('listItem', [paragraph])])])]))).toBe(
      '`children[0].children[0].children[0].children[0]` should be `sentence` in `listItem`, not `paragraph`'
    )
  })

  it('list: list items; block quote: paragraphs', () => {
    expect(fault(u('root', [u('section', [u('list', {ordered: true}, [sentence])])]))).toBe(
      '`children[0].children[0].children[0]` should be `listItem` in `list`, not `sentence`'
    )
    expect(fault(u('root', [u('section', [u('blockquote', [sentence])])]))).toBe(
      '`children[0].children[0].children[0]` should be `paragraph` in `blockquote`, not `sentence`'
    )
  })

  it('dateline, time and attribution: text only', () => {
    expect(fault(u('root', [u('header', [u('dateline', {role: 'filed'}, [u('quote', [])])])]))).toBe(
      '`children[0].children[0].children[0]` should be `text` in `dateline`, not `quote`'
    )
    expect(fault(u('root', [u('section', [u('paragraph', [u('sentence', [u('time', [u('link', {url: 'x'}, [])])])])])]))).toBe(
      '`children[0].children[0].children[0].children[0].children[0]` should be `text` in `time`, not `link`'
    )
  })

  it('footer: credits; sources: source', () => {
    expect(fault(u('root', [u('footer', [paragraph])]))).toBe(
      '`children[0].children[0]` should be `credit` in `footer`, not `paragraph`'
    )
    expect(fault(u('root', [u('sources', [text])]))).toBe(
      '`children[0].children[0]` should be `source` in `sources`, not `text`'
    )
  })

  it('reports the first fault in document order', () => {
    const tree = u('root', [
      u('section', [u('heading', {depth: 9}, [])]),
      u('section', [u('paragraph', [text])])
    ])
    expect(fault(tree)).toBe(
      '`children[0].children[0].depth` should be an integer from 1 to 6, not 9'
    )
  })
})
