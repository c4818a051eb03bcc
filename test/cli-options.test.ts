/**
 * `newsast` program: `--help`, `--version`, and every usage error (exit
 * code 2, a message on standard error, nothing on standard output).
 */
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {cli, root, runCli, type CliResult} from './util/cli.js'

const hint = '\nTry `newsast --help` for more information.\n'

function run(args: string[], input = ''): Promise<CliResult> {
  return runCli(args, root, input)
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error('Missing `dist/cli.js`: run `npm run build` first')
})

describe('newsast: options', () => {
  it('`--help` and `-h` print the usage', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run([flag])
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(/^Usage: newsast parse \[options\] \[FILE…\]\n/)
      for (const option of ['--json', '--ts', '--outline', '--jsonl', '--out', '--jobs', '--files-from', '--from', '--reference-date', '--no-positions', '--quiet', '--help', '--version']) {
        expect(result.stdout).toContain(option)
      }
    }
  })

  it('`--version` and `-v` print the version from package.json', async () => {
    const {version} = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    for (const flag of ['--version', '-v']) {
      expect(await run([flag])).toStrictEqual({code: 0, stdout: version + '\n', stderr: ''})
    }
  })

  const errors: Array<[string, string[], string]> = [
    ['no command', [], 'Missing command: expected `newsast parse [FILE…]`'],
    ['an unknown command', ['lint', 'a.txt'], 'Unknown command `lint`: expected `parse`'],
    ['two output formats', ['parse', '--json', '--ts', 'a.txt'], 'Expected one output format, not `--json` and `--ts`'],
    ['`--jsonl` with `--out`', ['parse', '--jsonl', '--out', 'x', 'a.txt'], 'Expected `--jsonl` or `--out`, not both: `--jsonl` writes to standard output'],
    ['a bad `--jobs`', ['parse', '--jobs', '0', 'a.txt'], 'Expected `--jobs` to be a whole number of at least 1, not `0`'],
    ['a non-numeric `--jobs`', ['parse', '-j', 'many', 'a.txt'], 'Expected `--jobs` to be a whole number of at least 1, not `many`'],
    ['a bad `--from`', ['parse', '--from', 'html', 'a.txt'], 'Expected `--from` to be `auto`, `text` or `markdown`, not `html`'],
    ['a bad `--reference-date`', ['parse', '--reference-date', '22 Feb 2023', 'a.txt'], 'Expected `--reference-date` as `YYYY-MM-DD`, not `22 Feb 2023`'],
    ['files and `--files-from`', ['parse', '--files-from', 'list.txt', 'a.txt'], 'Expected files or `--files-from`, not both'],
    ['`--ts` with several inputs to standard output', ['parse', '--ts', 'a.txt', 'b.txt'], 'Expected `--out DIR` with `--ts` and several inputs: each module is its own file'],
    ['a missing option value', ['parse', '--out'], "Option '-o, --out <value>' argument missing"]
  ]

  for (const [label, args, message] of errors) {
    it('exits with 2 on ' + label, async () => {
      expect(await run(args)).toStrictEqual({code: 2, stdout: '', stderr: 'newsast: ' + message + hint})
    })
  }

  it('exits with 2 on an unknown option', async () => {
    const result = await run(['parse', '--bogus', 'a.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^newsast: Unknown option '--bogus'/)
    expect(result.stderr.endsWith(hint)).toBe(true)
  })
})
