/**
 * Hostile input: what `parse` makes of the worst text we can think of.
 *
 * These tests check structure only, never time: that each hostile input
 * (a megabyte on one line, a hundred thousand blank lines, `((((…`,
 * unclosed quotes, repeated datelines, …) gives a tree that `assert`
 * accepts, whose `text` nodes are exact slices of the input and cover every
 * character that is not white space, and that header keys such as
 * `__proto__` stay data. `npm run bench:hostile` measures the time.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {assert, parse, toString} from '../src/index.js'
import type {Nodes, Root} from '../src/index.js'

/** Repeat `unit` to `size` code units. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** Whether a code unit is white space as the readers see it (line endings included). */
function isWhiteSpace(code: number): boolean {
  return (
    code === 10 || code === 13 || code === 32 || code === 9 || code === 11 || code === 12 ||
    code === 0xa0 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f || code === 0x205f || code === 0x3000
  )
}

/** All nodes, in document order (iterative: trees can be deep). */
function nodes(tree: Root): Nodes[] {
  const result: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    result.push(node)
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }

  return result
}

/**
 * Check a plain-text tree against its input: valid, `text` values are their
 * slices, and every character that is not white space is in a `text` node,
 * except list item markers (`- `, `1. `) and rules (a line of `- - -`, `***`,
 * `===`): syntax, like Markdown's.
 */
function checkCovers(tree: Root, value: string): undefined {
  assert(tree)
  const covered = new Uint8Array(value.length)
  for (const node of nodes(tree)) {
    if (node.type === 'listItem') {
      // The marker: from the start of the item's line to its words.
      const start = node.position!.start.offset!
      let lineStart = start
      while (lineStart > 0 && value.charCodeAt(lineStart - 1) !== 10 && value.charCodeAt(lineStart - 1) !== 13) lineStart--
      covered.fill(1, lineStart, start)
    }

    if (node.type !== 'text') continue
    const start = node.position!.start.offset!
    const end = node.position!.end.offset!
    if (node.value !== value.slice(start, end)) {
      throw new Error('text at ' + start + ' is not the slice of the input it points at')
    }

    covered.fill(1, start, end)
  }

  // Rules: lines of nothing but rule marks and white space.
  let lineStart = 0
  while (lineStart < value.length) {
    let lineEnd = lineStart
    let rule = true
    while (lineEnd < value.length && value.charCodeAt(lineEnd) !== 10 && value.charCodeAt(lineEnd) !== 13) {
      const code = value.charCodeAt(lineEnd)
      if (!isWhiteSpace(code) && !'-*_=~—–•·'.includes(value.charAt(lineEnd))) rule = false
      lineEnd++
    }

    if (rule) covered.fill(1, lineStart, lineEnd)
    lineStart = lineEnd + 1
  }

  for (let index = 0; index < value.length; index++) {
    if (!covered[index] && !isWhiteSpace(value.charCodeAt(index))) {
      throw new Error('character ' + JSON.stringify(value.charAt(index)) + ' at ' + index + ' is in no text node')
    }
  }
}

/** Families of hostile input, at a size that is quick to check. */
const families: Array<[name: string, value: string]> = [
  ['a megabyte line of words', fill('talks resumed in Moscow on Tuesday ', 1_000_000)],
  ['a megabyte line without spaces', fill('x', 1_000_000)],
  ['a megabyte line of sentences', fill('Talks resumed on Tuesday. ', 1_000_000)],
  ['100,000 blank lines', fill('\n', 100_000)],
  ['100,000 blank CRLF lines', fill('\r\n', 200_000)],
  ['100,000 blank CR lines', fill('\r', 100_000)],
  ['blank lines with spaces and tabs', fill(' \t\n', 100_000)],
  ['one word per line', fill('word\n', 100_000)],
  ['((((…', fill('(', 100_000)],
  ['))))…', fill(')', 100_000)],
  ['. . . .', fill('. ', 100_000)],
  ['U.S.U.S.', fill('U.S.', 100_000)],
  ['Mr. Mr.', fill('Mr. ', 100_000)],
  ['an unclosed quote', '"' + fill('words and more words ', 100_000)],
  ['openers', fill('“a ', 100_000)],
  ['straight quotes', fill('"', 100_000)],
  ['quoted sentences', fill('"We are ready," Putin said. ', 100_000)],
  ['said said said', fill('said ', 100_000)],
  ['a long capitalised run', fill('Alpha Beta Gamma Delta ', 100_000)],
  ['repeated wire datelines', fill('MOSCOW, February 22. /TASS/. ', 100_000)],
  ['repeated wire datelines on lines', fill('MOSCOW, February 22. /TASS/.\n', 100_000)],
  ['repeated stamps', fill(' date 2023-02-22 22 Feb. 12:40 (UTC+3 MSK)\n', 100_000)],
  ['repeated bylines', fill('By Jane Doe\n', 100_000)],
  ['a digit run', fill('1', 100_000)],
  ['ISO dates', fill('2023-02-22 ', 100_000)],
  ['list markers on one line', fill('- ', 100_000)],
  ['list items', fill('- item\n', 100_000)],
  ['credit lines', fill('Reuters\n', 100_000)],
  ['NUL', fill('\u0000', 100_000)],
  ['lone surrogates', fill('\ud800a\udc00', 100_000)],
  ['a BOM and NBSPs', '\ufeff' + fill('\u00a0word', 100_000)]
]

describe('parse: hostile input (plain text)', () => {
  for (const [name, value] of families) {
    it('reads ' + name + ' into a valid tree that covers the input', () => {
      const tree = parse(value, {format: 'text'})
      checkCovers(tree, value)
      expect(tree.position?.end.offset).toBe(value.length)
    })
  }

  it('reads 100,000 blank lines into a root with no body and a `no-body` message', () => {
    const file = new VFile(fill('\n', 100_000))
    const tree = parse(file, {format: 'text'})
    expect(tree.children).toEqual([])
    expect(tree.position?.end).toEqual({line: 100_001, column: 1, offset: 100_000})
    expect(file.messages.map((message) => message.ruleId)).toContain('no-body')
    for (const message of file.messages) {
      expect(message.ruleId).toBeTypeOf('string')
      expect(message.place).toBeDefined()
    }
  })

  it('keeps a megabyte line whole, as one paragraph', () => {
    const value = fill('talks resumed in Moscow on Tuesday ', 1_000_000).trimEnd()
    const tree = parse(value, {format: 'text'})
    expect(toString(tree)).toBe(value)
    const paragraphs = nodes(tree).filter((node) => node.type === 'paragraph')
    expect(paragraphs.length).toBe(1)
  })
})

describe('parse: hostile input (Markdown)', () => {
  for (const [name, value] of families.filter(([, value]) => value.length <= 200_000)) {
    it('reads ' + name + ' into a valid tree', () => {
      const tree = parse(value, {format: 'markdown'})
      assert(tree)
      expect(tree.data?.format).toBe('markdown')
    })
  }
})

describe('parse: header keys are data', () => {
  const keys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__']

  it('keeps `key: value` lines with prototype keys as data', () => {
    const value = keys.map((key) => key + ': polluted').join('\n') + '\n\nTalks resumed on Tuesday.\n'
    const tree = parse(value, {format: 'text'})
    assert(tree)
    expectClean(tree)
  })

  it('keeps front matter with prototype keys as data', () => {
    const value = [
      '---',
      ...keys.map((key) => key + ': polluted'),
      '__proto__:',
      '  polluted: yes',
      '  isAdmin: true',
      'constructor:',
      '  prototype:',
      '    polluted: yes',
      'publisher:',
      '  __proto__:',
      '    polluted: yes',
      '---',
      '',
      '# Talks resumed',
      '',
      'Talks resumed on Tuesday.',
      ''
    ].join('\n')
    const tree = parse(value, {format: 'markdown'})
    assert(tree)
    expectClean(tree)
    const metas = nodes(tree).filter((node) => node.type === 'meta')
    for (const meta of metas) expect(typeof meta.value, meta.key).toBe('string')
  })

  it('keeps prototype keys in the text as words', () => {
    const value = '__proto__ said the constructor of prototype.\n\nBy __proto__\n\nSource: constructor\n'
    const tree = parse(value, {format: 'text'})
    assert(tree)
    expectClean(tree)
  })

  /** Check that no prototype was touched and every node is a plain object. */
  function expectClean(tree: Root): undefined {
    const probe: Record<string, unknown> = {}
    expect(probe.polluted).toBeUndefined()
    expect(probe.isAdmin).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
    expect(typeof Object.prototype.toString).toBe('function')
    expect(typeof Object.prototype.hasOwnProperty).toBe('function')
    for (const node of nodes(tree)) {
      expect(Object.getPrototypeOf(node)).toBe(Object.prototype)
      if ('data' in node && node.data) expect([Object.prototype, null]).toContain(Object.getPrototypeOf(node.data))
    }

    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  }
})
