/**
 * `newsast parse`: each output format and reading option, on standard input
 * and on files, and warnings on standard error.
 */
import fs from 'node:fs/promises'
import {existsSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {inspect} from 'unist-util-inspect'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, runCli, type CliResult} from './util/cli.js'
import {toFixture} from '../src/lib/fixture.js'
import {parse} from '../src/lib/parse.js'

const wire = 'MOSCOW, February 22. /TASS/. Talks resumed on Tuesday, Dmitry Peskov said.\n'
const markdown = '# Talks resume\n\nBy Jane Doe\n\nTalks resumed on February 14, officials said.\n'
let folder = ''

function run(args: string[], input = ''): Promise<CliResult> {
  return runCli(args, folder, input)
}

function strip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' ? undefined : item)))
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Missing `dist/cli.js`: run `npm run build` first')
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsast-cli-'))
  await fs.writeFile(path.join(folder, 'wire.txt'), wire)
  await fs.writeFile(path.join(folder, 'post.md'), markdown)
})

afterAll(async () => {
  await fs.rm(folder, {recursive: true, force: true})
})

describe('newsast parse: output', () => {
  it('reads standard input and writes JSON by default', async () => {
    expect(await run(['parse'], wire)).toStrictEqual({
      code: 0,
      stdout: toFixture(parse(wire), {format: 'json'}),
      stderr: ''
    })
  })

  it('`--json` writes the JSON tree of a file', async () => {
    const result = await run(['parse', '--json', 'wire.txt'])
    expect(result).toStrictEqual({code: 0, stdout: toFixture(parse(wire), {format: 'json'}), stderr: ''})
    expect(JSON.parse(result.stdout)).toStrictEqual(JSON.parse(JSON.stringify(parse(wire))))
  })

  it('`--ts` writes a TypeScript module', async () => {
    expect(await run(['parse', '--ts', 'wire.txt'])).toStrictEqual({
      code: 0,
      stdout: toFixture(parse(wire)),
      stderr: ''
    })
  })

  it('`--outline` writes a readable tree', async () => {
    const result = await run(['parse', '--outline', 'wire.txt'])
    expect(result).toStrictEqual({code: 0, stdout: inspect(parse(wire), {color: false}) + '\n', stderr: ''})
    expect(result.stdout).toMatch(/^root\[\d+\] \(1:1-2:1, 0-75\)\n/)
  })

  it('`--outline` names each input of a batch', async () => {
    const result = await run(['parse', '--outline', 'wire.txt', 'post.md'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      'wire.txt\n' + inspect(parse(wire), {color: false}) + '\npost.md\n' + inspect(parse(markdown), {color: false}) + '\n'
    )
  })

  it('`--jsonl` writes one compact tree per line, in input order', async () => {
    const result = await run(['parse', '--jsonl', 'wire.txt', 'post.md', 'wire.txt'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [wire, markdown, wire].map((value) => JSON.stringify(parse(value)) + '\n').join('')
    )
  })

  it('`--json` on several files writes one document after another', async () => {
    const result = await run(['parse', 'wire.txt', 'post.md'])
    expect(result.stdout).toBe(
      toFixture(parse(wire), {format: 'json'}) + toFixture(parse(markdown), {format: 'json'})
    )
  })

  it('`--no-positions` leaves positions out, in every format', async () => {
    const json = await run(['parse', '--no-positions', 'wire.txt'])
    expect(JSON.parse(json.stdout)).toStrictEqual(strip(parse(wire)))
    const jsonl = await run(['parse', '--jsonl', '--no-positions', 'wire.txt'])
    expect(jsonl.stdout).toBe(JSON.stringify(strip(parse(wire))) + '\n')
    const ts = await run(['parse', '--ts', '--no-positions', 'wire.txt'])
    expect(ts.stdout).toBe(toFixture(parse(wire), {positions: false}))
    const outline = await run(['parse', '--outline', '--no-positions', 'wire.txt'])
    expect(outline.stdout).toBe(inspect(parse(wire), {color: false, showPositions: false}) + '\n')
  })

  it('`--from` chooses the reader', async () => {
    const auto = await run(['parse', '--jsonl', 'post.md'])
    const text = await run(['parse', '--jsonl', '--from', 'text', 'post.md'])
    const forced = await run(['parse', '--jsonl', '--from', 'markdown'], wire)
    expect((JSON.parse(auto.stdout) as {data: unknown}).data).toStrictEqual({format: 'markdown'})
    expect(text.stdout).toBe(JSON.stringify(parse(markdown, {format: 'text'})) + '\n')
    expect(forced.stdout).toBe(JSON.stringify(parse(wire, {format: 'markdown'})) + '\n')
  })

  it('`--reference-date` fills in missing years', async () => {
    const value = 'Talks resumed on February 14, officials said.\n'
    const result = await run(['parse', '--jsonl', '--reference-date', '2024-03-05'], value)
    expect(result.stdout).toBe(JSON.stringify(parse(value, {referenceDate: '2024-03-05'})) + '\n')
    expect(result.stdout).toContain('"date":"2024-02-14"')
  })

  it('prints warnings as `file:line:column: warning reason [rule]`', async () => {
    await fs.writeFile(path.join(folder, 'zone.txt'), 'Published: 2023-02-22 12:40 IST\n\nTalks resumed.\n')
    const file = await run(['parse', '--jsonl', 'zone.txt'])
    expect(file.code).toBe(0)
    expect(file.stderr).toMatch(/^zone\.txt:1:29: warning [^\n]*`IST`[^\n]* \[ambiguous-zone\]\n$/)

    const stdin = await run(['parse', '--jsonl'], '')
    expect(stdin.code).toBe(0)
    expect(stdin.stderr).toMatch(/^<stdin>:1:1: warning [^\n]+ \[no-body\]\n$/)
  })

  it('`--quiet` hides warnings', async () => {
    expect(await run(['parse', '--jsonl', '-q'], '')).toStrictEqual({
      code: 0,
      stdout: JSON.stringify(parse('')) + '\n',
      stderr: ''
    })
  })
})
