/**
 * Read a Markdown article (an mdast root) into newsast root content:
 * front matter → header → footer → body, as the plain-text reader does.
 *
 * @module
 */

import type {
  Blockquote as MdastBlockquote,
  List as MdastList,
  ListItem as MdastListItem,
  Nodes as MdastNodes,
  Root as MdastRoot,
  RootContent as MdastContent
} from 'mdast'
import {completeDates} from '../header/complete-dates.js'
import {text} from '../phrasing/build-phrasing.js'
import {isBareUrl, isContactLabel, isUrlLabel, readsAsSentence, recognizeCredits, recognizeEndMarker} from '../sources/recognize-credit.js'
import {recognizeByline} from '../header/recognize-byline.js'
import {recognizeWireDateline} from '../header/recognize-dateline.js'
import {recognizeMeta} from '../header/recognize-meta.js'
import {recognizeStamp} from '../header/recognize-stamp.js'
import {readHeader, type HeaderResult} from '../text/read-header.js'
import {span} from '../text/read-body.js'
import {report} from '../state.js'
import {isPlaceholderLine} from '../text/is-heading.js'
import {chromeLineMax, type MarkerLine, markerWindow, proseMin, scanEndMarker} from '../text/read-footer.js'
import {readLines} from '../text/read-lines.js'
import {splitBlocks} from '../text/split-blocks.js'
import type {
  Credit,
  CreditRole,
  Dateline,
  FlowContent,
  HeaderContent,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  RootContent,
  Section,
  SectionContent
} from '../types.js'
import type {BridgeState, HandlerResult} from './bridge-state.js'
import {readFrontMatter} from './front-matter.js'
import {normalizeIdentifier, paragraph, phrasing, sentences, trim} from './handlers.js'
import {joinSplitParagraphs} from './join-paragraphs.js'
import {OffsetMap, runState, type Run} from './run.js'
import {strongHeadingEnd} from './strong-heading.js'
import {lazyStarts, unwrappedLines} from './unwrapped.js'

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
  const titled = header.some((node) => node.type === 'title') && !headingTitle(state, nodes, header)
  const candidates: Candidate[] = []
  const kickers: HeaderContent[] = []
  const captions: Array<{index: number; node: HeaderContent}> = []
  let title = -1
  let index = 0

  for (const comment of commentHeadings(state, nodes)) {
    header.push(comment)
    candidates.push({index, kind: 'skip', runs: []})
    index++
  }

  // Page chrome between the title and the headline repeated over the
  // article (see `repeatedTitle`): skipped, as meta.
  const repeat = repeatedTitle(state, nodes, header, titled, index)
  const chrome: HeaderContent[] = []
  let limit = headerLimit
  // Whether the blocks under the title were checked for an archive's
  // preamble (see `archivePreamble`).
  let preambleRead = false

  for (; index < nodes.length && index < limit; index++) {
    if (repeat && index === repeat.from) {
      for (; index <= repeat.to; index++) {
        chromeOf(state, nodes[index]!, chrome)
        candidates.push({index, kind: 'skip', runs: []})
      }

      limit += repeat.to + 1 - repeat.from
      index--
      continue
    }

    const node = nodes[index]!
    if (!preambleRead && (titled || title !== -1)) {
      preambleRead = true
      const preamble = archivePreamble(state, nodes, index)
      if (preamble) {
        for (const found of preamble.nodes) chrome.push(found)
        for (; index < preamble.end; index++) candidates.push({index, kind: 'skip', runs: []})
        index--
        limit += preamble.end - preamble.start
        continue
      }
    }

    if (isDropped(node)) {
      dropNode(state, node)
      candidates.push({index, kind: 'skip', runs: []})
      continue
    }

    if (node.type === 'heading') {
      if (node.depth === 1 && title === -1 && isHostHeading(node)) {
        chromeOf(state, node, chrome)
        candidates.push({index, kind: 'skip', runs: []})
        continue
      }

      const metadata = metadataSection(state, nodes, index)
      if (metadata) {
        for (const found of metadata.nodes) chrome.push(found)
        for (; index < metadata.end; index++) candidates.push({index, kind: 'skip', runs: []})
        index--
        limit += metadata.end - metadata.start
        continue
      }

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

      const stamped = title !== -1 && node.depth > 1 ? stampAndAuthor(state, node) : undefined
      if (stamped) {
        captions.push({index, node: stamped.byline})
        candidates.push({index, kind: 'block', runs: [stamped.stamp]})
        continue
      }

      // A subheading right under the `#` title may be its deck
      // (`## Crews return on Friday with a pay rise of four percent`):
      // the header reader decides, as for a line under a plain-text title
      // (a short `## Background` stays a heading).
      if (title !== -1 && node.depth > 1 && candidates[candidates.length - 1]?.kind === 'title') {
        candidates.push({index, kind: 'block', runs: [state.inline(node)]})
        continue
      }

      break
    }

    if (node.type === 'paragraph') {
      const run = state.inline(node)
      const caption = index > 0 && isImageOnly(nodes[index - 1]!) ? captionOf(state, run) : undefined
      if (caption) {
        captions.push({index, node: caption})
        candidates.push({index, kind: 'skip', runs: []})
        continue
      }

      candidates.push({index, kind: 'block', runs: [run]})
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

  // Page furniture between the title and a wire dateline (`News provided
  // by`, `Share this article`): read up to the dateline.
  let used = candidates
  let furniture: HeaderContent[] = []
  const lead = readToLead(state, nodes, used, read, titled, messages)
  if (lead) {
    read = lead.read
    used = lead.candidates
    furniture = lead.furniture
  }

  // A block quote right under the `#` title, over a stamp or byline: the
  // deck (standfirst) of layouts that quote it.
  let deck: HeaderContent | undefined
  if (!lead && title !== -1) {
    const quoted = readQuotedDeck(state, nodes, used, read, titled, title, messages)
    if (quoted) {
      read = quoted.read
      used = quoted.candidates
      deck = quoted.deck
    }
  }

  const {result} = read
  const placeholder = titled ? 0 : -1

  for (const node of result.children) {
    const words = node.type === 'title' ? node.children : []
    const placeholderTitle = words.length === 1 && words[0]!.type === 'text' && words[0]!.value === titlePlaceholder
    if (placeholderTitle && placeholder === 0 && node.position?.start.offset === (state.frontMatter?.contentStart ?? 0)) {
      continue
    }

    if (placeholderTitle && node.type === 'title' && title !== -1) {
      const run = used.find((candidate) => candidate.kind === 'title')!.runs[0]!
      node.children = phrasing(state, run, 0, run.value.length)
      state.patch(nodes[title]!, node)
    }

    header.push(node)
  }

  if (deck) furniture.push(deck)
  for (const node of chrome) furniture.push(node)
  const body = bodyOf(read, used)
  // Captions in the body stay paragraphs there.
  for (const caption of captions) if (caption.index < body.index) furniture.push(caption.node)
  if (furniture.length > 0) {
    for (const node of furniture) header.push(node)
    // In document order (a stable sort: nodes made from front matter stay
    // first).
    header.sort((left, right) => (left.position?.start.offset ?? 0) - (right.position?.start.offset ?? 0))
  }

  dropSiteName(state, header)
  return body
}

/** Marks between a page title's headline and the site's name. */
const siteNameMarks: readonly string[] = [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' \u00B7 ', ' \u2022 ']

/**
 * Drop the site's name from the end of the title when the page's own
 * address names that site: reader services and crawlers copy the page's
 * `<title>` (`Title: Ferry strike ends | Harbour Gazette`, front matter
 * `title: "Ferry strike ends | Gazette.ab"`) and write the address it was
 * fetched from in the same header (`URL Source: https://harbourgazette.com/…`,
 * `source: https://gazette.ab/…`):
 *
 * ```markdown
 * Title: Ferry strike ends after nine days | Harbour Gazette
 *
 * URL Source: https://www.harbourgazette.com/2024/05/02/ferry-strike-ends/
 * ```
 *
 * The name after the last mark ({@link siteNameMarks}) must be at most
 * {@link siteNameMax} characters, and its letters and digits, lower-cased,
 * must spell one or more whole labels of the address's host
 * (`harbourgazette`, `gazette.ab`): the address vouches for it, so a
 * headline with a dash (`Rates rise - again`) keeps its words. A site
 * section's name between them goes too (see {@link sectionBefore}). Only a
 * title whose last node is text that ends with the name as written in the
 * input (or before a closing quote) is cut, and its position moved back.
 *
 * @param state
 *   Bridge state.
 * @param header
 *   Header nodes; the title is mutated.
 */
function dropSiteName(state: BridgeState, header: HeaderContent[]): undefined {
  const title = header.find((node) => node.type === 'title')
  if (!title) return
  let host: string | undefined
  for (const node of header) {
    if (node.type === 'meta' && (host = hostOf(node.value)) !== undefined) break
  }

  const last = title.children[title.children.length - 1]
  if (host === undefined || last?.type !== 'text') return
  const value = last.value.trimEnd()
  let cut = -1
  for (const mark of siteNameMarks) cut = Math.max(cut, value.lastIndexOf(mark))
  if (cut <= 0 || value.length - cut > siteNameMax + 3) return
  // Words of the headline must be left.
  if (title.children.length === 1 && value.slice(0, cut).trim() === '') return
  if (!namesHost(value.slice(cut + 3), host)) return
  if (value.startsWith(' | ', cut)) cut = sectionBefore(value, cut)
  const end = last.position?.end
  if (end?.offset === undefined) return
  const drop = last.value.length - cut
  // The name's characters must end the node in the input, or end it
  // before a closing quote (a quoted front-matter value).
  let at = end.offset
  if (value.length === last.value.length && `"'`.includes(state.value.charAt(at - 1)) && state.value.charAt(at - 1) !== value.charAt(value.length - 1)) at--
  if (state.value.slice(at - drop, at) !== last.value.slice(cut)) return
  last.value = last.value.slice(0, cut)
  const moved = {line: end.line, column: end.column - (end.offset - at) - drop, offset: at - drop}
  if (title.position?.end.offset === end.offset) title.position.end = {...moved}
  last.position!.end = moved
}

/** Most words of a site section's name between a headline and the site (`… | Local News | …`). */
const sectionWords = 3

/**
 * Where the headline ends when a site section's name stands between it
 * and the site's name, both after a bar (`Ferry strike ends | Local News |
 * gazette.ab`), as many local news sites' publishing system writes their
 * page titles: the section is at most {@link sectionWords} words, none
 * ending a sentence, and shorter than the headline before it.
 *
 * @param value
 *   Title words.
 * @param cut
 *   Where the site's name starts (at its ` | `).
 * @returns
 *   Where the headline ends.
 */
function sectionBefore(value: string, cut: number): number {
  const bar = value.lastIndexOf(' | ', cut - 1)
  if (bar <= 0) return cut
  const section = value.slice(bar + 3, cut)
  if (section.split(' ').length > sectionWords || section.length >= bar || /[.!?,:;]/.test(section) || section.trim() === '') return cut
  return bar
}

/**
 * The host of an address at the start of a meta value (`https://www.harbourgazette.com/…`),
 * lower case, without a leading `www.`.
 *
 * @param value
 *   Meta value.
 * @returns
 *   Host, or `undefined`.
 */
function hostOf(value: string): string | undefined {
  const trimmed = value.trim()
  const scheme = trimmed.startsWith('https://') ? 8 : trimmed.startsWith('http://') ? 7 : -1
  if (scheme === -1) return undefined
  let end = scheme
  while (end < trimmed.length && !'/?#: '.includes(trimmed.charAt(end))) end++
  const host = trimmed.slice(scheme, end).toLowerCase()
  if (!host.includes('.')) return undefined
  return host.startsWith('www.') ? host.slice(4) : host
}

/**
 * Whether a site's name spells one or more whole labels of a host, in a
 * row: its letters and digits, lower-cased (`Harbour Gazette` and
 * `harbourgazette.com`, `Gazette.ab` and `gazette.ab`, `Gazette` and
 * `news.gazette.ab`).
 *
 * @param name
 *   Site name.
 * @param host
 *   Host, lower case.
 * @returns
 *   Whether it does.
 */
function namesHost(name: string, host: string): boolean {
  let key = ''
  for (const char of name.toLowerCase()) if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) key += char
  if (key.length < 2) return false
  const labels = host.split('.')
  for (let from = 0; from < labels.length; from++) {
    let joined = ''
    for (let to = from; to < labels.length && joined.length < key.length; to++) {
      joined += labels[to]
      if (joined === key) return true
    }
  }

  return false
}

/** Most nodes between the title and the headline repeated. */
const repeatMax = 48

/** Longest line of page chrome between the title and its repeat, in characters. */
const repeatLineMax = 300

/**
 * Find the headline repeated as a heading under page chrome: full-page
 * captures write the page's title first, then the site's menus, and then
 * the article with its own headline, often a link to itself:
 *
 * ```markdown
 * # Ferry strike ends
 *
 * * [Home](/)
 * * [Ports](/ports)
 *
 * Follow us
 *
 * # [Ferry strike ends](https://example.com/ferry-strike-ends)
 *
 * May 2, 2024
 *
 * The strike …
 * ```
 *
 * The title is the front matter's (when it is the title) or the first
 * node, a `#` heading; the repeat is a heading of any depth with the same
 * words (case and white space aside), at most {@link repeatMax} nodes
 * down. Everything between must be short (paragraphs, headings and list
 * items of at most {@link repeatLineMax} characters a line, none a
 * sentence, see `readsAsSentence`; images, rules): a body of prose with a
 * heading that happens to echo the title is not chrome.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param header
 *   Header nodes from front matter.
 * @param titled
 *   Whether front matter gave the title.
 * @param first
 *   Index of the first node after comment headings.
 * @returns
 *   The nodes from the one after the title to the repeat, inclusive, or
 *   `undefined`.
 */
function repeatedTitle(
  state: BridgeState,
  nodes: MdastContent[],
  header: HeaderContent[],
  titled: boolean,
  first: number
): {from: number; to: number} | undefined {
  let from = first
  while (from < nodes.length && isDropped(nodes[from]!)) from++
  let words: string
  if (titled) {
    words = squash(toString(header.find((node) => node.type === 'title'))).toLowerCase()
  } else {
    const node = nodes[from]
    if (node?.type !== 'heading' || node.depth !== 1) return undefined
    words = squash(plainText(node)).toLowerCase()
    from++
  }

  if (words === '') return undefined
  for (let index = from; index < nodes.length && index - from <= repeatMax; index++) {
    const node = nodes[index]!
    if (isDropped(node)) continue
    if (node.type === 'heading') {
      const value = plainText(node)
      if (value.length > repeatLineMax) return undefined
      // The body must go on after it.
      if (squash(value).toLowerCase() === words) return index + 1 < nodes.length ? {from, to: index} : undefined
      continue
    }

    if (node.type !== 'paragraph' && node.type !== 'list') return undefined
    if (!shortLines(node)) return undefined
  }

  return undefined
}

/**
 * Whether the lines of a paragraph, or of the paragraphs of a list's
 * items, are at most {@link repeatLineMax} characters and none a sentence
 * (see `readsAsSentence`; `!` and `?` end one too). Read from the mdast
 * text, so that nothing is reported before its turn.
 *
 * @param node
 *   Paragraph or list.
 * @returns
 *   Whether they are.
 */
function shortLines(node: MdastNodes): boolean {
  if (node.type === 'paragraph') {
    for (const line of plainText(node).split('\n')) {
      const words = line.trim()
      if (words.length > repeatLineMax || readsAsSentence(words.replace(/[!?](?=["'\u201D\u2019)]*$)/, '.'))) return false
    }

    return true
  }

  if (node.type !== 'list' && node.type !== 'listItem') return false
  for (const child of node.children) if (!shortLines(child)) return false
  return true
}

/**
 * Page chrome of the header as meta (key `chrome`, as the plain-text
 * reader keeps the lines over a headline): one per line of a paragraph
 * or heading, one per list item; images and rules are dropped.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Top-level node.
 * @param found
 *   Meta nodes so far; mutated.
 */
function chromeOf(state: BridgeState, node: MdastContent, found: HeaderContent[]): undefined {
  if (isDropped(node)) {
    dropNode(state, node)
    return
  }

  const runs = flowRuns(state, node) ?? []
  for (const run of runs) {
    for (const [from, to] of linesOf(run, 0, undefined)) {
      const position = runState(state, run, 0).locator.position(from, to)
      found.push({type: 'meta', key: 'chrome', value: run.value.slice(from, to), position})
    }
  }
}

/** Longest site name after a front-matter title, in characters. */
const siteNameMax = 60

/** Characters that part a title from the site name (`Headline — Site`). */
const siteSeparators = '\u2014\u2013|-\u00B7:\u2022'

/** Characters that part a page title from the site name, and nothing else (`Headline • Site`). */
const pageSeparators = '\u2014\u2013|\u00B7\u2022'

/** Fewest words of a `#` headline that replaces a page title of other words. */
const headlineWordsMin = 4

/**
 * Whether a front-matter title is a page's `<title>` over other words
 * than the `#` headline that opens the document: it ends with a short
 * site name after a bar, bullet or dash (`Ferry deal sealed • Harbour
 * Gazette`), and the headline has at least {@link headlineWordsMin}
 * words. Sites write a title for search engines and print another over
 * the article; the printed one is the article's:
 *
 * ```markdown
 * ---
 * title: Ferry deal sealed after talks • Harbour Gazette
 * ---
 *
 * # Crews back at sea as strike ends with pay rise
 * ```
 *
 * A title without a site name (`Ferry deal sealed`) stays the title over
 * any heading, and a short heading (`# Background`) heads a section.
 *
 * @param titleWords
 *   Front-matter title, squashed.
 * @param words
 *   Heading words, squashed.
 * @returns
 *   Whether the heading is the title.
 */
function pageTitleOver(titleWords: string, words: string): boolean {
  if (words.split(' ').length < headlineWordsMin) return false
  for (let index = titleWords.length - 3; index > 0 && titleWords.length - index <= siteNameMax + 3; index--) {
    if (titleWords.charAt(index) === ' ' && pageSeparators.includes(titleWords.charAt(index + 1)) && titleWords.charAt(index + 2) === ' ') {
      return index > 0
    }
  }

  return false
}

/**
 * Whether the first `#` heading is the title rather than the front
 * matter's: page exports write the page's `<title>`, with the site name
 * after it, to front matter, and the headline itself as the first
 * heading. When the front-matter title is the heading's words, alone or
 * followed by a separator and a short site name, the heading is the
 * title, and the front-matter one (mutated in `header`) becomes meta
 * with key `page title` (written back, a `title` line would read as the
 * title again):
 *
 * ```markdown
 * ---
 * title: "Ferry strike ends — Harbour Gazette"
 * ---
 *
 * # [Ferry strike ends](https://example.com/ferry-strike-ends)
 * ```
 *
 * A heading that only shares the title's first words (`# Ferry`) is a
 * section heading, as before.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param header
 *   Header nodes from front matter; mutated.
 * @returns
 *   Whether the heading is the title.
 */
function headingTitle(state: BridgeState, nodes: MdastContent[], header: HeaderContent[]): boolean {
  const at = header.findIndex((node) => node.type === 'title')
  let index = 0
  while (index < nodes.length && isDropped(nodes[index]!)) index++
  // Kickers over the headline (`#### Ports`).
  while (index < nodes.length && nodes[index]!.type === 'heading' && (nodes[index] as {depth: number}).depth > 1 && kickerBefore(nodes, index)) {
    index++
    while (index < nodes.length && isDropped(nodes[index]!)) index++
  }

  const first = nodes[index]
  if (at === -1 || first?.type !== 'heading' || first.depth !== 1) return false
  const old = header[at]!
  const titleWords = squash(toString(old))
  const run = state.inline(first)
  const words = squash(run.value)
  if (words === '') return false
  if (!titleWords.startsWith(words)) {
    if (!pageTitleOver(titleWords, words)) return false
  } else {
    const rest = titleWords.slice(words.length)
    if (rest !== '' && !(rest.length <= siteNameMax + 3 && rest.charAt(0) === ' ' && siteSeparators.includes(rest.charAt(1)) && rest.charAt(2) === ' ')) {
      return false
    }
  }

  header[at] = {type: 'meta', key: 'page title', value: titleWords, position: old.position}
  return true
}

/**
 * Words with runs of white space collapsed to one space, trimmed.
 *
 * @param value
 *   Words.
 * @returns
 *   Squashed words.
 */
function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/**
 * Text of a header node.
 *
 * @param node
 *   Node.
 * @returns
 *   Its text.
 */
function toString(node: unknown): string {
  const value = node as {value?: unknown; children?: unknown[]}
  if (typeof value.value === 'string') return value.value
  let result = ''
  for (const child of value.children ?? []) result += toString(child)
  return result
}

/** Longest stamp-and-author heading, in characters. */
const stampHeadingMax = 120

/**
 * Read a subheading under the title that is a date and a link to the
 * author's page, as blog layouts write them:
 *
 * ```markdown
 * # Ferry strike ends
 *
 * ## May 2, 2024 [Ana Lind](https://example.com/news?author=12)
 * ```
 *
 * The date must be a whole stamp and the link label a name that the
 * byline reader takes as one author (`By Ana Lind`); a subheading that
 * only starts with a date (`## May 2: talks resume`) stays a heading.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Heading under the title.
 * @returns
 *   The stamp's run and the byline, or `undefined`.
 */
function stampAndAuthor(state: BridgeState, node: MdastContent): {stamp: Run; byline: HeaderContent} | undefined {
  if (node.type !== 'heading' || node.children.length !== 2) return undefined
  const [date, link] = node.children
  if (date!.type !== 'text' || link!.type !== 'link' || date!.value.length > stampHeadingMax) return undefined
  const stamp = state.inline({type: 'paragraph', children: [date!]})
  const [from, to] = trim(stamp, 0, stamp.value.length)
  const words = stamp.value.slice(from, to)
  const match = recognizeStamp(words, {report: () => undefined})
  if (!match || match.end !== words.length) return undefined
  const author = state.inline({type: 'paragraph', children: [link!]})
  const [start, end] = trim(author, 0, author.value.length)
  const name = author.value.slice(start, end)
  if (name.length > stampHeadingMax) return undefined
  const authors = recognizeByline('By ' + name)?.authors
  if (authors?.length !== 1 || authors[0] !== name) return undefined
  const position = runState(state, author, 0).locator.position(start, end)
  return {stamp, byline: {type: 'byline', authors, children: phrasing(state, author, start, end), position}}
}

/** Most comment headings at the top of a capture. */
const commentMax = 4

/**
 * Comment lines a capture tool writes at the top of a saved page as `#`
 * headings: a run of `# Label: value` headings opening the document,
 * the first of which gives an address. They say where and when the page
 * was saved, not what the article is called, so they are meta, and the
 * page's own header (often a reader's `Title:` block) is read after them:
 *
 * ```markdown
 * # Source: https://example.com/2024/05/02/ferry-strike-ends/
 * # Saved: 2024-05-03 by a reader tool
 *
 * Title: Ferry strike ends after nine days
 * ```
 *
 * A headline with a colon (`# Lavrov: Russia will respond`) does not
 * start with an address, so it stays the title.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @returns
 *   Meta nodes for the comment headings (the first `length` nodes), or
 *   nothing.
 */
function commentHeadings(state: BridgeState, nodes: MdastContent[]): HeaderContent[] {
  const found: HeaderContent[] = []
  for (let index = 0; index < nodes.length && index < commentMax; index++) {
    const node = nodes[index]!
    if (node.type !== 'heading' || node.depth !== 1) break
    const run = state.inline(node)
    const [from, to] = trim(run, 0, run.value.length)
    const words = run.value.slice(from, to)
    const colon = words.indexOf(': ')
    if (colon < 1) break
    const label = words.slice(0, colon)
    const value = words.slice(colon + 2).trim()
    // One capitalised word (`Source`, `Fetched`).
    if (!/^[A-Z][a-z]+$/.test(label) || value === '') break
    if (found.length === 0 && !/^https?:\/\/\S+$/.test(value)) return []
    const position = runState(state, run, 0).locator.position(from, to)
    found.push({type: 'meta', key: label.toLowerCase(), value, position})
  }

  // The page must go on past the comments.
  return found.length < nodes.length ? found : []
}

/**
 * Whether a `#` heading is a bare host name (`www.harbourgazette.com`,
 * `gazette.ab`): scraping tools title the saved page with the site when
 * they find no headline. No article is called so.
 *
 * @param node
 *   Heading.
 * @returns
 *   Whether it is one.
 */
function isHostHeading(node: MdastContent): boolean {
  if (node.type !== 'heading') return false
  const words = plainText(node).trim().toLowerCase()
  if (words.length > siteNameMax || hostOf('https://' + words) === undefined) return false
  for (const char of words) if (!((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '.' || char === '-')) return false
  const top = words.slice(words.lastIndexOf('.') + 1)
  return top.length >= 2 && /^[a-z]+$/.test(top) && !words.includes('..')
}

/** Headings over the list of a capture's metadata (lower case). */
const metadataHeadings = new Set(['metadata', 'meta data', 'page metadata', 'document metadata', 'article metadata'])

/**
 * Headings capture and archive tools write over the article they keep
 * (lower case).
 */
const articleHeadings = ['content', 'full document', 'full text', 'article text', 'main content', 'page content']

/**
 * Headings a capture puts between its metadata and the article (lower
 * case): right under the metadata list, looser words (`Body`, `Text`) are
 * such headings too.
 */
const contentHeadings = new Set([...articleHeadings, 'contents', 'document', 'article', 'text', 'body'])

/** Keys of a metadata list item that name the authors (lower case). */
const authorKeys = new Set(['author', 'authors', 'by', 'byline', 'writer'])

/** Most items of a capture's metadata list. */
const metadataItemsMax = 24

/** Longest label of a metadata list item, in characters. */
const metadataLabelMax = 24

/**
 * Read the metadata section of a capture: a heading `Metadata` over a list
 * of `Label: value` items (the label may be bold), and the heading the tool
 * writes over the article after it (`Content`, `Full Document`). Scraping
 * tools and read-later exports write them so:
 *
 * ```markdown
 * # Ferry strike ends
 *
 * ## Metadata
 * - Author: [[Jane Doe]]
 * - URL: https://harbourgazette.com/ferry-strike-ends
 *
 * ## Full Document
 * The ferry strike ended on Thursday …
 * ```
 *
 * The items are the page's meta (`url: …`), and an `Author` item is the
 * byline (inside a note tool's `[[link]]` brackets, which wrap the whole
 * value); the headings are
 * `chrome`. Every item must be one line with a label of at most
 * {@link metadataLabelMax} characters (letters, digits, spaces, `_`) and a
 * value; a `## Metadata` heading over prose or over a list of other items
 * stays a heading.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param index
 *   Index of the heading.
 * @returns
 *   The section's header nodes and the nodes it spans (`[start, end)`),
 *   or `undefined`.
 */
function metadataSection(
  state: BridgeState,
  nodes: MdastContent[],
  index: number
): {nodes: HeaderContent[]; start: number; end: number} | undefined {
  const heading = nodes[index]!
  if (heading.type !== 'heading' || !metadataHeadings.has(headingWords(heading))) return undefined
  const items = metadataItems(state, nodes[index + 1])
  if (!items) return undefined
  const found: HeaderContent[] = []
  chromeOf(state, heading, found)
  for (const item of items) found.push(item)

  let end = index + 2
  const next = nodes[end]
  if (next?.type === 'heading' && contentHeadings.has(headingWords(next)) && end + 1 < nodes.length) {
    chromeOf(state, next, found)
    end++
  }

  return {nodes: found, start: index, end}
}

/**
 * Headings an archive writes over the article it keeps, after a preamble
 * (lower case): not the looser words of {@link contentHeadings}, which an
 * article's own first part may be headed with.
 */
const wrapperHeadings = new Set([...articleHeadings, 'article content'])

/** Most blocks of an archive's preamble (see {@link archivePreamble}). */
const preambleBlocksMax = 6

/** Longest paragraph of an archive's preamble, in characters. */
const preambleParagraphMax = 500

/**
 * Read the preamble an archive or capture tool writes between the title
 * and the article it keeps: a short paragraph or two (the title with the
 * author and site, a rights notice) and a list of `Label: value` items
 * (see {@link metadataItems}), then a `## Content` heading over the
 * article. Research archives and link collections keep their copies so:
 *
 * ```markdown
 * # Ferry strike ends
 *
 * **Ferry strike ends** - Jane Doe, Harbour Gazette.
 *
 * - Published: 2024-05-02
 * - Original: <https://harbourgazette.com/ferry-strike-ends>
 *
 * Rights remain with the publisher. This copy is kept for research.
 *
 * ## Content
 *
 * The ferry strike ended on Thursday …
 * ```
 *
 * The items are meta (an `Author` item the byline), the paragraphs and the
 * heading `chrome`. The heading (one of {@link wrapperHeadings}, depth 2
 * or more, with blocks under it) must come within
 * {@link preambleBlocksMax} blocks, with at least one such list before it
 * and nothing but paragraphs of at most {@link preambleParagraphMax}
 * characters beside it: an article whose first part is headed `Content`
 * or `Full text`, over its own paragraphs, is left alone.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param index
 *   Index of the first block under the title.
 * @returns
 *   The preamble's header nodes and the nodes it spans (`[start, end)`),
 *   or `undefined`.
 */
function archivePreamble(
  state: BridgeState,
  nodes: MdastContent[],
  index: number
): {nodes: HeaderContent[]; start: number; end: number} | undefined {
  let listed = false
  for (let at = index; at < nodes.length && at - index <= preambleBlocksMax; at++) {
    const node = nodes[at]!
    if (isDropped(node)) continue
    if (node.type === 'heading') {
      if (!listed || node.depth < 2 || at + 1 >= nodes.length || !wrapperHeadings.has(headingWords(node))) return undefined
      const found: HeaderContent[] = []
      for (let block = index; block <= at; block++) {
        const items = nodes[block]!.type === 'list' ? metadataItems(state, nodes[block]) : undefined
        if (items) for (const item of items) found.push(item)
        else chromeOf(state, nodes[block]!, found)
      }

      return {nodes: found, start: index, end: at + 1}
    }

    if (node.type === 'list') {
      if (!metadataListShaped(node)) return undefined
      listed = true
      continue
    }

    if (node.type !== 'paragraph' || plainText(node).length > preambleParagraphMax) return undefined
  }

  return undefined
}

/**
 * Whether a list has the shape {@link metadataItems} reads, without
 * reading it (nothing is reported or made before the preamble is known).
 *
 * @param list
 *   List.
 * @returns
 *   Whether it has.
 */
function metadataListShaped(list: MdastList): boolean {
  if (list.children.length < 2 || list.children.length > metadataItemsMax) return false
  for (const item of list.children) {
    const only = item.children[0]
    if (item.children.length !== 1 || only?.type !== 'paragraph') return false
    const words = plainText(only).trim()
    const colon = words.indexOf(':')
    if (colon <= 0 || colon > metadataLabelMax || words.includes('\n') || !/^[a-z\d][\w ]*$/i.test(words.slice(0, colon))) return false
  }

  return true
}

/**
 * Read a list of `Label: value` items (the label may be bold) as meta, an
 * `Author` item as the byline (see {@link metadataSection}).
 *
 * @param state
 *   Bridge state.
 * @param list
 *   Node that may be the list.
 * @returns
 *   Header nodes, or `undefined` when it is no such list.
 */
function metadataItems(state: BridgeState, list: MdastContent | undefined): HeaderContent[] | undefined {
  if (list?.type !== 'list' || list.children.length < 2 || list.children.length > metadataItemsMax) return undefined
  const items: Array<{run: Run; from: number; colon: number; to: number}> = []
  for (const item of list.children) {
    if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return undefined
    const run = state.inline(item.children[0])
    const [from, to] = trim(run, 0, run.value.length)
    const colon = run.value.indexOf(':', from)
    if (colon <= from || colon - from > metadataLabelMax || run.value.slice(from, to).includes('\n')) return undefined
    if (!/^[a-z\d][\w ]*$/i.test(run.value.slice(from, colon))) return undefined
    items.push({run, from, colon, to})
  }

  const found: HeaderContent[] = []
  for (const {run, from, colon, to} of items) {
    const key = run.value.slice(from, colon).trim().toLowerCase()
    let start = colon + 1
    while (start < to && isBlank(run.value.charAt(start))) start++
    const value = run.value.slice(start, to)
    // A note tool's link brackets around the names (`[[Jane Doe]]`).
    const linked = value.startsWith('[[') && value.endsWith(']]') && value.indexOf('[[', 2) === -1 && value.indexOf(']]') === value.length - 2
    const [first, last] = linked ? [start + 2, to - 2] : [start, to]
    const names = run.value.slice(first, last)
    const authors = authorKeys.has(key) && !names.includes('[[') && !names.includes(']]') ? recognizeByline('By ' + names)?.authors : undefined
    if (authors && authors.length > 0) {
      const position = runState(state, run, 0).locator.position(first, last)
      found.push({type: 'byline', authors, children: phrasing(state, run, first, last), position})
    } else {
      const position = runState(state, run, 0).locator.position(from, to)
      found.push({type: 'meta', key, value, position})
    }
  }

  return found
}

/**
 * The words of a heading, lower case, without a closing colon.
 *
 * @param node
 *   Heading.
 * @returns
 *   Its words.
 */
function headingWords(node: MdastNodes): string {
  const words = squash(plainText(node)).toLowerCase()
  return words.endsWith(':') ? words.slice(0, -1).trimEnd() : words
}

/**
 * Whether a character is a space or a tab.
 *
 * @param char
 *   Character.
 * @returns
 *   Whether it is.
 */
function isBlank(char: string): boolean {
  return char === ' ' || char === '\t'
}

/** Longest image caption, in characters. */
const captionMax = 300

/** Longest photo credit at the end of a caption, in characters. */
const captionCreditMax = 80

/** Labels of a photo credit that ends a caption. */
const photoLabels = ['Picture:', 'Pictures:', 'Photo:', 'Photos:', 'Photograph:', 'Image:', 'Credit:', 'Photo by ', 'Picture by ']

/**
 * Read a paragraph right under an image as its caption when it is one
 * short line that ends in a photo credit (`The new ferry at the quay.
 * Picture: Ana Lind`, `Photo: Harbour Board`): meta with key `caption`,
 * not a body paragraph. Only asked of the blocks the header may hold.
 *
 * @param state
 *   Bridge state.
 * @param run
 *   The paragraph's run.
 * @returns
 *   Meta node, or `undefined`.
 */
function captionOf(state: BridgeState, run: Run): HeaderContent | undefined {
  const [from, to] = trim(run, 0, run.value.length)
  if (from === to || to - from > captionMax) return undefined
  const words = run.value.slice(from, to)
  if (words.includes('\n')) return undefined
  let credit = -1
  for (const label of photoLabels) credit = Math.max(credit, words.lastIndexOf(label))
  if (credit === -1 || words.length - credit > captionCreditMax) return undefined
  // The label opens the caption, or follows a sentence, a bracket or a bar.
  const before = words.slice(Math.max(0, credit - 2), credit)
  if (credit > 0 && !/^(?:[.!?|\u2013\u2014-] |.\()$/.test(before)) return undefined
  const position = runState(state, run, 0).locator.position(from, to)
  return {type: 'meta', key: 'caption', value: words, position}
}

/**
 * Map the body offset of a reading back to a node, run and run offset.
 *
 * @param read
 *   Reading.
 * @param candidates
 *   The candidates read.
 * @returns
 *   Where the body starts.
 */
function bodyOf(read: CandidateReading, candidates: Candidate[]): BodyStart {
  const bodyOffset = Math.min(read.result.body.offset, read.document.length)
  for (const range of read.ranges) {
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

/** Most nodes between the body start and a wire dateline for them to be furniture. */
const furnitureMax = 12

/** Longest paragraph or heading that can be page furniture, in characters. */
const furnitureLength = 160

/** Longest deck right under the title, in characters. */
const deckLength = 400

/**
 * A reading of the header up to a wire dateline, with the page furniture
 * before it as meta.
 */
interface LeadReading {
  /** The reading. */
  read: CandidateReading
  /** The candidates read. */
  candidates: Candidate[]
  /** Meta nodes (`furniture`) for the blocks that are not header lines. */
  furniture: HeaderContent[]
}

/**
 * Read the header up to a wire dateline (`STRATHAM, N.H., Feb. 27, 2020
 * /PRNewswire/ --`) when the body would start at page furniture before it.
 * Release pages converted to Markdown put their widgets between the title
 * and the dateline:
 *
 * ```markdown
 * # Acme Adds Jane Doe to Its Board
 *
 * News provided by
 * ----------------
 *
 * Acme Corp.
 *
 * Mar 2, 2021, 09:00 ET
 *
 * Share this article
 * ------------------
 *
 * BOSTON, March 2, 2021 /PRNewswire/ -- Acme Corp. named …
 * ```
 *
 * The blocks between (at most {@link furnitureMax}) must all be short
 * headings or paragraphs (a deck right under the title may be longer),
 * images or rules, and one of them a stamp or a byline (a lead paragraph,
 * a subheading and a dateline are a roundup, not a release page).
 * The deck, stamps and bylines are read with the title and the dateline;
 * a meta line (`furniture: Share this article`, as the tree is written
 * back) is meta; the other blocks are furniture: `meta` with key
 * `furniture`, so that nothing is lost. The reading counts only when the
 * body then starts in the dateline's paragraph.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param candidates
 *   The candidates read.
 * @param read
 *   Their reading.
 * @param titled
 *   Whether front matter gave the title.
 * @param messages
 *   How many messages the file had before the reading.
 * @returns
 *   The reading up to the dateline, or `undefined`.
 */
function readToLead(
  state: BridgeState,
  nodes: MdastContent[],
  candidates: Candidate[],
  read: CandidateReading,
  titled: boolean,
  messages: number
): LeadReading | undefined {
  const body = bodyOf(read, candidates)
  const titleAt = candidates.findIndex((candidate) => candidate.kind === 'title')
  if ((!titled && titleAt === -1) || body.offset !== 0 || body.run !== 0) return undefined
  const kept = candidates.filter((candidate) => candidate.index < body.index)
  // Only right under the title (and what the header took after it).
  if (kept.length === 0 || (!titled && kept.length > 0 && kept.every((candidate) => candidate.kind !== 'title'))) return undefined
  const context = {report: () => undefined}
  const furniture: HeaderContent[] = []
  const skipped: MdastContent[] = []
  const added: Candidate[] = []
  let lead = -1
  let dated = false

  for (let index = body.index; index < nodes.length && index <= body.index + furnitureMax; index++) {
    const node = nodes[index]!
    if (isDropped(node)) {
      skipped.push(node)
      added.push({index, kind: 'skip', runs: []})
      continue
    }

    if (node.type !== 'paragraph' && !(node.type === 'heading' && node.depth > 1)) return undefined
    const run = state.inline(node)
    const [from, to] = trim(run, 0, run.value.length)
    const words = run.value.slice(from, to)
    if (node.type === 'paragraph' && recognizeWireDateline(words, context)) {
      added.push({index, kind: 'block', runs: [run]})
      lead = index
      break
    }

    const deck = index === body.index && node.type === 'paragraph' && words.length <= deckLength
    if (!deck && words.length > furnitureLength) return undefined
    const stamp = node.type === 'paragraph' && !deck && (recognizeStamp(words, context) !== undefined || (recognizeByline(words)?.authors.length ?? 0) > 0)
    if (stamp) dated = true
    if (deck || stamp) {
      added.push({index, kind: 'block', runs: [run]})
    } else if (from < to) {
      // A meta line is meta as in any header (read here, not by the header
      // recognisers: written back, the furniture is meta lines, and the
      // deck must read the same over them).
      const meta = node.type === 'paragraph' ? recognizeMeta(words) : undefined
      if (meta?.key === 'title') return undefined
      const position = runState(state, run, 0).locator.position(from, to)
      furniture.push({type: 'meta', key: meta ? meta.key : 'furniture', value: meta ? meta.value : words, position})
    }
  }

  if (lead === -1 || !dated || furniture.length === 0) return undefined
  const first = state.file.messages.slice(messages)
  state.file.messages.length = messages
  const used = [...kept, ...added]
  const again = readCandidates(state, nodes, used, titled)
  if (bodyOf(again, used).index !== lead) {
    state.file.messages.length = messages
    for (const message of first) state.file.messages.push(message)
    return undefined
  }

  for (const node of skipped) dropNode(state, node)

  return {read: again, candidates: used, furniture}
}

/**
 * Read a block quote right under the `#` title as the deck when the header
 * reader stops at it but reads on past it without it: Markdown layouts
 * quote the standfirst, and the date line under it (`> Mar 5th 2021`)
 * is then part of the header too.
 *
 * ```markdown
 * # Ferries return to the northern isles
 *
 * > Storms kept them away for a month. Islanders are relieved
 *
 * > Mar 5th 2021
 *
 * THE FIRST ferry …
 * ```
 *
 * A deck of one sentence is read as the subtitle by the header reader
 * anyway; one of several sentences is not a headline to it. The quote
 * must be one paragraph of at most {@link deckLength} characters, and
 * without it the header must read a dateline or byline and start the body
 * past the block after it.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param candidates
 *   The candidates read.
 * @param read
 *   Their reading.
 * @param titled
 *   Whether front matter gave the title.
 * @param title
 *   Index of the title heading.
 * @param messages
 *   How many messages the file had before the reading.
 * @returns
 *   The reading without the quote, and the subtitle, or `undefined`.
 */
function readQuotedDeck(
  state: BridgeState,
  nodes: MdastContent[],
  candidates: Candidate[],
  read: CandidateReading,
  titled: boolean,
  title: number,
  messages: number
): {read: CandidateReading; candidates: Candidate[]; deck: HeaderContent} | undefined {
  const body = bodyOf(read, candidates)
  if (body.index !== title + 1 || body.run !== 0 || body.offset !== 0 || body.index + 1 >= nodes.length) return undefined
  const node = nodes[body.index]!
  if (node.type !== 'blockquote' || node.children.length !== 1 || node.children[0]!.type !== 'paragraph') return undefined
  const run = state.inline(node.children[0])
  const [from, to] = trim(run, 0, run.value.length)
  if (from === to || to - from > deckLength) return undefined
  const rest = candidates.filter((candidate) => candidate.index !== body.index)
  const first = state.file.messages.slice(messages)
  state.file.messages.length = messages
  const again = readCandidates(state, nodes, rest, titled)
  const after = bodyOf(again, rest)
  const past = after.index > body.index + 1 || (after.index === body.index + 1 && (after.run > 0 || after.offset > 0))
  if (!past || !again.result.children.some((child) => child.type === 'dateline' || child.type === 'byline')) {
    state.file.messages.length = messages
    for (const message of first) state.file.messages.push(message)
    return undefined
  }

  const position = runState(state, run, 0).locator.position(from, to)
  return {read: again, candidates: rest, deck: {type: 'subtitle', children: phrasing(state, run, from, to), position}}
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

    if (!isDropped(node)) return false
  }

  return false
}

/**
 * Whether a top-level node holds nothing of the article: raw HTML, a rule,
 * a paragraph of images, or a paragraph that is one unrendered shortcode.
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it is dropped.
 */
function isDropped(node: MdastContent): boolean {
  return node.type === 'html' || node.type === 'thematicBreak' || isImageOnly(node) || isShortcode(node)
}

/**
 * Drop a node that {@link isDropped}, with a message (once per node: the
 * header and the footer may both look at it).
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Node.
 */
function dropNode(state: BridgeState, node: MdastContent): undefined {
  if (node.type === 'html') {
    state.one(node, undefined)
  } else if (node.type === 'paragraph') {
    if (isShortcode(node)) {
      if (droppedShortcodes.has(node)) return
      droppedShortcodes.add(node)
      const start = node.position?.start.offset ?? 0
      report(state, 'Unexpected shortcode in an article, dropped', 'dropped-html', start, node.position?.end.offset ?? start)
    } else {
      // Images: dropped with a message from their handler.
      state.inline(node)
    }
  }
}

/** Shortcode paragraphs already reported. */
const droppedShortcodes = new WeakSet<MdastContent>()

/**
 * An unrendered shortcode of a publishing tool: `[ad_1]`, `[/caption]`,
 * `[embed width="600"]`: a lower-case name in brackets, and attributes
 * only as `name=value`.
 */
const shortcode = /^\[\/?[a-z][a-z\d]*(?:[_-][a-z\d]+)*(?:\s[a-z][\w-]*=[^\]\n]*)?\]$/

/** Longest shortcode paragraph, in characters. */
const shortcodeMax = 200

/**
 * Whether a node is a paragraph that is one shortcode alone (`[ad_1]`):
 * scrapes of blogs that repost articles keep their ad slots as text. A
 * paragraph of words in brackets (`[Updated at 3pm]`) is not one.
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it is such a paragraph.
 */
function isShortcode(node: MdastContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false
  const only = node.children[0]!
  if (only.type !== 'text' || only.value.length > shortcodeMax) return false
  return shortcode.test(only.value.trim())
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
 * Read the footer: credit paragraphs from the bottom up, until one that is
 * not a credit (a paragraph's last lines may be credits while the lines
 * above are body: a `Reuter` signature under the last paragraph); then,
 * above them, the page chrome that closes the article (`Related news`,
 * `Tags:`, as the plain-text reader does) and the credits above it.
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
  if (ruled) {
    // Credits right above the rule (`(Reporting by …)`, `The post …
    // appeared first on …`) close the article too.
    const above: Credit[][] = [ruled.credits]
    const end = trailingCredits(state, nodes, start, ruled.end.index, undefined, above)
    return {credits: inOrder(above), end}
  }
  const found: Credit[][] = []
  let end = trailingCredits(state, nodes, start, nodes.length - 1, undefined, found)
  const teasers = teaserRun(state, nodes, start, end)
  if (teasers) {
    found.push(teasers.credits)
    end = trailingCredits(state, nodes, start, end.index, teasers.offset, found)
    return {credits: inOrder(found), end}
  }

  const tail = tailLines(state, nodes, start, end)
  const cut = findEndMarker(state, nodes, start, tail)
  // Sections of chrome may start above the end marker's line.
  const sections = chromeSections(state, nodes, start, end)
  if (sections !== undefined && (cut === undefined || sections < tail[cut]!.index)) {
    found.push(chromeNodes(state, nodes, sections, end.index))
    end = trailingCredits(state, nodes, start, sections - 1, undefined, found)
    return {credits: inOrder(found), end}
  }

  if (cut !== undefined) {
    const line = tail[cut]!
    found.push(chromeCredits(state, nodes, start, tail, cut, end))
    end = line.first
      ? trailingCredits(state, nodes, start, line.index - 1, undefined, found)
      : trailingCredits(state, nodes, start, line.index, line.from, found)
  }

  return {credits: inOrder(found), end}
}

/** Fewest lines of page chrome in a row that close a capture's article (see {@link teaserRun}). */
const teaserRunMin = 6

/** Fewest prose lines above the chrome of {@link teaserRun}. */
const teaserProseMin = 3

/**
 * Find the site's links under the article of a capture that lost its
 * blank lines (a paragraph whose lines are whole paragraphs, see
 * `unwrappedLines`): scrapers that write each block of the page on its
 * own line keep the share buttons, the related and most-read headlines
 * and the site's menus under the article, each a short line that ends no
 * sentence:
 *
 * ```markdown
 * The ferries sail again on Monday, the harbour board said in a statement.
 * Share on Email (Opens in new window)
 * Share on Mastodon (Opens in new window)
 * Port Ellis dockers vote on new pay offer
 * Storm closes Fjordland's northern ferry routes
 * Harbour board names new chief
 * Weather: Gales expected on the coast
 * ```
 *
 * The chrome starts at the first run of at least {@link teaserRunMin}
 * such lines (at most {@link chromeLineMax} characters, not ending with
 * `.`, `!`, `…` or `:` before closing quotes and brackets) with at least
 * {@link teaserProseMin} longer lines ending a sentence above it; every
 * line from there to the credits is chrome (role `other`). A shorter run
 * (a few teasers between paragraphs, a subheading) stays body, and a
 * paragraph wrapped at a width is never looked at.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param end
 *   Where the body ends (above the trailing credits).
 * @returns
 *   The chrome's credits and the run offset where it starts, or
 *   `undefined`.
 */
function teaserRun(state: BridgeState, nodes: MdastContent[], start: BodyStart, end: BodyEnd): {credits: Credit[]; offset: number} | undefined {
  const node = nodes[end.index]
  if (node?.type !== 'paragraph' || end.index < start.index) return undefined
  const run = state.inline(node)
  const from = end.index === start.index ? start.offset : 0
  const to = end.offset ?? run.value.length
  const lines = unwrappedLines(run, from, to)
  if (!lines || lines.length < teaserRunMin + teaserProseMin) return undefined
  let prose = 0
  let first = -1
  for (let index = 0; index < lines.length; index++) {
    const [lineStart, lineEnd] = lines[index]!
    if (lineEnd - lineStart <= chromeLineMax && !endsSentence(run.value, lineStart, lineEnd)) {
      if (first === -1) first = index
      if (index + 1 - first >= teaserRunMin && prose >= teaserProseMin) {
        const credits: Credit[] = []
        for (let at = first; at < lines.length; at++) credits.push(chromeCredit(state, run, lines[at]![0], lines[at]![1]))
        return {credits, offset: lines[first]![0]}
      }

      continue
    }

    first = -1
    if (lineEnd - lineStart >= proseMin && endsSentence(run.value, lineStart, lineEnd)) prose++
  }

  return undefined
}

/**
 * Whether `[start, end)` of a value ends with a sentence's end (`.`, `!`,
 * `…`) or a colon, before closing quotes and brackets.
 *
 * @param value
 *   Value.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Whether it does.
 */
function endsSentence(value: string, start: number, end: number): boolean {
  let at = end - 1
  while (at > start && '"\'\u201D\u2019\u00BB)]*_'.includes(value.charAt(at))) at--
  return '.!\u2026:'.includes(value.charAt(at))
}

/** Most top-level nodes looked at by {@link chromeSections}. */
const chromeNodesMax = 200

/**
 * Find page chrome that closes an article as a run of short sections:
 * full-page captures keep the site's tag boxes and menus under the
 * article, each a heading over a list of short items, with short labels
 * between (`Share`, `Send us news`):
 *
 * ```markdown
 * The port reopens on Monday, the board said.
 *
 * Share
 *
 * ### More about
 *
 * * Ferries
 * * Harbours
 *
 * ### Narrower topics
 *
 * * Cargo
 * ```
 *
 * From the bottom up, every node must be chrome-shaped: a heading, a
 * paragraph or a list whose lines are at most {@link chromeLineMax}
 * characters and none a sentence (see `readsAsSentence`). The chrome
 * starts at the topmost of them that opens with a line the end-marker
 * scan knows (`Share`, `Tags:`, `Related news`, see
 * `recognizeEndMarker`), with prose above it. It is the end-marker scan's
 * rule for chrome, with as many such sections after the marker as the
 * page has: in Markdown a heading and its list of tags are plainly no
 * article text, where plain-text lines after `Share` may be.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param end
 *   Where the body ends (above the trailing credits).
 * @returns
 *   Index of the node where the chrome starts, or `undefined`.
 */
function chromeSections(state: BridgeState, nodes: MdastContent[], start: BodyStart, end: BodyEnd): number | undefined {
  if (end.offset !== undefined) return undefined
  let cut: number | undefined
  for (let index = end.index; index > start.index && end.index - index < chromeNodesMax; index--) {
    const node = nodes[index]!
    if (isDropped(node)) continue
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'list') break
    const runs = flowRuns(state, node)
    if (!runs || !chromeShaped(runs)) break
    if (node.type !== 'list') {
      const [from, to] = linesOf(runs[0]!, 0, undefined)[0] ?? [0, 0]
      if (from < to && recognizeEndMarker(runs[0]!.value.slice(from, to)) !== undefined) cut = index
    }
  }

  if (cut === undefined) return undefined
  // Prose above: a menu of short lines over the article is no end.
  for (let index = cut - 1; index >= start.index && cut - index <= markerWindow; index--) {
    const node = nodes[index]!
    if (isDropped(node)) continue
    const runs = flowRuns(state, node)
    let size = 0
    for (const run of runs ?? []) size += run.value.length
    if (index === start.index && node.type === 'paragraph') size -= start.offset
    if (size >= proseMin) return cut
  }

  return undefined
}

/**
 * Whether the lines of some runs are all short and none a sentence.
 *
 * @param runs
 *   Runs.
 * @returns
 *   Whether they are.
 */
function chromeShaped(runs: Run[]): boolean {
  for (const run of runs) {
    for (const [from, to] of linesOf(run, 0, undefined)) {
      if (to - from > chromeLineMax || readsAsSentence(run.value.slice(from, to))) return false
    }
  }

  return true
}

/**
 * Nodes `from` to `to` of page chrome as credits: each line a credit of
 * the role the credit recogniser gives it, else `other` without names.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param from
 *   First node.
 * @param to
 *   Last node.
 * @returns
 *   Credits, in order.
 */
function chromeNodes(state: BridgeState, nodes: MdastContent[], from: number, to: number): Credit[] {
  const result: Credit[] = []
  for (let index = from; index <= to; index++) {
    const node = nodes[index]!
    if (isDropped(node)) {
      if (node.type !== 'thematicBreak') dropNode(state, node)
      continue
    }

    for (const run of flowRuns(state, node) ?? []) {
      for (const [start, end] of linesOf(run, 0, undefined)) {
        const found = credits(state, run, start, end)
        if (found) for (const item of found) result.push(item)
        else result.push(chromeCredit(state, run, start, end))
      }
    }
  }

  return result
}

/**
 * Read credit paragraphs from the bottom up, from node `from` (up to run
 * offset `limit` in it, when set), until one that is not a credit.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param from
 *   Index of the last node to look at.
 * @param limit
 *   When set, only the lines of node `from` that end before it count.
 * @param found
 *   Groups of credits, last group first; mutated.
 * @returns
 *   Where the body ends.
 */
function trailingCredits(
  state: BridgeState,
  nodes: MdastContent[],
  start: BodyStart,
  from: number,
  limit: number | undefined,
  found: Credit[][]
): BodyEnd {
  // Whether no paragraph has been read yet: the article's last one.
  let bottom = limit === undefined && from === nodes.length - 1
  // Whether the paragraph below was page chrome: a lone link is chrome only
  // then (`[Full report](…)` alone closes many articles).
  let chromeBelow = false
  // Whether the paragraph below was the link of an author card.
  let card = false
  for (let index = from; index >= start.index; index--) {
    const node = nodes[index]!
    const partial = index === from && limit !== undefined
    if (!partial && isDropped(node)) {
      dropNode(state, node)
      continue
    }

    if (node.type !== 'paragraph' || (index === start.index && start.run > 0)) {
      return {index, offset: undefined}
    }

    const labelled = !partial && index > start.index ? urlCredit(state, nodes[index - 1]!, node) : undefined
    if (labelled) {
      found.push([labelled])
      index--
      continue
    }

    const run = state.inline(node)
    const lines = linesOf(run, index === start.index ? start.offset : 0, partial ? limit : undefined)
    if (lines.length === 0) continue
    const last = bottom
    bottom = false
    if (last && lines.length === 1 && isSourceLabel(run.value.slice(lines[0]![0], lines[0]![1]))) {
      found.push([creditOf(state, run, lines[0]![0], lines[0]![1], 'other')])
      continue
    }

    // An author card: a link to the author's page, and the bio over it.
    if (last && lines.length === 1 && isBioLink(node)) {
      found.push([chromeCredit(state, run, lines[0]![0], lines[0]![1])])
      card = true
      continue
    }

    const bio = card && !partial && isBio(run.value.slice(lines[0]![0], lines[lines.length - 1]![1]))
    card = false
    if (bio) {
      found.push([creditOf(state, run, lines[0]![0], lines[lines.length - 1]![1], 'other')])
      chromeBelow = true
      continue
    }

    const [first, end] = [lines[0]![0], lines[lines.length - 1]![1]]
    if (
      !partial &&
      end - first <= maxNoteLength &&
      (isNote(run.value.slice(first, Math.min(end, first + noteLabelMax))) || isRepostNote(run.value.slice(first, end)))
    ) {
      found.push([creditOf(state, run, first, end, 'other')])
      continue
    }

    const stop = (line: number): BodyEnd => ({index, offset: line === lines.length - 1 && !partial ? undefined : lines[line]![1]})
    // A bold subheading (`**Media contact**`) heads body text, not a credit.
    if (strongHeadingEnd(node, run) > 0) return stop(lines.length - 1)

    if (lines.length > 1) {
      const whole = credits(state, run, lines[0]![0], lines[lines.length - 1]![1])
      if (whole) {
        found.push(whole)
        continue
      }
    }

    let line = lines.length - 1
    while (line >= 0) {
      const credit = lineCredits(state, nodes, start, index, run, lines, line)
      if (!credit) break
      found.push(credit)
      line--
    }

    if (line >= 0) {
      // Page chrome that is no credit (`_tags_ [Harbour](…)`).
      if (line === lines.length - 1 && !partial && index > start.index && isPageChrome(node, chromeBelow)) {
        found.push([chromeCredit(state, run, lines[0]![0], lines[line]![1])])
        chromeBelow = true
        continue
      }

      return stop(line)
    }
  }

  return {index: start.index - 1, offset: undefined}
}

/** Labels of the link under an author's bio (lower case). */
const bioLinks = new Set(['view bio', 'full bio', 'author bio', 'read bio', 'read full bio', 'see full bio', 'view full bio', 'view profile', 'author profile'])

/** Verbs after the author's name that open a bio (`Jane Doe has covered …`). */
const bioVerbs = new Set(['is', 'has', 'was', 'covers', 'writes', 'reports', 'joined', 'previously', 'edits', 'leads'])

/** Longest author bio, in characters. */
const bioMax = 800

/**
 * Whether a paragraph is one link labelled as the author's bio or profile
 * (`[View Bio](https://example.com/author/jane-doe/)`): the foot of an
 * author card that news sites print under the article.
 *
 * @param node
 *   Paragraph.
 * @returns
 *   Whether it is.
 */
function isBioLink(node: MdastContent): boolean {
  if (node.type !== 'paragraph') return false
  const inner = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (inner.length !== 1 || inner[0]!.type !== 'link') return false
  return bioLinks.has(squash(plainText(inner[0]!)).toLowerCase())
}

/**
 * Whether words are an author's bio over such a link: at most
 * {@link bioMax} characters, two to four capitalised words (the name),
 * then a verb of {@link bioVerbs} (`Jane Doe has covered the ports since
 * 2012.`).
 *
 * @param words
 *   The paragraph's words.
 * @returns
 *   Whether they are.
 */
function isBio(words: string): boolean {
  if (words.length > bioMax) return false
  const parts = words.slice(0, 120).split(' ')
  for (let index = 0; index < parts.length && index <= 4; index++) {
    const part = parts[index]!
    if (index >= 2 && bioVerbs.has(part)) return true
    const first = part.charAt(0)
    if (first === first.toLowerCase()) return false
  }

  return false
}

/** Labels of an editor's note or author box (lower case, apostrophes straight). */
const noteLabels = new Set(["editor's note", "editors' note", 'editor note', 'correction', 'clarification', 'disclosure', 'about the author'])

/** Most inline nodes of a paragraph of page chrome. */
const chromeChildrenMax = 40

/** Longest label before a line of links (`_tags_`), in characters. */
const chromeLabelMax = 24

/** Longest social `Follow …` line, in characters. */
const followMax = 200

/** Characters that may stand between the links of a line of links. */
const linkSeparators = ' \t\n,;|/\u00B7\u2022\u2190\u2192\u00AB\u00BB<>-\u2013\u2014'

/**
 * Whether a paragraph at the end of a Markdown article, below its last
 * words, is page chrome rather than body text. Page exports keep what
 * the site shows under an article as paragraphs:
 *
 * - a line of links only, maybe under a short emphasised label: tag and
 *   category links (`_tags_ [Harbour](…), [Ferries](…)`), links to the
 *   previous and next stories (`[←](…)[Storm closes port](…)`), `[View
 *   profile](…)`;
 * - a social follow line with a link (`Follow [Harbour Gazette on
 *   Social](…) for more news.`);
 * - a wholly emphasised paragraph (`_Charges are accusations; all
 *   defendants are presumed innocent._`), the site's disclaimer or note,
 *   but not a quotation (`_“We will sail,” she said._`).
 *
 * Only asked of the paragraphs above the credits, from the bottom up, so
 * a line of links or an emphasised paragraph inside the article stays.
 * A line of one link and nothing else (`[Full report](…)`) is chrome only
 * above other chrome or under a closing rule (`lone`): alone at the end
 * it is the article's last paragraph.
 *
 * @param node
 *   Top-level node.
 * @param lone
 *   Whether a line of one link alone counts.
 * @returns
 *   Whether it is chrome.
 */
function isPageChrome(node: MdastContent, lone: boolean): boolean {
  if (node.type !== 'paragraph' || node.children.length > chromeChildrenMax) return false
  const children = node.children
  const head = children[0]!
  // A wholly emphasised paragraph (surrounding white space aside).
  const inner = children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (inner.length === 1 && inner[0]!.type === 'emphasis') {
    const words = plainText(inner[0]!)
    return !'"\u201C\u2018\''.includes(words.charAt(0)) && words.length <= maxNoteLength && words.includes(' ')
  }

  if (head.type === 'text' && head.value.startsWith('Follow ') && head.value.length < followMax) {
    const link = children[1]
    return link !== undefined && link.type === 'link' && plainText(node).length <= followMax
  }

  let links = 0
  for (let at = 0; at < children.length; at++) {
    const child = children[at]!
    if (child.type === 'link' || child.type === 'linkReference') links++
    else if (child.type === 'image' || child.type === 'imageReference' || child.type === 'break') continue
    else if (child.type === 'text') {
      if (at === 0 && isLinkLabel(child.value)) continue
      for (const char of child.value) if (!linkSeparators.includes(char)) return false
    } else if (at === 0 && (child.type === 'emphasis' || child.type === 'strong')) {
      // A label (`_tags_`, `**Categories:**`).
      const label = plainText(child)
      if (label.length > chromeLabelMax || label.includes(' ') || child.children.some((item) => item.type !== 'text')) return false
    } else return false
  }

  return links > 1 || (links === 1 && (lone || children.length > 1))
}

/**
 * Whether text before the links of a line is a short label that ends
 * with a colon or a dash (`Pickup - [https://…](…)`, `More: [Ports](…)`),
 * or is one word (`tags [Ports](…)`: the `_tags_` of a blog's taxonomy
 * line, as `stringify` writes it without the emphasis).
 *
 * @param value
 *   Text.
 * @returns
 *   Whether it is.
 */
function isLinkLabel(value: string): boolean {
  if (value.length > chromeLabelMax) return false
  const label = value.trim()
  const last = label.charAt(label.length - 1)
  if (label.length > 1 && /^\p{L}+$/u.test(label)) return true
  return label.length > 1 && (last === ':' || last === '-' || last === '\u2013' || last === '\u2014') && label.split(' ').length <= 3
}

/**
 * Plain text of an mdast node.
 *
 * @param node
 *   Node.
 * @returns
 *   Its text.
 */
function plainText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  let result = ''
  if ('children' in node) for (const child of node.children) result += plainText(child)
  return result
}

/** Longest label of an editor's note with its colon, in characters. */
const noteLabelMax = 20

/**
 * Whether a paragraph at the end of the article is an editor's note:
 * `Editor's note: This story was corrected …`, `Correction: …`,
 * `Disclosure: …` (a label and a colon): a note on the article, not part
 * of it. Only asked of the paragraphs above the credits, from the bottom.
 *
 * @param head
 *   The first {@link noteLabelMax} characters of the paragraph.
 * @returns
 *   Whether it opens with such a label.
 */
function isNote(head: string): boolean {
  const colon = head.indexOf(':')
  if (colon < 1) return false
  return noteLabels.has(head.slice(0, colon).replaceAll('\u2019', "'").trim().toLowerCase())
}

/**
 * Whether a paragraph is the note a WordPress feed adds under each post
 * (`The post Ferries return appeared first on Harbour News.`).
 *
 * @param words
 *   The paragraph (at most {@link maxNoteLength} characters).
 * @returns
 *   Whether it is that note.
 */
function isRepostNote(words: string): boolean {
  const on = words.lastIndexOf(' appeared first on ')
  return words.startsWith('The post ') && on > 8 && words.length - on < 120 && !words.includes('\n')
}

/** Marks after such a label (`Read more…`, `Source:`, `Read more »`). */
const labelTail = ' .:>\u00BB\u203A\u2026'

/** Labels of a link to the original article, alone on the last line. */
const sourceLabels = new Set(['source', 'sources', 'source link', 'original source', 'original article', 'read more'])

/**
 * Whether a line is only the label of a link to the original article
 * (`Source`, `Read more`, its address lost or kept as a link): reposting
 * blogs end each article with one. Only the article's last line is asked.
 *
 * @param line
 *   A line.
 * @returns
 *   Whether it is such a label.
 */
function isSourceLabel(line: string): boolean {
  if (line.length > 20) return false
  let end = line.length
  while (end > 0 && labelTail.includes(line.charAt(end - 1))) end--
  return sourceLabels.has(line.slice(0, end).toLowerCase())
}

/**
 * The credits of one line of a paragraph: what the credit recogniser reads
 * in it, or, under a contact label (`Media Contact`, `**Contacts:**`), a
 * contact credit for a short line of contact information.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param index
 *   Index of the paragraph.
 * @param run
 *   Its run.
 * @param lines
 *   Its lines.
 * @param line
 *   Index of the line.
 * @returns
 *   Credits, or `undefined`.
 */
function lineCredits(
  state: BridgeState,
  nodes: MdastContent[],
  start: BodyStart,
  index: number,
  run: Run,
  lines: Array<[number, number]>,
  line: number
): Credit[] | undefined {
  const [from, to] = lines[line]!
  const found = credits(state, run, from, to)
  if (found) return found
  if (to - from > contactLineMax || !contactAbove(state, nodes, start, index, lines, line)) return undefined
  return [creditOf(state, run, from, to, 'contact')]
}

/** Most lines between a contact label and a line of contact information. */
const contactWindow = 10

/** Longest line of contact information, in characters. */
const contactLineMax = 160

/**
 * Whether a contact label (`Media Contact`, `**Contacts:**`, `## Press
 * contacts`) is at most {@link contactWindow} lines above a line of a
 * paragraph, with only short lines between: the contact block of a release.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param index
 *   Index of the paragraph.
 * @param lines
 *   Its lines.
 * @param line
 *   Index of the line.
 * @returns
 *   Whether a contact label is above.
 */
function contactAbove(
  state: BridgeState,
  nodes: MdastContent[],
  start: BodyStart,
  index: number,
  lines: Array<[number, number]>,
  line: number
): boolean {
  let seen = 0
  let node = index
  let run = state.inline(nodes[index]!)
  let above = lines
  let at = line
  while (seen < contactWindow) {
    at--
    if (at < 0) {
      node--
      if (node < start.index) return false
      const previous = nodes[node]!
      if (previous.type !== 'paragraph' && previous.type !== 'heading') return false
      if (node === start.index && start.run > 0) return false
      run = state.inline(previous)
      above = linesOf(run, node === start.index ? start.offset : 0, undefined)
      at = above.length
      continue
    }

    seen++
    const [from, to] = above[at]!
    if (to - from > contactLineMax) return false
    if (isContactLabel(run.value.slice(from, to))) return true
  }

  return false
}

/**
 * A line of a node near the end, as the chrome finder walks up.
 */
interface TailLine extends MarkerLine {
  /** Index of the top-level node. */
  index: number
  /** The run the line is in (its value is `value`). */
  run: Run
  /** Whether it is the first line of its top-level node. */
  first: boolean
}

/**
 * The lines above the trailing credits, last first, at most
 * {@link markerWindow}; the walk stops at a node the chrome can not hold
 * (a table, a block quote that opens the body).
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param end
 *   Where the body ends (above the trailing credits).
 * @returns
 *   Lines, last first.
 */
function tailLines(state: BridgeState, nodes: MdastContent[], start: BodyStart, end: BodyEnd): TailLine[] {
  const result: TailLine[] = []
  for (let index = end.index; index >= start.index && result.length < markerWindow; index--) {
    const node = nodes[index]!
    if (isDropped(node)) continue
    if (index === start.index && start.run > 0) break
    if (node.type === 'paragraph' || node.type === 'heading') {
      const run = state.inline(node)
      const limit = index === end.index ? end.offset : undefined
      const lines = node.type === 'heading' ? [trim(run, 0, run.value.length)] : linesOf(run, index === start.index ? start.offset : 0, limit)
      for (let line = lines.length - 1; line >= 0 && result.length < markerWindow; line--) {
        const [from, to] = lines[line]!
        if (from < to) result.push({index, run, value: run.value, from, to, marker: true, opens: true, first: line === 0})
      }

      continue
    }

    const runs = flowRuns(state, node)
    if (!runs) break
    for (let item = runs.length - 1; item >= 0 && result.length < markerWindow; item--) {
      const run = runs[item]!
      const lines = linesOf(run, 0, undefined)
      for (let line = lines.length - 1; line >= 0 && result.length < markerWindow; line--) {
        const first = item === 0 && line === 0
        result.push({index, run, value: run.value, from: lines[line]![0], to: lines[line]![1], marker: false, opens: first, first})
      }
    }
  }

  return result
}

/**
 * The runs of the paragraphs of a list, block quote or code block, in
 * order.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Node.
 * @returns
 *   Runs, or `undefined` for a node that has other content.
 */
function flowRuns(state: BridgeState, node: MdastNodes): Run[] | undefined {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code') return [state.inline(node)]
  if (node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote') return undefined
  const runs: Run[] = []
  for (const child of node.children) {
    if (child.type === 'thematicBreak' || child.type === 'html') continue
    const inner = flowRuns(state, child)
    if (!inner) return undefined
    for (const run of inner) runs.push(run)
  }

  return runs
}

/**
 * Find the line that closes the article above the trailing credits, as
 * the plain-text reader does (see {@link scanEndMarker}): only a
 * paragraph's or a heading's line can close it, and the chrome starts at
 * one, or at the start of another node.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param tail
 *   Lines above the credits, last first.
 * @returns
 *   Index in `tail` of the line where the chrome starts, or `undefined`.
 */
function findEndMarker(state: BridgeState, nodes: MdastContent[], start: BodyStart, tail: TailLine[]): number | undefined {
  return scanEndMarker(tail, {
    endsArticle: (position) => proseAbove(state, nodes, start, tail, position, Math.max(1, proseBelow(tail, position))),
    proseAbove: (position) => proseAbove(state, nodes, start, tail, position, 1)
  })
}

/**
 * How many prose nodes (or the part of one after the line) are below a
 * line, before the credits.
 *
 * @param tail
 *   Lines, last first.
 * @param position
 *   Index of the line in `tail`.
 * @returns
 *   Count.
 */
function proseBelow(tail: TailLine[], position: number): number {
  let count = 0
  let index = -1
  let length = 0
  for (let at = position - 1; at >= 0; at--) {
    const line = tail[at]!
    if (line.index !== index) {
      if (length >= proseMin) count++
      index = line.index
      length = 0
    }

    length += line.to - line.from
  }

  return length >= proseMin ? count + 1 : count
}

/**
 * Whether at least `count` prose nodes (or the part of one before the
 * line) of the body are above a line, looking at most
 * {@link markerWindow} nodes up.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param tail
 *   Lines, last first.
 * @param position
 *   Index of the line in `tail`.
 * @param count
 *   How many are needed.
 * @returns
 *   Whether there are.
 */
function proseAbove(
  state: BridgeState,
  nodes: MdastContent[],
  start: BodyStart,
  tail: TailLine[],
  position: number,
  count: number
): boolean {
  const line = tail[position]!
  let above = 0
  let length = 0
  for (let at = position + 1; at < tail.length && tail[at]!.index === line.index; at++) length += tail[at]!.to - tail[at]!.from
  if (length >= proseMin) above++
  for (let index = line.index - 1; index >= start.index && line.index - index <= markerWindow && above < count; index--) {
    const node = nodes[index]!
    if (isDropped(node)) continue
    const runs = flowRuns(state, node)
    if (!runs) continue
    let size = 0
    for (const run of runs) size += run.value.length
    if (index === start.index && node.type === 'paragraph') size -= start.offset
    if (size >= proseMin) above++
  }

  return above >= count
}

/**
 * The chrome that closes the article, from its first line to the trailing
 * credits: each line a credit, of the role the credit recogniser gives it,
 * else `other` without names, so that nothing of the page is lost and none
 * of it is counted as the article's.
 *
 * @param state
 *   Bridge state.
 * @param nodes
 *   Top-level nodes.
 * @param start
 *   Where the body starts.
 * @param tail
 *   Lines, last first.
 * @param cut
 *   Index in `tail` of the first line of the chrome.
 * @param end
 *   Where the body ended above the trailing credits.
 * @returns
 *   Credits, in order.
 */
function chromeCredits(state: BridgeState, nodes: MdastContent[], start: BodyStart, tail: TailLine[], cut: number, end: BodyEnd): Credit[] {
  const result: Credit[] = []
  // Dropped nodes between, with a message from their handler.
  for (let index = tail[cut]!.index; index <= end.index; index++) {
    const node = nodes[index]!
    if (node.type !== 'thematicBreak' && isDropped(node)) dropNode(state, node)
  }

  let run: Run | undefined
  let lines: Array<[number, number]> = []
  for (let at = cut; at >= 0; at--) {
    const line = tail[at]!
    const node = nodes[line.index]!
    const paragraph = node.type === 'paragraph' && line.run === state.inline(node)
    if (paragraph && line.run !== run) lines = linesOf(line.run, line.index === start.index ? start.offset : 0, undefined)
    run = line.run
    // Chrome lines are a paragraph's last ones: look from its end.
    let which = paragraph ? lines.length - 1 : -1
    while (which >= 0 && lines[which]![0] !== line.from) which--
    const found = which === -1 ? credits(state, line.run, line.from, line.to) : lineCredits(state, nodes, start, line.index, line.run, lines, which)
    if (found) for (const item of found) result.push(item)
    else result.push(chromeCredit(state, line.run, line.from, line.to))
  }

  return result
}

/**
 * A chrome line as a credit (role `other`, no names) that keeps its links
 * (`[Storm closes harbour](https://…)`).
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
 *   Credit.
 */
function chromeCredit(state: BridgeState, run: Run, start: number, end: number): Credit {
  const children = phrasing(state, run, start, end)
  const position = runState(state, run, 0).locator.position(start, end)
  return {type: 'credit', role: 'other', names: [], children, position}
}

/**
 * Make a credit without names over `[start, end)` of a run.
 *
 * @param state
 *   Bridge state.
 * @param run
 *   Run.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @param role
 *   Role.
 * @returns
 *   Credit.
 */
function creditOf(state: BridgeState, run: Run, start: number, end: number, role: CreditRole): Credit {
  const local = runState(state, run, 0)
  return {type: 'credit', role, names: [], children: [text(local, start, end)], position: local.locator.position(start, end)}
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
  // Images and other dropped nodes under the rule do not count as notes.
  let seen = 0
  for (let index = last; index > start.index && seen <= maxNotes; index--) {
    if (nodes[index]!.type !== 'thematicBreak') {
      // Lines of links (a release's pick-ups) are no notes.
      if (!isDropped(nodes[index]!) && !isPageChrome(nodes[index]!, true)) seen++
      continue
    }

    if (index === last) return undefined
    const notes: Credit[] = []
    for (let note = index + 1; note <= last; note++) {
      const node = nodes[note]!
      if (isDropped(node)) {
        dropNode(state, node)
        continue
      }

      if (node.type !== 'paragraph') return undefined
      const run = state.inline(node)
      const [from, to] = trim(run, 0, run.value.length)
      if (from < to && isPageChrome(node, true) && !credits(state, run, from, to)) {
        notes.push(chromeCredit(state, run, from, to))
        continue
      }

      if (to - from > maxNoteLength) return undefined
      if (from === to) continue
      // A note that is no credit keeps its links, as chrome does: what
      // `stringify` writes under a rule reads back the same.
      notes.push(...(credits(state, run, from, to) ?? [chromeCredit(state, run, from, to)]))
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
 * @param limit
 *   When set, only lines that end at or before it.
 * @returns
 *   Ranges.
 */
function linesOf(run: Run, start: number, limit: number | undefined): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let from = start
  while (from <= run.value.length) {
    let to = run.value.indexOf('\n', from)
    if (to === -1) to = run.value.length
    const range = trim(run, from, to)
    if (limit !== undefined && range[1] > limit) break
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

    if (isShortcode(node)) {
      dropNode(state, node)
      continue
    }

    if (from === 0 && to === Infinity && dropPlaceholder(state, node)) continue

    if (node.type === 'list' && from === 0 && to === Infinity) {
      const flow = splitList(state, node)
      if (flow) {
        for (const child of flow) section = place(sections, section, child)
        continue
      }
    }

    const lines = node.type === 'paragraph' ? unwrappedLines(state.inline(node), from, to) : undefined
    if (lines) {
      const run = state.inline(node)
      for (const [start, end] of lines) {
        const found = paragraph(state, run, start, end)
        if (found) section = place(sections, section, found)
      }

      continue
    }

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

/** Longest agency subheading written as a list item (`- Talks resume -`), in characters. */
const dashHeadingMax = 80

/**
 * Read a top-level list whose items took in the lines after them (see
 * `lazyStarts`) when those lines are whole paragraphs (see
 * `unwrappedLines`): each such item keeps the lines before its lazy ones,
 * and the lazy lines are paragraphs after the list. Captures that lost
 * their blank lines are written so:
 *
 * ```markdown
 * * Share this story
 * The ferry strike ended on Thursday after nine days of talks between the union and the owners of the fleet.
 * Crews will return to work on Friday, the union said in a statement sent to members on Thursday night.
 * ```
 *
 * A list whose only item is an agency's subheading between dashes
 * (`- Talks resume -`, one line of at most {@link dashHeadingMax}
 * characters with no sentence end before the closing dash) is a
 * heading (depth 2, without the dashes), as agency copy marks its
 * subheadings.
 *
 * @param state
 *   Bridge state.
 * @param list
 *   List.
 * @returns
 *   Lists, headings and paragraphs, or `undefined` to read the list as
 *   usual.
 */
function splitList(state: BridgeState, list: MdastList): Array<List | Heading | Paragraph> | undefined {
  const starts = lazyStarts(state, list)
  const result: Array<List | Heading | Paragraph> = []
  let items: ListItem[] = []
  let changed = false

  const flush = (): undefined => {
    if (items.length === 0) return
    result.push(span(state, {type: 'list', ordered: Boolean(list.ordered), children: items}))
    items = []
  }

  for (let index = 0; index < list.children.length; index++) {
    const item = list.children[index]!
    const found = starts[index]
    const lines = found && found.lazy !== -1 ? unwrappedLines(found.run, 0, found.run.value.length) : undefined
    if (!found || !lines) {
      const converted = state.one(item, list)
      if (converted && !Array.isArray(converted) && converted.type === 'listItem') items.push(converted)
      continue
    }

    changed = true
    const head = dashHeading(state, item, found.run, found.lazy - 1)
    if (head) {
      flush()
      result.push(head)
    } else {
      const children = sentences(state, found.run, 0, found.lazy - 1)
      if (children.length > 0) items.push(span(state, {type: 'listItem', children}))
      flush()
    }

    for (const [start, end] of lines) {
      if (start < found.lazy) continue
      const node = paragraph(state, found.run, start, end)
      if (node) result.push(node)
    }
  }

  if (!changed) {
    // One item that is an agency's subheading.
    const found = starts[0]
    const head = list.children.length === 1 && found ? dashHeading(state, list.children[0]!, found.run, found.run.value.length) : undefined
    return head ? [head] : undefined
  }

  flush()
  return result
}

/**
 * Read the words of a list item up to `end` as an agency's subheading
 * between dashes (`- Talks resume -`; see `splitList`).
 *
 * @param state
 *   Bridge state.
 * @param item
 *   List item.
 * @param run
 *   Run of its paragraph.
 * @param end
 *   Run offset where its words end.
 * @returns
 *   Heading, or `undefined`.
 */
function dashHeading(state: BridgeState, item: MdastListItem, run: Run, end: number): Heading | undefined {
  const [from, to] = trim(run, 0, end)
  const start = item.position?.start.offset
  if (start === undefined || state.value.charAt(start) !== '-' || to - from > dashHeadingMax || to - from < 5) return undefined
  const words = run.value.slice(from, to)
  if (!words.endsWith(' -') || words.includes('\n')) return undefined
  const [first, last] = trim(run, from, to - 2)
  const code = run.value.charCodeAt(last - 1)
  // `.`, `!`, `?`, `-`: a sentence or a dash of the words.
  if (first >= last || code === 46 || code === 33 || code === 63 || code === 45) return undefined
  return span(state, {type: 'heading' as const, depth: 2 as const, children: phrasing(state, run, first, last)})
}

/** Longest placeholder line that `isPlaceholderLine` may take (a release's bracketed media link), in characters. */
const placeholderMax = 400

/** Longest ad label (`REG AD`), in characters. */
const adLabelMax = 24

/** Most words of an ad label. */
const adLabelWords = 3

/**
 * Drop a body paragraph that only holds a place, with a message, as the
 * plain-text reader does: a page's placeholder line (`ADVERTISEMENT`,
 * `4 min read`, see `isPlaceholderLine`), an ad label in capitals that
 * ends in `AD` (`REG AD`: sites name their ad slots so, and scrapes keep
 * the label between the paragraphs; at most {@link adLabelWords} words),
 * or an image whose brackets a converter lost (`!https://example.com/a.png`:
 * `!` and one address).
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Top-level node.
 * @returns
 *   Whether it was dropped.
 */
function dropPlaceholder(state: BridgeState, node: MdastContent): boolean {
  if (node.type !== 'paragraph') return false
  const run = state.inline(node)
  const [from, to] = trim(run, 0, run.value.length)
  const bang = run.value.charCodeAt(from) === 33 /* ! */
  // Longer lines are neither (see `isPlaceholderLine`): no copy is made.
  if (from === to || (!bang && to - from > placeholderMax)) return false
  const words = run.value.slice(from, to)
  const start = run.map.at(from)
  const end = run.map.at(to - 1) + 1
  if (bang && isBareUrl(words.slice(1)) && !words.includes(' ')) {
    report(state, 'Unexpected image in an article, dropped', 'dropped-image', start, end)
    return true
  }

  if (isPlaceholderLine(words) || isAdLabel(words)) {
    report(state, 'Unexpected page placeholder in an article, dropped', 'dropped-placeholder', start, end)
    return true
  }

  return false
}

/**
 * Whether a line is an ad label (see `dropPlaceholder`): capitals, at most
 * {@link adLabelWords} words, the last `AD` or `ADS`.
 *
 * @param words
 *   The line, trimmed.
 * @returns
 *   Whether it is one.
 */
function isAdLabel(words: string): boolean {
  if (words.length > adLabelMax || words !== words.toUpperCase()) return false
  const parts = words.split(' ')
  const last = parts[parts.length - 1]
  return parts.length <= adLabelWords && (last === 'AD' || last === 'ADS')
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
