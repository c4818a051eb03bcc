/**
 * `assert`: fields — types, enumerations and the formats of dates, times
 * and offsets.
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

function inHeader(node: Node) {
  return u('root', [u('header', [node])])
}

function inSentence(node: Node) {
  return u('root', [u('section', [u('paragraph', [u('sentence', [node])])])])
}

const words = [u('text', 'x')]

describe('assert: fields', () => {
  it('meta: string `key` and `value`', () => {
    expect(fault(inHeader({type: 'meta', value: 'x'} as Node))).toBe(
      '`children[0].children[0].key` should be a string, not undefined'
    )
    expect(fault(inHeader({type: 'meta', key: 'a', value: 3} as Node))).toBe(
      '`children[0].children[0].value` should be a string, not 3'
    )
  })

  it('byline: `authors` is a list of strings', () => {
    expect(fault(inHeader(u('byline', {authors: 'Jane'}, words)))).toBe(
      "`children[0].children[0].authors` should be an array of strings, not 'Jane'"
    )
    expect(fault(inHeader(u('byline', {authors: ['Jane', 2]}, words)))).toBe(
      '`children[0].children[0].authors[1]` should be a string, not 2'
    )
  })

  it('dateline: `role` is an enumeration', () => {
    expect(fault(inHeader(u('dateline', words)))).toBe(
      "`children[0].children[0].role` should be one of 'published', 'updated', 'filed', not undefined"
    )
    expect(fault(inHeader(u('dateline', {role: 'weekly'}, words)))).toBe(
      "`children[0].children[0].role` should be one of 'published', 'updated', 'filed', not 'weekly'"
    )
  })

  it('dateline: `place`, `agency` and `zone` are strings', () => {
    expect(fault(inHeader(u('dateline', {role: 'filed', place: 1}, words)))).toBe(
      '`children[0].children[0].place` should be a string, not 1'
    )
    expect(fault(inHeader(u('dateline', {role: 'filed', agency: null}, words)))).toBe(
      '`children[0].children[0].agency` should be a string, not null'
    )
    expect(fault(inHeader(u('dateline', {role: 'filed', zone: ['MSK']}, words)))).toBe(
      '`children[0].children[0].zone` should be a string, not […]'
    )
  })

  it('dates: `YYYY-MM-DD` or `--MM-DD`', () => {
    const valid = ['2023-02-22', '--02-22', '1999-12-31']
    for (const date of valid) {
      expect(fault(inHeader(u('dateline', {role: 'published', date}, words)))).toBe('valid')
    }

    for (const date of ['2023-2-22', '2023-13-01', '02-22', '2023-02-22T12:40', '--02-32']) {
      expect(fault(inSentence(u('time', {date}, words)))).toBe(
        '`children[0].children[0].children[0].children[0].date` should match `YYYY-MM-DD` or `--MM-DD`, not ' + "'" + date + "'"
      )
    }
  })

  it('times: `HH:MM` or `HH:MM:SS`, 24-hour', () => {
    expect(fault(inSentence(u('time', {time: '12:40:05'}, words)))).toBe('valid')
    expect(fault(inHeader(u('dateline', {role: 'published', time: '24:00'}, words)))).toBe(
      "`children[0].children[0].time` should match `HH:MM` or `HH:MM:SS` (24-hour), not '24:00'"
    )
    expect(fault(inHeader(u('dateline', {role: 'published', time: '9:40'}, words)))).toBe(
      "`children[0].children[0].time` should match `HH:MM` or `HH:MM:SS` (24-hour), not '9:40'"
    )
  })

  it('offsets: `±HH:MM`', () => {
    expect(fault(inHeader(u('dateline', {role: 'published', utcOffset: '-05:00'}, words)))).toBe('valid')
    expect(fault(inHeader(u('dateline', {role: 'published', utcOffset: '+0300'}, words)))).toBe(
      "`children[0].children[0].utcOffset` should match `+HH:MM` or `-HH:MM`, not '+0300'"
    )
    expect(fault(inHeader(u('dateline', {role: 'published', utcOffset: 'MSK'}, words)))).toBe(
      "`children[0].children[0].utcOffset` should match `+HH:MM` or `-HH:MM`, not 'MSK'"
    )
  })

  it('datetimes: full ISO 8601', () => {
    for (const datetime of ['2023-02-22T12:40+03:00', '2023-02-22T12:40:00Z', '2023-02-22T12:40']) {
      expect(fault(inHeader(u('dateline', {role: 'published', datetime}, words)))).toBe('valid')
    }

    expect(fault(inHeader(u('dateline', {role: 'published', datetime: '2023-02-22 12:40'}, words)))).toBe(
      "`children[0].children[0].datetime` should match `YYYY-MM-DDTHH:MM`, with optional `:SS` and `Z` or `±HH:MM`, not '2023-02-22 12:40'"
    )
  })

  it('heading: `depth` from 1 to 6', () => {
    expect(fault(u('root', [u('section', [u('heading', {depth: 2.5}, words)])]))).toBe(
      '`children[0].children[0].depth` should be an integer from 1 to 6, not 2.5'
    )
    expect(fault(u('root', [u('section', [u('heading', {depth: '2'}, words)])]))).toBe(
      "`children[0].children[0].depth` should be an integer from 1 to 6, not '2'"
    )
  })

  it('list: `ordered` is a boolean', () => {
    expect(fault(u('root', [u('section', [u('list', [])])]))).toBe(
      '`children[0].children[0].ordered` should be a boolean, not undefined'
    )
  })

  it('link: `url` is a string', () => {
    expect(fault(inSentence(u('link', words)))).toBe(
      '`children[0].children[0].children[0].children[0].url` should be a string, not undefined'
    )
  })

  it('attribution: `identifier`, `cue` and `data.role` are strings', () => {
    expect(fault(inSentence(u('attribution', {identifier: 'x'}, words)))).toBe(
      '`children[0].children[0].children[0].children[0].cue` should be a string, not undefined'
    )
    expect(fault(inSentence({type: 'attribution', identifier: 'x', cue: 'said', data: {role: 5}, children: words} as Node))).toBe(
      '`children[0].children[0].children[0].children[0].data.role` should be a string, not 5'
    )
  })

  it('credit: `role` is an enumeration, `names` a list of strings', () => {
    expect(fault(u('root', [u('footer', [u('credit', {role: 'author', names: []}, words)])]))).toBe(
      "`children[0].children[0].role` should be one of 'signature', 'reporting', 'writing', 'editing', 'additional-reporting', 'source', 'photo', 'copyright', 'contact', 'other', not 'author'"
    )
    expect(fault(u('root', [u('footer', [u('credit', {role: 'editing'}, words)])]))).toBe(
      '`children[0].children[0].names` should be an array of strings, not undefined'
    )
  })

  it('source: slug, name, kind, cues and mentions', () => {
    const source = {type: 'source', identifier: 'tass', name: 'TASS', kind: 'outlet', cues: ['reported'], mentions: 1}
    expect(fault(u('root', [u('sources', [{...source, identifier: 'Tass'}])]))).toBe(
      "`children[0].children[0].identifier` should be a lower-case slug without white space, not 'Tass'"
    )
    expect(fault(u('root', [u('sources', [{...source, identifier: 'the tass'}])]))).toBe(
      "`children[0].children[0].identifier` should be a lower-case slug without white space, not 'the tass'"
    )
    expect(fault(u('root', [u('sources', [{...source, kind: 'wire'}])]))).toBe(
      "`children[0].children[0].kind` should be one of 'outlet', 'person', 'organization', 'document', 'anonymous', 'other', not 'wire'"
    )
    expect(fault(u('root', [u('sources', [{...source, mentions: -1}])]))).toBe(
      '`children[0].children[0].mentions` should be an integer of at least 0, not -1'
    )
    expect(fault(u('root', [u('sources', [{...source, cues: [1]}])]))).toBe(
      '`children[0].children[0].cues[0]` should be a string, not 1'
    )
    expect(fault(u('root', [u('sources', [{...source, data: {aliases: 'TASS'}}])]))).toBe(
      "`children[0].children[0].data.aliases` should be an array of strings, not 'TASS'"
    )
    expect(fault(u('root', [u('sources', [{...source, children: []}])]))).toBe(
      '`children[0].children[0].children` should not exist on a `source` node (extra information goes in `data`)'
    )
  })

  it('shows long strings shortened', () => {
    expect(fault(inHeader(u('dateline', {role: 'x'.repeat(60)}, words)))).toBe(
      "`children[0].children[0].role` should be one of 'published', 'updated', 'filed', not '" + 'x'.repeat(39) + "…'"
    )
  })
})
