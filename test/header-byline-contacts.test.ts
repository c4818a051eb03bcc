// Bylines with the writer's contacts after the names: a social handle and
// an e-mail address, alone or on a stamp's line. Every name is invented.
import {describe, expect, it} from 'vitest'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'
import {textHeader as header} from './util/outline.js'

const lead = 'The minister removed the roads manager on Thursday for failing to bring citizens to the opening of the road.'

describe('recognizeByline: contacts after the names', () => {
  it('cuts a handle and an e-mail address after the names', () => {
    expect(recognizeByline('By Jane Doe @janedoe news@harbour.example')).toStrictEqual({authors: ['Jane Doe']})
    expect(recognizeByline('By Jane Doe @janedoe')).toStrictEqual({authors: ['Jane Doe']})
    expect(recognizeByline('By Jane Doe and Tom Hart jane@harbour.example')).toStrictEqual({authors: ['Jane Doe', 'Tom Hart']})
  })

  it('cuts only whole words at the end', () => {
    // Contacts alone are no names.
    expect(recognizeByline('By @janedoe news@harbour.example')).toBeUndefined()
    // A handle between names is not cut, and the line is no byline.
    expect(recognizeByline('By Jane Doe @janedoe and Tom Hart')).toBeUndefined()
    // Without `By`, an e-mail line is no byline.
    expect(recognizeByline('Jane Doe @janedoe news@harbour.example')).toBeUndefined()
  })
})

describe('header: contacts after a byline', () => {
  it('reads the byline with contacts on a stamp\'s line', () => {
    expect(header(' date 2020-07-10 By Jane Doe @janedoe news@harbour.example\n\n' + lead + '\n')).toStrictEqual([
      ['dateline', 'date 2020-07-10'],
      ['byline', 'By Jane Doe @janedoe news@harbour.example']
    ])
  })
})
