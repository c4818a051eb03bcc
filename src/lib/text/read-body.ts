/**
 * Read the body of a plain-text article: sections of headings, paragraphs
 * and lists.
 *
 * @module
 */

import {text} from '../phrasing/build-phrasing.js'
import {makeSentences} from '../phrasing/make-sentences.js'
import {report, type State} from '../state.js'
import type {FlowContent, Heading, List, ListItem, Paragraph, Section} from '../types.js'
import {isSpace} from '../util/white-space.js'
import type {Cursor} from './cursor.js'
import {isPlaceholderLine, isHeadingLine} from './is-heading.js'
import {listMarker} from './list-marker.js'
import type {Line} from './read-lines.js'
import {readsAsSentence, recognizeCredits} from '../sources/recognize-credit.js'
import {isRule, type BodyEnd} from './read-footer.js'
import type {Block} from './split-blocks.js'

/**
 * Read the body between the header and the footer.
 *
 * Each block becomes a list (its first line has a list marker), a heading
 * (one short line that is no sentence, with more body after it), or a
 * paragraph. A heading starts a new section; blocks before the first
 * heading form the lead section, which has no heading. Two such lines in a
 * row head nothing: they are a list of links or a contact's name and firm
 * (see {@link isHeading}). A line that only holds an ad's place
 * (`ADVERTISEMENT`, a scraper's `None`) is dropped, as a rule is: it holds
 * no words of the article.
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
    // A page's placeholder (`ADVERTISEMENT`, `4 min read`) is no part of
    // the article: dropped, and said so.
    if (lines.length === 1 && isPlaceholderLine(value.slice(first.contentStart, first.contentEnd))) {
      report(state, 'Unexpected page placeholder in an article, dropped', 'dropped-placeholder', first.contentStart, first.contentEnd)
      continue
    }
    const marker = listMarker(value, first)

    if (marker) {
      section.children.push(list(state, lines, marker.ordered))
      continue
    }

    if (isHeading(value, parts, index) || isColonHeading(value, parts, index) || isQuestionHeading(value, parts, index) || isNameHeading(value, parts, index)) {
      if (section.children.length > 0) sections.push(section)
      section = {type: 'section', children: [heading(state, first.contentStart, first.contentEnd)]}
      continue
    }

    const end = lines[lines.length - 1]!.contentEnd
    const runIn = runInAbout(value, first.contentStart, first.contentEnd)
    if (runIn) {
      if (section.children.length > 0) sections.push(section)
      section = {type: 'section', children: [heading(state, first.contentStart, runIn.headEnd), paragraph(state, runIn.bodyStart, end)]}
      continue
    }

    section.children.push(paragraph(state, first.contentStart, end))
  }

  if (section.children.length > 0) sections.push(section)
  for (const node of sections) span(state, node)
  return sections
}

/**
 * Whether a part of the body is a heading: a heading line (see
 * {@link isHeadingLine}) with body after it, and neither the part before
 * nor the part after is one, nor is the part before a label or a line of
 * contact information (see {@link isContactLine}). A heading heads words;
 * a run of such lines is a list of other stories' headlines or a contact
 * block:
 *
 * ```text
 * Jane Doe
 * Acme Corp.
 * +1 555 0100
 * ```
 *
 * @param value
 *   The document.
 * @param parts
 *   The body's parts (lines of one block each).
 * @param index
 *   The part.
 * @returns
 *   Whether it is a heading.
 */
function isHeading(value: string, parts: Line[][], index: number): boolean {
  return (
    index + 1 < parts.length &&
    headingLine(value, parts[index]!) &&
    !headingLine(value, parts[index + 1]!) &&
    !(index > 0 && (headingLine(value, parts[index - 1]!) || isLabel(value, parts[index - 1]!) || isContactLine(value, parts[index - 1]!)))
  )
}

/**
 * Whether a part is one line of contact information: a phone number, an
 * e-mail address or a contact heading (see `recognizeCredits`). A short
 * line under one closes a contact block or a release's letterhead (the
 * issuer's address and phone over its headline); it heads nothing.
 *
 * @param value
 *   The document.
 * @param lines
 *   The part's lines.
 * @returns
 *   Whether it is one.
 */
function isContactLine(value: string, lines: Line[]): boolean {
  const line = lines[0]!
  if (lines.length !== 1 || line.contentEnd - line.contentStart > contactLineMax) return false
  return recognizeCredits(value.slice(line.contentStart, line.contentEnd))?.[0]?.role === 'contact'
}

/** Longest line read as contact information before a heading line. */
const contactLineMax = 80

/**
 * Whether a part is a subheading that ends with a colon: one line in title
 * case (each word of {@link titleWordMin} letters or more capitalised) of
 * more than {@link labelWords} words, that would be a heading line without
 * its colon, over a paragraph that reads as a sentence (see
 * `readsAsSentence`), and not under another heading line. Releases and
 * law firms' notices head their parts so (`Class Action Against Acme
 * Corp. (ACME):` over the complaint). A sentence that leads into a list
 * (`The defendants are listed below:`) or a short label over its value
 * (`Media contact:`) is none.
 *
 * @param value
 *   The document.
 * @param parts
 *   The body's parts (lines of one block each).
 * @param index
 *   The part.
 * @returns
 *   Whether it is one.
 */
function isColonHeading(value: string, parts: Line[][], index: number): boolean {
  const lines = parts[index]!
  const next = parts[index + 1]
  const line = lines[0]!
  if (lines.length !== 1 || !next || value.charCodeAt(line.contentEnd - 1) !== 58 /* : */) return false
  const content = value.slice(line.contentStart, line.contentEnd - 1)
  if (content.split(' ').length <= labelWords || !isHeadingLine(content) || !isTitleCase(content)) return false
  if (index > 0 && headingLine(value, parts[index - 1]!)) return false
  const first = next[0]!
  return listMarker(value, first) === undefined && readsAsSentence(value.slice(first.contentStart, next[next.length - 1]!.contentEnd))
}

/**
 * Whether a part is a subheading asked as a question: one line ending with
 * `?` that would be a heading line without it, in title case (each word of
 * {@link titleWordMin} letters or more capitalised) with at least
 * {@link questionCapitals} capitalised words, over a paragraph that opens
 * with a sentence (see {@link opensWithSentence}), and not under another heading
 * line. Releases, job ads and explainers head their parts so (`Why Work at
 * Acme?`, `How Can Residents Apply?`, `What Happens Next?`). A question in
 * sentence case (`What does this mean for the port?`) is the writer's own
 * sentence, and one over a list or another heading line heads nothing.
 *
 * @param value
 *   The document.
 * @param parts
 *   The body's parts (lines of one block each).
 * @param index
 *   The part.
 * @returns
 *   Whether it is one.
 */
function isQuestionHeading(value: string, parts: Line[][], index: number): boolean {
  const lines = parts[index]!
  const next = parts[index + 1]
  const line = lines[0]!
  if (lines.length !== 1 || !next || value.charCodeAt(line.contentEnd - 1) !== 63 /* ? */) return false
  const content = value.slice(line.contentStart, line.contentEnd - 1)
  if (!isHeadingLine(content) || !isTitleCase(content) || capitalWords(content) < questionCapitals) return false
  if (index > 0 && headingLine(value, parts[index - 1]!)) return false
  const first = next[0]!
  return listMarker(value, first) === undefined && !headingLine(value, next) && opensWithSentence(value.slice(first.contentStart, next[next.length - 1]!.contentEnd))
}

/**
 * Whether a paragraph opens with a sentence (see `readsAsSentence`): the
 * whole of it, or its words up to the first full stop before a space. Its
 * last sentence may end without a stop (`Apply today at
 * https://example.com/jobs`).
 *
 * @param content
 *   The paragraph's text.
 * @returns
 *   Whether it does.
 */
function opensWithSentence(content: string): boolean {
  if (readsAsSentence(content)) return true
  const stop = content.indexOf('. ')
  return stop > 0 && readsAsSentence(content.slice(0, stop + 1))
}

/** Fewest capitalised words of a question subheading (`What Happens Next?`). */
const questionCapitals = 2

/**
 * Count the words of a line that start with a capital letter.
 *
 * @param content
 *   The line's content.
 * @returns
 *   How many.
 */
function capitalWords(content: string): number {
  let count = 0
  for (const word of content.split(' ')) {
    const first = word.charAt(0)
    if (first !== first.toLowerCase()) count++
  }

  return count
}

/**
 * Whether a part is a person's name that heads what the person says: a
 * name line (see {@link isPersonName}) under prose, over one line of
 * affiliation (see {@link isAffiliation}), over prose. Features that give
 * several voices their say (experts' outlooks, panels, round-ups of
 * reactions) head each voice so:
 *
 * ```text
 * Jane Doe
 * Chief economist, Harbour Bank – Port Ellis
 * The year ahead belongs to the ports. …
 * ```
 *
 * The affiliation stays a paragraph under the heading. A contact block or
 * a signature under the article has no prose under it.
 *
 * @param value
 *   The document.
 * @param parts
 *   The body's parts (lines of one block each).
 * @param index
 *   The part.
 * @returns
 *   Whether it is one.
 */
function isNameHeading(value: string, parts: Line[][], index: number): boolean {
  const lines = parts[index]!
  const role = parts[index + 1]
  const after = parts[index + 2]
  if (lines.length !== 1 || index === 0 || !role || !after || role.length !== 1) return false
  const line = lines[0]!
  const content = value.slice(line.contentStart, line.contentEnd)
  if (!isPersonName(content) || headingLine(value, parts[index - 1]!)) return false
  const affiliation = role[0]!
  if (listMarker(value, affiliation) || !isAffiliation(value.slice(affiliation.contentStart, affiliation.contentEnd))) return false
  const first = after[0]!
  return !headingLine(value, after) && readsAsSentence(value.slice(first.contentStart, after[after.length - 1]!.contentEnd))
}

/** Longest name line that heads a voice (see {@link isNameHeading}). */
const personNameMax = 40

/** Most words of a name line (`Jane van der Berg` has four). */
const personNameWords = 4

/**
 * Whether a line is only a person's name: two to {@link personNameWords}
 * words of letters (and `.`, `-`, `'`, `’`), the first and last
 * capitalised (`Jane Doe`, `J. R. Doe`, `Jane van der Berg`), no digits.
 *
 * @param content
 *   The line's content.
 * @returns
 *   Whether it is one.
 */
function isPersonName(content: string): boolean {
  if (content.length > personNameMax) return false
  const words = content.split(' ')
  if (words.length < 2 || words.length > personNameWords) return false
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (word.length === 0 || !nameWord.test(word)) return false
    const first = word.charAt(0)
    if ((index === 0 || index === words.length - 1) && first === first.toLowerCase()) return false
  }

  return true
}

/** A word of a name: letters, then letters, full stops, hyphens and apostrophes. */
const nameWord = /^\p{L}[\p{L}.'’-]*$/u

/** Longest affiliation line under a name. */
const affiliationMax = 120

/**
 * Whether a line reads as a person's affiliation: a role and an
 * organisation, so a comma (`Chief economist, Harbour Bank – Port Ellis`,
 * `Professor of law, Fjordland University`); starting with a capital, no
 * sentence (see `readsAsSentence`) and at most {@link affiliationMax}
 * characters.
 *
 * @param content
 *   The line's content.
 * @returns
 *   Whether it is one.
 */
function isAffiliation(content: string): boolean {
  if (content.length > affiliationMax || !content.includes(', ')) return false
  const first = content.charAt(0)
  return first !== first.toLowerCase() && !readsAsSentence(content)
}

/** Fewest letters of a word that title case capitalises (`of`, `and`, `the` need not be). */
const titleWordMin = 4

/**
 * Whether each word of a line that starts with a letter and has at least
 * {@link titleWordMin} characters starts with a capital.
 *
 * @param content
 *   The line's content.
 * @returns
 *   Whether it is in title case.
 */
function isTitleCase(content: string): boolean {
  for (const word of content.split(' ')) {
    const first = word.charAt(0)
    if (word.length >= titleWordMin && first !== first.toUpperCase()) return false
  }

  return true
}

/** Most words of a label over its value (`Media contact:`). */
const labelWords = 3

/**
 * Whether a part is a label that its next line completes (`Author:` over
 * `Jane Doe`): one line of at most {@link labelWords} words ending with a
 * colon. What it labels is its value, not a heading.
 *
 * @param value
 *   The document.
 * @param lines
 *   The part's lines.
 * @returns
 *   Whether it is one.
 */
function isLabel(value: string, lines: Line[]): boolean {
  const line = lines[0]!
  if (lines.length !== 1 || value.charCodeAt(line.contentEnd - 1) !== 58 /* : */) return false
  let words = 1
  for (let index = line.contentStart; index < line.contentEnd && words <= labelWords; index++) {
    if (value.charCodeAt(index) === 32) words++
  }

  return words <= labelWords
}

/**
 * Whether a part is one heading line: not a list item, not a rule.
 *
 * @param value
 *   The document.
 * @param lines
 *   The part's lines.
 * @returns
 *   Whether it is.
 */
function headingLine(value: string, lines: Line[]): boolean {
  const line = lines[0]!
  return (
    lines.length === 1 &&
    !isRule(value, line) &&
    listMarker(value, line) === undefined &&
    isHeadingLine(value.slice(line.contentStart, line.contentEnd))
  )
}

/** Most words of the name in a run-in `About Acme Acme is …` heading. */
const runInWords = 5

/**
 * A release's `About` heading run into the issuer's profile, the name said
 * twice (`About Larkspur Larkspur builds cranes…`, `About Acme Corp. Acme
 * Corp. is…`): scrapes that drop the line break glue the two. The name
 * has at most {@link runInWords} words; its words are compared without
 * trailing punctuation (`About Acme Acme, the maker of…`).
 *
 * @param value
 *   The document.
 * @param start
 *   Start of the paragraph's first line.
 * @param end
 *   End of that line.
 * @returns
 *   Where the heading ends and the paragraph starts, or `undefined`.
 */
function runInAbout(value: string, start: number, end: number): {headEnd: number; bodyStart: number} | undefined {
  if (!value.startsWith('About ', start)) return undefined
  // Words after `About`: start and end offsets, at most twice the name.
  const starts: number[] = []
  const ends: number[] = []
  let index = start + 6
  while (index < end && starts.length < runInWords * 2) {
    while (index < end && isSpace(value.charCodeAt(index))) index++
    if (index >= end) break
    starts.push(index)
    while (index < end && !isSpace(value.charCodeAt(index))) index++
    ends.push(index)
  }

  for (let words = 1; words <= runInWords && words * 2 <= starts.length; words++) {
    let same = true
    for (let word = 0; word < words && same; word++) {
      same = bareWord(value, starts[word]!, ends[word]!) === bareWord(value, starts[words + word]!, ends[words + word]!)
    }

    // A name of letters, not `About 20 20-year-olds`.
    if (same && /\p{L}/u.test(value.charAt(starts[0]!))) return {headEnd: ends[words - 1]!, bodyStart: starts[words]!}
  }

  return undefined
}

/**
 * A word without trailing punctuation (`Acme,` is `Acme`).
 *
 * @param value
 *   The document.
 * @param start
 *   Start of the word.
 * @param end
 *   End of the word.
 * @returns
 *   The word.
 */
function bareWord(value: string, start: number, end: number): string {
  while (end > start && ',;:'.includes(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

/**
 * Make a heading of `[start, end)`.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Heading.
 */
function heading(state: State, start: number, end: number): Heading {
  return {
    type: 'heading',
    depth: 2,
    children: [text(state, start, end)],
    position: state.locator.position(start, end)
  }
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
