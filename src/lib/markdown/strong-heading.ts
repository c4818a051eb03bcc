/**
 * Recognise bold lines that scrapes use as subheadings.
 *
 * @module
 */

import type {Paragraph as MdastParagraph} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {isHeadingLine} from '../text/is-heading.js'
import type {Run} from './run.js'

/**
 * Where a bold subheading at the start of a paragraph ends, in run offsets.
 *
 * Pages converted to Markdown often turn their subheadings into bold text:
 * a paragraph that is only `**About the company**`, or one whose bold words
 * are glued to the text after them (`**Background**The talks…`), the line
 * break lost in conversion. The bold words must read as a heading (short,
 * no terminal punctuation). Bold words followed by a space are a lead-in
 * (`**WASHINGTON** — The…`), not a heading.
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
  if (!isHeadingLine(toString(head).trim())) return 0
  const next = node.children[1]

  if (next) {
    const glued =
      next.position?.start.offset === head.position.end.offset &&
      !(next.type === 'text' && /^[ \t]/.test(next.value))
    const broken = next.type === 'break' || (next.type === 'text' && /^[ \t]*\n/.test(next.value))
    if (!glued && !broken) return 0
  }

  const end = head.position.end.offset ?? 0
  return run.map.firstAtOrAfter(end)
}
