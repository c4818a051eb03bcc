/**
 * Properties of `parse` over generated input: arbitrary strings (any code
 * unit, lone surrogates, NUL, CR, long lines) and article-like text (stamps,
 * datelines, titles, bylines, headings, paragraphs with quotes and
 * abbreviations, lists, credits, odd line endings and spaces).
 *
 * For every input, `parse` does not throw, `assert` accepts the tree, every
 * position is in range with `line`/`column` that agree with its `offset`,
 * children are ordered and inside their parent, and the words of the tree's
 * text appear in the input in order (on the Markdown path, which decodes
 * and drops marks, their letters and digits do). On the plain-text path
 * positions are exact: a `text` node's value is the slice of the input it
 * points at.
 *
 * The seed is fixed so that CI runs the same cases every time; the numbers
 * of runs add up to 10,225 cases (3 × (700 + 400 + 1500 + 800) + 25), most
 * of them cheap arbitrary strings so that the file stays quick.
 */
import fc from 'fast-check'
import type {Node, Point, Position} from 'unist'
import {describe, expect, it} from 'vitest'
import {assert, parse, toString} from '../src/index.js'
import type {Root} from '../src/index.js'

const seed = 20_231_122

// ---------------------------------------------------------------------------
// Checks.

/**
 * Offsets where lines start, found independently of the parser: `\r\n`,
 * `\r` and `\n` end a line.
 */
function lineStarts(value: string): number[] {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }

  return starts
}

/** Expected `{line, column}` of an offset. */
function expectedPoint(starts: number[], offset: number): {line: number; column: number} {
  // The last line start at or before `offset`.
  let low = 0
  let high = starts.length
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (starts[middle]! <= offset) low = middle
    else high = middle
  }

  return {line: low + 1, column: offset - starts[low]! + 1}
}

/** Throw with a message that names the node. */
function fail(path: string, message: string): never {
  throw new Error('`' + (path || 'root') + '`: ' + message)
}

/** Check one point: an integer offset in range, agreeing line and column. */
function checkPoint(point: Point | undefined, path: string, value: string, starts: number[]): number {
  if (!point || typeof point.offset !== 'number') fail(path, 'expected a point with an offset')
  const offset = point.offset
  if (!Number.isInteger(offset) || offset < 0 || offset > value.length) {
    fail(path, 'offset ' + offset + ' out of range 0–' + value.length)
  }

  const expected = expectedPoint(starts, offset)
  if (point.line !== expected.line || point.column !== expected.column) {
    fail(
      path,
      'offset ' + offset + ' is ' + expected.line + ':' + expected.column + ', not ' + point.line + ':' + point.column
    )
  }

  return offset
}

/**
 * Check every position in a tree: in range, exact points, start ≤ end,
 * children in order and inside their parent; with `exact`, also that each
 * `text` node's value is the slice its position points at.
 */
function checkPositions(tree: Root, value: string, exact: boolean): undefined {
  const starts = lineStarts(value)
  const stack: Array<[node: Node, path: string, range: [number, number] | undefined]> = [[tree, '', undefined]]

  while (stack.length > 0) {
    const [node, path, parentRange] = stack.pop()!
    const position = node.position as Position | undefined
    let range: [number, number] | undefined

    if (position) {
      const start = checkPoint(position.start, path + '.start', value, starts)
      const end = checkPoint(position.end, path + '.end', value, starts)
      if (start > end) fail(path, 'starts (' + start + ') after it ends (' + end + ')')
      if (parentRange && (start < parentRange[0] || end > parentRange[1])) {
        fail(path, '[' + start + ', ' + end + ') is outside its parent [' + parentRange[0] + ', ' + parentRange[1] + ')')
      }

      range = [start, end]
      if (exact && node.type === 'text') {
        const literal = (node as Node & {value: string}).value
        if (literal !== value.slice(start, end)) {
          fail(path, 'value ' + JSON.stringify(literal) + ' is not its slice ' + JSON.stringify(value.slice(start, end)))
        }
      }
    } else if (node.type !== 'sources' && node.type !== 'source') {
      fail(path, 'a `' + node.type + '` made from the input has no position')
    }

    const children = (node as Node & {children?: Node[]}).children
    if (!children) continue
    let previousEnd = range ? range[0] : 0
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      const childPath = (path ? path + '.' : '') + 'children[' + index + ']'
      const childPosition = child.position
      if (childPosition) {
        const start = childPosition.start.offset ?? Number.NaN
        if (start < previousEnd) fail(childPath, 'starts at ' + start + ', before its previous sibling ends (' + previousEnd + ')')
        previousEnd = childPosition.end.offset ?? Number.NaN
      }

      stack.push([child, childPath, range ?? parentRange])
    }
  }
}

/** Text nodes in document order. */
function texts(tree: Root): Array<{value: string; position?: Position | undefined}> {
  const result: Array<{value: string; position?: Position | undefined}> = []
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') result.push(node as Node & {value: string})
    const children = (node as Node & {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }

  return result
}

/** Check that each word of `text` occurs in `value`, in order. */
function checkWordsInOrder(text: string, value: string, label: string): undefined {
  let from = 0
  for (const word of text.split(/\s+/)) {
    if (word === '') continue
    const found = value.indexOf(word, from)
    if (found === -1) {
      throw new Error(label + ': word ' + JSON.stringify(word) + ' not found in the input at or after ' + from)
    }

    from = found + word.length
  }
}

/** Letters and digits of a string, nothing else. */
function alphanumerics(value: string): string {
  return value.replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Check that the runs of letters and digits in `text` occur in the letters
 * and digits of `value`, in order: Markdown decodes (`&amp;`, `\\*`), drops
 * marks (`**`, `[…](url)`) and replaces NUL, so its words are not slices of
 * the input, but no word may appear or move.
 */
function checkAlphanumericsInOrder(text: string, value: string, label: string): undefined {
  const haystack = alphanumerics(value)
  let from = 0
  for (const needle of text.split(/[^\p{L}\p{N}]+/u)) {
    if (needle === '') continue
    const found = haystack.indexOf(needle, from)
    if (found === -1) {
      throw new Error(label + ': ' + JSON.stringify(needle) + ' not found in the letters and digits of the input, in order')
    }

    from = found + needle.length
  }
}

/** Everything that must hold for one input. */
function check(value: string, format: 'text' | 'markdown' | 'auto'): undefined {
  const tree = parse(value, {format})
  assert(tree)
  const plain = tree.data?.format === 'text'
  checkPositions(tree, value, plain)
  if (plain) {
    checkWordsInOrder(toString(tree), value, 'toString')
    checkWordsInOrder(texts(tree).map((node) => node.value).join(' '), value, 'text nodes')
  } else {
    checkAlphanumericsInOrder(toString(tree), value, 'toString')
  }
}

// ---------------------------------------------------------------------------
// Generators.

/** Remove trailing marks (a loop, not a regular expression that backtracks). */
function trimMarks(value: string, marks: string): string {
  let end = value.length
  while (end > 0 && marks.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

/** Pick one of a list of strings. */
const oneOf = (values: string[]): fc.Arbitrary<string> => fc.constantFrom(...values)

const lineEnding = fc.oneof(
  {weight: 6, arbitrary: fc.constant('\n')},
  {weight: 2, arbitrary: fc.constant('\r\n')},
  {weight: 1, arbitrary: fc.constant('\r')}
)

const space = fc.oneof(
  {weight: 12, arbitrary: fc.constant(' ')},
  {weight: 1, arbitrary: oneOf(['  ', '\t', '\u00a0', '\u2009', '\u200b', '\u3000', ' \t '])}
)

const names = oneOf(['Jane Doe', 'John Roe', 'Vladimir Putin', 'Ilham Aliyev', 'Anna Schmidt-Weber', 'O’Brien', 'Zhang Wei', 'Мария Петрова'])
const places = oneOf(['MOSCOW', 'NEW YORK', 'JACKSON, Ga.', 'BAKU', 'WASHINGTON', 'Beijing', 'ST. PETERSBURG'])
const wires = oneOf(['/TASS/.', '(Reuters) -', '(AP) —', '(AFP) –', 'Xinhua --', '/PRNewswire/ --', ''])
const months = oneOf(['January', 'February', 'March', 'Feb.', 'Sept.', 'Dec', 'May'])
const zones = oneOf(['MSK', 'GMT', 'EST', 'EDT', 'ET', 'IST', 'CST', 'UTC+3', '+0300', 'UTC', ''])
const day = fc.integer({min: 0, max: 35}).map(String)
const year = fc.integer({min: 1899, max: 2101}).map(String)
const clock = fc.tuple(fc.integer({min: 0, max: 25}), fc.integer({min: 0, max: 61})).map(
  ([hours, minutes]) => hours + ':' + String(minutes).padStart(2, '0')
)

const word = fc.oneof(
  {
    weight: 7,
    arbitrary: oneOf([
      'the', 'of', 'talks', 'resumed', 'in', 'Moscow', 'Baku', 'and', 'a', 'new', 'level', 'said',
      'said,', 'told', 'reported', 'according', 'to', 'citing', 'officials', 'sources', 'ministry',
      'Kremlin', 'declaration', 'On', 'Tuesday', 'February', '14', 'at', '12:40', 'GMT', 'Reuters',
      'TASS', 'AP', 'government', 'security', 'peace', 'stability.', 'cooperation,', 'was', 'is'
    ])
  },
  {
    weight: 3,
    arbitrary: oneOf([
      'Mr.', 'Dr.', 'U.S.', 'Feb.', 'No.', '5', '2022', '2023-02-22', 'e.g.', 'etc.', 'i.e.', 'Inc.',
      'Calif.', 'a.m.', '...', '…', '.', ',', ';', '-', '—', '(', ')', '"', '“', '”', '‘', '’', '«',
      '»', "'", 'Source:', 'By', 'Editing', 'reporting', '__proto__', 'constructor', 'prototype',
      'toString', 'hasOwnProperty', '#', '##', '*', '**', '_', '[link](https://example.com)', '<b>',
      '&amp;', '\\', '`code`', '|', '>', '1.', '•', 'é', 'Ж', '日本', '😀', '\u0000', '\ufffd',
      '\ud800', '\udc00'
    ])
  }
)

/** Words separated by spaces, sometimes with a line break inside. */
const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(word, space), {minLength: min, maxLength: max}).map((parts) =>
    parts.map(([w, s]) => w + s).join('').trimEnd()
  )

const sentence = fc
  .tuple(oneOf(['', '"', '“', '«', '(']), names, oneOf(['said', 'told reporters', 'reported', 'added', 'wrote']), words(1, 14), oneOf(['.', '!', '?', '…', '."', '.”', '?»', ' .', '']))
  .chain(([open, name, cue, rest, end]) =>
    fc.oneof(
      fc.constant(open + rest + end + (open ? ' ' + name + ' ' + cue + '.' : '')),
      fc.constant(name + ' ' + cue + ' ' + rest + end),
      fc.constant('According to ' + name + ', ' + rest + end),
      fc.constant(rest + end)
    )
  )

const paragraph = fc
  .array(fc.tuple(sentence, fc.oneof({weight: 8, arbitrary: fc.constant(' ')}, {weight: 1, arbitrary: lineEnding})), {minLength: 1, maxLength: 6})
  .map((parts) => parts.map(([s, gap]) => s + gap).join('').trimEnd())

const stamp = fc.oneof(
  fc.tuple(year, fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 31}), clock, zones).map(
    ([y, m, d, c, z]) => ' date ' + y + '-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0') + ' 22 Feb. ' + c + ' (' + z + ')'
  ),
  fc.tuple(oneOf(['Published:', 'Updated:', 'Updated', 'Issued on:', 'Posted on', 'Date:', 'date']), day, months, year, clock, zones).map(
    ([label, d, m, y, c, z]) => label + ' ' + d + ' ' + m + ' ' + y + ', ' + c + ' ' + z
  ),
  fc.tuple(oneOf(['Published', 'Updated']), clock, oneOf(['AM', 'PM', 'a.m.', '']), zones, months, day, year).map(
    ([label, c, meridiem, z, m, d, y]) => label + ' ' + c + ' ' + meridiem + ' ' + z + ', ' + m + ' ' + d + ', ' + y
  )
)

const dateline = fc.tuple(places, months, day, wires, paragraph).map(
  ([place, month, d, wire, rest]) => place + ', ' + month + ' ' + d + '. ' + wire + ' ' + rest
)

const title = fc.tuple(oneOf(['Russia', 'Talks', 'Leaders', 'Markets', '“Peace”', '– On the front line –', 'The']), words(1, 10)).map(([head, rest]) => head + ' ' + trimMarks(rest, '.!?'))

const byline = fc.tuple(names, fc.option(names, {nil: undefined}), oneOf(['', ', Reuters', ' | AP', '\nAssociated Press', ' and Staff'])).map(
  ([first, second, outlet]) => 'By ' + first + (second ? ' and ' + second : '') + outlet
)

const meta = fc.tuple(oneOf(['Tags', 'URL', 'Source', 'Category', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'Date', 'Author']), oneOf([': ', ' ', ':']), words(0, 5)).map(
  ([key, separator, rest]) => key + separator + rest
)

const heading = fc.tuple(oneOf(['Security and Peace', 'Military support', '1. Background', 'What happens next', '“A new level”', 'WHY IT MATTERS']), words(0, 4)).map(([head, rest]) => (head + ' ' + trimMarks(rest, '.!?,;:…')).trim())

const listItems = fc
  .tuple(oneOf(['- ', '* ', '• ', '· ', '▪ ', '1. ', '2) ', '10. ']), fc.array(words(1, 8), {minLength: 1, maxLength: 5}), lineEnding)
  .map(([marker, items, eol]) => items.map((item, index) => (/\d/.test(marker) ? index + 1 + marker.slice(-2) : marker) + item).join(eol))

const credit = oneOf([
  'Reuters', 'Reuter', 'REUTER', '(Reporting by Jane Doe; Editing by John Roe)',
  '(Reporting by Jane Doe in Moscow; Additional reporting by\nJohn Roe; Editing by Anna Schmidt)',
  'Source: TASS', '© 2023 Vestnik Kavkaza', 'Copyright 2024 The Associated Press. All rights reserved.',
  'Photo: Jane Doe/Reuters', 'Contact: press@example.com', 'Writing by Zhang Wei'
])

const markdownBlock = oneOf([
  '# Talks resumed', '## Background', '> A quoted block.', '---\ntitle: Talks\ndate: 2023-02-22\n---',
  '[Read more](https://example.com/a)', '**Bold** lead.', '```\ncode\n```', '| a | b |\n| - | - |',
  '<div>html</div>', '---\n__proto__:\n  polluted: yes\nconstructor: x\n---'
])

/** Article-like text: a header, body blocks, a footer, with odd bytes. */
const article = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof(stamp, title, byline, meta, dateline), {maxLength: 5}),
    fc.array(fc.oneof({weight: 6, arbitrary: paragraph}, {weight: 2, arbitrary: heading}, {weight: 2, arbitrary: listItems}, {weight: 1, arbitrary: markdownBlock}, {weight: 1, arbitrary: dateline}), {maxLength: 8}),
    fc.array(credit, {maxLength: 3}),
    fc.array(fc.tuple(lineEnding, fc.integer({min: 1, max: 4}), oneOf(['', ' ', '\t', '   ', '\u00a0'])), {minLength: 20, maxLength: 20}),
    fc.boolean()
  )
  .map(([bom, header, body, footer, gaps, trailing]) => {
    const blocks = [...header, ...body, ...footer]
    let result = bom ? '\ufeff' : ''
    for (let index = 0; index < blocks.length; index++) {
      const [eol, count, indent] = gaps[index % gaps.length]!
      // Blocks are separated by one line ending (a run of header lines)
      // or several (blank lines), sometimes with spaces on them.
      if (index > 0) result += (eol + indent).repeat(count > 2 ? 1 : count) + (count > 2 ? eol : '')
      result += indent && index % 3 === 0 ? indent + blocks[index] : blocks[index]
    }

    return result + (trailing ? gaps[0]![0] : '')
  })

/** Article-like text with a few random code units spliced in. */
const mutated = fc
  .tuple(article, fc.array(fc.tuple(fc.nat(), fc.string({unit: 'binary', minLength: 1, maxLength: 3})), {maxLength: 4}))
  .map(([text, edits]) => {
    let result = text
    for (const [at, insert] of edits) {
      const index = result.length === 0 ? 0 : at % result.length
      result = result.slice(0, index) + insert + result.slice(index)
    }

    return result
  })

/** Any UTF-16 code unit: lone surrogates, NUL, controls, CR, LF. */
const codeUnit = fc.oneof(
  {weight: 4, arbitrary: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))},
  {weight: 3, arbitrary: oneOf(['\n', '\r', '\r\n', ' ', '\t', '\u0000', '\u00a0', '\ufeff', '.', '"', '(', '#', '-', '*', '>', '[', ']', '`', '1', 'A', 'a'])}
)
const codeUnits = fc.array(codeUnit, {maxLength: 200}).map((units) => units.join(''))

// ---------------------------------------------------------------------------
// Properties.

const formats = ['text', 'markdown', 'auto'] as const

describe('parse: properties', () => {
  for (const format of formats) {
    it('holds for article-like text (`format: ' + format + '`)', () => {
      fc.assert(fc.property(article, (value) => check(value, format)), {seed, numRuns: 700})
    })

    it('holds for article-like text with random code units spliced in (`format: ' + format + '`)', () => {
      fc.assert(fc.property(mutated, (value) => check(value, format)), {seed, numRuns: 400})
    })

    it('holds for arbitrary code units (`format: ' + format + '`)', () => {
      fc.assert(fc.property(codeUnits, (value) => check(value, format)), {seed, numRuns: 1500})
    })

    it('holds for arbitrary Unicode strings (`format: ' + format + '`)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), fc.string({unit: 'binary-ascii'})), (value) => check(value, format)),
        {seed, numRuns: 800}
      )
    })
  }

  it('holds for long lines (up to a megabyte) and long runs of line endings', () => {
    const repeat = (unit: string, size: number): string =>
      unit.length === 0 ? '' : unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
    // Articles and code units repeated to 30 kB; short units to 1 MB.
    const long = fc.oneof(
      fc.tuple(fc.oneof(article, codeUnits), fc.integer({min: 3, max: 4})).map(([unit, scale]) => repeat(unit, 3 * 10 ** scale)),
      fc
        .tuple(oneOf(['(', '.', ' .', 'said ', 'A', '"', '1', '- ', '\n', '\r\n', '\r', ' \n', '\u0000', '\ud800']), fc.integer({min: 3, max: 6}))
        .map(([unit, scale]) => repeat(unit, 10 ** scale))
    )
    fc.assert(fc.property(long, (value) => check(value, 'text')), {seed, numRuns: 25})
    expect(() => check('x'.repeat(1_000_000), 'text')).not.toThrow()
  })
})
