/**
 * `newsast parse` on batches: `--out`, `--jobs`, `--files-from`, and files
 * that cannot be read (a message naming each, exit code 1, the others still
 * processed).
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

let folder = ''
const articles: string[] = []

function article(index: number): string {
  return `LONDON, March ${(index % 27) + 1} (Reuters) - Talks number ${index} resumed on Tuesday, Jane Doe said.\n\n"We are ready," she told reporters.\n`
}

function run(args: string[], input = ''): Promise<CliResult> {
  return runCli(args, folder, input)
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('Missing `dist/cli.js`: run `npm run build` first')
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsast-batch-'))
  await fs.mkdir(path.join(folder, 'in'))
  await fs.mkdir(path.join(folder, 'other'))
  await fs.mkdir(path.join(folder, 'a-folder.txt'))

  for (let index = 0; index < 40; index++) {
    const value = article(index)
    articles.push(value)
    await fs.writeFile(path.join(folder, 'in', 'a' + String(index).padStart(2, '0') + '.txt'), value)
  }

  await fs.writeFile(path.join(folder, 'other', 'a00.txt'), article(99))
})

afterAll(async () => {
  await fs.rm(folder, {recursive: true, force: true})
})

const names = Array.from({length: 40}, (_, index) => 'in/a' + String(index).padStart(2, '0') + '.txt')

describe('newsast parse: batches', () => {
  it('`--out DIR` writes one JSON file per input', async () => {
    const result = await run(['parse', '--out', 'out-json', 'in/a00.txt', 'in/a01.txt'])
    expect(result).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect((await fs.readdir(path.join(folder, 'out-json'))).sort()).toStrictEqual(['a00.json', 'a01.json'])
    expect(await fs.readFile(path.join(folder, 'out-json', 'a01.json'), 'utf8')).toBe(
      toFixture(parse(articles[1] as string), {format: 'json'})
    )
  })

  it('`--out DIR` with `--ts` and `--outline` uses their extensions', async () => {
    expect((await run(['parse', '--ts', '-o', 'out/ts', 'in/a00.txt', 'in/a01.txt'])).code).toBe(0)
    expect((await fs.readdir(path.join(folder, 'out', 'ts'))).sort()).toStrictEqual(['a00.ts', 'a01.ts'])
    expect(await fs.readFile(path.join(folder, 'out', 'ts', 'a00.ts'), 'utf8')).toBe(
      toFixture(parse(articles[0] as string))
    )

    expect((await run(['parse', '--outline', '-o', 'out/outline', 'in/a02.txt'])).code).toBe(0)
    expect(await fs.readFile(path.join(folder, 'out', 'outline', 'a02.outline.txt'), 'utf8')).toBe(
      inspect(parse(articles[2] as string), {color: false}) + '\n'
    )
  })

  it('`--out DIR` with standard input writes `stdin.json`', async () => {
    expect(await run(['parse', '--out', 'out-stdin'], articles[3])).toStrictEqual({code: 0, stdout: '', stderr: ''})
    expect(await fs.readFile(path.join(folder, 'out-stdin', 'stdin.json'), 'utf8')).toBe(
      toFixture(parse(articles[3] as string), {format: 'json'})
    )
  })

  it('`--out DIR` does not overwrite an output of the same run', async () => {
    const result = await run(['parse', '--out', 'out-same', 'in/a00.txt', 'other/a00.txt', 'in/a01.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'other/a00.txt: error cannot write `' + path.join('out-same', 'a00.json') + '`: already written for `in/a00.txt`\n'
    )
    expect((await fs.readdir(path.join(folder, 'out-same'))).sort()).toStrictEqual(['a00.json', 'a01.json'])
    expect(await fs.readFile(path.join(folder, 'out-same', 'a00.json'), 'utf8')).toBe(
      toFixture(parse(articles[0] as string), {format: 'json'})
    )
  })

  it('exits with 1 when the output folder cannot be made', async () => {
    const result = await run(['parse', '--out', 'in/a00.txt', 'in/a01.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^in\/a00\.txt: error cannot make output folder: EEXIST/)
  })

  it('names a missing file, exits with 1, and still processes the others', async () => {
    const result = await run(['parse', '--jsonl', 'in/a00.txt', 'missing.txt', 'in/a01.txt'])
    expect(result).toStrictEqual({
      code: 1,
      stdout: JSON.stringify(parse(articles[0] as string)) + '\n' + JSON.stringify(parse(articles[1] as string)) + '\n',
      stderr: 'missing.txt: error cannot read file: no such file or folder\n'
    })
  })

  it('names an unreadable input (a folder), exits with 1, and still processes the others', async () => {
    const result = await run(['parse', '--out', 'out-unreadable', 'a-folder.txt', 'in/a05.txt'])
    expect(result).toStrictEqual({code: 1, stdout: '', stderr: 'a-folder.txt: error cannot read file: it is a folder\n'})
    expect(await fs.readdir(path.join(folder, 'out-unreadable'))).toStrictEqual(['a05.json'])
  })

  it('`--jobs 2` gives the same output, in input order, as `--jobs 1`', async () => {
    const one = await run(['parse', '--jsonl', '--jobs', '1', ...names])
    const two = await run(['parse', '--jsonl', '-j', '2', ...names])
    expect(one.code).toBe(0)
    expect(two).toStrictEqual(one)
    expect(two.stdout).toBe(articles.map((value) => JSON.stringify(parse(value)) + '\n').join(''))
  })

  it('`--jobs 2` names failed files, exits with 1, and processes the others', async () => {
    const result = await run(['parse', '--jsonl', '--jobs', '2', 'in/a00.txt', 'gone.txt', 'in/a01.txt', 'a-folder.txt', 'in/a02.txt'])
    expect(result).toStrictEqual({
      code: 1,
      stdout: [0, 1, 2].map((index) => JSON.stringify(parse(articles[index] as string)) + '\n').join(''),
      stderr: 'gone.txt: error cannot read file: no such file or folder\na-folder.txt: error cannot read file: it is a folder\n'
    })
  })

  it('`--jobs 2` with `--out` writes every file', async () => {
    const result = await run(['parse', '--jobs', '2', '--no-positions', '--out', 'out-pool', ...names])
    expect(result).toStrictEqual({code: 0, stdout: '', stderr: ''})
    const written = (await fs.readdir(path.join(folder, 'out-pool'))).sort()
    expect(written).toStrictEqual(names.map((name) => path.basename(name, '.txt') + '.json'))
    expect(await fs.readFile(path.join(folder, 'out-pool', 'a39.json'), 'utf8')).toBe(
      toFixture(parse(articles[39] as string), {format: 'json', positions: false})
    )
  })

  it('`--files-from FILE` reads the list of inputs from a file', async () => {
    await fs.writeFile(path.join(folder, 'list.txt'), 'in/a03.txt\r\n\n  in/a04.txt  \n')
    const result = await run(['parse', '--jsonl', '--files-from', 'list.txt'])
    expect(result).toStrictEqual({
      code: 0,
      stdout: JSON.stringify(parse(articles[3] as string)) + '\n' + JSON.stringify(parse(articles[4] as string)) + '\n',
      stderr: ''
    })
  })

  it('`--files-from -` reads the list from standard input, on the pool', async () => {
    const result = await run(['parse', '--jsonl', '--jobs', '2', '--files-from', '-'], names.join('\n') + '\n')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(articles.map((value) => JSON.stringify(parse(value)) + '\n').join(''))
  })

  it('`--files-from` a missing list: a message naming it, exit code 1', async () => {
    expect(await run(['parse', '--jsonl', '--files-from', 'no-list.txt'])).toStrictEqual({
      code: 1,
      stdout: '',
      stderr: "no-list.txt: error cannot read file list: ENOENT: no such file or directory, open 'no-list.txt'\n"
    })
  })

  it('shows no progress bar when standard error is not a terminal', async () => {
    const result = await run(['parse', '--jsonl', ...names])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })
})
