/**
 * A running story's update notice (`Update on Jan. 3, 2021 at 3:15 p.m.`)
 * is an `updated` stamp in the header; a headline that starts `Update on`
 * stays a title. Every text here is invented.
 */
import {describe, expect, it} from 'vitest'
import {textHeader} from './util/outline.js'

const lead = 'The ferry between Port Ellis and the islands resumed on Tuesday after a week of storms, the harbour office said.'
const more = 'Crews checked the breakwater and the landing stages before the first crossing at dawn.'

describe('header: `Update on` stamps', () => {
  it('reads an update notice under the title as a stamp', () => {
    expect(textHeader(['Ferry back in service', '', 'Update on Feb. 9, 2022 at 4:20 p.m.', '', lead, '', more, ''].join('\n'))).toStrictEqual([
      ['title', 'Ferry back in service'],
      ['dateline', 'Update on Feb. 9, 2022 at 4:20 p.m.']
    ])
  })

  it('keeps a headline that starts `Update on` a title', () => {
    expect(textHeader(['Update on Feb. 9 hearings', '', lead, '', more, ''].join('\n'))).toStrictEqual([['title', 'Update on Feb. 9 hearings']])
  })
})
