/**
 * References back that are no names: descriptions (`the company`, `the
 * institute`, `the party leader`) and pronouns (`he`, `she`, `they`) resolve
 * to what the text names before them; and the names the text index reads.
 */
import {describe, expect, it} from 'vitest'
import {readNames} from '../src/lib/sources/index-text.js'
import {tokenizeWords} from '../src/lib/sources/tokenize-words.js'

/** The full-name map of one sentence. */
function names(text: string) {
  const map = new Map<string, string>()
  readNames(text, tokenizeWords(text), map)
  return Object.fromEntries(map)
}

describe('readNames', () => {
  it('drops a possessive from a name, and ends the name there', () => {
    expect(names('The judge said Marta Olsen’s appeal was late.')).toStrictEqual({
      marta: 'Marta Olsen',
      Marta: 'Marta Olsen',
      olsen: 'Marta Olsen',
      Olsen: 'Marta Olsen'
    })
    expect(names("Pavel Dorn's Harbor Bank sold the mill.")).toStrictEqual({
      pavel: 'Pavel Dorn',
      Pavel: 'Pavel Dorn',
      dorn: 'Pavel Dorn',
      Dorn: 'Pavel Dorn'
    })
  })

  it('reads the name at the end of a run of descriptive capitalised words', () => {
    expect(names('Lisbon-based Danish Henrik Vold allegedly ran the scheme.')).toStrictEqual({
      henrik: 'Henrik Vold',
      Henrik: 'Henrik Vold',
      vold: 'Henrik Vold',
      Vold: 'Henrik Vold'
    })
  })

  it('reads no name from a run in title case or before another capital', () => {
    expect(names('Harbor Towns Fear Rising Tides')).toStrictEqual({})
    expect(names('Rival Growers Hire Henrik Vold In Lisbon')).toStrictEqual({})
    expect(names('The Jane Doe Institute opened.')).toStrictEqual({})
  })
})
