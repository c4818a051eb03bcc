/**
 * The progress bar of `newsast parse` batches: how it renders, when it
 * redraws, and that it clears itself.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createProgress, renderProgress} from '../src/lib/cli/progress.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli.js')
// `script` runs a command on a pseudo-terminal (util-linux).
const script = spawnSync('script', ['--version']).status === 0

describe('progress bar', () => {
  it('renders a bar, a percentage, counts and a rate', () => {
    expect(renderProgress(250, 1000, 0, 2, 80)).toBe(
      '[########----------------------]  25% 250/1000 files, 125/s'
    )
    expect(renderProgress(1000, 1000, 3, 4, 80)).toBe(
      '[##############################] 100% 1000/1000 files, 3 failed, 250/s'
    )
  })

  it('renders counts only when the total is unknown', () => {
    expect(renderProgress(42, undefined, 1, 0, 80)).toBe('42 files, 1 failed, 0/s')
  })

  it('fits a narrow terminal', () => {
    expect(renderProgress(5, 10, 0, 1, 30)).toBe('[###---]  50% 5/10 files, 5/s')
    expect(renderProgress(5, 10, 0, 1, 12)).toBe(' 50% 5/10 f')
  })

  it('redraws at most every 100 ms, and always at the end', () => {
    let time = 0
    const writes: string[] = []
    const progress = createProgress({write: (chunk: string) => writes.push(chunk), columns: 40}, 3, () => time)
    progress.tick()
    time = 50
    progress.tick(true)
    time = 60
    progress.tick()
    progress.done()
    expect(writes).toStrictEqual([
      '\r[######-----------]  33% 1/3 files, 0/s\u001B[K',
      '\r[######] 100% 3/3 files, 1 failed, 50/s\u001B[K',
      '\r\u001B[K'
    ])
  })

  it('clears before other output and redraws on the next tick', () => {
    let time = 0
    const writes: string[] = []
    const progress = createProgress({write: (chunk: string) => writes.push(chunk)}, undefined, () => time)
    progress.clear()
    progress.tick()
    progress.clear()
    time = 10
    progress.tick()
    expect(writes).toStrictEqual(['\r1 files, 0/s\u001B[K', '\r\u001B[K', '\r2 files, 200/s\u001B[K'])
  })

  it.runIf(script)('draws on a terminal, around error messages (spawned on a pseudo-terminal)', () => {
    const seed = path.join(root, 'seeds', 'reference-article.txt')
    const command = [process.execPath, cli, 'parse', '--jsonl', seed, 'missing.txt', seed]
      .map((part) => "'" + part + "'")
      .join(' ')
    const result = spawnSync('script', ['-qec', command + ' > /dev/null', '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, COLUMNS: '80'}
    })
    expect(result.status).toBe(1)
    const output = result.stdout.replaceAll('\u001B', '<ESC>')
    // On the terminal: a bar, cleared for the message, redrawn, cleared at the end.
    expect(output).toMatch(/^\r\[#+-+\] +33% 1\/3 files, \d+\/s<ESC>\[K\r<ESC>\[K/)
    expect(output).toContain('missing.txt: error cannot read file: no such file or folder\r\n')
    expect(output).toMatch(/\r\[#+\] 100% 3\/3 files, 1 failed, \d+\/s<ESC>\[K\r<ESC>\[K$/)
    expect(fs.existsSync(cli)).toBe(true)
  })
})
