/**
 * Fast paths of the Markdown bridge, end to end: simple front matter read
 * without the `yaml` package, and header candidates with more runs than
 * one `concat` joins.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'

/**
 * A tree as JSON with each position reduced to `[start, end]` offsets.
 *
 * @param node
 *   Node.
 * @returns
 *   Plain data.
 */
function offsets(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value: {start: {offset: number}; end: {offset: number}}) =>
      key === 'position' ? [value.start.offset, value.end.offset] : value
    )
  )
}

describe('Markdown fast paths', () => {
  it('reads simple front matter into header nodes', () => {
    const value =
      "---\ntitle: Rates rise\ndate: '2024-03-05'\nauthor: Jane Doe\npublisher:\n  name: Daily\ntags: []\n---\n\nThe bank raised rates.\n"
    expect(offsets(parse(value, {format: 'markdown'}).children[0])).toStrictEqual({
      type: 'header',
      children: [
        {type: 'title', children: [{type: 'text', value: 'Rates rise', position: [11, 21]}], position: [11, 21]},
        {
          type: 'dateline',
          role: 'published',
          children: [{type: 'text', value: '2024-03-05', position: [28, 40]}],
          date: '2024-03-05',
          position: [28, 40]
        },
        {
          type: 'byline',
          authors: ['Jane Doe'],
          children: [{type: 'text', value: 'Jane Doe', position: [49, 57]}],
          position: [49, 57]
        },
        {type: 'meta', key: 'publisher.name', value: 'Daily', position: [71, 82]},
        {type: 'meta', key: 'tags', value: '', position: [83, 91]}
      ],
      position: [11, 91]
    })
  })

  it('maps header candidates with over a thousand runs back to the input', () => {
    const lines = Array.from({length: 1100}, (_, index) => '> Line ' + index + ' here.')
    const value = '> By Jane Doe\n>\n' + lines.join('\n>\n') + '\n\nBody text.\n'
    const tree = parse(value, {format: 'markdown'})
    const [header, section] = tree.children
    expect(offsets(header)).toStrictEqual({
      type: 'header',
      children: [
        {
          type: 'byline',
          authors: ['Jane Doe'],
          children: [{type: 'text', value: 'By Jane Doe', position: [2, 13]}],
          position: [2, 13]
        }
      ],
      position: [2, 13]
    })
    expect(section?.type).toBe('section')
    const quote = section?.type === 'section' ? section.children[0] : undefined
    expect(quote?.type === 'blockquote' ? quote.children.length : 0).toBe(1100)
    const last = value.lastIndexOf('Line 1099')
    expect(quote?.type === 'blockquote' ? offsets(quote.children.at(-1)?.position) : undefined).toStrictEqual({
      start: {line: 2201, column: 3, offset: last},
      end: {line: 2201, column: 18, offset: last + 'Line 1099 here.'.length}
    })
  })
})
