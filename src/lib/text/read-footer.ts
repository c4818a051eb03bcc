/**
 * Read the footer of a plain-text article: trailing credit lines.
 *
 * @module
 */

import {text} from '../phrasing/build-phrasing.js'
import {
  endsWithEndMark,
  isBareUrl,
  isContactLabel,
  isReleaseEnd,
  isUrlLabel,
  readsAsSentence,
  recognizeCredits,
  recognizeEndMarker,
  releaseEndHead
} from '../sources/recognize-credit.js'
import type {State} from '../state.js'
import type {Credit, CreditRole} from '../types.js'
import type {Cursor} from './cursor.js'
import {isHeadingLine, isPageEnd, isWidgetLine} from './is-heading.js'
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
 * Read the footer: credit lines from the bottom up, until a line that is
 * not a credit; then, above them, the page chrome that closes the article
 * (see {@link findEndMarker}) and the credits above that chrome.
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
  const ruled = afterRule(state, blocks, body)
  if (ruled) return ruled
  const found: Credit[][] = []
  const last = blocks.length - 1
  if (last < body.block) return {credits: [], end: {block: body.block, line: body.line}}
  let end = trailingCredits(state, blocks, body, {block: last, line: blocks[last]!.lines.length}, found)
  const marker = findEndMarker(state, blocks, body, end)
  const cut = marker && headlinesAbove(state, blocks, body, marker)
  if (cut) {
    found.push(chromeCredits(state, blocks, body, cut, end))
    end = trailingCredits(state, blocks, body, cut, found, false)
  }

  const teasers = teasersAbove(state, blocks, body, end)
  if (teasers) {
    found.push(chromeCredits(state, blocks, body, teasers, end))
    end = trailingCredits(state, blocks, body, teasers, found, false)
  }

  const repeat = headlineRepeat(state, blocks, body, end)
  if (repeat) {
    found.push(chromeCredits(state, blocks, body, repeat, end))
    end = trailingCredits(state, blocks, body, repeat, found, false)
  }

  return {credits: inOrder(found), end}
}

/** Fewest words of a headline that a page repeats under the article. */
const repeatWords = 4

/**
 * Where a card of the article's own story starts under it: pages list the
 * story they show among their related or latest stories, its headline
 * again (often over its first lines). A line of its own block in the last
 * {@link markerWindow} lines that reads as a headline (see
 * `isHeadingLine`) of at least {@link repeatWords} words, and that an
 * earlier block of one line of the document holds exactly (the title, or
 * the headline as the body's first heading), closes the article when the
 * prose above it outweighs what is below (see {@link endsArticle}); the
 * topmost such line wins:
 *
 * ```text
 * Ferry resumes after storms
 *
 * The ferry resumed on Tuesday after a week of storms.
 * …
 * The timetable is back to normal, the office said.
 *
 * Ferry resumes after storms
 *
 * The ferry resumed on Tuesday after a week of storms.
 * ```
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param end
 *   Where the credits start.
 * @returns
 *   Where the card starts, or `undefined`.
 */
function headlineRepeat(state: State, blocks: Block[], body: Cursor, end: BodyEnd): BodyEnd | undefined {
  const value = state.value
  // Candidates by text, each bottom up: one-line blocks that read as
  // headlines.
  const candidates = new Map<string, BodyEnd[]>()
  // Their lengths, so that most lines are passed over without a slice.
  const lengths = new Set<number>()
  let at = lineAbove(blocks, body, end)
  for (let count = 0; at && count < markerWindow; count++) {
    const lines = blocks[at.block]!.lines
    if (lines.length === 1 && at.line === 0) {
      const content = value.slice(lines[0]!.contentStart, lines[0]!.contentEnd)
      if (content.split(' ').length >= repeatWords && isHeadingLine(content)) {
        const list = candidates.get(content)
        if (list) list.push(at)
        else candidates.set(content, [at])
        lengths.add(content.length)
      }
    }

    at = lineAbove(blocks, body, at)
  }

  if (candidates.size === 0) return undefined
  let found: BodyEnd | undefined
  for (let block = 0; block < blocks.length; block++) {
    const lines = blocks[block]!.lines
    if (lines.length !== 1) continue
    const line = lines[0]!
    if (!lengths.has(line.contentEnd - line.contentStart)) continue
    const text = value.slice(line.contentStart, line.contentEnd)
    const list = candidates.get(text)
    if (!list) continue
    // The first copy: the topmost later one is the repeat.
    candidates.delete(text)
    let repeat: BodyEnd | undefined
    for (const candidate of list) if (candidate.block > block) repeat = candidate
    if (repeat && (!found || repeat.block < found.block) && endsArticle(blocks, body, repeat, end)) found = repeat
  }

  return found
}

/** Fewest cut-off teasers in a row for them to be a list of other stories. */
const teasersMin = 2

/** Most teasers looked at. */
const teasersMax = 24

/** Longest teaser line, in characters. */
const teaserMax = 200

/**
 * Where a list of other stories' teasers starts above the credits: a page
 * shows the start of each story's first sentence, cut off with an
 * ellipsis, under the article. At least {@link teasersMin} such lines in a
 * row at the end of the body, with prose above them, are the page's, not
 * the article's (nor are the sources in them):
 *
 * ```text
 * The talks resume in May, the ministry said.
 * Port Ellis reopened its harbour on Monday after a week of…
 * The island's ferry operator said on Tuesday it would add two…
 * ```
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param end
 *   Where the credits start.
 * @returns
 *   Where the teasers start, or `undefined`.
 */
function teasersAbove(state: State, blocks: Block[], body: Cursor, end: BodyEnd): BodyEnd | undefined {
  let count = 0
  let top: BodyEnd | undefined
  let at = lineAbove(blocks, body, end)
  while (at && count < teasersMax) {
    const line = blocks[at.block]!.lines[at.line]!
    if (!isTeaser(state.value, line.contentStart, line.contentEnd)) break
    count++
    top = at
    at = lineAbove(blocks, body, at)
  }

  return top && count >= teasersMin && proseAbove(blocks, body, top, 1) ? top : undefined
}

/**
 * The line above `at` (a line index equal to its block's length stands for
 * the block's end), skipping blank blocks, if it is below the body's first
 * line: how the footer reads the page from the bottom up.
 *
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param at
 *   Where to step up from.
 * @returns
 *   The line above, or `undefined` at the body's first line.
 */
function lineAbove(blocks: Block[], body: Cursor, at: BodyEnd): BodyEnd | undefined {
  let block = at.block
  let index = Math.min(at.line, blocks[block]?.lines.length ?? 0) - 1
  while (index < 0 && block > body.block) {
    block--
    index = blocks[block]!.lines.length - 1
  }

  if (index < 0 || (block === body.block && index <= body.line)) return undefined
  return {block, line: index}
}

/**
 * Whether a line is a story's teaser cut off with an ellipsis (`…` or
 * `...`): at most {@link teaserMax} characters, the ellipsis after a word
 * or a comma (not after a sentence's end: `He paused.…` ends a sentence),
 * and no sentence ended before it (`He left. Then…` is the article's
 * style, a teaser is the start of one sentence).
 *
 * @param value
 *   The document.
 * @param from
 *   Start of the line (trimmed).
 * @param to
 *   End of the line (trimmed).
 * @returns
 *   Whether it is one.
 */
function isTeaser(value: string, from: number, to: number): boolean {
  if (to - from > teaserMax) return false
  let cut: number
  if (value.charCodeAt(to - 1) === 0x2026 /* … */) cut = to - 1
  else if (value.endsWith('...', to) && to - from > 3) cut = to - 3
  else return false
  const before = value.charAt(cut - 1)
  if (!/[\p{L}\p{N},]/u.test(before)) return false
  for (let index = from; index < cut - 1; index++) {
    const code = value.charCodeAt(index)
    if ((code === 46 || code === 33 || code === 63) && value.charCodeAt(index + 1) === 32 && isSentenceEnd(value, from, index)) return false
  }

  return true
}

/**
 * Whether a full stop, `!` or `?` before a space ends a sentence: not the
 * dot of an initial or a short abbreviation (`U.S. Navy`, `Dr. Lee`, `St.
 * Ives`).
 *
 * @param value
 *   The document.
 * @param from
 *   Start of the line.
 * @param at
 *   The mark.
 * @returns
 *   Whether it does.
 */
function isSentenceEnd(value: string, from: number, at: number): boolean {
  if (value.charCodeAt(at) !== 46) return true
  // The word before the dot: a capital and at most two more letters is
  // an abbreviation or an initial.
  let start = at
  while (start > from && at - start <= 3 && /\p{L}/u.test(value.charAt(start - 1))) start--
  const word = value.slice(start, at)
  return !(word.length <= 3 && /^\p{Lu}/u.test(word)) && !(start > from && value.charAt(start - 1) === '.')
}

/**
 * Read credit lines from the bottom up, from before `from`, until a line
 * that is not a credit.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @param body
 *   Where the body starts.
 * @param from
 *   Where to start: lines from here on are not looked at.
 * @param found
 *   Groups of credits, last group first; mutated.
 * @param page
 *   Whether the page's own lines (see {@link pageCredit}) are credits
 *   too: at the foot of the page, not above chrome that ends the article,
 *   where such a line (`Print`) is set among the article's.
 * @returns
 *   Where the body ends.
 */
function trailingCredits(state: State, blocks: Block[], body: Cursor, from: BodyEnd, found: Credit[][], page = true): BodyEnd {
  for (let blockIndex = from.block; blockIndex >= body.block; blockIndex--) {
    const lines = blocks[blockIndex]!.lines
    const first = blockIndex === body.block ? body.line : 0
    const limit = blockIndex === from.block ? Math.min(from.line, lines.length) : lines.length
    if (first >= limit) continue

    const address =
      limit === lines.length && blockIndex > body.block ? urlCredit(state, blocks[blockIndex - 1]!, blocks[blockIndex]!) : undefined
    if (address) {
      found.push([address])
      blockIndex--
      continue
    }

    if (limit - first > 1) {
      const start = blockIndex === body.block ? body.offset : lines[first]!.contentStart
      const whole = credit(state, start, lines[limit - 1]!.contentEnd)
      if (whole) {
        found.push(whole)
        continue
      }
    }

    let lineIndex = limit - 1
    while (lineIndex >= first) {
      const found1 = lineCredit(state, blocks, body, blockIndex, lineIndex, page)
      if (!found1) break
      found.push(found1)
      lineIndex--
    }

    if (lineIndex >= first) return {block: blockIndex, line: lineIndex + 1}
  }

  return {block: body.block, line: body.line}
}

/**
 * The credits of one line: what the credit recogniser reads in it, or,
 * under a contact label (`Media Contact`, `Contacts:`), a contact credit
 * for a short line of contact information (`Jane Doe, Acme Corp.`).
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param blockIndex
 *   Block of the line.
 * @param lineIndex
 *   The line.
 * @param page
 *   Whether the page's own lines (see {@link pageCredit}) are credits too:
 *   under the article, not in chrome, where each line is a credit anyway
 *   and a word in capitals is another story's headline, no signature.
 * @returns
 *   Credits, or `undefined`.
 */
function lineCredit(state: State, blocks: Block[], body: Cursor, blockIndex: number, lineIndex: number, page = true): Credit[] | undefined {
  const line = blocks[blockIndex]!.lines[lineIndex]!
  const start = blockIndex === body.block && lineIndex === body.line ? body.offset : line.contentStart
  const found = credit(state, start, line.contentEnd)
  if (found) return found
  const other = page ? pageCredit(state, start, line.contentEnd, afterSentence(state.value, blocks, body, blockIndex, lineIndex)) : undefined
  if (other) return [other]
  if (line.contentEnd - start > contactLineMax || !contactAbove(state, blocks, body, blockIndex, lineIndex)) return undefined
  return [creditNode(state, start, line.contentEnd, 'contact', [])]
}

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
  const spans = recognizeCredits(state.value.slice(start, end))
  if (!spans || spans.length === 0) return undefined
  return spans.map((span) => creditNode(state, start + span.start, start + span.end, span.role, span.names))
}

/**
 * A wire's signature under its copy that the credit recogniser does not
 * know: two hyphens or a dash and one word (`-- BERNAMA`, `— Kyodo`; one
 * hyphen marks a list's item, `- Paris`), or one word in capitals alone on
 * the line (`UNI`, `IANS`). Such a line can only end the copy: read from
 * the bottom up, nothing but credits is under it.
 */
const agencySignature = /^(?:(?:--|[\u2013\u2014]) ?(\p{Lu}[\p{L}.]{1,15})|(\p{Lu}{2,12}))$/u

/**
 * An agency's item code under its copy (`JD/NWS20240311000512`): one
 * token with a slash and a long number, starting with a capital.
 */
const itemCode = /^\p{Lu}[\p{Lu}\d]{0,9}\/[\p{Lu}\d]{0,12}\d{6}[\p{Lu}\d]{0,20}$/u

/**
 * A page's line under an article that the credit recogniser does not
 * read: a widget (`Watch Video`, `Log in or Register`, see `isWidgetLine`)
 * or a line that closes the article (`Your Comment`, `Next Post`, see
 * `isPageEnd`) is an `other` credit; a wire's signature (see
 * {@link agencySignature}) a `signature` one; an item code (see
 * {@link itemCode}) an `other` one. Only lines read from the bottom up
 * (or in chrome) come here: above them is the article.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start of the line (trimmed).
 * @param end
 *   End of the line (trimmed).
 * @param sentence
 *   Whether the line above ends a sentence: a word in capitals is a
 *   signature only right under the copy (`…, she added.` over `UNI`), not
 *   under a page's links (`Next Post` over the next post's `MISSING`).
 * @returns
 *   Credit, or `undefined`.
 */
function pageCredit(state: State, start: number, end: number, sentence: boolean): Credit | undefined {
  if (end - start > chromeLineMax) return undefined
  const content = state.value.slice(start, end)
  if (isWidgetLine(content) || isPageEnd(content) || itemCode.test(content) || isClosingLabel(content)) return creditNode(state, start, end, 'other', [])
  const signature = agencySignature.exec(content)
  const name = signature?.[1] ?? (sentence ? signature?.[2] : undefined)
  return name ? creditNode(state, start, end, 'signature', [name]) : undefined
}

/** Most words of a label that closes a page (`ALSO WATCH:`). */
const closingLabelWords = 3

/**
 * Whether a line is a label with nothing under it but the page's foot: at
 * most {@link closingLabelWords} words, each starting with a capital, and
 * a colon at its end (`ALSO WATCH:`, `Read More:`, `Related:`). A page
 * heads its video or its links so, and the scrape keeps the label but not
 * what it labels. A sentence that leads into a quote (`He said:`) has a
 * word in lower case.
 *
 * @param content
 *   The line's content, trimmed.
 * @returns
 *   Whether it is one.
 */
function isClosingLabel(content: string): boolean {
  if (content.charCodeAt(content.length - 1) !== 58 /* : */ || content.length < 3) return false
  const words = content.slice(0, -1).split(' ')
  if (words.length > closingLabelWords) return false
  for (const word of words) {
    const first = word.charAt(0)
    if (first === first.toLowerCase()) return false
  }

  return true
}

/**
 * Whether the line above a line ends a sentence (`.`, `!`, `?`, closing
 * quotes aside).
 *
 * @param value
 *   The document.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param blockIndex
 *   Block of the line.
 * @param lineIndex
 *   The line.
 * @returns
 *   Whether it does.
 */
function afterSentence(value: string, blocks: Block[], body: Cursor, blockIndex: number, lineIndex: number): boolean {
  let block = blockIndex
  let index = lineIndex - 1
  // A closing rule between them is no line of the copy (`stringify` writes
  // one over the notes): the line above it counts. At most one is passed.
  for (let step = 0; step < 2; step++) {
    if (index < 0) {
      block--
      if (block < body.block) return false
      index = blocks[block]!.lines.length - 1
    }

    if (block === body.block && index < body.line) return false
    if (step > 0 || !isRule(value, blocks[block]!.lines[index]!)) break
    index--
  }

  const line = blocks[block]!.lines[index]!
  let end = line.contentEnd - 1
  while (end > line.contentStart && '"\'\u201D\u2019)'.includes(value.charAt(end))) end--
  const last = value.charCodeAt(end)
  return last === 46 || last === 33 || last === 63
}

/** Most lines between a contact label and a line of contact information. */
const contactWindow = 10

/** Longest line of contact information, in characters. */
const contactLineMax = 160

/**
 * Whether a contact label (`Media Contact`, `Contacts:`) is at most
 * {@link contactWindow} lines above a line, with only short lines between
 * (`Jane Doe`, `Acme Corp.`, `+1 555 0100`): the contact block of a
 * release.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param blockIndex
 *   Block of the line.
 * @param lineIndex
 *   The line.
 * @returns
 *   Whether a contact label is above.
 */
function contactAbove(state: State, blocks: Block[], body: Cursor, blockIndex: number, lineIndex: number): boolean {
  let block = blockIndex
  let index = lineIndex
  for (let seen = 0; seen < contactWindow; seen++) {
    index--
    if (index < 0) {
      block--
      if (block < body.block) return false
      index = blocks[block]!.lines.length - 1
    }

    if (block === body.block && index < body.line) return false
    const line = blocks[block]!.lines[index]!
    if (line.contentEnd - line.contentStart > contactLineMax) return false
    if (isContactLabel(state.value.slice(line.contentStart, line.contentEnd))) return true
  }

  return false
}

/**
 * Credits found from the bottom up, in document order: the groups
 * reversed, each group kept in order.
 *
 * @param found
 *   Groups of credits, last group first.
 * @returns
 *   Credits.
 */
function inOrder(found: Credit[][]): Credit[] {
  const credits: Credit[] = []
  for (let index = found.length - 1; index >= 0; index--) {
    for (const item of found[index]!) credits.push(item)
  }

  return credits
}

/** Most lines above the credits searched for an end marker. */
export const markerWindow = 80

/** Most lines after a chrome line (`Tags:`) for it to close the article. */
export const chromeAfterMax = 8

/** Longest line after a chrome line for it to close the article. */
export const chromeLineMax = 160

/**
 * Whether a line can be page chrome below a marker: at most
 * {@link chromeLineMax} characters, and no sentence of the article (see
 * `readsAsSentence`). One test for the end-marker scan, the wide gap and
 * the notes under a rule.
 *
 * @param value
 *   The text the line is in.
 * @param from
 *   Start of the line (trimmed).
 * @param to
 *   End of the line (trimmed).
 * @returns
 *   Whether it can.
 */
function isChromeLine(value: string, from: number, to: number): boolean {
  return to - from <= chromeLineMax && !readsAsSentence(value.slice(from, to))
}

/** Longest line that can be an end marker (`Tags: …` with its values). */
export const markerLineMax = 200

/** How much of a long line's end to look at for an end mark. */
export const markTail = 16

/** Shortest block (Markdown: top-level node) that counts as prose when weighing an end marker. */
export const proseMin = 100

/**
 * A line above the trailing credits, as {@link scanEndMarker} sees it.
 */
export interface MarkerLine {
  /** The text the line is in. */
  value: string
  /** Start of the line in `value` (trimmed). */
  from: number
  /** End of the line in `value` (trimmed). */
  to: number
  /** Whether the line may close the article (Markdown: a paragraph's or a heading's, not a list item's). */
  marker: boolean
  /** Whether the chrome may start at the line (Markdown: not inside a list or quote, but at its start). */
  opens: boolean
}

/**
 * What {@link scanEndMarker} asks of the reader about a line, by its
 * position in the lines (last first).
 */
export interface MarkerWeights {
  /**
   * Whether an end marker there ends the article: prose above it, at least
   * as many blocks as below it.
   */
  endsArticle(position: number): boolean
  /** Whether a prose block is above it. */
  proseAbove(position: number): boolean
}

/**
 * Find the line that closes the article above the trailing credits: an end
 * marker (`Related news`, `-0-`, `Enditem`), or chrome (`Tags:`, `Share:`,
 * `Read also`) with nothing but a few short lines after it, none of them a
 * sentence; or the line after one that ends with an end mark (`… talks.-0-`). Scraped pages
 * put their chrome after the article: tags, share buttons, lists of other
 * stories, even whole other stories:
 *
 * ```text
 * The talks resume in May, the ministry said.
 *
 * Tags:
 *
 * RELATED NEWS
 * ```
 *
 * The topmost such line in the last {@link markerWindow} lines wins; it
 * needs prose above it in the body (a block of {@link proseMin} characters
 * or more), and an end marker at least as many such blocks above as below
 * (a menu of other stories above the article is no end).
 *
 * Both readers scan with this one loop; each gives its lines and weighs
 * the prose around them in its own structure.
 *
 * @param lines
 *   Lines above the trailing credits, last first, at most
 *   {@link markerWindow}.
 * @param weights
 *   How the reader weighs the prose around a line.
 * @returns
 *   Position in `lines` of the line where the chrome starts, or
 *   `undefined`.
 */
export function scanEndMarker(lines: readonly MarkerLine[], weights: MarkerWeights): number | undefined {
  let cut: number | undefined
  // Lines after the candidate and before the chrome found so far (or the
  // credits), and whether one of them is long.
  let after = 0
  let long = false
  for (let position = 0; position < lines.length; position++) {
    const {value, from, to, marker} = lines[position]!
    const length = to - from
    // Long lines are no markers: only their ends are looked at, and their
    // starts for a wire's link to the release (`View original content: …`).
    const words = length <= markerLineMax ? value.slice(from, to) : undefined
    const kind = marker
      ? words === undefined
        ? isReleaseEnd(value.slice(from, from + releaseEndHead))
          ? 'end'
          : undefined
        : (recognizeEndMarker(words) ?? (isPageEnd(words) || isEditingCredit(words) ? 'end' : undefined))
      : undefined
    if (
      (kind === 'end' && weights.endsArticle(position)) ||
      (kind === 'chrome' && after <= chromeAfterMax && !long && weights.proseAbove(position))
    ) {
      cut = position
      after = 0
      long = false
      continue
    }

    // The last line of the article with its end mark (`….-0-`): the
    // chrome starts on the line after it, where it may. End marks end in
    // `-` or `m` (`-0-`, `Enditem`): only such lines are looked at closer.
    const final = value.charCodeAt(to - 1) | 32
    if (
      position > 0 &&
      marker &&
      lines[position - 1]!.opens &&
      (final === 45 /* - */ || final === 109) /* m */ &&
      endsWithEndMark(words ?? value.slice(to - markTail, to)) &&
      weights.endsArticle(position - 1)
    ) {
      cut = position - 1
      after = 0
      long = false
    }

    after++
    if (!isChromeLine(value, from, to)) long = true
  }

  return cut
}

/**
 * Whether a line is an editor's credit alone (`Edited by Jane Doe`,
 * `Editing and translating by Jane Doe`; see `recognizeCredits`): agencies
 * and regional sites sign the article's end so, and the page's own lines
 * (the site's name, address, a reproduction notice) follow it. It ends the
 * article as an end marker does; a credit of reporters and editors
 * together (`(Reporting by …; Editing by …)`) is left to the credits.
 *
 * @param words
 *   Line content, trimmed.
 * @returns
 *   Whether it is one.
 */
function isEditingCredit(words: string): boolean {
  if (words.length > editingCreditMax || !words.includes('by ')) return false
  const spans = recognizeCredits(words)
  return spans !== undefined && spans.length > 0 && spans.every((span) => span.role === 'editing')
}

/** Longest editor's credit that ends an article, in characters. */
const editingCreditMax = 80

/**
 * A plain-text line above the trailing credits.
 */
interface TextMarkerLine extends MarkerLine {
  /** Where it is. */
  at: BodyEnd
}

/**
 * Find the line that closes the article above the trailing credits (see
 * {@link scanEndMarker}), in plain text.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param end
 *   Where the trailing credits start.
 * @returns
 *   Where the chrome starts, or `undefined`.
 */
function findEndMarker(state: State, blocks: Block[], body: Cursor, end: BodyEnd): BodyEnd | undefined {
  const lines: TextMarkerLine[] = []
  let at = lineAbove(blocks, body, end)
  while (at && lines.length < markerWindow) {
    const line = blocks[at.block]!.lines[at.line]!
    lines.push({value: state.value, from: line.contentStart, to: line.contentEnd, marker: true, opens: true, at})
    at = lineAbove(blocks, body, at)
  }

  const weights: MarkerWeights = {
    endsArticle: (position) => endsArticle(blocks, body, lines[position]!.at, end),
    proseAbove: (position) => proseAbove(blocks, body, lines[position]!.at, 1)
  }
  const cut = afterGap(state.value, blocks, lines, scanEndMarker(lines, weights), weights)
  return cut === undefined ? undefined : lines[cut]!.at
}

/** Fewest line breaks between two blocks for the gap to set the page apart from the article (four blank lines). */
const gapBreaks = 5

/** Most lines after a wide gap for them to be the page's chrome. */
const gapChromeMax = 24

/**
 * Move the start of the chrome up to a wide gap above it: a scraped page
 * often sets its list of other stories (or its links and widgets) apart
 * from the article by many blank lines, and no marker heads it. When
 * {@link gapBreaks} line breaks or more open a block, and from there to the
 * chrome found so far (or the credits) there are at most
 * {@link gapChromeMax} lines, none long nor a sentence, and prose is above,
 * the chrome starts at that block (the topmost such gap wins):
 *
 * ```text
 * The talks resume in May, the ministry said.
 *
 *
 *
 *
 * Port reopens after storm
 * Ministers meet in Baku
 * ```
 *
 * @param value
 *   The document.
 * @param blocks
 *   Blocks.
 * @param lines
 *   Lines above the credits, last first.
 * @param cut
 *   Position of the chrome found so far, or `undefined`.
 * @param weights
 *   How the prose around a line is weighed.
 * @returns
 *   Position of the line where the chrome starts, or `undefined`.
 */
function afterGap(
  value: string,
  blocks: Block[],
  lines: readonly TextMarkerLine[],
  cut: number | undefined,
  weights: MarkerWeights
): number | undefined {
  let found = cut
  for (let position = cut ?? 0; position < lines.length && position - (cut ?? 0) < gapChromeMax; position++) {
    const line = lines[position]!
    if (!isChromeLine(value, line.from, line.to)) break
    const {block, line: index} = line.at
    if (index === 0 && block > 0 && wideGap(value, blocks[block - 1]!, blocks[block]!) && weights.proseAbove(position)) found = position
  }

  return found
}

/**
 * Whether at least {@link gapBreaks} line breaks separate two blocks (a
 * `\r\n` is one); counting stops there.
 *
 * @param value
 *   The document.
 * @param upper
 *   The block above.
 * @param lower
 *   The block below.
 * @returns
 *   Whether the gap is wide.
 */
function wideGap(value: string, upper: Block, lower: Block): boolean {
  const to = lower.lines[0]!.start
  let breaks = 0
  for (let index = upper.lines[upper.lines.length - 1]!.end; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
      breaks++
      if (breaks >= gapBreaks) return true
    }
  }

  return false
}

/** Fewest headlines over a sidebar's closing link for them to be its list. */
const headlinesMin = 2

/**
 * Where the sidebar that an end marker closes starts: a page may put its
 * link to other news under their headlines (`All news`). When every line of
 * the marker's block above it reads as a headline (see
 * {@link isHeadingLine}), a widget (`Print`) or a mark without letters
 * (`!`), and {@link headlinesMin} or more are headlines, the sidebar starts
 * with the block:
 *
 * ```text
 * The forum closes on Friday.
 *
 * Port reopens after storm
 * Ministers meet in Baku
 * All news
 * ```
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param marker
 *   The end marker's line.
 * @returns
 *   Where the chrome starts.
 */
function headlinesAbove(state: State, blocks: Block[], body: Cursor, marker: BodyEnd): BodyEnd {
  if (marker.line < headlinesMin || marker.block === body.block) return marker
  const lines = blocks[marker.block]!.lines
  let headlines = 0
  for (let index = 0; index < marker.line; index++) {
    const line = lines[index]!
    const content = state.value.slice(line.contentStart, line.contentEnd)
    if (isHeadingLine(content)) headlines++
    // Widgets (`Print`) and marks (`!`) between the headlines.
    else if (!isWidgetLine(content) && letterOrDigit.test(content)) return marker
  }

  return headlines >= headlinesMin ? {block: marker.block, line: 0} : marker
}

/** A letter or a digit. */
const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * Whether an end marker closes the article: there are at least as many
 * prose blocks above it (and at least one) as below it, before the
 * credits.
 *
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param at
 *   The marker line.
 * @param end
 *   Where the trailing credits start.
 * @returns
 *   Whether it ends the article.
 */
function endsArticle(blocks: Block[], body: Cursor, at: BodyEnd, end: BodyEnd): boolean {
  let below = 0
  for (let block = at.block; block <= end.block && below <= markerWindow; block++) {
    const lines = blocks[block]!.lines
    const from = block === at.block ? at.line + 1 : 0
    const to = block === end.block ? Math.min(end.line, lines.length) : lines.length
    if (from < to && lines[to - 1]!.contentEnd - lines[from]!.contentStart >= proseMin) below++
  }

  return proseAbove(blocks, body, at, Math.max(1, below))
}

/**
 * Whether at least `count` prose blocks (or parts of blocks) of the body
 * are above a line, looking at most {@link markerWindow} blocks up.
 *
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param at
 *   The line.
 * @param count
 *   How many are needed.
 * @returns
 *   Whether there are.
 */
function proseAbove(blocks: Block[], body: Cursor, at: BodyEnd, count: number): boolean {
  let above = 0
  for (let block = at.block; block >= body.block && at.block - block <= markerWindow; block--) {
    const lines = blocks[block]!.lines
    const to = block === at.block ? at.line : lines.length
    const from = block === body.block ? body.line : 0
    if (from >= to) continue
    const start = block === body.block && from === body.line ? body.offset : lines[from]!.contentStart
    if (lines[to - 1]!.contentEnd - start >= proseMin) above++
    if (above >= count) return true
  }

  return false
}

/**
 * The chrome that closes the article, from its first line to the trailing
 * credits: each line is a credit, of the role the credit recogniser gives
 * it (a `Source:` line), else `other` without names, so that nothing of the
 * page is lost and none of it is counted as the article's.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param cut
 *   Where the chrome starts.
 * @param end
 *   Where the trailing credits start.
 * @returns
 *   Credits, in order.
 */
function chromeCredits(state: State, blocks: Block[], body: Cursor, cut: BodyEnd, end: BodyEnd): Credit[] {
  const credits: Credit[] = []
  for (let block = cut.block; block <= end.block; block++) {
    const lines = blocks[block]!.lines
    const from = block === cut.block ? cut.line : 0
    const to = block === end.block ? Math.min(end.line, lines.length) : lines.length
    for (let index = from; index < to; index++) {
      const line = lines[index]!
      // A rule of underscores among the chrome is no credit (`stringify`
      // writes one over notes that no recogniser reads as credits); an end
      // mark (`###`) is.
      if (state.value.charCodeAt(line.contentStart) === 95 /* _ */ && isRule(state.value, line)) continue
      const found = lineCredit(state, blocks, body, block, index, false)
      if (found) for (const item of found) credits.push(item)
      else credits.push(creditNode(state, line.contentStart, line.contentEnd, 'other', []))
    }
  }

  return credits
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
  // Whether every block looked at so far is a short note (see
  // `isShortNote`): then the rule may be further up.
  let short = true
  for (let blockIndex = last; blockIndex > body.block && last - blockIndex <= markerWindow; blockIndex--) {
    const lines = blocks[blockIndex]!.lines
    if (lines.length !== 1 || !isRule(state.value, lines[0]!)) {
      short &&= isShortNote(state, blocks[blockIndex]!)
      if (!short && last - blockIndex >= maxNotes) return undefined
      continue
    }

    if (blockIndex === last) return undefined
    const above = releaseEndAbove(state, blocks, body, blockIndex)
    // Many short notes are page chrome, read line by line as chrome is
    // (a contact line under its label stays a contact), after the
    // credits at the bottom.
    if (last - blockIndex > maxNotes) {
      const found: Credit[][] = []
      const end = trailingCredits(state, blocks, body, {block: last, line: blocks[last]!.lines.length}, found)
      if (end.block > blockIndex) found.push(chromeCredits(state, blocks, body, {block: blockIndex + 1, line: 0}, end))
      if (above) found.push([above])
      return {credits: inOrder(found), end: {block: above ? blockIndex - 1 : blockIndex, line: 0}}
    }

    const credits: Credit[] = above ? [above] : []
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
        // A wire's signature keeps its role under the rule (`…, she
        // added.` / `_____` / `UNI`).
        const page = notes.length === 1 ? pageCredit(state, start, end, afterSentence(state.value, blocks, body, index, 0)) : undefined
        credits.push(page ?? creditNode(state, start, end, 'other', []))
      }
    }

    return {credits, end: {block: above ? blockIndex - 1 : blockIndex, line: 0}}
  }

  return undefined
}

/**
 * The line that closes a release (see `isReleaseEnd`) alone in the block
 * right above a closing rule, as a credit: a distributor ends the release
 * with its link back, then a rule, then its own links:
 *
 * ```text
 * View the original release on www.example.com
 *
 * ---
 * ```
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param body
 *   Where the body starts.
 * @param rule
 *   The block of the rule.
 * @returns
 *   The credit, or `undefined`.
 */
function releaseEndAbove(state: State, blocks: Block[], body: Cursor, rule: number): Credit | undefined {
  if (rule - 1 <= body.block) return undefined
  const lines = blocks[rule - 1]!.lines
  if (lines.length !== 1) return undefined
  const {contentStart, contentEnd} = lines[0]!
  if (!isReleaseEnd(state.value.slice(contentStart, contentEnd))) return undefined
  return creditNode(state, contentStart, contentEnd, 'other', [])
}

/**
 * Whether a block under a closing rule is a short note: a credit (`©
 * 2026 Acme`), or one short line that is no sentence (a headline of
 * another story, a tag). Any number of them (up to {@link markerWindow}
 * blocks) can be under the rule, where other notes are at most
 * {@link maxNotes}: it is how page chrome reads back after `stringify`,
 * which writes it under a rule.
 *
 * @param state
 *   Parse state.
 * @param block
 *   Block.
 * @returns
 *   Whether it is.
 */
function isShortNote(state: State, block: Block): boolean {
  const first = block.lines[0]!
  const last = block.lines[block.lines.length - 1]!
  if (last.contentEnd - first.contentStart > maxNoteLength) return false
  if (block.lines.length === 1 && isChromeLine(state.value, first.contentStart, first.contentEnd)) return true
  const spans = recognizeCredits(state.value.slice(first.contentStart, last.contentEnd))
  return spans !== undefined && spans.length > 0
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
