/**
 * The round trip: `parse(stringify(parse(x)))` equals `parse(x)` without
 * positions, for every corpus article (when `../shared/corpus` is there),
 * every fixture, and generated articles.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse, stringify, type Root} from '../src/index.js'
import {removePosition} from './fixtures/markdown/compare.js'

const corpus = new URL('../../shared/corpus/', import.meta.url)
const fixtures = new URL('fixtures/', import.meta.url)

/**
 * Check the round trip of one article.
 *
 * @param value
 *   Article.
 * @param format
 *   Reader.
 * @returns
 *   The first tree.
 */
function roundTrip(value: string, format: 'auto' | 'text' | 'markdown' = 'auto'): Root {
  const tree = parse(value, {format})
  const again = parse(stringify(tree), {format: 'auto'})
  expect(removePosition(again)).toStrictEqual(removePosition(tree))
  return tree
}

const names = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : []

// The corpus is other people's writing and stays outside the project: the
// test runs where `../shared/corpus` exists and is skipped elsewhere.
describe.skipIf(names.length === 0)('round trip: corpus', () => {
  for (const name of names) {
    it(name, () => {
      roundTrip(readFileSync(new URL(name, corpus), 'utf8'))
    })
  }
})

describe('round trip: fixtures', () => {
  for (const folder of readdirSync(fixtures)) {
    const directory = new URL(folder + '/', fixtures)
    for (const name of readdirSync(directory).sort()) {
      const format = name.endsWith('.md') ? 'markdown' : name.endsWith('.txt') ? 'text' : undefined
      if (!format) continue
      it(folder + '/' + name, () => {
        roundTrip(readFileSync(new URL(name, directory), 'utf8'), format)
      })
    }
  }
})
