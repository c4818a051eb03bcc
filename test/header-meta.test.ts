// Meta lines: `Key: value` and `key value`.
import {describe, expect, it} from 'vitest'
import {recognizeMeta} from '../src/lib/header/recognize-meta.js'

describe('recognizeMeta', () => {
  it('reads known keys with a colon', () => {
    expect(recognizeMeta('Tags: Trade, Fisheries')).toStrictEqual({key: 'tags', value: 'Trade, Fisheries'})
    expect(recognizeMeta('Title: Ministers Agree On Quotas')).toStrictEqual({
      key: 'title',
      value: 'Ministers Agree On Quotas'
    })
    expect(recognizeMeta('URL Source: https://example.org/a/b')).toStrictEqual({
      key: 'url source',
      value: 'https://example.org/a/b'
    })
  })

  it('reads a known key with an empty value', () => {
    expect(recognizeMeta('Markdown Content:')).toStrictEqual({key: 'markdown content', value: ''})
  })

  it('reads lower-case keys and unknown keys with data values', () => {
    expect(recognizeMeta('source_id: 42')).toStrictEqual({key: 'source_id', value: '42'})
    expect(recognizeMeta('Story ID: 2023-118')).toStrictEqual({key: 'story id', value: '2023-118'})
  })

  it('reads bare keys', () => {
    expect(recognizeMeta('URL https://example.org/a')).toStrictEqual({key: 'url', value: 'https://example.org/a'})
    expect(recognizeMeta('Tags Trade, Fisheries')).toStrictEqual({key: 'tags', value: 'Trade, Fisheries'})
  })

  it('reads a picture credit with a bar', () => {
    expect(recognizeMeta('Images | Harbour Board')).toStrictEqual({key: 'images', value: 'Harbour Board'})
    expect(recognizeMeta('Photo | example.org')).toStrictEqual({key: 'photo', value: 'example.org'})
    expect(recognizeMeta('Markets | Harbour Board')).toBe(undefined)
    expect(recognizeMeta('Photo |')).toBe(undefined)
  })

  it('keeps keys that are object properties as data', () => {
    expect(recognizeMeta('__proto__: x')).toBe(undefined)
    expect(recognizeMeta('constructor: x')).toStrictEqual({key: 'constructor', value: 'x'})
    expect(recognizeMeta('hasOwnProperty: 1')).toStrictEqual({key: 'hasownproperty', value: '1'})
  })
})
