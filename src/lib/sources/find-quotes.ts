/**
 * Find quotations in a paragraph: straight and curly double quotes,
 * guillemets, `„…“`, AP's ` ``…'' `, and single quotes used as quotes (not
 * apostrophes: `Reagan's`, `'90s`, `rock 'n' roll`).
 *
 * One linear pass over the characters. Only top-level quotations are
 * returned: marks inside an open quotation belong to it. A quotation that is
 * never closed ends at the paragraph's end (Reuters copy continues a quote in
 * the next paragraph without closing it), or where the next one clearly
 * opens.
 *
 * @module
 */

import type {QuoteSpan} from '../recognizer-types.js'

/** An open quotation. */
interface Open {
  /** Offset of the opening mark. */
  start: number
  /** Length of the opening mark. */
  size: number
  /** The mark that closes it. */
  closer: string
  /** Whether it is a single-quote quotation. */
  single: boolean
}

/** Marks that open a double quotation, and what closes them. */
const doubleOpeners: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['"', '"']
])

/**
 * Characters that may be a quotation mark or apostrophe that
 * {@link findQuotes} looks at: `"`, `'`, `` ` ``, `«`, `»`, `‘`–`„`. Global,
 * so that `lastIndex` says where to scan from; `test` allocates nothing.
 */
const marks = /["'`«»\u2018-\u201E]/g

const letter = /[\p{L}\p{N}]/u
const space = /\s/

/**
 * Find quotations in a paragraph.
 *
 * @param text
 *   Paragraph text (may contain line breaks).
 * @returns
 *   Spans in order, not overlapping.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open: Open | undefined
  let index = 0

  while (index < text.length) {
    // Only quotation marks and apostrophes do anything, in any state: jump
    // to the next one with a native scan (most characters, and many whole
    // paragraphs, are neither), instead of looking at every character.
    marks.lastIndex = index
    if (!marks.test(text)) break
    // Every mark is one UTF-16 code unit.
    index = marks.lastIndex - 1

    const char = text.charAt(index)
    const next = text.charAt(index + 1)
    const before = index > 0 ? text.charAt(index - 1) : ''

    if (open) {
      // AP's closing `''`.
      if (open.closer === "''" && char === "'" && next === "'") {
        close(spans, open, index, 2)
        open = undefined
        index += 2
        continue
      }

      if (open.single) {
        if ((char === '’' || char === "'") && char === open.closer.charAt(0) && !letter.test(next)) {
          close(spans, open, index, 1)
          open = undefined
        } else if ((char === '”' || char === '"' || char === '“') && opensHere(before, next)) {
          // A double quote opening inside an unclosed single one: the single
          // one was an apostrophe after all.
          open = {start: index, size: 1, closer: doubleOpeners.get(char) ?? '”', single: false}
        }

        index++
        continue
      }

      if (char === open.closer || (open.closer === '”' && char === '"') || (open.closer === '"' && char === '”')) {
        // A straight mark that looks like an opener (`…sentence. "Next`)
        // while one is open: the open quotation was never closed.
        if (char === '"' && open.closer === '"' && space.test(before) && opensHere(before, next) && endsSentence(text, index)) {
          close(spans, open, trimEnd(text, index), 0)
          open = {start: index, size: 1, closer: '"', single: false}
        } else {
          close(spans, open, index, 1)
          open = undefined
        }

        index++
        continue
      }

      // A new curly opener while one is open: end the open one before it.
      if ((char === '“' && open.closer === '”') || (char === '«' && open.closer === '»')) {
        if (opensHere(before, next)) {
          close(spans, open, trimEnd(text, index), 0)
          open = {start: index, size: 1, closer: open.closer, single: false}
        }
      }

      index++
      continue
    }

    if (char === '`' && next === '`') {
      open = {start: index, size: 2, closer: "''", single: false}
      index += 2
      continue
    }

    const closer = doubleOpeners.get(char)
    if (closer !== undefined) {
      open = {start: index, size: 1, closer, single: false}
      index++
      continue
    }

    if ((char === '‘' || char === "'") && opensHere(before, next) && !/\d/.test(next)) {
      open = {start: index, size: 1, closer: char === '‘' ? '’' : "'", single: true}
    }

    index++
  }

  if (open && !open.single) close(spans, open, trimEnd(text, text.length), 0)
  return spans
}

/**
 * Whether a mark between `before` and `next` opens a quotation: at the start
 * or after white space or an opening bracket or dash, and before a
 * non-space.
 *
 * @param before
 *   Character before the mark (empty at the start).
 * @param next
 *   Character after it.
 * @returns
 *   Whether it opens.
 */
function opensHere(before: string, next: string): boolean {
  if (next === '' || space.test(next)) return false
  return before === '' || space.test(before) || '([{—–-/:'.includes(before)
}

/**
 * Whether the text before `index` ends a sentence (`… well. "`).
 *
 * @param text
 *   Text.
 * @param index
 *   Offset of a mark after white space.
 * @returns
 *   Whether a sentence ends there.
 */
function endsSentence(text: string, index: number): boolean {
  const end = trimEnd(text, index)
  return end > 0 && '.!?'.includes(text.charAt(end - 1))
}

/**
 * Offset after the last non-white-space character before `index`.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   Trimmed end.
 */
function trimEnd(text: string, index: number): number {
  let end = index
  while (end > 0 && space.test(text.charAt(end - 1))) end--
  return end
}

/**
 * Add a span for an open quotation closed at `index` by a mark of `size`.
 *
 * @param spans
 *   Spans.
 * @param open
 *   The open quotation.
 * @param index
 *   Offset of the closing mark (or of the end, with `size` 0).
 * @param size
 *   Length of the closing mark.
 * @returns
 *   Nothing.
 */
function close(spans: QuoteSpan[], open: Open, index: number, size: number): undefined {
  const contentStart = open.start + open.size
  const contentEnd = Math.max(contentStart, index)
  // Single quotes around one or two letters are elisions (`rock 'n' roll`).
  if (open.single && contentEnd - contentStart < 3) return undefined
  if (contentEnd === contentStart && size === 0) return undefined
  spans.push({start: open.start, end: contentEnd + size, contentStart, contentEnd})
  return undefined
}
