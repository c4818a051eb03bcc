/**
 * Measure the worker pool: generate a few thousand articles into a temporary
 * folder, then time `newsast parse --jsonl --jobs 1` against `--jobs 2`
 * (and all cores, when there are more than two), interleaved runs.
 *
 * Usage: `node scripts/bench-jobs.mjs [count] [runs]` (default 3000 and 5). Needs
 * `npm run build` first (it runs `dist/cli.js`).
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {Buffer} from 'node:buffer'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
// `NEWSAST_CLI` runs another build (a copy, while `dist/` is being rebuilt).
const cli = process.env.NEWSAST_CLI ?? path.join(root, 'dist', 'cli.js')
const count = Number(process.argv[2] ?? 3000)
const runs = Number(process.argv[3] ?? 5)

const places = ['MOSCOW', 'LONDON', 'NEW YORK', 'PARIS', 'TOKYO', 'BERLIN', 'CAIRO']
const agencies = ['TASS', 'Reuters', 'AP', 'AFP']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July']
const people = ['Jane Doe', 'John Roe', 'Maria Silva', 'Ivan Petrov', 'Aiko Tanaka']
const outlets = ['Vestnik Kavkaza', 'Interfax', 'the BBC', 'Le Monde']

/**
 * Make one article, different for each `index` (deterministic).
 *
 * @param {number} index
 * @returns {string}
 */
function article(index) {
  const pick = (list, salt) => list[(index * 7 + salt * 13) % list.length]
  const day = (index % 27) + 1
  const paragraphs = []

  for (let p = 0; p < 6 + (index % 5); p++) {
    paragraphs.push(
      `Talks between the two delegations resumed on ${pick(months, p)} ${day}, 2023 after a pause of ${p + 2} weeks, ${pick(people, p)} said. ` +
        `"We are ready to continue the dialogue in order to ensure security," ${pick(people, p + 1)} told reporters. ` +
        `According to ${pick(outlets, p)}, the parties agreed on ${p + 3} points of the plan, including trade, energy and transport. ` +
        `The ministry said the next round would take place on Tuesday in the capital.`
    )
    if (p === 2) paragraphs.push('Security and trade')
  }

  return (
    `Talks resume between neighbours ${index}\n\nBy ${pick(people, 0)} and ${pick(people, 3)}\n\n` +
    `${pick(places, 1)}, ${pick(months, 2)} ${day} (${pick(agencies, 3)}) - ` +
    paragraphs.join('\n\n') +
    `\n\n(Reporting by ${pick(people, 4)}; Editing by ${pick(people, 2)})\n`
  )
}

/**
 * Run the program once over the list of files, output discarded.
 *
 * @param {number} jobs
 * @param {string} list
 * @returns {Promise<number>} Milliseconds.
 */
function time(jobs, list) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, [cli, 'parse', '--jsonl', '--quiet', '--jobs', String(jobs), '--files-from', list], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(performance.now() - start)
      else reject(new Error('exit code ' + code))
    })
  })
}

const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsast-bench-'))

try {
  const files = []
  let bytes = 0

  for (let index = 0; index < count; index++) {
    const file = path.join(folder, 'article-' + String(index).padStart(5, '0') + '.txt')
    const value = article(index)
    bytes += Buffer.byteLength(value)
    await fs.writeFile(file, value)
    files.push(file)
  }

  const list = path.join(folder, 'files.txt')
  await fs.writeFile(list, files.join('\n') + '\n')
  console.log('%d articles, %s MB, %d cores', count, (bytes / 1e6).toFixed(1), os.availableParallelism())

  const levels = [1, 2]
  if (os.availableParallelism() > 2) levels.push(os.availableParallelism())
  /** @type {Record<number, number[]>} */
  const times = Object.fromEntries(levels.map((jobs) => [jobs, []]))

  // Interleave the levels, so that a change in the machine's load between
  // runs hurts them alike.
  for (let run = 0; run < runs; run++) {
    for (const jobs of levels) times[jobs].push(await time(jobs, list))
  }

  console.log('load average: %s', os.loadavg().map((load) => load.toFixed(2)).join(', '))

  for (const jobs of levels) {
    console.log('--jobs %d: best %s ms (runs: %s)', jobs, Math.min(...times[jobs]).toFixed(0), times[jobs].map((t) => t.toFixed(0)).join(', '))
  }

  for (const jobs of levels.slice(1)) {
    const ratios = times[1].map((t, index) => t / times[jobs][index]).sort((a, b) => a - b)
    console.log(
      'speed-up --jobs %d / --jobs 1: %sx best-of-%d, %sx median of paired runs',
      jobs,
      (Math.min(...times[1]) / Math.min(...times[jobs])).toFixed(2),
      runs,
      ratios[Math.floor(ratios.length / 2)].toFixed(2)
    )
  }
} finally {
  await fs.rm(folder, {recursive: true, force: true})
}
