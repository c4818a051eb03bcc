/**
 * The round trip as a property: for generated articles, in plain text and
 * in Markdown, `parse(stringify(parse(x)))` equals `parse(x)` without
 * positions, and writing the tree again gives the same text (stringify
 * reaches a fixed point after one trip).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse, stringify} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'

/** Pick one of a list of strings. */
const oneOf = (values: string[]): fc.Arbitrary<string> => fc.constantFrom(...values)

const name = oneOf(['Jane Doe', 'John Roe', 'Anna Schmidt', 'Zhang Wei', 'Ilham Aliyev', 'Maria Lopez'])
const word = oneOf([
  'the', 'council', 'voted', 'on', 'Monday', 'to', 'approve', 'a', 'plan', 'for', 'new', 'lanes',
  'in', 'March', 'harbour', 'reopened', 'after', 'storm', 'and', 'ministers', 'agreed', 'talks',
  'with', 'officials', '2024', '12', 'million', 'euros', 'Mr.', 'U.S.', 'Baku', 'Oslo', 'rates',
  'said,', 'however,', 'prices', 'rose', 'by', '3%', '"quoted', 'words"', '(briefly)', 'e.g.', 'co-op'
])
const markup = oneOf(['*', '**', '_', '`', '[', ']', '#', '<', '&', '\\', '>', '1.', '-', '!'])

/** A sentence, optionally with a cue and an attribution. */
const sentence = fc
  .tuple(
    name,
    oneOf(['said', 'told reporters', 'reported', 'added']),
    fc.array(fc.oneof({weight: 12, arbitrary: word}, {weight: 1, arbitrary: markup}), {minLength: 2, maxLength: 14}),
    oneOf(['.', '!', '?', '."']),
    fc.nat(3)
  )
  .map(([who, cue, words, end, shape]) => {
    const rest = words.join(' ')
    const capital = rest.charAt(0).toUpperCase() + rest.slice(1)
    if (shape === 0) return who + ' ' + cue + ' ' + rest + end
    if (shape === 1) return 'According to ' + who + ', ' + rest + end
    return capital + end
  })

const paragraph = fc.array(sentence, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
const heading = fc.array(word, {minLength: 2, maxLength: 6}).map((words) => {
  const value = words.join(' ').replaceAll(/[.,;:!?"]/g, '')
  return value.charAt(0).toUpperCase() + value.slice(1)
})
const list = fc.tuple(fc.boolean(), fc.array(paragraph, {minLength: 1, maxLength: 4}))
const title = heading.map((value) => value + ' after long debate')
const byline = fc.tuple(name, fc.option(name, {nil: undefined})).map(([a, b]) => 'By ' + a + (b ? ' and ' + b : ''))
const stamp = fc
  .tuple(fc.integer({min: 2000, max: 2030}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}))
  .map(([y, m, d]) => 'Published: ' + y + '-' + String(m).padStart(2, '0') + '-' + String(d).padStart(2, '0'))
const wire = fc.tuple(oneOf(['MOSCOW', 'LONDON', 'BAKU']), oneOf(['February', 'March', 'May']), fc.integer({min: 1, max: 28}), oneOf(['/TASS/.', '(Reuters) -']))
  .map(([place, month, d, agency]) => place + ', ' + month + ' ' + d + (agency.startsWith('/') ? '. ' : ' ') + agency)
const credit = oneOf(['Reuters', '(Reporting by Jane Doe; Editing by John Roe)', 'Source: TASS'])

/** A body block: a paragraph, a heading (then a paragraph), or a list. */
type Block =
  | {kind: 'paragraph' | 'heading' | 'quote'; value: string}
  | {kind: 'list'; ordered: boolean; items: string[]}

/** A paragraph hard-wrapped: some spaces become line breaks. */
const wrapped = fc.tuple(paragraph, fc.nat(7)).map(([value, every]) => {
  if (every < 2) return value
  let count = 0
  return value.replaceAll(' ', () => (++count % every === 0 ? '\n' : ' '))
})

const block: fc.Arbitrary<Block> = fc.oneof(
  {weight: 4, arbitrary: paragraph.map((value): Block => ({kind: 'paragraph', value}))},
  {weight: 1, arbitrary: wrapped.map((value): Block => ({kind: 'paragraph', value}))},
  {weight: 1, arbitrary: paragraph.map((value): Block => ({kind: 'quote', value}))},
  {weight: 1, arbitrary: heading.map((value): Block => ({kind: 'heading', value}))},
  {weight: 1, arbitrary: list.map(([ordered, items]): Block => ({kind: 'list', ordered, items}))}
)

const article = fc.record({
  title: fc.option(title, {nil: undefined}),
  byline: fc.option(byline, {nil: undefined}),
  stamp: fc.option(stamp, {nil: undefined}),
  wire: fc.option(wire, {nil: undefined}),
  body: fc.array(block, {minLength: 1, maxLength: 7}),
  credit: fc.option(credit, {nil: undefined}),
  link: fc.nat(5),
  meta: fc.option(oneOf(['Tags: storms, ports', 'URL: https://example.com/a', 'category: world']), {nil: undefined}),
  frontMatter: fc.option(oneOf(['title: Harbour reopens', 'date: 2024-03-05T10:00:00Z', 'tags: [a, b]\npublisher:\n  name: Daily', 'authors: [Jane Doe, John Roe]']), {nil: undefined})
})

type Article = typeof article extends fc.Arbitrary<infer T> ? T : never

/**
 * Write a generated article as plain text or Markdown.
 *
 * @param value
 *   Article.
 * @param markdown
 *   Whether to write Markdown (a `#` title, `##` headings, a link).
 * @returns
 *   Document.
 */
function write(value: Article, markdown: boolean): string {
  const blocks: string[] = []
  const escape = (text: string) => (markdown ? text.replaceAll(/[\\`*_[\]<&!#>-]/g, '\\$&') : text)
  if (markdown && value.frontMatter) blocks.push('---\n' + value.frontMatter + '\n---')
  if (value.meta) blocks.push(value.meta)
  if (value.title) blocks.push((markdown ? '# ' : '') + escape(value.title))
  if (value.byline) blocks.push(value.byline)
  if (value.stamp) blocks.push(value.stamp)
  let wire = value.wire
  for (const [index, item] of value.body.entries()) {
    if (item.kind === 'heading') {
      blocks.push((markdown ? '## ' : '') + escape(item.value))
    } else if (item.kind === 'quote') {
      blocks.push((markdown ? '> ' : '') + escape(item.value))
    } else if (item.kind === 'list') {
      blocks.push(item.items.map((words, n) => (item.ordered ? n + 1 + '. ' : '- ') + escape(words)).join('\n'))
    } else {
      let words = escape(item.value)
      if (markdown && index === value.link % value.body.length) {
        words = words.replace(/^(\S+) (\S+)/, '[$1 $2](https://example.com/' + index + ')')
      }

      blocks.push((wire ? wire + ' ' : '') + words)
      wire = undefined
    }
  }

  if (value.credit) blocks.push(value.credit)
  return blocks.join('\n\n') + '\n'
}

/**
 * Check the round trip of one document.
 *
 * @param document
 *   Document.
 */
function check(document: string): undefined {
  const tree = parse(document)
  const written = stringify(tree)
  const again = parse(written)
  expect(removePosition(again)).toStrictEqual(removePosition(tree))
  expect(stringify(again)).toBe(written)
}

describe('round trip: generated articles', () => {
  it('holds for plain text', () => {
    fc.assert(
      fc.property(article, (value) => check(write(value, false))),
      {seed: 20_261_127, numRuns: 300}
    )
  })

  it('holds for Markdown', () => {
    fc.assert(
      fc.property(article, (value) => check(write(value, true))),
      {seed: 20_261_127, numRuns: 300}
    )
  })
})
