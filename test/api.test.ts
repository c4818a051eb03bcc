/**
 * The public API: what the package's main entry exports, and how `parse`
 * treats values it cannot read (a `TypeError` that names what it got).
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as newsast from '../src/index.js'
import {parse} from '../src/index.js'

describe('api', () => {
  it('exports the public API, and nothing else', () => {
    // Adding or removing an export is an API change: update this list on
    // purpose, in the same commit.
    expect(Object.keys(newsast).sort()).toEqual([
      'InvalidTreeError',
      'assert',
      'detectFormat',
      'fromMdast',
      'isRoot',
      'newsastParse',
      'newsastStringify',
      'parse',
      'remarkNewsast',
      'stringify',
      'toFixture',
      'toString'
    ])
  })

  it('exports functions (and one error class)', () => {
    for (const [name, value] of Object.entries(newsast)) {
      expect(typeof value, name).toBe('function')
    }

    expect(new newsast.InvalidTreeError('children[0]', 'should be a node')).toBeInstanceOf(Error)
  })

  it('exports the roles SPEC asks for by their unist names', () => {
    for (const name of ['parse', 'stringify', 'toString', 'assert']) expect(name in newsast, name).toBe(true)
  })
})

describe('parse: bad values', () => {
  const cases: Array<[label: string, value: unknown, names: RegExp]> = [
    ['undefined', undefined, /undefined/],
    ['null', null, /null/],
    ['a number', 5, /number `5`/],
    ['NaN', Number.NaN, /number `NaN`/],
    ['a boolean', true, /boolean `true`/],
    ['a bigint', BigInt(1), /bigint `1`/],
    ['a symbol', Symbol('x'), /symbol/],
    ['a function', () => 'text', /function/],
    ['an array', ['text'], /array/],
    ['a plain object', {value: 'text'}, /object/],
    ['a String object', Object('text'), /object/],
    ['a Buffer', new TextEncoder().encode('text'), /object/],
    ['an object with a null prototype', Object.create(null), /object/]
  ]

  for (const [label, value, names] of cases) {
    it('throws a `TypeError` naming ' + label, () => {
      let caught: unknown
      try {
        parse(value as string)
      } catch (error) {
        caught = error
      }

      expect(caught).toBeInstanceOf(TypeError)
      expect((caught as TypeError).message).toMatch(/^Expected a string or `VFile`/)
      expect((caught as TypeError).message).toMatch(names)
    })
  }

  it('throws a `TypeError` for a `VFile` whose value is neither text nor bytes', () => {
    const file = new VFile()
    // @ts-expect-error: deliberately wrong.
    file.value = 42
    expect(() => parse(file)).toThrow(TypeError)
  })

  it('throws a `TypeError` for a bad `format`', () => {
    // @ts-expect-error: deliberately wrong.
    expect(() => parse('x', {format: 'html'})).toThrow(TypeError)
    // @ts-expect-error: deliberately wrong.
    expect(() => parse('x', {format: 1})).toThrow(/`format`/)
  })

  it('throws a `TypeError` for a bad `referenceDate`', () => {
    expect(() => parse('x', {referenceDate: '22 Feb 2023'})).toThrow(TypeError)
    expect(() => parse('x', {referenceDate: '2023-13-01'})).toThrow(TypeError)
    expect(() => parse('x', {referenceDate: new Date(Number.NaN)})).toThrow(TypeError)
    // @ts-expect-error: deliberately wrong.
    expect(() => parse('x', {referenceDate: 20230222})).toThrow(/`referenceDate`/)
  })

  it('accepts strings, `VFile`s of text or bytes, and empty files', () => {
    expect(parse('').type).toBe('root')
    expect(parse(new VFile('Talks resumed.')).type).toBe('root')
    expect(parse(new VFile(new TextEncoder().encode('Talks resumed.'))).type).toBe('root')
    expect(parse(new VFile()).type).toBe('root')
    expect(parse('x', null).type).toBe('root')
    expect(parse('x', {format: null, referenceDate: null}).type).toBe('root')
  })
})
