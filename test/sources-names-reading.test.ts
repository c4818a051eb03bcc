/**
 * Reading a source's name and kind from the words around a cue: initials,
 * names before `of`, surnames that are also titles, plural groups, `Said`
 * as a name, and where a name read backwards stops.
 */
import {describe, expect, it} from 'vitest'
import {findAttributions} from '../src/lib/sources/find-attributions.js'
import {tokenizeWords} from '../src/lib/sources/tokenize-words.js'

const context = {report: () => undefined}
const kinds = (text: string) => findAttributions(text, context).map((span) => [span.name, span.kind])

describe('findAttributions: reading names', () => {
  it('keeps middle initials inside a name', () => {
    expect(kinds('"Costs will fall," says Martin K. Oduya, an engineer at the port.')).toStrictEqual([['Martin K. Oduya', 'person']])
    expect(kinds('Governor Ellen R. T. Marsh said the bridge would reopen.')).toStrictEqual([['Ellen R. T. Marsh', 'person']])
    expect(kinds('"It is done," said Jane Q. Public.')).toStrictEqual([['Jane Q. Public', 'person']])
    expect(tokenizeWords('Ellen R. T. Marsh').map((token) => token.value)).toStrictEqual(['Ellen', 'R.', 'T.', 'Marsh'])
  })

  it('keeps a period that ends a letter before two capitalised words', () => {
    // `Plan B.` ends a clause: the name after it is read alone.
    expect(kinds('We picked Plan B. Ruth Amadi said it was cheaper.')).toStrictEqual([['Ruth Amadi', 'person']])
    expect(tokenizeWords('Plan B. Ruth Amadi').map((token) => token.value)).toStrictEqual(['Plan', 'B', '.', 'Ruth', 'Amadi'])
    expect(tokenizeWords('grade a. Ruth').map((token) => token.value)).toStrictEqual(['grade', 'a', '.', 'Ruth'])
  })
})
