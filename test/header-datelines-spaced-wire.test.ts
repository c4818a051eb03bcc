// Datelines whose listed wire follows the place with no brackets, before a
// spaced dash (`Port Ellis CNN —`), as copies of pages that set the wire
// apart in their markup print them. Every article here is invented.
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {recognizeWireDateline} from '../src/lib/header/recognize-dateline.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'
import {bodyBlocks, textHeader as header} from './util/outline.js'

const context: RecognizeContext = {report: () => undefined}

const lead = 'Dock workers stopped work on Monday over a pay offer they called too low.'

describe('datelines: a wire after the place without brackets', () => {
  it('reads a capitalised place and a listed wire alone on their line', () => {
    expect(recognizeWireDateline('Port Ellis CNN \u2014', context)).toStrictEqual({place: 'Port Ellis', agency: 'CNN', end: 16, bodyStart: 16})
    const value = 'Port Ellis CNN \u2014\n\n' + lead + '\n'
    expect(header(value)).toStrictEqual([['dateline', 'Port Ellis CNN \u2014']])
    expect(bodyBlocks(parse(value, {format: 'text'}))).toStrictEqual(['paragraph: ' + lead])
  })

  it('reads a place in capitals and a listed wire before the lead', () => {
    expect(recognizeWireDateline('PORT ELLIS CNN \u2014 ' + lead, context)).toStrictEqual({
      place: 'PORT ELLIS',
      agency: 'CNN',
      end: 16,
      bodyStart: 17
    })
    // A capitalised place, when the lead ends a sentence.
    expect(recognizeWireDateline('Port Ellis AFP - ' + lead, context)).toStrictEqual({place: 'Port Ellis', agency: 'AFP', end: 16, bodyStart: 17})
  })

  it('does not read a headline, an unlisted word or a dash glued to the wire as such a dateline', () => {
    // A headline in title case that names a wire before a dash.
    expect(recognizeWireDateline('Mayor Sues CNN \u2014 Again', context)).toBeUndefined()
    expect(header('Mayor Sues CNN \u2014 Again\n\n' + lead + '\n')).toStrictEqual([['title', 'Mayor Sues CNN \u2014 Again']])
    // A word in capitals that names no wire.
    expect(recognizeWireDateline('Port Ellis NEWS \u2014', context)).toBeUndefined()
    // A dash glued to the wire.
    expect(recognizeWireDateline('Port Ellis CNN\u2014 ' + lead, context)).toBeUndefined()
    // No dash after the wire.
    expect(recognizeWireDateline('Port Ellis CNN reported on Monday that talks resumed.', context)).toBeUndefined()
  })
})
