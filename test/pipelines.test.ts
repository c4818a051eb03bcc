/**
 * The unified pipelines, end to end, and their types:
 * `unified().use(remarkParse).use(remarkNewsast)` (Markdown → mdast →
 * newsast) and `unified().use(newsastParse).use(newsastStringify)`.
 */
import type {Root as MdastRoot} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  fromMdast,
  newsastParse,
  newsastStringify,
  parse,
  remarkNewsast,
  stringify,
  type FromMdastOptions,
  type Handler,
  type RemarkNewsastOptions,
  type Root,
  type StringifyOptions
} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'

const markdown = [
  '# Harbour reopens after storm',
  '',
  'By Jane Doe',
  '',
  'The harbour reopened on [Monday](https://example.org/monday), officials said.',
  '',
  '## Repairs',
  '',
  '- Cranes were *checked* first.',
  '- Then the **quays**.',
  ''
].join('\n')

const text = 'Harbour reopens after storm\n\nBy Jane Doe\n\nThe harbour reopened on Monday, officials said.\n'

describe('pipeline: remark-parse + remarkNewsast', () => {
  it('gives the tree `parse` gives, positions included', async () => {
    const processor = unified().use(remarkParse).use(remarkNewsast)
    const file = new VFile(markdown)
    const tree = await processor.run(processor.parse(file), file)
    expect(tree).toStrictEqual(parse(markdown, {format: 'markdown'}))
    expect(tree.data).toStrictEqual({format: 'markdown'})
  })

  it('is typed: mdast in, newsast out', () => {
    expectTypeOf(remarkNewsast).toEqualTypeOf<
      Plugin<[(RemarkNewsastOptions | null | undefined)?], MdastRoot, Root>
    >()
    const processor = unified().use(remarkParse).use(remarkNewsast)
    expectTypeOf(processor.runSync).returns.toEqualTypeOf<Root>()
    expectTypeOf(processor.parse).returns.toEqualTypeOf<MdastRoot>()
  })

  it('reads front matter from the file, skipping what remark made of it', () => {
    const value = '---\ntitle: Storm\ntags: [ports]\n---\n\nThe harbour reopened.\n'
    const processor = unified().use(remarkParse).use(remarkNewsast)
    const file = new VFile(value)
    const tree = processor.runSync(processor.parse(file), file)
    expect(removePosition(tree)).toStrictEqual(removePosition(parse(value)))
  })

  it('passes handlers and the unknown handler through', () => {
    const seen: string[] = []
    const unknownHandler: Handler = (_state, node) => {
      seen.push(node.type)
    }

    const processor = unified()
      .use(remarkParse)
      .use(remarkNewsast, {
        handlers: {blockquote: () => undefined, paragraph: undefined},
        unknownHandler
      })
    const file = new VFile('Talks resumed.\n\n> Dropped.\n')
    const tree = processor.runSync(processor.parse(file), file)
    expect(seen).toStrictEqual(['paragraph'])
    expect(tree.children).toStrictEqual([])
  })
})

describe('pipeline: newsastParse + newsastStringify', () => {
  it('parses and writes articles back', async () => {
    const processor = unified().use(newsastParse).use(newsastStringify)
    const file = await processor.process(text)
    expect(String(file)).toBe(stringify(parse(text)))
    expect(removePosition(parse(String(file)))).toStrictEqual(removePosition(parse(text)))
  })

  it('passes options to stringify', async () => {
    const processor = unified().use(newsastParse).use(newsastStringify, {format: 'markdown'})
    const file = await processor.process(text)
    expect(String(file)).toBe('# Harbour reopens after storm\n\nBy Jane Doe\n\nThe harbour reopened on Monday, officials said.\n')
  })

  it('is typed: text in, newsast, text out', () => {
    expectTypeOf(newsastStringify).toEqualTypeOf<
      Plugin<[(StringifyOptions | null | undefined)?], Root, string>
    >()
    const processor = unified().use(newsastParse).use(newsastStringify)
    expectTypeOf(processor.parse).returns.toEqualTypeOf<Root>()
    expectTypeOf(processor.stringify).returns.toEqualTypeOf<string>()
  })
})

describe('plain functions', () => {
  it('types `fromMdast` and `stringify`', () => {
    expectTypeOf(fromMdast).parameters.toEqualTypeOf<[MdastRoot, (FromMdastOptions | null | undefined)?]>()
    expectTypeOf(fromMdast).returns.toEqualTypeOf<Root>()
    expectTypeOf(stringify).returns.toEqualTypeOf<string>()
  })

  it('`fromMdast` works without the Markdown (positions from the mdast tree)', () => {
    const mdast = unified().use(remarkParse).parse(markdown)
    const tree = fromMdast(mdast)
    expect(tree).toStrictEqual(parse(markdown, {format: 'markdown'}))
    expect(tree.children[1]!.position!.start).toStrictEqual({line: 5, column: 1, offset: 44})
  })
})
