/**
 * Read the footer of a plain-text article: trailing credit lines.
 *
 * @module
 */

import {text} from '../phrasing/build-phrasing.js'
import {recognizeCredits} from '../sources/recognize-credit.js'
import type {State} from '../state.js'
import type {Credit} from '../types.js'
import type {Cursor} from './cursor.js'
import type {Block} from './split-blocks.js'

/**
 * Where the body ends: before line `line` of block `block`.
 */
export interface BodyEnd {
  /** Index of the block. */
  block: number
  /** Index of the first line of that block that is not body. */
  line: number
}

/**
 * The footer's credits and where the body ends.
 */
export interface FooterResult {
  /** Credit nodes, in document order. */
  credits: Credit[]
  /** Where the body ends. */
  end: BodyEnd
}

/**
 * Read credit lines from the bottom up, until a line that is not a credit.
 *
 * A whole block may be one credit that wraps over lines
 * (`(Reporting by … Editing by Jane\nDoe)`); otherwise its last lines are
 * tried one by one (a `Reuter` signature under the last paragraph).
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @param body
 *   Where the body starts (the footer never reaches above it).
 * @returns
 *   Credits and where the body ends.
 */
export function readFooter(state: State, blocks: Block[], body: Cursor): FooterResult {
  const value = state.value
  const credits: Credit[][] = []

  for (let blockIndex = blocks.length - 1; blockIndex >= body.block; blockIndex--) {
    const lines = blocks[blockIndex]!.lines
    const first = blockIndex === body.block ? body.line : 0
    if (first >= lines.length) continue

    if (lines.length - first > 1) {
      const start = blockIndex === body.block ? body.offset : lines[first]!.contentStart
      const end = lines[lines.length - 1]!.contentEnd
      const found = credit(state, start, end)
      if (found) {
        credits.push(found)
        continue
      }
    }

    let lineIndex = lines.length - 1
    while (lineIndex >= first) {
      const line = lines[lineIndex]!
      const start = lineIndex === body.line && blockIndex === body.block ? body.offset : line.contentStart
      const found = credit(state, start, line.contentEnd)
      if (!found) break
      credits.push(found)
      lineIndex--
    }

    if (lineIndex >= first) {
      return {credits: credits.reverse().flat(), end: {block: blockIndex, line: lineIndex + 1}}
    }
  }

  return {credits: credits.reverse().flat(), end: {block: body.block, line: body.line}}

  /**
   * Recognise `[start, end)` as credits.
   *
   * @param state
   *   Parse state.
   * @param start
   *   Start offset.
   * @param end
   *   End offset.
   * @returns
   *   Credit nodes, or `undefined`.
   */
  function credit(state: State, start: number, end: number): Credit[] | undefined {
    const spans = recognizeCredits(value.slice(start, end))
    if (!spans || spans.length === 0) return undefined
    return spans.map((span) => ({
      type: 'credit',
      role: span.role,
      names: span.names,
      children: [text(state, start + span.start, start + span.end)],
      position: state.locator.position(start + span.start, start + span.end)
    }))
  }
}
