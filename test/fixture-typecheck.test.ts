/**
 * `toFixture`: the TypeScript it writes type-checks under strict `tsc`, and
 * a broken tree does not.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {toFixture} from '../src/lib/fixture.js'
import type {Root} from '../src/lib/types.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
let folder = ''

/**
 * Type-check TypeScript files with strict settings, `newsast` resolving to
 * the project's types.
 */
function check(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
    baseUrl: root,
    paths: {newsast: ['src/lib/types.ts']}
  })
  return files
    .flatMap((file) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)))
    .map((diagnostic) =>
      (diagnostic.file ? path.basename(diagnostic.file.fileName) + ': ' : '') +
      ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]
    )
}

const tree: Root = {
  type: 'root',
  children: [
    {
      type: 'header',
      children: [
        {type: 'meta', key: 'tags', value: "Russia's neighbours"},
        {
          type: 'dateline',
          role: 'published',
          date: '2023-02-22',
          time: '12:40',
          utcOffset: '+03:00',
          zone: 'MSK',
          datetime: '2023-02-22T12:40+03:00',
          children: [{type: 'text', value: ' date 2023-02-22 22 Feb. 12:40 (UTC+3 MSK)'}],
          position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 43, offset: 42}}
        }
      ]
    },
    {
      type: 'section',
      children: [
        {type: 'heading', depth: 2, children: [{type: 'text', value: 'Background'}]},
        {
          type: 'paragraph',
          children: [
            {
              type: 'sentence',
              children: [
                {type: 'attribution', identifier: 'tass', cue: 'reported', children: [{type: 'text', value: 'TASS'}]},
                {type: 'text', value: ' reported '},
                {type: 'quote', source: 'tass', children: [{type: 'text', value: 'calm'}]}
              ]
            }
          ]
        },
        {type: 'list', ordered: true, children: [{type: 'listItem', children: []}]}
      ]
    },
    {type: 'footer', children: [{type: 'credit', role: 'signature', names: ['Reuters'], children: []}]},
    {
      type: 'sources',
      children: [
        {type: 'source', identifier: 'tass', name: 'TASS', kind: 'outlet', cues: ['reported'], mentions: 1}
      ]
    }
  ],
  data: {format: 'text'}
}

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsast-fixture-'))
})

afterAll(async () => {
  await fs.rm(folder, {recursive: true, force: true})
})

describe('toFixture: TypeScript type-checks', () => {
  it('with and without positions', async () => {
    const a = path.join(folder, 'with-positions.ts')
    const b = path.join(folder, 'without-positions.ts')
    await fs.writeFile(a, toFixture(tree))
    await fs.writeFile(b, toFixture(tree, {positions: false, name: 'article'}))
    expect(check([a, b])).toStrictEqual([])
  })

  it('keeps literal types (`satisfies`, not a widening annotation)', async () => {
    const file = path.join(folder, 'literal.ts')
    const use = path.join(folder, 'use-literal.ts')
    await fs.writeFile(file, toFixture(tree))
    await fs.writeFile(
      use,
      "import {tree} from './literal.js'\n\nexport const type: 'root' = tree.type\nexport const format: 'text' = tree.data.format\n"
    )
    expect(check([use])).toStrictEqual([])
  })

  it('rejects a fixture that does not match the types', async () => {
    const broken = {
      type: 'root',
      children: [{type: 'section', children: [{type: 'heading', depth: 7, children: []}]}]
    }
    const file = path.join(folder, 'broken.ts')
    await fs.writeFile(file, toFixture(broken as unknown as Root))
    const messages = check([file])
    expect(messages.length).toBeGreaterThan(0)
    expect(messages[0]).toMatch(/^broken\.ts: Type '7' is not assignable to type 'HeadingDepth'/)
  })
})
