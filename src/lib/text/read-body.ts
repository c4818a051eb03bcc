/**
 * Read the body of a plain-text article: sections of headings, paragraphs
 * and lists.
 *
 * @module
 */

import {text} from '../phrasing/build-phrasing.js'
import {makeSentences} from '../phrasing/make-sentences.js'
import type {State} from '../state.js'
import type {FlowContent, List, ListItem, Paragraph, Section} from '../types.js'
import type {Cursor} from './cursor.js'
import {isHeadingLine} from './is-heading.js'
import {listMarker} from './list-marker.js'
import type {Line} from './read-lines.js'
import {isRule, type BodyEnd} from './read-footer.js'
import type {Block} from './split-blocks.js'

/**
 * Read the body between the header and the footer.
 *
 * Each block becomes a list (its first line has a list marker), a heading
 * (one short line that is no sentence, with more body after it), or a
 * paragraph. A heading starts a new section; blocks before the first
 * heading form the lead section, which has no heading.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @param from
 *   Where the body starts.
 * @param to
 *   Where it ends.
 * @returns
 *   Sections (none when there is no body).
 */
export function readBody(state: State, blocks: Block[], from: Cursor, to: BodyEnd): Section[] {
  const value = state.value
  const parts: Line[][] = []

  for (let blockIndex = from.block; blockIndex <= to.block && blockIndex < blocks.length; blockIndex++) {
    const lines = blocks[blockIndex]!.lines
    const first = blockIndex === from.block ? from.line : 0
    const last = blockIndex === to.block ? to.line : lines.length
    const part = lines.slice(first, last)
    if (part.length === 0) continue
    if (blockIndex === from.block && from.offset > part[0]!.contentStart) {
      part[0] = {...part[0]!, contentStart: from.offset}
    }

    parts.push(part)
  }

  const sections: Section[] = []
  let section: Section = {type: 'section', children: []}

  for (let index = 0; index < parts.length; index++) {
    const lines = parts[index]!
    const first = lines[0]!
    // A rule (`_____`, `* * *`) only separates; it holds no words.
    if (lines.length === 1 && isRule(value, first)) continue
    const marker = listMarker(value, first)

    if (marker) {
      section.children.push(list(state, lines, marker.ordered))
      continue
    }

    if (
      lines.length === 1 &&
      index + 1 < parts.length &&
      isHeadingLine(value.slice(first.contentStart, first.contentEnd))
    ) {
      if (section.children.length > 0) sections.push(section)
      section = {
        type: 'section',
        children: [
          {
            type: 'heading',
            depth: 2,
            children: [text(state, first.contentStart, first.contentEnd)],
            position: state.locator.position(first.contentStart, first.contentEnd)
          }
        ]
      }
      continue
    }

    section.children.push(paragraph(state, first.contentStart, lines[lines.length - 1]!.contentEnd))
  }

  if (section.children.length > 0) sections.push(section)
  for (const node of sections) span(state, node)
  return sections
}

/**
 * Make a paragraph of `[start, end)`.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Paragraph.
 */
function paragraph(state: State, start: number, end: number): Paragraph {
  const node: Paragraph = {type: 'paragraph', children: makeSentences(state, start, end)}
  return span(state, node)
}

/**
 * Make a list from lines whose first has a marker; each marked line starts
 * an item and lines without a marker continue it.
 *
 * @param state
 *   Parse state.
 * @param lines
 *   Lines.
 * @param ordered
 *   Whether the first marker is a number.
 * @returns
 *   List.
 */
function list(state: State, lines: Line[], ordered: boolean): FlowContent {
  const items: ListItem[] = []
  let start = -1
  let end = -1

  for (const line of lines) {
    const marker = listMarker(state.value, line)
    if (marker) {
      if (start !== -1) items.push(item(state, start, end))
      start = marker.contentStart
    }

    end = line.contentEnd
  }

  if (start !== -1) items.push(item(state, start, end))
  const node: List = {type: 'list', ordered, children: items}
  return span(state, node)
}

/**
 * Make a list item of `[start, end)`.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset of the item's words.
 * @param end
 *   End offset.
 * @returns
 *   List item.
 */
function item(state: State, start: number, end: number): ListItem {
  const node: ListItem = {type: 'listItem', children: makeSentences(state, start, end)}
  return span(state, node)
}

/**
 * Give a parent the position from its first child's start to its last
 * child's end.
 *
 * @param state
 *   Parse state.
 * @param node
 *   Parent.
 * @returns
 *   The same parent.
 */
export function span<T extends {children: Array<{position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined}>; position?: unknown}>(
  state: State,
  node: T
): T {
  const head = node.children[0]
  const tail = node.children[node.children.length - 1]
  const start = head?.position?.start.offset
  const end = tail?.position?.end.offset
  if (start !== undefined && end !== undefined) {
    node.position = state.locator.position(start, end)
  }

  return node
}
