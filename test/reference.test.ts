// The reference article (seeds/reference-article.txt): what SPEC.md says
// its tree must hold, with exact positions.
import fs from 'node:fs'
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {parse, toString} from '../src/index.js'
import type {Nodes, Paragraph, Section, Sentence, Time} from '../src/index.js'

const value = fs.readFileSync(new URL('../seeds/reference-article.txt', import.meta.url), 'utf8')
const tree = parse(value)

/**
 * The unist position of `[start, end)` in the reference article, computed
 * independently of the parser.
 *
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Position.
 */
function at(start: number, end: number) {
  return {start: point(start), end: point(end)}
}

/**
 * The unist point of an offset.
 *
 * @param offset
 *   Offset.
 * @returns
 *   Point.
 */
function point(offset: number) {
  const before = value.slice(0, offset).split('\n')
  return {line: before.length, column: before[before.length - 1]!.length + 1, offset}
}

/**
 * Every node of a type, in document order.
 *
 * @param node
 *   Tree.
 * @param type
 *   Node type.
 * @returns
 *   Nodes.
 */
function all<T extends Nodes>(node: Nodes, type: T['type']): T[] {
  const found: T[] = []
  if (node.type === type) found.push(node as T)
  if ('children' in node) for (const child of node.children) found.push(...all<T>(child as Nodes, type))
  return found
}

const sections = tree.children.filter((node): node is Section => node.type === 'section')

describe('reference article', () => {
  it('has a header with one published dateline that keeps the label', () => {
    const start = value.indexOf('date')
    const end = value.indexOf('\n')
    expect(tree.children[0]).toStrictEqual(
      u('header', {position: at(start, end)}, [
        u(
          'dateline',
          {
            role: 'published' as const,
            date: '2023-02-22',
            time: '12:40',
            utcOffset: '+03:00',
            zone: 'MSK',
            datetime: '2023-02-22T12:40+03:00',
            position: at(start, end)
          },
          [u('text', {position: at(start, end)}, 'date 2023-02-22 22 Feb. 12:40 (UTC+3 MSK)')]
        )
      ])
    )
  })

  it('has four sections: the lead and three headed ones', () => {
    expect(sections.map((section) => {
      const heading = section.children[0]!.type === 'heading' ? toString(section.children[0]!) : null
      const paragraphs = section.children.filter((child) => child.type === 'paragraph').length
      return [heading, paragraphs]
    })).toStrictEqual([
      [null, 2],
      ['Security and Peace in the South Caucasus', 1],
      ['Military support and cooperation', 1],
      ['National currencies and support in the international arena', 2]
    ])
    expect(all(tree, 'heading').map((node) => (node as {depth: number}).depth)).toStrictEqual([2, 2, 2])
  })

  it('ends the first sentence at `2022 .`, with the date as a `time`', () => {
    const paragraph = sections[0]!.children[0] as Paragraph
    const sentence = paragraph.children[0] as Sentence
    const start = value.indexOf('The leaders')
    const end = value.indexOf('2022 .') + '2022 .'.length
    expect(sentence.position).toStrictEqual(at(start, end))
    expect(toString(sentence).endsWith('2022 .')).toBe(true)
    const dateStart = value.indexOf('February 22, 2022')
    const dateEnd = dateStart + 'February 22, 2022'.length
    expect(all<Time>(sentence, 'time')).toStrictEqual([
      u('time', {date: '2022-02-22', position: at(dateStart, dateEnd)}, [
        u('text', {position: at(dateStart, dateEnd)}, 'February 22, 2022')
      ])
    ])
  })

  it('resolves `On February 14` against the published date', () => {
    const times = all<Time>(sections[3]!, 'time')
    expect(times.map((node) => [toString(node).replace(/^On /, ''), node.date])).toStrictEqual([
      ['February 14', '2023-02-14']
    ])
  })

  it('marks the quoted words as a `quote`', () => {
    const quotes = all(tree, 'quote')
    expect(quotes.map((node) => toString(node))).toStrictEqual([
      'in order to ensure security, maintain peace and stability.'
    ])
    const start = value.indexOf('in order to ensure')
    const end = start + 'in order to ensure security, maintain peace and stability.'.length
    expect(quotes[0]!.position).toStrictEqual(at(start, end))
  })

  it('lists the outlet and the declaration as sources', () => {
    const sources = tree.children[tree.children.length - 1]!
    expect(sources.type).toBe('sources')
    const list = all<Nodes & {name: string; kind: string; cues: string[]}>(sources, 'source')
    expect(list.map((node) => [node.name, node.kind])).toStrictEqual([
      ['Declaration on Allied Cooperation', 'document'],
      ['Vestnik Kavkaza', 'outlet']
    ])
    const outlet = list.find((node) => node.name === 'Vestnik Kavkaza')!
    expect(outlet.cues).toStrictEqual(['reported'])
    const attribution = all<Nodes & {identifier: string; cue: string}>(tree, 'attribution').find(
      (node) => toString(node) === 'Vestnik Kavkaza'
    )
    expect(attribution?.cue).toBe('reported')
    expect(attribution?.identifier).toBe((outlet as unknown as {identifier: string}).identifier)
  })

  it('keeps every text node exact', () => {
    for (const node of all<Nodes & {value: string}>(tree, 'text')) {
      expect(value.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
    }
  })
})
