/**
 * Read the header of a plain-text article: the lines before the body.
 *
 * @module
 */

import {recognizeByline} from '../header/recognize-byline.js'
import {recognizeWireDateline} from '../header/recognize-dateline.js'
import {recognizeMeta} from '../header/recognize-meta.js'
import {recognizeStamp} from '../header/recognize-stamp.js'
import {type HeadlineChecks, isHeadline} from '../header/recognize-title.js'
import {shareTokenWindows} from '../header/tokenize.js'
import {text} from '../phrasing/build-phrasing.js'
import {copyDateFields} from '../phrasing/make-sentences.js'
import type {DateFields} from '../recognizer-types.js'
import {contextAt, type State} from '../state.js'
import type {Byline, Dateline, DatelineRole, HeaderContent} from '../types.js'
import {isSpace} from '../util/white-space.js'
import {cursorAt, type Cursor} from './cursor.js'
import type {Block} from './split-blocks.js'

/**
 * The header's nodes and where the body starts.
 */
export interface HeaderResult {
  /** Header children, in document order. */
  children: HeaderContent[]
  /** Where the body starts. */
  body: Cursor
}

/**
 * Read header lines from the top until the first line of body text.
 *
 * Each line is offered to the recognisers in this order, and the first that
 * claims it wins:
 *
 * 1. a stamp (` date 2023-02-22 …`, `Published: …`): it is the most
 *    specific, and a labelled line would otherwise read as meta; what
 *    follows it on the same line may be a wire dateline, a byline, or the
 *    body;
 * 2. a wire dateline (`MOSCOW, February 22. /TASS/.`): it opens the lead, so
 *    the body starts right after it; it wins over a byline;
 * 3. a byline (`By Jane Doe`), and a line under it that names only the
 *    outlet or role (`Associated Press`);
 * 4. a meta line (`Tags: …`);
 * 5. the title: the first headline that stands alone;
 * 6. a subtitle: a long headline-like line under the title.
 *
 * Any other line starts the body.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @returns
 *   Header nodes and where the body starts.
 */
export function readHeader(state: State, blocks: Block[]): HeaderResult {
  // The recognisers ask about each line more than once (the title check and
  // the look-ahead for a byline ask again): tokenise each window once.
  shareTokenWindows(true)
  try {
    return readHeaderLines(state, blocks)
  } finally {
    shareTokenWindows(false)
  }
}

/**
 * Read header lines (see {@link readHeader}).
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @returns
 *   Header nodes and where the body starts.
 */
function readHeaderLines(state: State, blocks: Block[]): HeaderResult {
  const value = state.value
  const children: HeaderContent[] = []
  let title = false
  let subtitle = false
  let byline: Byline | undefined

  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const lines = blocks[blockIndex]!.lines
    const blockEnd = lines[lines.length - 1]!.contentEnd

    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!
      const start = line.contentStart
      const end = line.contentEnd
      const content = value.slice(start, end)
      const context = contextAt(state, start)

      const stamp = recognizeStamp(content, context)
      if (stamp) {
        const stampEnd = start + stamp.end
        children.push(dateline(state, start, stampEnd, stamp.role, stamp))
        let rest = stampEnd
        while (rest < end && isSpace(value.charCodeAt(rest))) rest++
        if (rest >= end) continue

        const wire = recognizeWireDateline(value.slice(rest, blockEnd), contextAt(state, rest))
        if (wire) {
          children.push(dateline(state, rest, rest + wire.end, 'filed', wire))
          return {children, body: cursorAt(blocks, blockIndex, lineIndex, rest + wire.bodyStart)}
        }

        const found = recognizeByline(value.slice(rest, end))
        if (found && found.authors.length > 0 && !byline) {
          byline = bylineNode(state, rest, end, found.authors)
          children.push(byline)
          continue
        }

        return {children, body: {block: blockIndex, line: lineIndex, offset: rest}}
      }

      const wire = recognizeWireDateline(value.slice(start, blockEnd), context)
      if (wire) {
        children.push(dateline(state, start, start + wire.end, 'filed', wire))
        return {children, body: cursorAt(blocks, blockIndex, lineIndex, start + wire.bodyStart)}
      }

      // An outlet or role line right under the byline belongs to it
      // (`By JANE DOE` / `Associated Press`).
      if (byline && lineIndex > 0 && children[children.length - 1] === byline && isAffiliation(content)) {
        const from = byline.position!.start.offset!
        byline.children = [text(state, from, end)]
        byline.position = state.locator.position(from, end)
        continue
      }

      const found = recognizeByline(content)
      if (found && found.authors.length > 0 && !byline) {
        byline = bylineNode(state, start, end, found.authors)
        children.push(byline)
        continue
      }

      const meta = recognizeMeta(content)
      // A labelled title (`Title: …`, as reader services export pages) is
      // the title; the label is syntax, like a list marker.
      const valueStart = meta && meta.key === 'title' && meta.value ? content.lastIndexOf(meta.value) : -1
      if (meta && !title && valueStart > 0) {
        title = true
        children.push({
          type: 'title',
          children: [text(state, start + valueStart, start + valueStart + meta.value.length)],
          position: state.locator.position(start + valueStart, start + valueStart + meta.value.length)
        })
        continue
      }

      if (meta) {
        children.push({
          type: 'meta',
          key: meta.key,
          value: meta.value,
          position: state.locator.position(start, end)
        })
        continue
      }

      // Here the line is no stamp (it would have been read above), and,
      // while there is no byline yet, no byline either (it would be one).
      // The last line of a block is no dateline either: the dateline
      // recogniser was given the same text (the rest of the block).
      const checks = byline ? undefined : lineIndex === lines.length - 1 ? lastLineNegatives : knownNegatives
      const alone = lines.length === 1 || (lineIndex === 0 && lines.length <= 3 && !endsSentence(content))
      if (!title && !byline && alone && isHeadline(content, checks)) {
        title = true
        children.push({type: 'title', children: [text(state, start, end)], position: state.locator.position(start, end)})
        continue
      }

      if (
        title &&
        !subtitle &&
        !byline &&
        lines.length === 1 &&
        blockIndex + 1 < blocks.length &&
        isHeadline(content, checks) &&
        content.split(' ').length >= 6
      ) {
        subtitle = true
        children.push({type: 'subtitle', children: [text(state, start, end)], position: state.locator.position(start, end)})
        continue
      }

      // Under the title, notes and summary bullets that come before a
      // byline or dateline are the deck (`(Adds comments)`, `* Gold rises`).
      // Several such lines make one deck.
      const last = children[children.length - 1]
      if (title && !byline && (!subtitle || last?.type === 'subtitle') && bylineAhead(state, blocks, blockIndex, lineIndex)) {
        if (last?.type === 'subtitle') {
          const from = last.position!.start.offset!
          last.children = [text(state, from, end)]
          last.position = state.locator.position(from, end)
        } else {
          subtitle = true
          children.push({type: 'subtitle', children: [text(state, start, end)], position: state.locator.position(start, end)})
        }

        continue
      }

      // A line of names alone right above a stamp is the byline (`Jane Doe`
      // over `Wed 22 Feb 2023 12.40 GMT`).
      if (!byline && stampNext(state, blocks, blockIndex, lineIndex)) {
        const bare = recognizeByline(content, {bare: true})
        if (bare && bare.authors.length > 0) {
          byline = bylineNode(state, start, end, bare.authors)
          children.push(byline)
          continue
        }
      }

      return {children, body: {block: blockIndex, line: lineIndex, offset: start}}
    }
  }

  return {children, body: {block: blocks.length, line: 0, offset: value.length}}
}

/**
 * What `readHeaderLines` knows about a line by the time it asks whether it
 * is a headline without a byline read yet: no stamp and no byline.
 */
const knownNegatives: HeadlineChecks = {noStamp: true, noByline: true}

/** The same, on the last line of a block: no wire dateline either. */
const lastLineNegatives: HeadlineChecks = {noStamp: true, noWire: true, noByline: true}

/** How many lines ahead a byline or dateline may be for the lines before it to be the deck. */
const deckLines = 8

/**
 * Whether a byline or a wire dateline follows within a few lines, so that
 * the lines up to it still belong to the header.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether one follows.
 */
function bylineAhead(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  let seen = 0
  let line = lineIndex + 1
  for (let index = blockIndex; index < blocks.length && seen < deckLines; index++) {
    const lines = blocks[index]!.lines
    for (; line < lines.length && seen < deckLines; line++) {
      seen++
      const current = lines[line]!
      const content = state.value.slice(current.contentStart, current.contentEnd)
      const blockEnd = lines[lines.length - 1]!.contentEnd
      const context = contextAt(state, current.contentStart)
      if (recognizeWireDateline(state.value.slice(current.contentStart, blockEnd), context)) return true
      const found = recognizeByline(content)
      if (found && found.authors.length > 0) return true
      if (endsSentence(content)) return false
    }

    line = 0
  }

  return false
}

/**
 * Whether the line after the given one (in the same block or the next) is a
 * stamp.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether a stamp follows.
 */
function stampNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const lines = blocks[blockIndex]!.lines
  const next = lineIndex + 1 < lines.length ? lines[lineIndex + 1] : blocks[blockIndex + 1]?.lines[0]
  if (!next) return false
  const content = state.value.slice(next.contentStart, next.contentEnd)
  return recognizeStamp(content, contextAt(state, next.contentStart)) !== undefined
}

/**
 * Whether a line names only an outlet or a role (`Associated Press`,
 * `Staff Reporter`): one to four capitalised words, no digits, no
 * punctuation but `&`, `.` and `-`.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it reads as an affiliation.
 */
function isAffiliation(content: string): boolean {
  const words = content.split(' ')
  if (words.length > 4 || content.length > 40) return false
  for (const word of words) {
    const first = word.charCodeAt(0)
    if (!(first >= 65 && first <= 90) && word !== '&') return false
    for (let index = 1; index < word.length; index++) {
      const code = word.charCodeAt(index)
      const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      if (!letter && code !== 46 && code !== 45 && code !== 38) return false
    }
  }

  return true
}

/**
 * Whether a line ends like a sentence.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether its last character is a terminal mark.
 */
function endsSentence(content: string): boolean {
  const last = content.charCodeAt(content.length - 1)
  return last === 46 || last === 33 || last === 63
}

/**
 * Make a dateline node.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param role
 *   Role.
 * @param fields
 *   Recognised fields.
 * @returns
 *   Dateline.
 */
function dateline(
  state: State,
  start: number,
  end: number,
  role: DatelineRole,
  fields: DateFields & {place?: string | undefined; agency?: string | undefined}
): Dateline {
  const node: Dateline = {type: 'dateline', role, children: []}
  if (fields.place !== undefined) node.place = fields.place
  if (fields.agency !== undefined) node.agency = fields.agency
  copyDateFields(fields, node)
  node.children.push(text(state, start, end))
  node.position = state.locator.position(start, end)
  return node
}

/**
 * Make a byline node.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param authors
 *   Names.
 * @returns
 *   Byline.
 */
function bylineNode(state: State, start: number, end: number, authors: string[]): Byline {
  return {
    type: 'byline',
    authors,
    children: [text(state, start, end)],
    position: state.locator.position(start, end)
  }
}
