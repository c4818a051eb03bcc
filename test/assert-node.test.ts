/**
 * `assert`: what a node is — an object with a known `type`, only its own
 * fields, `data` as an object, and no node twice.
 */
import type {Node} from 'unist'
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {assert, InvalidTreeError, isRoot} from '../src/lib/assert.js'

function fault(value: unknown): string {
  try {
    assert(value)
  } catch (error) {
    return (error as Error).message
  }

  return 'valid'
}

describe('assert: nodes', () => {
  it('accepts the smallest tree', () => {
    expect(() => assert(u('root', []))).not.toThrow()
  })

  it('rejects a value that is not an object', () => {
    expect(fault(null)).toBe('`tree` should be a node object, not null')
    expect(fault('root')).toBe("`tree` should be a node object, not 'root'")
    expect(fault([])).toBe('`tree` should be a node object, not []')
  })

  it('rejects a tree whose root is not `root`', () => {
    expect(fault(u('section', []))).toBe(
      "`type` should be 'root', not 'section'"
    )
    expect(fault({children: []})).toBe(
      "`type` should be 'root', not undefined"
    )
  })

  it('rejects unknown node types, with the path', () => {
    const tree = u('root', [u('section', [u('paragraph', [u('sentence', [u('emphasis', [])])])])])
    expect(fault(tree)).toBe(
      '`children[0].children[0].children[0].children[0]` should be `text`, `quote`, `attribution`, `time`, `link` in `sentence`, not `emphasis`'
    )
  })

  it('rejects a child that is not an object', () => {
    expect(fault(u('root', [u('section', [3 as unknown as Node])]))).toBe(
      '`children[0].children[0]` should be a node object, not 3'
    )
    expect(fault(u('root', [u('section', [{type: 7} as unknown as Node])]))).toBe(
      '`children[0].children[0].type` should be a newsast node type, not 7'
    )
  })

  it('rejects `root` below the root', () => {
    expect(fault(u('root', [u('root', [])]))).toBe(
      '`children[0]` should be `header`, `section`, `footer`, `sources` in `root`, not `root`'
    )
  })

  it('requires `children` on parents and `value` on literals', () => {
    expect(fault({type: 'root'})).toBe(
      '`children` should be an array, not undefined'
    )
    expect(fault(u('root', [u('section', [u('paragraph', [u('sentence', [{type: 'text'}])])])]))).toBe(
      '`children[0].children[0].children[0].children[0].value` should be a string, not undefined'
    )
  })

  it('rejects `children` on literals and `value` on parents', () => {
    const literal = {type: 'text', value: 'a', children: []}
    expect(fault(u('root', [u('section', [u('paragraph', [u('sentence', [literal])])])]))).toBe(
      '`children[0].children[0].children[0].children[0].children` should not exist on a `text` node (extra information goes in `data`)'
    )
    expect(fault({type: 'root', value: 'a', children: []})).toBe(
      '`value` should not exist on a `root` node (extra information goes in `data`)'
    )
  })

  it('rejects fields that are not in the spec, but not `undefined` ones', () => {
    expect(fault({type: 'root', children: [], lang: 'en'})).toBe(
      '`lang` should not exist on a `root` node (extra information goes in `data`)'
    )
    expect(() => assert({type: 'root', children: [], lang: undefined})).not.toThrow()
  })

  it('requires `data` to be an object, and accepts anything inside it', () => {
    expect(fault({type: 'root', children: [], data: []})).toBe(
      '`data` should be an object, not []'
    )
    expect(fault({type: 'root', children: [], data: 'x'})).toBe(
      "`data` should be an object, not 'x'"
    )
    expect(() =>
      assert({type: 'root', children: [], data: {format: 'text', custom: {deep: [1]}}})
    ).not.toThrow()
  })

  it('checks the known fields of `data`', () => {
    expect(fault({type: 'root', children: [], data: {format: 'html'}})).toBe(
      "`data.format` should be one of 'text', 'markdown', not 'html'"
    )
  })

  it('rejects circular and shared nodes', () => {
    const section: {type: string; children: unknown[]} = {type: 'section', children: []}
    const paragraph = u('paragraph', [])
    section.children.push(paragraph, paragraph)
    expect(fault(u('root', [section]))).toBe(
      '`children[0].children[1]` should not be the same object as `children[0].children[0]` (a node occurs once in a tree)'
    )

    const root: {type: string; children: unknown[]} = {type: 'root', children: []}
    root.children.push(root)
    expect(fault(root)).toBe(
      '`children[0]` should be `header`, `section`, `footer`, `sources` in `root`, not `root`'
    )
  })

  it('handles very deep trees without overflowing the stack', () => {
    let phrasing: Node = u('text', 'deep')
    for (let index = 0; index < 20_000; index++) phrasing = u('quote', [phrasing])
    const tree = u('root', [u('section', [u('paragraph', [u('sentence', [phrasing])])])])
    expect(() => assert(tree)).not.toThrow()
  })

  it('throws an `InvalidTreeError` with the path', () => {
    let error: unknown
    try {
      assert(u('root', [u('section', [u('heading', {depth: 0}, [])])]))
    } catch (error_) {
      error = error_
    }

    expect(error).toBeInstanceOf(InvalidTreeError)
    expect(error).toBeInstanceOf(Error)
    expect((error as InvalidTreeError).name).toBe('InvalidTreeError')
    expect((error as InvalidTreeError).path).toBe('children[0].children[0].depth')
    expect((error as InvalidTreeError).message).toBe(
      '`children[0].children[0].depth` should be an integer from 1 to 6, not 0'
    )
  })

  it('`isRoot` answers without throwing', () => {
    expect(isRoot(u('root', []))).toBe(true)
    expect(isRoot({type: 'root'})).toBe(false)
    expect(isRoot(undefined)).toBe(false)
  })
})
