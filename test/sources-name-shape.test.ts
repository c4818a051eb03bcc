/**
 * The character-code tests of a name's shape are the patterns they replace.
 */
import {describe, expect, it} from 'vitest'
import {asciiKey, asciiSlug, isPlainName, isSingleSpaced} from '../src/lib/sources/name-shape.js'
import {slug} from '../src/lib/sources/slug.js'

const singleSpaced = /^\S+(?: \S+)*$/
const plainName = /^[a-z\d]+(?: [a-z\d]+)*$/i

/** Key of a stripped name, as the patterns made it. */
function keyReference(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('’', "'")
    .replaceAll(/'s\b/g, '')
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Slug of a name, as the patterns made it. */
function slugReference(name: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007F]*$/.test(name)
  const plain = ascii ? name : name.normalize('NFKD').replaceAll(/\p{M}+/gu, '')
  return plain
    .toLowerCase()
    .replaceAll(/['’]s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
}

describe('name shape', () => {
  it('agrees with the patterns on every code unit', () => {
    for (let code = 0; code < 65_536; code++) {
      const character = String.fromCharCode(code)
      for (const name of [character, 'a' + character, character + 'b', 'a' + character + 'b', 'a ' + character, character + character]) {
        expect(isSingleSpaced(name), JSON.stringify(name)).toBe(singleSpaced.test(name))
        expect(isPlainName(name), JSON.stringify(name)).toBe(plainName.test(name))
      }
    }
  })

  it('agrees with the patterns on generated names', () => {
    const pieces = ['a', 'Z', '9', ' ', '  ', '\t', '\u00A0', '\u200B', '\u2028', '-', '’', 'é', '']
    let seed = 3
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0)
    for (let count = 0; count < 20_000; count++) {
      let name = ''
      const size = next() % 7
      for (let index = 0; index < size; index++) name += pieces[next() % pieces.length]
      expect(isSingleSpaced(name), JSON.stringify(name)).toBe(singleSpaced.test(name))
      expect(isPlainName(name), JSON.stringify(name)).toBe(plainName.test(name))
    }
  })

  it('keys and slugs ASCII names as the patterns did', () => {
    const pieces = ['a', 'Z', '9', 's', 'S', "'", '’', "'s", '’S', '_', ' ', '  ', '.', '-', '\t', 'é', 'e\u0301', 'ﬁ', 'NAO', 'U.S.', '']
    let seed = 5
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0)
    for (let count = 0; count < 50_000; count++) {
      let name = ''
      const size = next() % 8
      for (let index = 0; index < size; index++) name += pieces[next() % pieces.length]
      const key = asciiKey(name)
      if (key !== undefined) expect(key, JSON.stringify(name)).toBe(keyReference(name))
      const fast = asciiSlug(name)
      if (fast !== undefined) expect(fast, JSON.stringify(name)).toBe(slugReference(name))
      expect(slug(name), JSON.stringify(name)).toBe(slugReference(name))
    }

    expect(asciiKey('NAO’s annual report')).toBe('nao annual report')
    expect(asciiKey('é')).toBeUndefined()
    expect(asciiSlug('NAO’s annual report')).toBe('naos-annual-report')
    expect(asciiSlug("x's_y")).toBe('x-s-y')
  })
})
