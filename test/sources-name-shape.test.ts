/**
 * The character-code tests of a name's shape are the patterns they replace.
 */
import {describe, expect, it} from 'vitest'
import {isPlainName, isSingleSpaced} from '../src/lib/sources/name-shape.js'

const singleSpaced = /^\S+(?: \S+)*$/
const plainName = /^[a-z\d]+(?: [a-z\d]+)*$/i

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
})
