/**
 * `assert` on real trees: every expected tree in `test/fixtures`, the
 * reference article, and every article of `../shared/corpus` are valid.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {assert} from '../src/lib/assert.js'
import {parse} from '../src/lib/parse.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = path.join(root, 'test', 'fixtures')
const corpus = path.join(root, '..', 'shared', 'corpus')

/** Message of the error `assert` throws, or `valid`. */
function fault(value: unknown): string {
  try {
    assert(value)
  } catch (error) {
    return (error as Error).message
  }

  return 'valid'
}

/** Every `.json` file under `folder`. */
function jsonFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.json'))
    .sort()
}

describe('assert: real trees', () => {
  for (const name of jsonFiles(fixtures)) {
    it('accepts the fixture `' + name + '`', () => {
      const value: unknown = JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8'))
      expect(fault(value)).toBe('valid')
    })
  }

  it('accepts the reference article, in both readers', () => {
    const value = fs.readFileSync(path.join(root, 'seeds', 'reference-article.txt'), 'utf8')
    expect(fault(parse(value, {format: 'text'}))).toBe('valid')
    expect(fault(parse(value, {format: 'markdown'}))).toBe('valid')
  })

  it('accepts the tree of every corpus article', () => {
    const names = fs.readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()
    expect(names.length).toBeGreaterThan(20)
    const faults = names
      .map((name) => {
        const value = fs.readFileSync(path.join(corpus, name), 'utf8')
        return name + ': ' + fault(parse(new VFile({path: name, value})))
      })
      .filter((line) => !line.endsWith(': valid'))
    expect(faults).toStrictEqual([])
  })
})
