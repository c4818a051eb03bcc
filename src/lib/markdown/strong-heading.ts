/**
 * Recognise bold lines that scrapes use as subheadings.
 *
 * @module
 */

import type {Paragraph as MdastParagraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {isHeadingLine} from '../text/is-heading.js'
import type {Run} from './run.js'

/** Longest credit line under a bold caption (`_Source: Harbour Board_`), in characters. */
const captionCreditMax = 80

/**
 * Labels that open the credit line of an image caption, lower case
 * (`Source: Harbour Board`, `Photo: Ana Lind`).
 */
const captionCreditLabels = ['source:', 'image:', 'photo:', 'picture:', 'credit:', 'image credit:', 'photo credit:', 'image source:', 'courtesy:']

/** Fewest words of a bold question read as a subheading. */
const questionWordsMin = 3

/** Most bold runs, apart by spaces, read as one bold line. */
const strongRunsMax = 4

/**
 * Where a bold subheading at the start of a paragraph ends, in run offsets.
 *
 * Pages converted to Markdown often turn their subheadings into bold text:
 * a paragraph that is only `**About the company**`, or one whose bold words
 * are glued to the text after them (`**Background**The talks…`), the line
 * break lost in conversion. The bold words must read as a heading (short,
 * no terminal punctuation). Bold words followed by a space are a lead-in
 * (`**WASHINGTON** — The…`), not a heading; so are bold words that the
 * sentence goes on after, glued to a comma or a lower-case word
 * (`**Block the content**, not the network`, see {@link goesOn}). A paragraph of bold runs
 * apart by spaces only (`**May 2, 9 a.m. -** **Talks resume**`) is one
 * bold line. A bold line over nothing but a credit line is an image's
 * caption, not a heading (`**The new quay at dawn**` / `_Source: Harbour
 * Board_`, see {@link isCreditRest}). A bold paragraph that is only a
 * question is a heading too (see {@link isQuestionHeading}).
 *
 * @param node
 *   mdast paragraph.
 * @param run
 *   Its words, as the bridge flattened them.
 * @returns
 *   Run offset where the heading's words end, or `0` when there is none.
 */
export function strongHeadingEnd(node: MdastParagraph, run: Run): number {
  const head = node.children[0]
  if (!head || head.type !== 'strong' || !head.position) return 0
  let end = head.position.end.offset ?? 0
  let words = toString(head)
  let at = 1
  // Bold runs apart by spaces only, the whole line (`**May 2, 9 a.m. -**
  // **Talks resume**`): converters split one bold line in two.
  while (at + 1 < node.children.length && at < strongRunsMax * 2) {
    const gap = node.children[at]!
    const bold = node.children[at + 1]!
    if (gap.type !== 'text' || !/^[ \t]+$/.test(gap.value) || bold.type !== 'strong' || !bold.position) break
    words += gap.value + toString(bold)
    end = bold.position.end.offset ?? 0
    at += 2
  }

  if (at > 1 && at < node.children.length) return 0
  const next = node.children[at]
  if (!isHeadingLine(words.trim()) && (next || !isQuestionHeading(words.trim()))) return 0

  if (next) {
    const glued =
      next.position?.start.offset === end &&
      !(next.type === 'text' && /^[ \t]/.test(next.value)) &&
      !goesOn(run.value.charAt(run.map.firstAtOrAfter(end)))
    const broken = next.type === 'break' || (next.type === 'text' && /^[ \t]*\n/.test(next.value))
    if (!glued && !broken) return 0
    if (broken && isCreditRest(run.value.slice(run.map.firstAtOrAfter(end)))) return 0
  }

  return run.map.firstAtOrAfter(end)
}

/**
 * Whether the words after a bold line are one short credit line
 * (`Source: Harbour Board`, `_Photo: Ana Lind_`): sites print an image's
 * caption in bold with its credit on the line below,
 *
 * ```markdown
 * **The new quay at dawn**
 * _Source: Harbour Board_
 * ```
 *
 * and the bold words name the picture; they do not head the text after.
 *
 * @param rest
 *   The paragraph's words after the bold line.
 * @returns
 *   Whether they are a credit line.
 */
function isCreditRest(rest: string): boolean {
  const line = rest.trim()
  if (line.length === 0 || line.length > captionCreditMax || line.includes('\n')) return false
  const lower = line.replace(/^[*_]+/, '').toLowerCase()
  for (const label of captionCreditLabels) if (lower.startsWith(label) && lower.length > label.length + 1) return true
  return false
}

/**
 * Whether the character glued after bold words carries their sentence on
 * (`,`, `;`, `:`, `.`, `)`, `!`, `?`, or a lower-case letter) rather than
 * starting new text: writers bold the opening words of a sentence, and
 * only a lost line break glues a heading to what follows.
 *
 * @param char
 *   The character after the bold words.
 * @returns
 *   Whether it does.
 */
function goesOn(char: string): boolean {
  if (',;:.)!?'.includes(char) && char !== '') return true
  return char !== char.toUpperCase() && char === char.toLowerCase()
}

/**
 * Whether the words of a bold paragraph that stands alone are a question
 * that heads the text under it (`**What is a ferry levy?**`): explainers
 * and columns head their parts with questions, and converted pages keep
 * them as bold paragraphs. The words before the `?` must read as a
 * heading (see `isHeadingLine`) and number at least
 * {@link questionWordsMin}; a bold `**Why?**` or a question with another
 * sentence before it (`**It sank. Why?**`) is not one.
 *
 * @param words
 *   The bold words, trimmed.
 * @returns
 *   Whether they are.
 */
function isQuestionHeading(words: string): boolean {
  if (!words.endsWith('?') || words.endsWith('??')) return false
  const head = words.slice(0, -1).trimEnd()
  if (head.split(' ').length < questionWordsMin || head.includes('. ') || head.includes('? ') || head.includes('! ')) return false
  return isHeadingLine(head)
}
