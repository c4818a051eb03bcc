/**
 * The plain-text reader: text → newsast.
 *
 * @module
 */

import {completeDates} from '../header/complete-dates.js'
import type {State} from '../state.js'
import type {Dateline, RootContent} from '../types.js'
import {span} from './read-body.js'
import {readBody} from './read-body.js'
import {readFooter} from './read-footer.js'
import {readHeader} from './read-header.js'
import {readLines} from './read-lines.js'
import {splitBlocks} from './split-blocks.js'

/**
 * Read a plain-text article into root content, in one pass over its lines:
 * lines → blocks → header (from the top) → footer (from the bottom) → body
 * in between, with sentences and their phrasing.
 *
 * The header is read first because its published date fills in the years
 * that dates in the body leave out.
 *
 * @param state
 *   Parse state.
 * @returns
 *   Header, sections and footer, as present.
 */
export function fromText(state: State): RootContent[] {
  const blocks = splitBlocks(state.value, readLines(state.value))
  const header = readHeader(state, blocks)
  const datelines = header.children.filter((node): node is Dateline => node.type === 'dateline')
  state.referenceDate = completeDates(datelines, state.referenceDate)

  const footer = readFooter(state, blocks, header.body)
  const sections = readBody(state, blocks, header.body, footer.end)
  const children: RootContent[] = []

  if (header.children.length > 0) {
    children.push(span(state, {type: 'header', children: header.children}))
  }

  // A loop, not `push(...sections)`: spreading a hundred thousand sections
  // (one per heading-like line) as arguments overflows the stack.
  for (const section of sections) children.push(section)

  if (footer.credits.length > 0) {
    children.push(span(state, {type: 'footer', children: footer.credits}))
  }

  return children
}
