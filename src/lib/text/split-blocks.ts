/**
 * Group lines into blocks.
 *
 * @module
 */

import {isBlank, type Line} from './read-lines.js'
import {isHeadingLine} from './is-heading.js'
import {listMarker} from './list-marker.js'

/**
 * A run of lines that belong together: a paragraph, a heading, a list, or
 * header lines.
 */
export interface Block {
  /** The lines, none of them blank. */
  lines: Line[]
}

/**
 * Group lines into blocks.
 *
 * Blocks are separated by blank lines (any number, with spaces or tabs on
 * them), and by lines that hold nothing but a table's cell borders (see
 * {@link isCellBorder}). Two more rules split hard-wrapped copy, whose paragraphs are not
 * separated by blank lines:
 *
 * 1. Indented paragraphs (Reuters style): in a run that mixes indented and
 *    flush lines, each line indented by two or more columns starts a block,
 *    unless it continues a list item. A line indented by
 *    {@link deepIndent} columns or more is no paragraph's first line but a
 *    right-aligned or centred cell (a phone number set flush right under
 *    a fact box): it goes on with its block.
 * 2. Short last lines: in a run of flush lines wrapped at a fixed width,
 *    a line that ends a sentence well short of that width ends a block.
 * 3. Unwrapped lines: in a run whose widest line is longer than any wrap
 *    width (over 100 columns) and whose lines rarely break before a
 *    lower-case word (as wrapped lines do), each line is a paragraph of
 *    its own (scrapes that drop the blank lines between paragraphs),
 *    unless it goes on with a lower-case word after a line that ends
 *    mid-sentence, or follows a line that ends with a comma (a quote
 *    broken before its attribution: `“We are ready,”` over `Jane Doe
 *    said.`).
 *
 * @param value
 *   The document.
 * @param lines
 *   Its lines.
 * @returns
 *   Blocks, in order.
 */
export function splitBlocks(value: string, lines: Line[]): Block[] {
  const blocks: Block[] = []
  let run: Line[] = []
  let filled = 0
  for (const line of lines) if (!isBlank(line)) filled++
  const oneLine = filled <= maxLinesForGaps

  for (const line of lines) {
    if (isBlank(line) || isCellBorder(value, line)) {
      if (run.length > 0) splitRun(value, run, blocks, oneLine)
      run = []
    } else {
      run.push(line)
    }
  }

  if (run.length > 0) splitRun(value, run, blocks, oneLine)
  return blocks
}

/**
 * Whether a line holds nothing but vertical bars (and white space): a
 * table's empty cell or border, as text renderings of filings and pages
 * print a letterhead table (`|` lines around `NEWS RELEASE` and the
 * issuer's address). It holds no words and separates blocks as a blank
 * line does.
 *
 * @param value
 *   The document.
 * @param line
 *   A line that is not blank.
 * @returns
 *   Whether it is one.
 */
function isCellBorder(value: string, line: Line): boolean {
  for (let index = line.contentStart; index < line.contentEnd; index++) {
    const code = value.charCodeAt(index)
    if (code !== 124 /* | */ && code !== 32 && code !== 9) return false
  }

  return true
}

/**
 * Fewest characters of a line standing alone for wide gaps in it to mark
 * paragraphs even where other lines have blank lines between them: a
 * scrape that joined the article's body into one line under its own
 * title and over the page's links. A paragraph is rarely this long.
 */
const joinedMin = 1500

/**
 * Fewest columns of indent that set a line right or centre rather than
 * indent a paragraph's first line (two to eight columns: spaces or one or
 * two tabs).
 */
const deepIndent = 12

/**
 * Most non-blank lines a document can have for wide gaps to mark its
 * paragraphs: a scrape that joined the article into one line, perhaps
 * under a title and a dateline. Where blank lines already separate
 * paragraphs, wide gaps inside them are left alone.
 */
const maxLinesForGaps = 3

/**
 * Split one run of non-blank lines into blocks.
 *
 * @param value
 *   The document.
 * @param run
 *   Lines between blank lines.
 * @param blocks
 *   Where blocks go.
 * @param oneLine
 *   Whether the document is (nearly) one line, so that wide gaps mark
 *   paragraphs.
 */
function splitRun(value: string, run: Line[], blocks: Block[], oneLine: boolean): undefined {
  if (run.length === 1) {
    const line = run[0]!
    const pieces = oneLine || line.contentEnd - line.contentStart >= joinedMin ? splitWideGaps(value, line) : run
    for (const piece of pieces) blocks.push({lines: [piece]})
    return
  }

  let flush = false
  let indented = false
  let width = 0
  for (const line of run) {
    if (line.indent < 2) flush = true
    else if (line.indent < deepIndent) indented = true
    const length = line.contentEnd - line.start
    if (length > width) width = length
  }

  const byIndent = flush && indented
  const byWidth = !byIndent && isHardWrapped(run, width)
  const byLine = !byIndent && !byWidth && width > maxWrapWidth && isUnwrapped(value, run)
  let current: Line[] = []
  let inList = false
  let previous: Line | undefined

  for (const line of run) {
    const marker = listMarker(value, line)
    let starts = false

    if (current.length > 0) {
      if (marker) {
        // A list item after prose starts a list; the next item continues it.
        starts = !inList
      } else if (byIndent && line.indent >= 2 && line.indent < deepIndent && !(inList && line.indent > 0)) {
        starts = true
      } else if (inList && line.indent === 0 && !byIndent) {
        // A flush line after list items ends the list.
        starts = true
      } else if (byLine && !inList && previous && !continuesLine(value, previous, line) && !endsWithComma(value, previous)) {
        starts = true
      }
    }

    if (starts) {
      blocks.push({lines: current})
      current = []
    }

    current.push(line)
    previous = line
    inList = Boolean(marker) || (inList && !starts && line.indent > 0)

    if (byWidth && !marker && endsShortSentence(value, line, width)) {
      blocks.push({lines: current})
      current = []
      inList = false
    }
  }

  if (current.length > 0) blocks.push({lines: current})
}

/**
 * A space or no-break space (what makes a gap), searched from `lastIndex`.
 */
const gapSpace = / |\u00a0/g

/**
 * Split a line that stands alone at wide gaps, for scrapes that join a whole
 * article into one line and mark paragraphs with runs of spaces
 * (`…reported Tuesday.  A tweet sent…`).
 *
 * A gap of two or more spaces splits the line after a sentence end, and
 * around a heading-like piece that follows one (`…safer?”  – ‘This Is Our
 * Lane’ –  As someone…`). When every sentence end is followed by a wide gap
 * and none by a single space, the gaps are a typing habit, not paragraphs,
 * and the line stays whole.
 *
 * @param value
 *   The document.
 * @param line
 *   A line that is a block by itself.
 * @returns
 *   The pieces, as lines (the line itself when there is no split).
 */
function splitWideGaps(value: string, line: Line): Line[] {
  const pieces: Line[] = []
  let pieceStart = line.contentStart
  let narrowEnds = 0
  let wideEnds = 0
  let afterEnd = true
  let index = line.contentStart

  while (index < line.contentEnd) {
    // Jump to the next space with a native search instead of stepping over
    // each character of a line that may be the whole article.
    gapSpace.lastIndex = index
    if (!gapSpace.test(value)) break
    index = gapSpace.lastIndex - 1
    if (index >= line.contentEnd) break

    const gapStart = index
    while (index < line.contentEnd && (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 0xa0)) index++
    const ends = endsSentenceAt(value, pieceStart, gapStart)
    if (index - gapStart === 1) {
      if (ends && isCapital(value.charCodeAt(index))) narrowEnds++
      continue
    }

    if (ends) {
      wideEnds++
    } else if (!(afterEnd && isHeadingLine(value.slice(pieceStart, gapStart)))) {
      continue
    }

    pieces.push({start: pieceStart, end: gapStart, contentStart: pieceStart, contentEnd: gapStart, indent: 0})
    afterEnd = ends || afterEnd
    pieceStart = index
  }

  if (pieces.length === 0 || (narrowEnds === 0 && wideEnds > 0)) return [line]
  pieces[0] = {...pieces[0]!, start: line.start, indent: line.indent}
  pieces.push({start: pieceStart, end: line.end, contentStart: pieceStart, contentEnd: line.contentEnd, indent: 0})
  return pieces
}

/**
 * Whether `[start, end)` ends with a terminal mark, closing quotes and
 * brackets allowed after it.
 *
 * @param value
 *   The document.
 * @param start
 *   Where to stop looking back.
 * @param end
 *   End offset.
 * @returns
 *   Whether a sentence ends at `end`.
 */
function endsSentenceAt(value: string, start: number, end: number): boolean {
  let index = end - 1
  while (index > start && isCloser(value.charCodeAt(index))) index--
  const code = value.charCodeAt(index)
  return code === 46 || code === 33 || code === 63 || code === 0x2026
}

/**
 * Whether a code unit closes a quote or bracket.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it closes.
 */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 0x201d || code === 0x2019 || code === 0xbb
}

/**
 * Whether a code unit can start a sentence after a narrow gap: an upper-case
 * letter, a digit or an opening quote.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is capital-like.
 */
function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 34 || code === 0x201c || code === 0x2018
}

/**
 * Whether a run of lines looks wrapped at a fixed width: at least four lines,
 * most of them near the widest.
 *
 * @param run
 *   Lines.
 * @param width
 *   Width of the widest line.
 * @returns
 *   Whether the run is hard-wrapped.
 */
function isHardWrapped(run: Line[], width: number): boolean {
  return width >= 40 && width <= maxWrapWidth && isCutAtWidth(run, width)
}

/** Widest that hard-wrapped copy is cut at. */
export const maxWrapWidth = 100

/**
 * Whether most lines of a run of at least four reach near its widest line,
 * as lines cut at one width do.
 *
 * @param run
 *   Lines.
 * @param width
 *   Width of the widest line.
 * @returns
 *   Whether the lines are cut at one width.
 */
function isCutAtWidth(run: Line[], width: number): boolean {
  if (run.length < 4) return false
  let near = 0
  for (const line of run) {
    if (line.contentEnd - line.start >= width * 0.75) near++
  }

  return near >= run.length * 0.6
}

/**
 * Whether the lines of a run are whole paragraphs rather than wrapped: fewer
 * than a third of its line breaks fall mid-sentence before a lower-case
 * word, where most breaks of wrapped prose fall.
 *
 * @param value
 *   The document.
 * @param run
 *   Lines.
 * @returns
 *   Whether the run is unwrapped.
 */
export function isUnwrapped(value: string, run: Line[]): boolean {
  let breaks = 0
  for (let index = 1; index < run.length; index++) {
    if (continuesLine(value, run[index - 1]!, run[index]!)) breaks++
  }

  return breaks * 3 < run.length - 1
}

/**
 * Whether a line goes on with the sentence of the line before it: that
 * line ends mid-sentence and this one starts with a lower-case letter.
 *
 * @param value
 *   The document.
 * @param previous
 *   Line before.
 * @param line
 *   This line.
 * @returns
 *   Whether both belong to one paragraph.
 */
function continuesLine(value: string, previous: Line, line: Line): boolean {
  if (endsSentenceAt(value, previous.contentStart, previous.contentEnd)) return false
  const first = value.charAt(line.contentStart)
  return first !== first.toUpperCase() && first === first.toLowerCase()
}

/**
 * Whether a line ends with a comma, closing quotes and brackets allowed
 * after it (`…the law,”`): no paragraph ends there, so the next line goes
 * on with its sentence, even when it starts with a capital (the name in
 * `State’s Attorney Jane Doe said.`).
 *
 * @param value
 *   The document.
 * @param line
 *   The line.
 * @returns
 *   Whether it does.
 */
function endsWithComma(value: string, line: Line): boolean {
  let index = line.contentEnd - 1
  while (index > line.contentStart && isCloser(value.charCodeAt(index))) index--
  return value.charCodeAt(index) === 44 /* , */
}

/**
 * Whether a line ends a sentence well short of the wrap width.
 *
 * @param value
 *   The document.
 * @param line
 *   The line.
 * @param width
 *   Wrap width.
 * @returns
 *   Whether a paragraph ends here.
 */
function endsShortSentence(value: string, line: Line, width: number): boolean {
  if (line.contentEnd - line.start >= width * 0.8) return false
  return endsSentenceAt(value, line.contentStart, line.contentEnd)
}
