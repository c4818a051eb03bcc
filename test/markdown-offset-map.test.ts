/**
 * Runs keep the input offsets of their characters as stretches
 * (`OffsetMap`), and `inline` adds text without going through `one` when
 * the default text handler is in use: look-ups must give what one offset
 * per character gave.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMdast} from '../src/index.js'
import {OffsetMap, RunBuilder, RunLocator} from '../src/lib/markdown/run.js'
import {createState} from '../src/lib/state.js'

/**
 * The offsets of a map, one per character.
 *
 * @param map
 *   Map.
 * @returns
 *   Offsets.
 */
function offsets(map: OffsetMap): number[] {
  return Array.from({length: map.length}, (_, index) => map.at(index))
}

describe('OffsetMap', () => {
  it('glues pieces that carry on where the last ends', () => {
    const map = new OffsetMap()
    map.push(4, 3)
    map.push(7, 2)
    map.push(20, 2)
    map.push(20, 1)
    map.push(21, 1)
    map.push(5, 0)
    expect(map.starts).toStrictEqual([0, 5, 7])
    expect(map.sources).toStrictEqual([4, 20, 20])
    expect(offsets(map)).toStrictEqual([4, 5, 6, 7, 8, 20, 21, 20, 21])
  })

  it('gives `NaN` outside the run, as reading past an array did', () => {
    const map = new OffsetMap()
    expect(map.at(0)).toBeNaN()
    map.push(3, 2)
    expect([map.at(-1), map.at(2)]).toStrictEqual([Number.NaN, Number.NaN])
  })

  it('finds stretches in any order of look-ups', () => {
    const map = new OffsetMap()
    for (const [source, count] of [
      [0, 2],
      [10, 3],
      [10, 1],
      [30, 4]
    ] as const) {
      map.push(source, count)
    }

    const expected = [0, 1, 10, 11, 12, 10, 30, 31, 32, 33]
    for (const index of [9, 0, 5, 2, 7, 1, 6, 3, 8, 4]) expect([index, map.at(index)]).toStrictEqual([index, expected[index]])
  })

  it('appends other maps', () => {
    const first = new OffsetMap()
    first.push(0, 2)
    const second = new OffsetMap()
    second.push(2, 2)
    second.push(9, 1)
    first.append(second)
    expect(first.starts).toStrictEqual([0, 4])
    expect(offsets(first)).toStrictEqual([0, 1, 2, 3, 9])
  })

  it('finds the first run offset at or after an input offset', () => {
    const map = new OffsetMap()
    map.push(5, 3)
    map.push(2, 2)
    map.push(20, 2)
    expect([0, 5, 6, 7, 8, 19, 21, 22].map((source) => map.firstAtOrAfter(source))).toStrictEqual([
      0, 0, 1, 2, 5, 5, 6, 7
    ])
  })
})

describe('RunBuilder and RunLocator', () => {
  it('maps text equal to its source as one stretch', () => {
    const builder = new RunBuilder('**Hello** world')
    builder.add('Hello', 2, 7)
    builder.add(' world', 9, 15)
    const run = builder.done()
    expect(run.value).toBe('Hello world')
    expect(run.map.starts).toStrictEqual([0, 5])
    expect(offsets(run.map)).toStrictEqual([2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14])
  })

  it('maps decoded characters to the source offset they stand at', () => {
    const document = 'a &amp; b'
    const builder = new RunBuilder(document)
    builder.add('a & b', 0, 9)
    const run = builder.done()
    expect(offsets(run.map)).toStrictEqual([0, 1, 2, 7, 8])
  })

  it('starts a node after characters that share an offset', () => {
    const document = 'ab\n\tcd'
    const builder = new RunBuilder(document)
    builder.add('ab', 0, 2)
    builder.addAt('  ', 3)
    builder.add('cd', 4, 6)
    const run = builder.done()
    expect(offsets(run.map)).toStrictEqual([0, 1, 3, 3, 4, 5])
    const state = createState(document, new VFile(), undefined)
    const locator = new RunLocator(state.locator, run.map, 0)
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => locator.startOf(offset))).toStrictEqual([0, 1, 3, 4, 4, 5, 6])
    expect([0, 1, 2, 3, 4, 5, 6, 9].map((offset) => locator.endOf(offset))).toStrictEqual([0, 1, 2, 4, 4, 5, 6, 6])
    expect(locator.position(3, 5)).toStrictEqual({
      start: {line: 2, column: 2, offset: 4},
      end: {line: 2, column: 3, offset: 5}
    })
  })

  it('uses the tail for an empty run', () => {
    const state = createState('abc', new VFile(), undefined)
    const locator = new RunLocator(state.locator, new OffsetMap(), 2)
    expect([locator.startOf(0), locator.endOf(0)]).toStrictEqual([2, 2])
  })
})

describe('inline text fast path', () => {
  it('uses a custom text handler when one is given', () => {
    const value = 'Plain *words* here.\n'
    const seen: string[] = []
    const tree = fromMdast(unified().use(remarkParse).parse(value), {
      value,
      handlers: {
        text(state, node) {
          seen.push(node.value)
          const position = node.position!
          state.run?.add(node.value.toUpperCase(), position.start.offset!, position.end.offset!)
        }
      }
    })
    expect(seen).toStrictEqual(['Plain ', 'words', ' here.'])
    const section = tree.children[0]
    const paragraph = section?.type === 'section' ? section.children[0] : undefined
    const sentence = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    expect(sentence?.children).toStrictEqual([
      {
        type: 'text',
        value: 'PLAIN WORDS HERE.',
        position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 20, offset: 19}}
      }
    ])
  })
})
