/**
 * Turn one input into one output: read it, parse it, serialize the tree,
 * and write it when an output path is given. The same function runs in the
 * main thread (`--jobs 1`) and in worker threads.
 *
 * Files are read and written synchronously: a thread handles one file at a
 * time anyway, and the asynchronous calls would cost four hand-offs to
 * libuv's thread pool per file (open, stat, read, close), shared by all
 * workers.
 *
 * @module
 */

import fs from 'node:fs'
import {inspect} from 'unist-util-inspect'
import {VFile} from 'vfile'
import {toFixture} from '../fixture.js'
import {parse} from '../parse.js'
import type {Root} from '../types.js'
import {formatMessages} from './report.js'
import type {OutputFormat} from './options.js'

/** How every file of a run is processed (shared with the workers). */
export interface JobSettings {
  /** How each tree is written. */
  output: OutputFormat
  /** Reader. */
  from: 'auto' | 'text' | 'markdown'
  /** Date that fills in missing years. */
  referenceDate: string | undefined
  /** Whether to keep positions. */
  positions: boolean
  /** Whether the outline may use color. */
  color: boolean
}

/** One input. */
export interface Task {
  /** Path to read, or `undefined` for `value`. */
  path: string | undefined
  /** The article itself (standard input). */
  value?: string | undefined
  /** Name shown in messages. */
  name: string
  /** Where to write the output; `undefined` to return it. */
  outPath: string | undefined
  /** Why the task cannot run (found before it was sent), if so. */
  error?: string | undefined
}

/** What became of one input. */
export interface Result {
  /** Name shown in messages. */
  name: string
  /**
   * The serialized tree, unless it was written to `outPath` (bytes when it
   * comes from a worker thread).
   */
  output: string | Uint8Array | undefined
  /** Formatted warnings. */
  messages: string[]
  /** Why the input could not be processed, if so. */
  error: string | undefined
}

/**
 * Process one input.
 *
 * @param task
 *   The input.
 * @param settings
 *   How.
 * @returns
 *   The result; reading and writing errors are caught into `error`.
 */
export function processFile(task: Task, settings: JobSettings): Result {
  if (task.error !== undefined) {
    return {name: task.name, output: undefined, messages: [], error: task.error}
  }

  let value = task.value

  if (value === undefined) {
    try {
      value = fs.readFileSync(task.path ?? '', 'utf8')
    } catch (error) {
      return failure(task.name, 'cannot read file', error)
    }
  }

  const file = new VFile({path: task.name, value})
  let output: string

  try {
    const tree = parse(file, {format: settings.from, referenceDate: settings.referenceDate})
    output = serialize(tree, settings)
  } catch (error) {
    // `parse` never throws on text; this is a bug, but only this file fails.
    return failure(task.name, 'cannot parse', error)
  }

  const messages = formatMessages(task.name, file.messages)

  if (task.outPath !== undefined) {
    try {
      fs.writeFileSync(task.outPath, output)
    } catch (error) {
      return {...failure(task.name, 'cannot write `' + task.outPath + '`', error), messages}
    }

    return {name: task.name, output: undefined, messages, error: undefined}
  }

  return {name: task.name, output, messages, error: undefined}
}

/**
 * Serialize a tree.
 *
 * @param tree
 *   Tree.
 * @param settings
 *   How.
 * @returns
 *   Text, ending in a line feed.
 */
export function serialize(tree: Root, settings: JobSettings): string {
  switch (settings.output) {
    case 'jsonl': {
      return (
        JSON.stringify(tree, settings.positions ? undefined : withoutPositions) + '\n'
      )
    }

    case 'outline': {
      return inspect(tree, {color: settings.color, showPositions: settings.positions}) + '\n'
    }

    case 'ts': {
      return toFixture(tree, {format: 'ts', positions: settings.positions})
    }

    default: {
      return toFixture(tree, {format: 'json', positions: settings.positions})
    }
  }
}

/**
 * `JSON.stringify` replacer that drops positions.
 *
 * @param key
 *   Field name.
 * @param value
 *   Field value.
 * @returns
 *   The value, or `undefined` for positions.
 */
function withoutPositions(key: string, value: unknown): unknown {
  return key === 'position' ? undefined : value
}

/**
 * Make a failed result.
 *
 * @param name
 *   Name of the input.
 * @param what
 *   What could not be done (`cannot read file`).
 * @param error
 *   Why.
 * @returns
 *   Result.
 */
function failure(name: string, what: string, error: unknown): Result {
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'ENOENT'
      ? 'no such file or folder'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message ?? error)
  return {name, output: undefined, messages: [], error: name + ': error ' + what + ': ' + reason}
}
