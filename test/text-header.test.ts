// The plain-text reader's header: which line becomes which header node, in
// which order the recognisers are asked, and where the body starts.
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {parse, toString} from '../src/index.js'
import type {Header} from '../src/index.js'
import {find, positions} from './util/position.js'

/**
 * Parse as text and return the header's children as `[type, text]`.
 *
 * @param value
 *   Document.
 * @returns
 *   Outline of the header.
 */
function header(value: string): Array<[string, string]> {
  const node = parse(value, {format: 'text'}).children[0]
  if (!node || node.type !== 'header') return []
  return node.children.map((child) => [child.type, child.type === 'meta' ? child.key + '=' + child.value : toString(child)])
}

describe('header', () => {
  it('makes a whole header of title, byline and wire dateline, and starts the body after the dateline', () => {
    const value = 'Ministers meet in Vienna\n\nBy Jane Doe\n\nVIENNA, April 9. /TASS/. Talks resumed.'
    const at = positions(value)
    const [a, b] = find(value, 'Ministers meet in Vienna')
    const [c, d] = find(value, 'By Jane Doe')
    const [e, f] = find(value, 'VIENNA, April 9. /TASS/.')
    const tree = parse(value, {format: 'text'})
    expect(tree.children[0]).toStrictEqual(
      u('header', {position: at(a, f)}, [
        u('title', {position: at(a, b)}, [u('text', {position: at(a, b)}, 'Ministers meet in Vienna')]),
        u('byline', {authors: ['Jane Doe'], position: at(c, d)}, [u('text', {position: at(c, d)}, 'By Jane Doe')]),
        u(
          'dateline',
          {role: 'filed' as const, place: 'VIENNA', agency: 'TASS', date: '--04-09', position: at(e, f)},
          [u('text', {position: at(e, f)}, 'VIENNA, April 9. /TASS/.')]
        )
      ])
    )
    const [g] = find(value, 'Talks resumed.')
    expect(tree.children[1]!.position!.start.offset).toBe(g)
  })

  it('keeps an outlet line under the byline in the byline', () => {
    expect(header('Storm hits coast\n\nBy JANE DOE\nAssociated Press\n\nWinds rose on Tuesday.')).toStrictEqual([
      ['title', 'Storm hits coast'],
      ['byline', 'By JANE DOE\nAssociated Press']
    ])
  })

  it('makes notes and summary bullets between the title and the byline one deck', () => {
    const value = 'Gold rises on haven demand\n\n(Adds comments)\n    * Spot gold may edge up\n    * Dollar index down\n\n    By Jane Doe\n    Jan 30 (Reuters) - Gold rose on Tuesday.\n'
    expect(header(value).map(([type]) => type)).toStrictEqual(['title', 'subtitle', 'byline', 'dateline'])
    expect(header(value)[1]![1]).toBe('(Adds comments)\n    * Spot gold may edge up\n    * Dollar index down')
  })

  it('reads a line of names right above a stamp as the byline', () => {
    expect(header('Storm hits the coast\n\nJane Doe\nWed 22 Feb 2023 12.40 GMT\n\nWinds reached 100 km/h.')).toStrictEqual([
      ['title', 'Storm hits the coast'],
      ['byline', 'Jane Doe'],
      ['dateline', 'Wed 22 Feb 2023 12.40 GMT']
    ])
  })

  it('reads a labelled title as the title and other labelled lines as meta', () => {
    expect(header('Title: Ships collide in fog\n\nURL Source: https://example.com/a\n\nTwo ships collided on Monday.')).toStrictEqual([
      ['title', 'Ships collide in fog'],
      ['meta', 'url source=https://example.com/a']
    ])
  })

  it('reads the rest of a stamp line as the start of the body', () => {
    const value = ' date 2023-08-17 TASHKENT, August 17 - The ministers met.'
    expect(header(value)).toStrictEqual([
      ['dateline', 'date 2023-08-17'],
      ['dateline', 'TASHKENT, August 17 -']
    ])
    const tree = parse(value, {format: 'text'})
    expect(toString(tree.children[1] as Header)).toBe('The ministers met.')
  })

  it('does not take a first sentence for a title', () => {
    expect(header('The ministers met on Monday in Vienna.\n\nThey agreed.')).toStrictEqual([])
  })
})
