/**
 * Read the footer of a plain-text article: trailing credit lines.
 *
 * @module
 */

import {text} from '../phrasing/build-phrasing.js'
import {isBareUrl, isUrlLabel, recognizeCredits} from '../sources/recognize-credit.js'
import type {State} from '../state.js'
import type {Credit, CreditRole} from '../types.js'
import type {Cursor} from './cursor.js'
import type {Line} from './read-lines.js'
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
  const ruled = afterRule(state, blocks, body)
  if (ruled) return ruled

  for (let blockIndex = blocks.length - 1; blockIndex >= body.block; blockIndex--) {
    const lines = blocks[blockIndex]!.lines
    const first = blockIndex === body.block ? body.line : 0
    if (first >= lines.length) continue

    const address = blockIndex > body.block ? urlCredit(state, blocks[blockIndex - 1]!, blocks[blockIndex]!) : undefined
    if (address) {
      credits.push([address])
      blockIndex--
      continue
    }

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
    return spans.map((span) => creditNode(state, start + span.start, start + span.end, span.role, span.names))
  }
}

/** Most blocks under a closing rule that can still be footer notes. */
const maxNotes = 3

/** Longest footer note under a closing rule, in characters. */
const maxNoteLength = 600

/**
 * Read the notes under a closing rule (`_____`) near the end as credits:
 * wire copy puts its credit, generator and contact notes there. Each block
 * under the rule is one credit: of the role the credit recogniser gives it,
 * else `other`.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @returns
 *   Credits and where the body ends, or `undefined` when there is no such
 *   rule.
 */
function afterRule(state: State, blocks: Block[], body: Cursor): FooterResult | undefined {
  const last = blocks.length - 1
  for (let blockIndex = last; blockIndex > body.block && blockIndex >= last - maxNotes; blockIndex--) {
    const lines = blocks[blockIndex]!.lines
    if (lines.length !== 1 || !isRule(state.value, lines[0]!)) continue
    if (blockIndex === last) return undefined
    const credits: Credit[] = []
    for (let index = blockIndex + 1; index <= last; index++) {
      const address = index < last ? urlCredit(state, blocks[index]!, blocks[index + 1]!) : undefined
      if (address) {
        credits.push(address)
        index++
        continue
      }

      const notes = blocks[index]!.lines
      const start = notes[0]!.contentStart
      const end = notes[notes.length - 1]!.contentEnd
      if (end - start > maxNoteLength) return undefined
      const spans = recognizeCredits(state.value.slice(start, end))
      if (spans && spans.length > 0) {
        for (const span of spans) credits.push(creditNode(state, start + span.start, start + span.end, span.role, span.names))
      } else {
        credits.push(creditNode(state, start, end, 'other', []))
      }
    }

    return {credits, end: {block: blockIndex, line: 0}}
  }

  return undefined
}

/**
 * A one-line block that labels the scraped page's own address (`URL`)
 * over a one-line block that is only the address: one credit (role
 * `other`, no names) over both, so that no section is made of them.
 *
 * @param state
 *   Parse state.
 * @param label
 *   The block before.
 * @param address
 *   The block.
 * @returns
 *   Credit, or `undefined`.
 */
function urlCredit(state: State, label: Block, address: Block): Credit | undefined {
  const top = label.lines[0]
  const bottom = address.lines[0]
  if (label.lines.length !== 1 || address.lines.length !== 1 || !top || !bottom) return undefined
  const value = state.value
  if (!isBareUrl(value.slice(bottom.contentStart, bottom.contentEnd))) return undefined
  if (!isUrlLabel(value.slice(top.contentStart, top.contentEnd))) return undefined
  return creditNode(state, top.contentStart, bottom.contentEnd, 'other', [])
}

/**
 * Make a credit node.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param role
 *   Role.
 * @param names
 *   Names.
 * @returns
 *   Credit.
 */
function creditNode(state: State, start: number, end: number, role: CreditRole, names: string[]): Credit {
  return {
    type: 'credit',
    role,
    names,
    children: [text(state, start, end)],
    position: state.locator.position(start, end)
  }
}

/**
 * Whether a line is a rule: three or more of one of `_`, `-`, `*`, `=`,
 * `~`, `#`, with optional spaces between, and nothing else.
 *
 * @param value
 *   The document.
 * @param line
 *   The line.
 * @returns
 *   Whether it is a rule.
 */
export function isRule(value: string, line: Line): boolean {
  const mark = value.charCodeAt(line.contentStart)
  if (mark !== 95 && mark !== 45 && mark !== 42 && mark !== 61 && mark !== 126 && mark !== 35) return false
  let marks = 0
  for (let index = line.contentStart; index < line.contentEnd; index++) {
    const code = value.charCodeAt(index)
    if (code === mark) marks++
    else if (code !== 32) return false
  }

  return marks >= 3
}
