/**
 * The `newsast` program (`dist/cli.js`, the package's `bin`).
 *
 * This file is thin: it runs the program in the main thread, or serves
 * parse tasks when the program's worker pool started it as a worker thread.
 *
 * @module
 */

import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {main} from './lib/cli/main.js'
import {isWorker, runWorker} from './lib/cli/worker.js'

if (isWorker()) {
  runWorker()
} else {
  // `| head` closes standard output early: stop quietly.
  process.stdout.on('error', function (error: NodeJS.ErrnoException) {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

  main({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    version() {
      const url = new URL('../package.json', import.meta.url)
      return (JSON.parse(readFileSync(url, 'utf8')) as {version: string}).version
    },
    script: new URL(import.meta.url),
    cores: availableParallelism()
  }).then(
    function (code) {
      process.exitCode = code
    },
    function (error: unknown) {
      process.stderr.write('newsast: ' + String((error as Error).stack ?? error) + '\n')
      process.exitCode = 1
    }
  )
}
