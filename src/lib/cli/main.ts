/**
 * The `newsast` program: read the command line, turn inputs into tasks,
 * process them in this thread or on a worker pool, and write trees,
 * warnings and progress.
 *
 * @module
 */

import {once} from 'node:events'
import fs from 'node:fs/promises'
import {createReadStream} from 'node:fs'
import path from 'node:path'
import {createInterface} from 'node:readline'
import type {Readable, Writable} from 'node:stream'
import {readArguments, UsageError, usage, type Settings} from './options.js'
import {runPool} from './pool.js'
import {processFile, type JobSettings, type Result, type Task} from './process-file.js'
import {createProgress, type Progress} from './progress.js'

/** What the program talks to (the process, or fakes in tests). */
export interface Io {
  /** Arguments after the program name. */
  argv: string[]
  /** Standard input. */
  stdin: Readable
  /** Standard output. */
  stdout: Writable & {isTTY?: boolean | undefined}
  /** Standard error. */
  stderr: Writable & {isTTY?: boolean | undefined; columns?: number | undefined}
  /** The package version. */
  version: () => string
  /** Module that worker threads run. */
  script: URL
  /** Number of cores. */
  cores: number
}

/** Batches at least this large use all cores unless `--jobs` says otherwise. */
const poolThreshold = 64

const extensions: Record<Settings['output'], string> = {
  json: '.json',
  ts: '.ts',
  outline: '.outline.txt',
  jsonl: '.jsonl'
}

/**
 * Run the program.
 *
 * @param io
 *   Streams, arguments and environment.
 * @returns
 *   Exit code: `0` when every input was processed, `1` when one failed, `2`
 *   on a usage error.
 */
export async function main(io: Io): Promise<number> {
  let settings: Settings

  try {
    settings = readArguments(io.argv)
    if (settings.output === 'ts' && settings.out === undefined && (settings.files.length > 1 || settings.filesFrom !== undefined)) {
      throw new UsageError('Expected `--out DIR` with `--ts` and several inputs: each module is its own file')
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write('newsast: ' + error.message + '\nTry `newsast --help` for more information.\n')
    return 2
  }

  if (settings.help) {
    io.stdout.write(usage)
    return 0
  }

  if (settings.version) {
    io.stdout.write(io.version() + '\n')
    return 0
  }

  if (settings.out !== undefined) {
    try {
      await fs.mkdir(settings.out, {recursive: true})
    } catch (error) {
      io.stderr.write(settings.out + ': error cannot make output folder: ' + (error as Error).message + '\n')
      return 1
    }
  }

  const total =
    settings.filesFrom !== undefined ? undefined : Math.max(1, settings.files.length)
  const many = total === undefined || total > 1
  const jobs = Math.max(
    1,
    Math.min(
      settings.jobs ?? (total === undefined || total >= poolThreshold ? io.cores : 1),
      total ?? Number.POSITIVE_INFINITY
    )
  )
  const job: JobSettings = {
    output: settings.output,
    from: settings.from,
    referenceDate: settings.referenceDate,
    positions: settings.positions,
    color: settings.output === 'outline' && settings.out === undefined && io.stdout.isTTY === true
  }
  const progress: Progress | undefined =
    many && io.stderr.isTTY ? createProgress(io.stderr, total) : undefined
  let failed = 0

  /**
   * Write one result: warnings and errors to standard error, the tree to
   * standard output (waiting for it to drain).
   *
   * @param result
   *   Result.
   * @returns
   *   Promise when standard output is full.
   */
  function onResult(result: Result): Promise<unknown> | undefined {
    const lines = settings.quiet ? [] : [...result.messages]
    if (result.error !== undefined) {
      failed++
      lines.push(result.error)
    }

    if (lines.length > 0) {
      progress?.clear()
      io.stderr.write(lines.join('\n') + '\n')
    }

    progress?.tick(result.error !== undefined)

    if (result.output === undefined) return undefined

    if (settings.output === 'outline' && many) io.stdout.write(result.name + '\n')
    return io.stdout.write(result.output) ? undefined : once(io.stdout, 'drain')
  }

  const tasks = toTasks(settings, io)

  try {
    if (jobs > 1) {
      await runPool(io.script, jobs, job, tasks, total, onResult)
    } else {
      for await (const task of tasks) {
        await onResult(processFile(task, job))
      }
    }
  } finally {
    progress?.done()
  }

  return failed > 0 ? 1 : 0
}

/**
 * Turn the inputs into tasks, lazily (a list of files can be endless).
 *
 * @param settings
 *   Settings.
 * @param io
 *   Streams.
 * @returns
 *   Tasks, in input order.
 */
async function* toTasks(settings: Settings, io: Io): AsyncGenerator<Task> {
  const used = new Map<string, string>()

  /**
   * Make the task for one path.
   *
   * @param file
   *   Path of the input.
   * @returns
   *   Task.
   */
  function task(file: string): Task {
    let outPath: string | undefined
    let error: string | undefined

    if (settings.out !== undefined) {
      const base = path.basename(file, path.extname(file)) || 'stdin'
      outPath = path.join(settings.out, base + extensions[settings.output])
      const earlier = used.get(outPath)

      if (earlier === undefined) {
        used.set(outPath, file)
      } else {
        error = file + ': error cannot write `' + outPath + '`: already written for `' + earlier + '`'
      }
    }

    return {path: file, name: file, outPath, error}
  }

  if (settings.filesFrom !== undefined) {
    const input = settings.filesFrom === '-' ? io.stdin : createReadStream(settings.filesFrom)
    const lines = createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})

    try {
      for await (const line of lines) {
        const file = line.trim()
        if (file) yield task(file)
      }
    } catch (error) {
      // The list itself cannot be read: report it as a failed input.
      yield {
        path: undefined,
        name: settings.filesFrom,
        outPath: undefined,
        error: settings.filesFrom + ': error cannot read file list: ' + (error as Error).message
      }
    }

    return
  }

  if (settings.files.length > 0) {
    for (const file of settings.files) yield task(file)
    return
  }

  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Uint8Array))
  const stdin = task('stdin')

  yield {...stdin, path: undefined, name: '<stdin>', value: Buffer.concat(chunks).toString('utf8')}
}
