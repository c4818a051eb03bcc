import {describe, expect, it} from 'vitest'
import {determiners, documentHeads, honorifics} from '../src/lib/sources/constants-names.js'
import {mayHaveTitle} from '../src/lib/sources/index-text.js'
import {headOfUncached, keyOfUncached, stripNameUncached} from '../src/lib/sources/resolve-sources.js'

// The name helpers as they were before their fast paths.
function stripReference(name: string): string {
  const words = name.replaceAll(/\s+/g, ' ').trim().split(' ')
  while (words.length > 1 && (determiners.has((words[0] ?? '').toLowerCase()) || honorifics.has((words[0] ?? '').toLowerCase()))) words.shift()
  return words.join(' ')
}

function keyReference(name: string): string {
  return stripReference(name)
    .toLowerCase()
    .replaceAll('’', "'")
    .replaceAll(/'s\b/g, '')
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function headReference(name: string): string {
  const words = name.toLowerCase().replaceAll('’', "'").split(/\s+/)
  let head = words[words.length - 1] ?? ''
  for (const [at, word] of words.entries()) {
    if (at > 0 && (word === 'of' || word === 'in' || word === 'with' || word === 'for' || word === 'at' || word === 'from' || word === 'familiar' || word === 'on')) {
      head = words[at - 1] ?? head
      break
    }
  }

  return head.replace(/'s$/, '').replace(/\.$/, '')
}

// The title precheck as it was: the heads in any case, then a look at the
// first character of each match.
const heads = [...documentHeads].filter((head) => ![...documentHeads].some((other) => other !== head && head.includes(other)))
const anyCase = new RegExp(heads.concat([...documentHeads].some((head) => head.includes('k')) ? ['\u212A'] : []).join('|'), 'gi')
function titleReference(text: string): boolean {
  anyCase.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = anyCase.exec(text))) {
    const code = text.charCodeAt(match.index)
    if (code < 97 || code > 122) return true
    anyCase.lastIndex = match.index + 1
  }

  return false
}

let seed = 11
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T
}

const nameWords = ['the', 'The', 'THE', 'a', 'Mr', 'Mr.', 'mrs', 'Dr.', 'Jane', 'Doe', "Doe's", 'Doe’s', 'of', 'Ministry', 'Health', 'in', 'familiar', 'on', 'U.S.', 'NATO', 'İstanbul', 'Σ', 'ÉCOLE', 'x_y', '3M', 'Kelvin\u212A', '-', "'s", '', 'report', 'sources', 'OF', 'Of', 'FAMILIAR', 'On', 'İn', 'WITH', 'fOR', 'At', 'ofs', 'o', 'Kelvin’s', 'ab’S', 'x.']
const gaps = [' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u2028', '']

describe('name fast paths', () => {
  it('strip, key and head names as before (exact cases)', () => {
    expect(stripNameUncached('Jane Doe')).toBe('Jane Doe')
    expect(stripNameUncached('the ministry')).toBe('ministry')
    expect(stripNameUncached('Mr. Jane  Doe')).toBe('Jane Doe')
    expect(stripNameUncached('The')).toBe('The')
    expect(stripNameUncached(' Jane')).toBe('Jane')
    expect(keyOfUncached('Jane Doe')).toBe('jane doe')
    expect(keyOfUncached('the U.S. Army')).toBe('u s army')
    expect(keyOfUncached('Doe’s office')).toBe('doe office')
    expect(headOfUncached('spokesman for the ministry')).toBe('spokesman')
    expect(headOfUncached('the ministry’s')).toBe('ministry')
    expect(headOfUncached('people  familiar with')).toBe('people')
  })

  it('strip, key and head random names as before', () => {
    for (let round = 0; round < 20_000; round++) {
      let name = ''
      const count = Math.floor(random() * 5)
      for (let index = 0; index < count; index++) name += (index === 0 && random() < 0.8 ? '' : pick(gaps)) + pick(nameWords)
      if (random() < 0.1) name += pick(gaps)
      expect(stripNameUncached(name), JSON.stringify(name)).toBe(stripReference(name))
      expect(keyOfUncached(name), JSON.stringify(name)).toBe(keyReference(name))
      expect(headOfUncached(name), JSON.stringify(name)).toBe(headReference(name))
    }
  })
})

describe('title precheck', () => {
  it('finds capitalised heads only (exact cases)', () => {
    expect(mayHaveTitle('The Minsk Communiqué')).toBe(true)
    expect(mayHaveTitle('the MINSK COMMUNIQUÉ')).toBe(true)
    expect(mayHaveTitle('a communiqué')).toBe(false)
    expect(mayHaveTitle('REPORT')).toBe(true)
    expect(mayHaveTitle('rePORT')).toBe(false)
    expect(mayHaveTitle('a bylaw')).toBe(false)
    expect(mayHaveTitle('Lawsuit')).toBe(true)
    expect(mayHaveTitle('\u212A')).toBe(titleReference('\u212A'))
    expect(mayHaveTitle('ſtudy')).toBe(false)
  })

  it('agrees with the search in any case on random text', () => {
    const pieces = [...heads, ...heads.map((head) => head.toUpperCase()), ...heads.map((head) => head.charAt(0).toUpperCase() + head.slice(1)), ' ', 'x', 'É', 'é', '\u212A', 'ſ', 'İ', 'ı', 'the ', 'Law', 'aW', 'Re', 'port']
    for (let round = 0; round < 20_000; round++) {
      let text = ''
      const count = Math.floor(random() * 6)
      for (let index = 0; index < count; index++) {
        let piece = pick(pieces)
        // Change the case of one letter now and then.
        if (piece.length > 1 && random() < 0.3) {
          const at = Math.floor(random() * piece.length)
          const character = piece.charAt(at)
          piece = piece.slice(0, at) + (character === character.toLowerCase() ? character.toUpperCase() : character.toLowerCase()) + piece.slice(at + 1)
        }

        text += piece
      }

      expect(mayHaveTitle(text), JSON.stringify(text)).toBe(titleReference(text))
    }
  })
})
