// Test helpers for the `newsast` program: where the built program is, and a
// way to run it on arguments and standard input.
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The project's root folder. */
export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The built program (`npm test` builds first). */
export const cli = path.join(root, 'dist', 'cli.js')

/** What a run of the program gave. */
export interface CliResult {
  /** Exit code. */
  code: number | null
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
}

/**
 * Run the program.
 *
 * @param args
 *   Arguments after the program's path.
 * @param cwd
 *   Working folder.
 * @param input
 *   Standard input.
 * @returns
 *   Exit code and output.
 */
export function runCli(args: string[], cwd: string, input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(input)
  })
}
