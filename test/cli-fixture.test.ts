/**
 * `newsast parse --ts` on the reference article: the module it writes
 * type-checks under strict `tsc`, with `newsast` resolved to the package's
 * main entry, and holds the tree `parse` makes.
 */
import fs from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, root, runCli, type CliResult} from './util/cli.js'
import {assert} from '../src/lib/assert.js'
import {parse} from '../src/lib/parse.js'

const reference = path.join(root, 'seeds', 'reference-article.txt')
let folder = ''

function run(args: string[]): Promise<CliResult> {
  return runCli(args, root)
}

function check(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(root, 'node_modules', '@types')],
    baseUrl: root,
    paths: {newsast: ['src/index.ts']}
  })
  // Only the fixture's own diagnostics: the library is checked elsewhere.
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Missing `dist/cli.js`: run `npm run build` first')
  // Inside the project, so that `newsast` and its dependencies resolve.
  folder = await fs.mkdtemp(path.join(root, 'node_modules', '.newsast-fixture-'))
})

afterAll(async () => {
  await fs.rm(folder, {recursive: true, force: true})
})

describe('newsast parse --ts: the reference article', () => {
  for (const positions of [true, false]) {
    it('type-checks under strict tsc (' + (positions ? 'with' : 'without') + ' positions)', async () => {
      const result = await run(['parse', '--ts', ...(positions ? [] : ['--no-positions']), reference])
      expect(result.code).toBe(0)
      expect(result.stdout.startsWith("import type {Root} from 'newsast'\n\nexport const tree = {\n")).toBe(true)
      expect(result.stdout.endsWith('\n} satisfies Root\n')).toBe(true)

      const file = path.join(folder, 'reference-' + String(positions) + '.ts')
      await fs.writeFile(file, result.stdout)
      expect(check(file)).toStrictEqual([])

      const json = await run(['parse', '--json', ...(positions ? [] : ['--no-positions']), reference])
      const tree: unknown = JSON.parse(json.stdout)
      expect(() => assert(tree)).not.toThrow()
      const expected = JSON.parse(
        JSON.stringify(parse(await fs.readFile(reference, 'utf8')), (key, value: unknown) =>
          key === 'position' && !positions ? undefined : value
        )
      ) as unknown
      expect(tree).toStrictEqual(expected)
    })
  }
})
