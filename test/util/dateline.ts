// Test helper: a wire dateline's fields without its offsets.
import {expect} from 'vitest'
import {recognizeWireDateline} from '../../src/lib/header/recognize-dateline.js'
import type {RecognizeContext} from '../../src/lib/recognizer-types.js'

const quiet: RecognizeContext = {report: () => undefined}

/**
 * Recognise a dateline and drop the offsets: check that the dateline ends
 * before the body starts, and give the body's first word (and, with
 * `raw`, the dateline's own text) instead.
 *
 * @param text
 *   Paragraph.
 * @param raw
 *   Whether to add the dateline's raw text.
 * @returns
 *   The match without `end` and `bodyStart`, plus `body` (and `raw`).
 */
export function readDateline(text: string, raw = false) {
  const match = recognizeWireDateline(text, quiet)
  if (!match) return undefined
  const {end, bodyStart, ...rest} = match
  expect(end).toBeLessThanOrEqual(bodyStart)
  const body = text.slice(bodyStart).split(' ')[0]
  return raw ? {...rest, raw: text.slice(0, end), body} : {...rest, body}
}
