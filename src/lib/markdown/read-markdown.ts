/**
 * Read a Markdown article (an mdast root) into newsast root content:
 * front matter → header → footer → body, as the plain-text reader does.
 *
 * @module
 */

import type {Blockquote as MdastBlockquote, Nodes as MdastNodes, Root as MdastRoot, RootContent as MdastContent} from 'mdast'
import {completeDates} from '../header/complete-dates.js'
import {text} from '../phrasing/build-phrasing.js'
import {isBareUrl, isUrlLabel, recognizeCredits} from '../sources/recognize-credit.js'
import {readHeader, type HeaderResult} from '../text/read-header.js'
import {span} from '../text/read-body.js'
import {readLines} from '../text/read-lines.js'
import {splitBlocks} from '../text/split-blocks.js'
import type {
  Credit,
  Dateline,
  FlowContent,
  HeaderContent,
  Nodes,
  Paragraph,
  RootContent,
  Section,
  SectionContent
} from '../types.js'
import type {BridgeState, HandlerResult} from './bridge-state.js'
import {readFrontMatter} from './front-matter.js'
import {normalizeIdentifier, paragraph, phrasing, trim} from './handlers.js'
import {joinSplitParagraphs} from './join-paragraphs.js'
import {OffsetMap, runState, type Run} from './run.js'
import {strongHeadingEnd} from './strong-heading.js'

/**
 * Stand-in for the first `#` heading while the header recognisers run: a
 * line they always read as the title, so that what follows it (a deck, a
 * byline) is read exactly as under a plain-text title. The title node then
 * gets the heading's own words.
 */
const titlePlaceholder = 'Article Title Here'

/** Most top-level nodes the header may span. */
const headerLimit = 24

/**
 * A top-level node that may hold header lines.
 */
interface Candidate {
  /** Index in the body nodes. */
  index: number
  /** What it is. */
  kind: 'title' | 'block' | 'skip'
  /** Its runs (one per paragraph). */
  runs: Run[]
}

/**
 * Where the body starts: node `index`, from run `run` at offset `offset`.
 */
interface BodyStart {
  /** Index in the nodes. */
  index: number
  /** Run index (block quotes have several). */
  run: number
  /** Run offset. */
  offset: number
}

/**
 * Read an mdast root into newsast root content.
 *
 * The header is read with the plain-text header reader over the words of
 * the first blocks (front matter first), so that bylines, stamps, wire
 * datelines and meta lines are recognised the same on both paths. The
 * first depth-1 heading is the title (unless front matter gave one), and
 * depth-2+ headings right above it are kickers (`meta` with key `kicker`).
 * Trailing paragraphs that are credits form the footer. Every other block
 * goes through its handler; headings start sections.
 *
 * @param state
 *   Bridge state.
 * @param tree
 *   mdast root.
 * @returns
 *   Header, sections and footer, as present.
 */
export function readMarkdown(state: BridgeState, tree: MdastRoot): RootContent[] {
  const limit = state.frontMatter?.end ?? 0
  const blocks: MdastContent[] = []

  for (const node of tree.children) {
    if (node.type === 'definition') {
      const identifier = normalizeIdentifier(node.identifier)
      if (!state.definitions.has(identifier)) state.definitions.set(identifier, node.url)
      continue
    }

    if ((node.position?.start.offset ?? limit) < limit || (node.type as string) === 'yaml') continue
    blocks.push(node)
  }

  const nodes = joinSplitParagraphs(blocks, state.value)

  const header: HeaderContent[] = state.frontMatter ? readFrontMatter(state, state.frontMatter) : []
  const start = readMarkdownHeader(state, nodes, header)
  const datelines = header.filter((node): node is Dateline => node.type === 'dateline')
  state.referenceDate = completeDates(datelines, state.referenceDate)

  const footer = readMarkdownFooter(state, nodes, start)
  const sections = readSections(state, nodes, start, footer.end)
  const children: RootContent[] = []
  if (header.length > 0) children.push(span(state, {type: 'header', children: header}))
  // A loop, not a spread: a spread of a hundred thousand sections throws.
  for (const section of sections) children.push(section)
  if (footer.credits.length > 0) children.push(span(state, {type: 'footer', children: footer.credits}))
  return children
}

/**
 * Read header nodes from the first blocks, adding them to `header`.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level mdast nodes.
 * @param header
 *   Header nodes so far (from front matter); mutated.
 * @returns
 *   Where the body starts.
 */
function readMarkdownHeader(state: BridgeState, nodes: MdastContent[], header: HeaderContent[]): BodyStart {
  const titled = header.some((node) => node.type === 'title')
  const candidates: Candidate[] = []
  const kickers: HeaderContent[] = []
  let title = -1
  let index = 0

  for (; index < nodes.length && index < headerLimit; index++) {
    const node = nodes[index]!
    if (node.type === 'html' || node.type === 'thematicBreak' || isImageOnly(node)) {
      // Dropped, with a message from its handler.
      if (node.type === 'html') state.one(node, undefined)
      else if (node.type === 'paragraph') state.inline(node)
      candidates.push({index, kind: 'skip', runs: []})
      continue
    }

    if (node.type === 'heading') {
      if (node.depth === 1 && !titled && title === -1) {
        title = index
        candidates.push({index, kind: 'title', runs: [state.inline(node)]})
        continue
      }

      if (node.depth > 1 && !titled && title === -1 && kickerBefore(nodes, index)) {
        const run = state.inline(node)
        const [from, to] = trim(run, 0, run.value.length)
        if (from < to) {
          const position = runState(state, run, 0).locator.position(from, to)
          kickers.push({type: 'meta', key: 'kicker', value: run.value.slice(from, to), position})
        }

        candidates.push({index, kind: 'skip', runs: []})
        continue
      }

      break
    }

    if (node.type === 'paragraph') {
      candidates.push({index, kind: 'block', runs: [state.inline(node)]})
      continue
    }

    if (node.type === 'blockquote' && node.children.every((child) => child.type === 'paragraph')) {
      candidates.push({index, kind: 'block', runs: (node as MdastBlockquote).children.map((child) => state.inline(child))})
      continue
    }

    break
  }

  header.push(...kickers)

  // Most headers end within the first blocks: read those first, and all
  // candidates only when the body does not start before the last of them
  // (rules such as the subtitle's look at the block after).
  const first = Math.min(candidates.length, firstPass)
  // Messages the first reading reports, dropped if the second replaces it:
  // the second reads the same blocks again and reports them again.
  const messages = state.file.messages.length
  let read = readCandidates(state, nodes, candidates.slice(0, first), titled)
  if (first < candidates.length) {
    const body = Math.min(read.result.body.offset, read.document.length)
    const range = read.ranges.find((item) => body < item.end)
    if (!range || range.candidate >= first - 1) {
      state.file.messages.length = messages
      read = readCandidates(state, nodes, candidates, titled)
    }
  }

  const {result, ranges, document} = read
  const placeholder = titled ? 0 : -1
  const bodyOffset = Math.min(result.body.offset, document.length)

  for (const node of result.children) {
    const words = node.type === 'title' ? node.children : []
    const placeholderTitle = words.length === 1 && words[0]!.type === 'text' && words[0]!.value === titlePlaceholder
    if (placeholderTitle && placeholder === 0 && node.position?.start.offset === (state.frontMatter?.contentStart ?? 0)) {
      continue
    }

    if (placeholderTitle && node.type === 'title' && title !== -1) {
      const run = candidates.find((candidate) => candidate.kind === 'title')!.runs[0]!
      node.children = phrasing(state, run, 0, run.value.length)
      state.patch(nodes[title]!, node)
    }

    header.push(node)
  }

  // Map the body offset back to a node, run and run offset.
  for (const range of ranges) {
    if (bodyOffset < range.end || (bodyOffset === range.start && range.end === range.start)) {
      const candidate = candidates[range.candidate]!
      const offset = Math.max(0, bodyOffset - range.start)
      if (candidate.kind === 'title' && offset > 0) continue
      return {index: candidate.index, run: range.run, offset}
    }
  }

  const last = candidates[candidates.length - 1]
  return {index: last ? last.index + 1 : 0, run: 0, offset: 0}
}

/** Candidates read before trying them all. */
const firstPass = 6

/**
 * The header recognisers' reading of some candidates.
 */
interface CandidateReading {
  /** The synthetic document. */
  document: string
  /** Where each run of each candidate is in it. */
  ranges: Array<{candidate: number; run: number; start: number; end: number}>
  /** What the plain-text header reader made of it. */
  result: HeaderResult
}

/**
 * Join the words of candidates, one block each, into one plain-text
 * document whose characters map back to the input, and read its header
 * with the plain-text header reader.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param candidates
 *   Candidates to read.
 * @param titled
 *   Whether front matter gave the title (a placeholder title goes first).
 * @returns
 *   The reading.
 */
function readCandidates(state: BridgeState, nodes: MdastContent[], candidates: Candidate[], titled: boolean): CandidateReading {
  const parts: string[] = []
  // The runs' maps are stretches: appending one copies a few numbers.
  const map = new OffsetMap()
  let last = 0
  const ranges: CandidateReading['ranges'] = []
  let length = 0

  if (titled) appendPlaceholder(state.frontMatter?.contentStart ?? 0)

  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position]!
    for (let runIndex = 0; runIndex < candidate.runs.length; runIndex++) {
      const run = candidate.runs[runIndex]!
      let start: number
      if (candidate.kind === 'title') {
        const anchor = run.map.length > 0 ? run.map.at(0) : (nodes[candidate.index]!.position?.start.offset ?? 0)
        start = appendPlaceholder(anchor)
      } else {
        start = append(run.value, run.map)
      }

      ranges.push({candidate: position, run: runIndex, start, end: length})
    }
  }

  const document = parts.join('')
  const synthetic = runState(state, {value: document, map, links: []}, 0)
  return {document, ranges, result: readHeader(synthetic, splitBlocks(document, readLines(document)))}

  /**
   * Add a block to the synthetic document.
   *
   * @param value
   *   Words.
   * @param offsets
   *   Their input offsets.
   * @returns
   *   Where the block starts in the synthetic document.
   */
  function append(value: string, offsets: OffsetMap): number {
    const start = separate()
    parts.push(value)
    map.append(offsets)
    if (offsets.length > 0) last = offsets.at(offsets.length - 1)
    length += value.length
    return start
  }

  /**
   * Add the title placeholder to the synthetic document, every character
   * standing for `offset`.
   *
   * Pushed straight into the map: a map of its own, copied in, made a
   * throwaway map of as many stretches as characters per article.
   *
   * @param offset
   *   Input offset its characters stand for.
   * @returns
   *   Where it starts in the synthetic document.
   */
  function appendPlaceholder(offset: number): number {
    const start = separate()
    parts.push(titlePlaceholder)
    for (let index = 0; index < titlePlaceholder.length; index++) map.push(offset, 1)
    last = offset
    length += titlePlaceholder.length
    return start
  }

  /**
   * Add the blank line between two blocks, unless nothing came before.
   *
   * @returns
   *   Where the next block starts in the synthetic document.
   */
  function separate(): number {
    if (length > 0) {
      const anchor = last + 1
      parts.push('\n\n')
      map.push(anchor, 1)
      map.push(anchor, 1)
      last = anchor
      length += 2
    }

    return length
  }
}

/**
 * Whether the heading at `index` sits right above the first `#` heading
 * (a kicker), with only other such headings or images between.
 *
 * @param nodes
 *   Nodes.
 * @param index
 *   Index of a depth-2+ heading.
 * @returns
 *   Whether a depth-1 heading follows.
 */
function kickerBefore(nodes: MdastContent[], index: number): boolean {
  for (let next = index + 1; next < nodes.length && next < index + 4; next++) {
    const node = nodes[next]!
    if (node.type === 'heading') {
      if (node.depth === 1) return true
      continue
    }

    if (!isImageOnly(node) && node.type !== 'html' && node.type !== 'thematicBreak') return false
  }

  return false
}

/**
 * Whether a node is a paragraph of nothing but images (and white space).
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it only holds images.
 */
function isImageOnly(node: MdastContent): boolean {
  if (node.type !== 'paragraph') return false
  let image = false
  for (const child of node.children) {
    if (child.type === 'image' || child.type === 'imageReference') image = true
    else if (child.type === 'link' && child.children.every((inner) => inner.type === 'image')) image = true
    else if (child.type !== 'text' || child.value.trim() !== '') return false
  }

  return image
}

/**
 * Where the body ends: with node `index`, whole or up to run offset
 * `offset` (the last lines of a paragraph are credits).
 */
interface BodyEnd {
  /** Index of the last node that is (partly) body. */
  index: number
  /** When set, node `index` keeps `[0, offset)` of its run. */
  offset: number | undefined
}

/**
 * Read credit paragraphs from the bottom up, until one that is not a
 * credit; a paragraph's last lines may be credits while the lines above
 * are body (a `Reuter` signature under the last paragraph).
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts (the footer never reaches above it).
 * @returns
 *   Credits and where the body ends.
 */
function readMarkdownFooter(
  state: BridgeState,
  nodes: MdastContent[],
  start: BodyStart
): {credits: Credit[]; end: BodyEnd} {
  const ruled = afterRule(state, nodes, start)
  if (ruled) return ruled
  const found: Credit[][] = []

  for (let index = nodes.length - 1; index >= start.index; index--) {
    const node = nodes[index]!
    if (node.type === 'thematicBreak' || node.type === 'html' || isImageOnly(node)) {
      // Dropped, with a message from its handler.
      if (node.type === 'html') state.one(node, undefined)
      else if (node.type === 'paragraph') state.inline(node)
      continue
    }

    if (node.type !== 'paragraph' || (index === start.index && start.run > 0)) {
      return {credits: inOrder(found), end: {index, offset: undefined}}
    }

    const labelled = index > start.index ? urlCredit(state, nodes[index - 1]!, node) : undefined
    if (labelled) {
      found.push([labelled])
      index--
      continue
    }

    const run = state.inline(node)
    // A bold subheading (`**Media contact**`) heads body text, not a credit.
    if (strongHeadingEnd(node, run) > 0) {
      return {credits: inOrder(found), end: {index, offset: undefined}}
    }

    const first = index === start.index ? start.offset : 0
    const lines = linesOf(run, first)
    if (lines.length === 0) continue

    if (lines.length > 1) {
      const whole = credits(state, run, lines[0]![0], lines[lines.length - 1]![1])
      if (whole) {
        found.push(whole)
        continue
      }
    }

    let line = lines.length - 1
    while (line >= 0) {
      const credit = credits(state, run, lines[line]![0], lines[line]![1])
      if (!credit) break
      found.push(credit)
      line--
    }

    if (line >= 0) {
      return {credits: inOrder(found), end: {index, offset: line === lines.length - 1 ? undefined : lines[line]![1]}}
    }
  }

  return {credits: inOrder(found), end: {index: start.index - 1, offset: undefined}}
}

/**
 * A heading such as `## URL` over a paragraph that is only an address: the
 * scraped page's own address, a credit (role `other`, no names) whose text
 * is the heading's words and the address on two lines, not a section.
 *
 * @param state
 *   Bridge state.
 * @param heading
 *   The node before the paragraph.
 * @param node
 *   The paragraph.
 * @returns
 *   Credit, or `undefined`.
 */
function urlCredit(state: BridgeState, heading: MdastContent, node: MdastContent): Credit | undefined {
  if (heading.type !== 'heading' || node.type !== 'paragraph' || node.children.length !== 1) return undefined
  const only = node.children[0]!
  if (only.type !== 'link' && !(only.type === 'text' && isBareUrl(only.value))) return undefined
  const label = state.inline(heading)
  const labelRange = trim(label, 0, label.value.length)
  if (!isUrlLabel(label.value.slice(labelRange[0], labelRange[1]))) return undefined
  const address = state.inline(node)
  const addressRange = trim(address, 0, address.value.length)
  if (addressRange[0] === addressRange[1]) return undefined
  const first = text(runState(state, label, 0), labelRange[0], labelRange[1])
  const second = text(runState(state, address, 0), addressRange[0], addressRange[1])
  const position = {start: first.position!.start, end: second.position!.end}
  // One line each, as the credit is written back (a blank line would end
  // the credit's paragraph).
  return {
    type: 'credit',
    role: 'other',
    names: [],
    children: [{type: 'text', value: first.value + '\n' + second.value, position}],
    position: {...position}
  }
}

/**
 * Credits found from the bottom up, in document order: the groups
 * reversed, each group kept in order (a loop: `flat` is slow).
 *
 * @param found
 *   Groups of credits, last group first.
 * @returns
 *   Credits.
 */
function inOrder(found: Credit[][]): Credit[] {
  const credits: Credit[] = []
  for (let index = found.length - 1; index >= 0; index--) {
    for (const credit of found[index]!) credits.push(credit)
  }

  return credits
}

/** Most paragraphs under a closing rule that can still be footer notes. */
const maxNotes = 3

/** Longest footer note under a closing rule, in characters. */
const maxNoteLength = 600

/**
 * Read the notes under a closing rule (`_____`, a thematic break) near the
 * end as credits, as the plain-text reader does: each paragraph under the
 * rule is one credit, of the role the credit recogniser gives it, else
 * `other`.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @returns
 *   Credits and where the body ends, or `undefined` when there is no such
 *   rule.
 */
function afterRule(
  state: BridgeState,
  nodes: MdastContent[],
  start: BodyStart
): {credits: Credit[]; end: BodyEnd} | undefined {
  const last = nodes.length - 1
  for (let index = last; index > start.index && index >= last - maxNotes; index--) {
    if (nodes[index]!.type !== 'thematicBreak') continue
    if (index === last) return undefined
    const notes: Credit[] = []
    for (let note = index + 1; note <= last; note++) {
      const node = nodes[note]!
      if (node.type !== 'paragraph') return undefined
      const run = state.inline(node)
      const [from, to] = trim(run, 0, run.value.length)
      if (to - from > maxNoteLength) return undefined
      if (from === to) continue
      const found = credits(state, run, from, to)
      if (found) {
        notes.push(...found)
      } else {
        const local = runState(state, run, 0)
        notes.push({
          type: 'credit',
          role: 'other',
          names: [],
          children: [text(local, from, to)],
          position: local.locator.position(from, to)
        })
      }
    }

    return {credits: notes, end: {index: index - 1, offset: undefined}}
  }

  return undefined
}

/**
 * The non-blank lines of a run from `start`, as trimmed ranges.
 *
 * @param run
 *   Run.
 * @param start
 *   Start offset.
 * @returns
 *   Ranges.
 */
function linesOf(run: Run, start: number): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let from = start
  while (from <= run.value.length) {
    let to = run.value.indexOf('\n', from)
    if (to === -1) to = run.value.length
    const range = trim(run, from, to)
    if (range[0] < range[1]) lines.push(range)
    from = to + 1
  }

  return lines
}

/**
 * Recognise `[start, end)` of a run as credits.
 *
 * @param state
 *   Bridge state.
 * @param run
 *   Run.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Credit nodes, or `undefined`.
 */
function credits(state: BridgeState, run: Run, start: number, end: number): Credit[] | undefined {
  const spans = recognizeCredits(run.value.slice(start, end))
  if (!spans || spans.length === 0) return undefined
  const local = runState(state, run, 0)
  return spans.map((found) => ({
    type: 'credit',
    role: found.role,
    names: found.names,
    children: [text(local, start + found.start, start + found.end)],
    position: local.locator.position(start + found.start, start + found.end)
  }))
}

/**
 * Read the body into sections.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param end
 *   Where it ends.
 * @returns
 *   Sections.
 */
function readSections(state: BridgeState, nodes: MdastContent[], start: BodyStart, end: BodyEnd): Section[] {
  const sections: Section[] = []
  let section: Section = {type: 'section', children: []}
  for (let index = start.index; index <= end.index && index < nodes.length; index++) {
    const node = nodes[index]!
    const from = index === start.index ? start.offset : 0
    const to = index === end.index && end.offset !== undefined ? end.offset : Infinity
    let result: HandlerResult

    if (node.type === 'paragraph' && (from > 0 || to !== Infinity)) {
      result = paragraph(state, state.inline(node), from, to)
    } else if (node.type === 'blockquote' && index === start.index && (start.run > 0 || from > 0)) {
      result = partialBlockquote(state, node, start)
    } else {
      result = state.one(node as MdastNodes, undefined)
    }

    // Most handlers return one node: no array is made to loop over it.
    if (Array.isArray(result)) {
      for (const child of result) section = place(sections, section, child)
    } else if (result) {
      section = place(sections, section, result)
    }
  }

  if (section.children.length > 0) sections.push(section)
  for (const node of sections) span(state, node)
  return sections
}

/**
 * Put a converted body node into the sections: a heading starts a
 * section, flow content joins the open one, a section stands alone.
 *
 * @param sections
 *   Finished sections; mutated.
 * @param section
 *   The open section.
 * @param child
 *   The node.
 * @returns
 *   The open section after it.
 */
function place(sections: Section[], section: Section, child: Nodes): Section {
  if (child.type === 'heading') {
    if (section.children.length > 0) sections.push(section)
    return {type: 'section', children: [child]}
  }

  if (child.type === 'paragraph' || child.type === 'list' || child.type === 'blockquote') {
    section.children.push(child as SectionContent)
  } else if (child.type === 'section') {
    if (section.children.length > 0) sections.push(section)
    sections.push(child)
    return {type: 'section', children: []}
  }

  return section
}

/**
 * The rest of a block quote whose first lines were header.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Block quote of paragraphs.
 * @param start
 *   Where the body starts in it.
 * @returns
 *   Block quote, or `undefined`.
 */
function partialBlockquote(state: BridgeState, node: MdastBlockquote, start: BodyStart): FlowContent | undefined {
  const children: Paragraph[] = []
  for (let index = start.run; index < node.children.length; index++) {
    const found = paragraph(state, state.inline(node.children[index]!), index === start.run ? start.offset : 0, Infinity)
    if (found) children.push(found)
  }

  return children.length > 0 ? span(state, {type: 'blockquote' as const, children}) : undefined
}
