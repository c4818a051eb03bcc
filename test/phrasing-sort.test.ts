/**
 * `buildPhrasing` sorts a few spans by insertion and many with the native
 * sort: both must order them as a stable sort by start, longer first.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildPhrasing, type PhrasingSpan} from '../src/lib/phrasing/build-phrasing.js'
import {createState} from '../src/lib/state.js'
import type {PhrasingContent} from '../src/lib/types.js'

/** Position of `[start, end)` on line 1. */
function at(start: number, end: number) {
  return {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
}

/**
 * A span that makes a link to `url`.
 *
 * @param start
 *   Start.
 * @param end
 *   End.
 * @param url
 *   Destination (tells spans apart).
 * @returns
 *   Span.
 */
function link(start: number, end: number, url: string): PhrasingSpan {
  return {start, end, make: (children: PhrasingContent[]): PhrasingContent => ({type: 'link', url, children})}
}

describe('buildPhrasing span order', () => {
  const value = 'abcdefghijklmnopqrstuvwxyz'
  const state = createState(value, new VFile(), undefined)

  it('keeps the given order of spans over the same range', () => {
    expect(buildPhrasing(state, 0, 6, [link(4, 6, 'c'), link(0, 2, 'a'), link(0, 2, 'b'), link(0, 4, 'd')])).toStrictEqual([
      {
        type: 'link',
        url: 'd',
        children: [
          {
            type: 'link',
            url: 'a',
            children: [
              {type: 'link', url: 'b', children: [{type: 'text', value: 'ab', position: at(0, 2)}], position: at(0, 2)}
            ],
            position: at(0, 2)
          },
          {type: 'text', value: 'cd', position: at(2, 4)}
        ],
        position: at(0, 4)
      },
      {type: 'link', url: 'c', children: [{type: 'text', value: 'ef', position: at(4, 6)}], position: at(4, 6)}
    ])
  })

  it('sorts many spans the same way', () => {
    const spans: PhrasingSpan[] = []
    for (let index = 19; index >= 0; index--) spans.push(link(index, index + 1, String(index)))
    spans.push(link(0, 1, 'again'))
    const children = buildPhrasing(state, 0, 20, spans)
    expect(children.map((child) => (child.type === 'link' ? child.url : child.type))).toStrictEqual(
      Array.from({length: 20}, (_, index) => String(index))
    )
    const first = children[0]
    expect(first?.type === 'link' ? first.children.map((child) => child.type === 'link' && child.url) : []).toStrictEqual([
      'again'
    ])
  })
})
