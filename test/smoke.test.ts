// The built package loads with `import` and with `require` on this Node.js,
// and both give the same tree (`npm test` builds first).
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const input = 'VIENNA, April 9. /TASS/. Talks resumed on Tuesday.'

/**
 * Run a script with Node.js in the package folder and parse its output.
 *
 * @param args
 *   Arguments to `node`.
 * @returns
 *   What the script printed, as JSON.
 */
function run(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, {cwd: root, encoding: 'utf8'}))
}

describe('built package', () => {
  const script = (load: string) =>
    `${load}.then((m) => console.log(JSON.stringify({keys: Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort(), tree: m.parse(${JSON.stringify(input)})})))`

  it('loads with require (CommonJS) and parses', () => {
    const result = run(['-e', script("Promise.resolve(require('newsast'))")]) as {keys: string[]; tree: {type: string}}
    expect(result.tree.type).toBe('root')
    expect(result.keys).toContain('parse')
  })

  it('loads with import (ESM) and gives the same exports and tree as require', () => {
    const esm = run(['--input-type=module', '-e', script("import('newsast')")])
    const cjs = run(['-e', script("Promise.resolve(require('newsast'))")])
    expect(esm).toStrictEqual(cjs)
  })
})
