/**
 * `assert`: sources — unique identifiers, and every attribution and quote
 * refers to one.
 */
import type {Node} from 'unist'
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

function source(identifier: string) {
  return u('source', {identifier, name: identifier, kind: 'person', cues: ['said'], mentions: 1})
}

function article(phrasing: Node[], sources: Node[]) {
  return u('root', [
    u('section', [u('paragraph', [u('sentence', phrasing)])]),
    u('sources', sources)
  ])
}

describe('assert: sources', () => {
  it('accepts attributions and quotes that refer to sources', () => {
    const tree = article(
      [
        u('quote', {source: 'jane-doe'}, [u('text', 'Yes')]),
        u('text', ', '),
        u('attribution', {identifier: 'jane-doe', cue: 'said'}, [u('text', 'Jane Doe')])
      ],
      [source('jane-doe')]
    )
    expect(fault(tree)).toBe('valid')
  })

  it('accepts a quote without a source', () => {
    expect(fault(article([u('quote', [u('text', 'Yes')])], []))).toBe('valid')
  })

  it('rejects duplicate identifiers', () => {
    expect(fault(article([], [source('tass'), source('reuters'), source('tass')]))).toBe(
      "`children[1].children[2].identifier` should be unique, but 'tass' is also the identifier of `children[1].children[0]`"
    )
  })

  it('rejects an attribution to an unknown source', () => {
    const tree = article(
      [u('attribution', {identifier: 'jane-doe', cue: 'said'}, [u('text', 'Jane Doe')])],
      [source('john-roe')]
    )
    expect(fault(tree)).toBe(
      "`children[0].children[0].children[0].children[0].identifier` should be the identifier of a `source` in `sources`, not 'jane-doe'"
    )
  })

  it('rejects an attribution when there are no sources at all', () => {
    const tree = u('root', [
      u('section', [u('paragraph', [u('sentence', [u('attribution', {identifier: 'tass', cue: 'reported'}, [u('text', 'TASS')])])])])
    ])
    expect(fault(tree)).toBe(
      "`children[0].children[0].children[0].children[0].identifier` should be the identifier of a `source` in `sources`, not 'tass'"
    )
  })

  it('rejects a quote whose source is unknown', () => {
    const tree = article([u('quote', {source: 'nobody'}, [u('text', 'Yes')])], [source('jane-doe')])
    expect(fault(tree)).toBe(
      "`children[0].children[0].children[0].children[0].source` should be the identifier of a `source` in `sources`, not 'nobody'"
    )
  })

  it('checks every node before references', () => {
    const tree = article(
      [u('attribution', {identifier: 'nobody', cue: 'said'}, [u('text', 'X')])],
      [{...source('a'), mentions: 'one'} as Node]
    )
    expect(fault(tree)).toBe(
      "`children[1].children[0].mentions` should be an integer of at least 0, not 'one'"
    )
  })
})
