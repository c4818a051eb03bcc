/**
 * Command-line arguments of `newsast`: read with `node:util`'s `parseArgs`
 * into settings, and the help text that documents them.
 *
 * @module
 */

import {parseArgs} from 'node:util'

/** How each tree is written. */
export type OutputFormat = 'json' | 'ts' | 'outline' | 'jsonl'

/** What the command line asks for. */
export interface Settings {
  /** Show the help and stop. */
  help: boolean
  /** Show the version and stop. */
  version: boolean
  /** How each tree is written. */
  output: OutputFormat
  /** Folder to write one file per input to, if any. */
  out: string | undefined
  /** Number of worker threads; `undefined` to choose by batch size. */
  jobs: number | undefined
  /** Input files (none: standard input, unless `filesFrom`). */
  files: string[]
  /** File that lists input paths, one a line (`-` for standard input). */
  filesFrom: string | undefined
  /** Reader: `auto`, `text` or `markdown`. */
  from: 'auto' | 'text' | 'markdown'
  /** Date that fills in missing years (`YYYY-MM-DD`). */
  referenceDate: string | undefined
  /** Whether to keep positions. */
  positions: boolean
  /** Whether to hide warnings. */
  quiet: boolean
}

/** A mistake on the command line (exit code 2). */
export class UsageError extends Error {
  /**
   * Create a usage error.
   *
   * @param message
   *   What is wrong.
   */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** The help text. */
export const usage = `Usage: newsast parse [options] [FILE…]

Parse news articles (plain text or Markdown) into newsast syntax trees.
Reads standard input when no FILE is given.

Output (one of):
      --json              a JSON tree per input (default)
      --ts                a TypeScript module per input (\`satisfies Root\`)
      --outline           a readable outline of each tree
      --jsonl             one compact JSON tree per line, in input order
                          (streams: memory stays flat however many files)

Options:
  -o, --out DIR           write one file per input into DIR
                          (NAME.json, NAME.ts or NAME.outline.txt)
  -j, --jobs N            parse on N worker threads (default: all cores
                          for 64 files or more or a --files-from list,
                          else 1)
      --files-from FILE   read input paths from FILE, one a line
                          (\`-\` for standard input)
      --from FORMAT       reader: auto (default), text or markdown
      --reference-date D  date (YYYY-MM-DD) that fills in missing years
      --no-positions      leave \`position\` fields out
  -q, --quiet             do not print warnings
  -h, --help              show this help
  -v, --version           show the version

Warnings go to standard error as \`file:line:column: warning reason [rule]\`;
a progress bar is shown there too for batches when it is a terminal.
Exit code: 0 when every file was parsed, 1 when a file could not be read,
2 on a usage error.

Examples:
  newsast parse article.txt
  newsast parse --ts --no-positions article.txt > fixture.ts
  newsast parse --out trees/ corpus/*.txt
  find corpus -name '*.txt' | newsast parse --jsonl --files-from - > trees.jsonl
`

const outputs = ['json', 'ts', 'outline', 'jsonl'] as const
const readers = ['auto', 'text', 'markdown'] as const
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/**
 * Read the command line.
 *
 * @param argv
 *   Arguments after the program name (`['parse', '--json', 'a.txt']`).
 * @returns
 *   Settings.
 * @throws {UsageError}
 *   When the arguments are not understood.
 */
export function readArguments(argv: string[]): Settings {
  let parsed: ReturnType<typeof parse>

  try {
    parsed = parse(argv)
  } catch (error) {
    // `parseArgs` errors say what is wrong (`Unknown option '--x'`).
    throw new UsageError((error as Error).message)
  }

  const {values, positionals} = parsed
  const help = values.help === true
  const version = values.version === true

  if (help || version) {
    return {...defaults(), help, version}
  }

  const [command, ...files] = positionals

  if (command !== 'parse') {
    throw new UsageError(
      command === undefined
        ? 'Missing command: expected `newsast parse [FILE…]`'
        : 'Unknown command `' + command + '`: expected `parse`'
    )
  }

  const chosen = outputs.filter((name) => values[name] === true)

  if (chosen.length > 1) {
    throw new UsageError(
      'Expected one output format, not ' + chosen.map((name) => '`--' + name + '`').join(' and ')
    )
  }

  const output = chosen[0] ?? 'json'
  const out = values.out

  if (out !== undefined && output === 'jsonl') {
    throw new UsageError('Expected `--jsonl` or `--out`, not both: `--jsonl` writes to standard output')
  }

  let jobs: number | undefined

  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError('Expected `--jobs` to be a whole number of at least 1, not `' + values.jobs + '`')
    }
  }

  const from = values.from ?? 'auto'

  if (!(readers as ReadonlyArray<string>).includes(from)) {
    throw new UsageError('Expected `--from` to be `auto`, `text` or `markdown`, not `' + from + '`')
  }

  const referenceDate = values['reference-date']

  if (referenceDate !== undefined && !datePattern.test(referenceDate)) {
    throw new UsageError('Expected `--reference-date` as `YYYY-MM-DD`, not `' + referenceDate + '`')
  }

  const filesFrom = values['files-from']

  if (filesFrom !== undefined && files.length > 0) {
    throw new UsageError('Expected files or `--files-from`, not both')
  }

  return {
    help,
    version,
    output,
    out,
    jobs,
    files,
    filesFrom,
    from: from as Settings['from'],
    referenceDate,
    positions: values['no-positions'] !== true,
    quiet: values.quiet === true
  }
}

/**
 * Run `parseArgs` with the program's options.
 *
 * @param argv
 *   Arguments.
 * @returns
 *   Parsed values and positionals.
 */
function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: {type: 'boolean'},
      ts: {type: 'boolean'},
      outline: {type: 'boolean'},
      jsonl: {type: 'boolean'},
      out: {type: 'string', short: 'o'},
      jobs: {type: 'string', short: 'j'},
      'files-from': {type: 'string'},
      from: {type: 'string'},
      'reference-date': {type: 'string'},
      'no-positions': {type: 'boolean'},
      quiet: {type: 'boolean', short: 'q'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'}
    }
  })
}

/**
 * Settings when nothing is given.
 *
 * @returns
 *   Settings.
 */
function defaults(): Settings {
  return {
    help: false,
    version: false,
    output: 'json',
    out: undefined,
    jobs: undefined,
    files: [],
    filesFrom: undefined,
    from: 'auto',
    referenceDate: undefined,
    positions: true,
    quiet: false
  }
}
