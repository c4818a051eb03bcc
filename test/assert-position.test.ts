/**
 * `assert`: positions — 1-based lines and columns, 0-based offsets, start
 * not after end, and none on derived nodes.
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

function at(position: unknown) {
  const section = {type: 'section', position, children: []} as Node
  return u('root', [section])
}

const start = {line: 1, column: 1, offset: 0}
const end = {line: 1, column: 5, offset: 4}

describe('assert: positions', () => {
  it('accepts positions with and without offsets', () => {
    expect(fault(at({start, end}))).toBe('valid')
    expect(fault(at({start: {line: 1, column: 1}, end: {line: 2, column: 1}}))).toBe('valid')
    expect(fault(at(undefined))).toBe('valid')
  })

  it('requires an object with `start` and `end` points', () => {
    expect(fault(at(null))).toBe('`children[0].position` should be an object, not null')
    expect(fault(at({start}))).toBe(
      '`children[0].position.end` should be a point object, not undefined'
    )
    expect(fault(at({start, end, middle: start}))).toBe(
      '`children[0].position.middle` should not exist on a position (only `start` and `end`)'
    )
  })

  it('requires 1-based lines and columns', () => {
    expect(fault(at({start: {line: 0, column: 1, offset: 0}, end}))).toBe(
      '`children[0].position.start.line` should be an integer of at least 1, not 0'
    )
    expect(fault(at({start, end: {line: 1, column: 0.5, offset: 4}}))).toBe(
      '`children[0].position.end.column` should be an integer of at least 1, not 0.5'
    )
    expect(fault(at({start: {line: '1', column: 1}, end}))).toBe(
      "`children[0].position.start.line` should be an integer of at least 1, not '1'"
    )
  })

  it('requires 0-based offsets', () => {
    expect(fault(at({start: {line: 1, column: 1, offset: -1}, end}))).toBe(
      '`children[0].position.start.offset` should be an integer of at least 0, not -1'
    )
  })

  it('rejects unknown point fields', () => {
    expect(fault(at({start: {...start, index: 0}, end}))).toBe(
      '`children[0].position.start.index` should not exist on a point (only `line`, `column` and `offset`)'
    )
  })

  it('requires start not after end', () => {
    expect(fault(at({start: end, end: start}))).toBe(
      '`children[0].position.end` should not come before `start`'
    )
    expect(fault(at({start: {line: 2, column: 1}, end: {line: 1, column: 9}}))).toBe(
      '`children[0].position.end` should not come before `start`'
    )
    expect(fault(at({start: {line: 1, column: 4}, end: {line: 1, column: 4}}))).toBe('valid')
  })

  it('rejects positions on derived nodes', () => {
    expect(fault(u('root', [{type: 'sources', position: {start, end}, children: []}]))).toBe(
      '`children[0].position` should not exist: `sources` is derived, not read from the input'
    )
    const source = {type: 'source', identifier: 'tass', name: 'TASS', kind: 'outlet', cues: [], mentions: 1, position: {start, end}}
    expect(fault(u('root', [u('sources', [source])]))).toBe(
      '`children[0].children[0].position` should not exist: `source` is derived, not read from the input'
    )
  })
})
