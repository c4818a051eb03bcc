/**
 * The JSON Schema (`newsast/schema.json`), generated from the types: every
 * tree the parser makes validates, broken trees do not.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {Ajv, type ValidateFunction} from 'ajv'
import {u} from 'unist-builder'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../src/lib/parse.js'
import {assert} from '../src/lib/assert.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.join(root, '..', 'shared', 'corpus')
let folder = ''
let schema: Record<string, unknown> = {}
let validate: ValidateFunction

/** The first schema error, as `path: message`, or `valid`. */
function fault(value: unknown): string {
  if (validate(value)) return 'valid'
  const error = validate.errors?.[0]
  return (error?.instancePath ?? '') + ': ' + (error?.message ?? '')
}

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsast-schema-'))
  const output = path.join(folder, 'schema.json')
  await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'build-schema.mjs'), output])
  schema = JSON.parse(await fs.readFile(output, 'utf8')) as Record<string, unknown>
  validate = new Ajv({strict: true, allowUnionTypes: true}).compile(schema)
}, 60_000)

afterAll(async () => {
  await fs.rm(folder, {recursive: true, force: true})
})

describe('schema', () => {
  it('is a draft-07 schema of `Root`', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(schema.$ref).toBe('#/definitions/Root')
    expect(schema.$id).toBe('https://unpkg.com/newsast/dist/schema.json')
  })

  it('has a definition for every node type', () => {
    const definitions = Object.keys(schema.definitions as object)
    for (const name of [
      'Root', 'Header', 'Meta', 'Title', 'Subtitle', 'Byline', 'Dateline', 'Section', 'Heading',
      'Paragraph', 'List', 'ListItem', 'Blockquote', 'Sentence', 'Text', 'Quote', 'Attribution',
      'Time', 'Link', 'Footer', 'Credit', 'Sources', 'Source'
    ]) {
      expect(definitions, name).toContain(name)
    }
  })

  it('validates the trees of every corpus article, as `assert` does', async () => {
    const names = (await fs.readdir(corpus)).filter((name) => name.endsWith('.txt')).sort()
    expect(names.length).toBeGreaterThan(20)

    for (const name of names) {
      const value = await fs.readFile(path.join(corpus, name), 'utf8')
      const tree = parse(new VFile({path: name, value}))
      const json: unknown = JSON.parse(JSON.stringify(tree))
      expect(fault(json), name).toBe('valid')
      expect(() => assert(json), name).not.toThrow()
    }
  })

  it('validates the reference article, in both readers', async () => {
    const value = await fs.readFile(path.join(root, 'seeds', 'reference-article.txt'), 'utf8')
    for (const format of ['text', 'markdown'] as const) {
      expect(fault(JSON.parse(JSON.stringify(parse(value, {format}))))).toBe('valid')
    }
  })

  it('validates odd input: empty, binary, CRLF, Markdown', () => {
    for (const value of ['', '\0\0\0', 'A\r\nB\rC', '\uFEFF# Title\n\nBy Jane Doe\n\n## Part\n\nSee [this](https://example.com).']) {
      expect(fault(JSON.parse(JSON.stringify(parse(value))))).toBe('valid')
    }
  })

  it('accepts anything in `data`', () => {
    expect(fault({type: 'root', children: [], data: {format: 'text', custom: [1, {a: 2}]}})).toBe('valid')
  })

  it('rejects broken trees', () => {
    expect(fault({type: 'root'})).toBe(": must have required property 'children'")
    expect(fault({type: 'section', children: []})).toBe('/type: must be equal to constant')
    expect(fault(u('root', [u('section', [u('heading', {depth: 7}, [])])]))).not.toBe('valid')
    expect(fault(u('root', [u('header', [u('dateline', {role: 'weekly'}, [])])]))).not.toBe('valid')
    expect(fault(u('root', [u('section', [u('paragraph', [u('text', 'x')])])]))).not.toBe('valid')
    expect(fault({type: 'root', children: [], lang: 'en'})).toBe(': must NOT have additional properties')
    expect(fault({type: 'root', children: [], data: {format: 'html'}})).not.toBe('valid')
    expect(
      fault({type: 'root', children: [], position: {start: {line: 0, column: 1}, end: {line: 1, column: 1}}})
    ).toBe('/position/start/line: must be >= 1')
    expect(
      fault(u('root', [u('sources', [u('source', {identifier: 'a', name: 'A', kind: 'outlet', cues: [], mentions: 1.5})])]))
    ).not.toBe('valid')
  })
})
