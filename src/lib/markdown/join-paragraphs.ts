/**
 * Join paragraphs that a page-to-Markdown converter split around a link.
 *
 * Converters that give a link its own line sometimes put a blank line after
 * it, so one sentence of the page becomes two paragraphs:
 *
 * ```markdown
 * The figures were checked by
 * [the statistics office](https://example.com/office)
 *
 * and published on Monday.
 * ```
 *
 * A paragraph that ends with a link, followed by one that starts with a
 * lower-case letter and nothing but white space between them, is such a
 * split: no sentence starts in lower case, and a sentence that ends at a
 * link has no full stop. So is one that starts with the punctuation that
 * closes or continues the sentence (`.`, `,`, `;`, `:`, `)`, `]`, `?`,
 * `!`): no paragraph starts with it either.
 *
 * ```markdown
 * Staff grew by a third,
 * [the agency reported](https://example.com/report)
 *
 * . The new office opens in May.
 * ```
 *
 * @module
 */

import type {Paragraph as MdastParagraph, RootContent as MdastContent, Text as MdastText} from 'mdast'
import {isLower, isWhiteSpace} from '../util/white-space.js'

/**
 * Join each paragraph that continues the sentence of the paragraph before
 * it into that paragraph. The joined paragraph holds the children of both,
 * with a line ending between them (a text node over the blank line), and
 * spans both.
 *
 * @param nodes
 *   Top-level mdast nodes, in order.
 * @param value
 *   The document (to check that only white space is between two
 *   paragraphs), or `''` when it is not known.
 * @returns
 *   The nodes, with split paragraphs joined (the same nodes where nothing
 *   was split).
 */
export function joinSplitParagraphs(nodes: MdastContent[], value: string): MdastContent[] {
  const result: MdastContent[] = []
  // The paragraph made by the last join, which later ones extend in place
  // (so that a long chain of splits is joined in linear time).
  let joined: MdastParagraph | undefined

  for (const node of nodes) {
    const previous = result[result.length - 1]
    if (previous?.type === 'paragraph' && node.type === 'paragraph' && continues(previous, node, value)) {
      if (previous !== joined) {
        joined = {type: 'paragraph', children: [...previous.children], position: {...previous.position!}}
        result[result.length - 1] = joined
      }

      // The blank line between them becomes one line ending, as a line
      // ending inside a paragraph is: a paragraph holds no blank line (so
      // the tree written back as Markdown or text reads as one paragraph).
      const gap: MdastText = {type: 'text', value: '\n', position: {start: previous.position!.end, end: node.position!.start}}
      joined.children.push(gap)
      for (const child of node.children) joined.children.push(child)
      joined.position!.end = node.position!.end
    } else {
      result.push(node)
    }
  }

  return result
}

/**
 * Whether `next` continues the sentence that `previous` leaves open at a
 * link.
 *
 * @param previous
 *   Paragraph.
 * @param next
 *   The paragraph after it.
 * @param value
 *   The document.
 * @returns
 *   Whether they are one paragraph split after a link.
 */
function continues(previous: MdastParagraph, next: MdastParagraph, value: string): boolean {
  const end = previous.position?.end.offset
  const start = next.position?.start.offset
  if (end === undefined || start === undefined || start < end) return false
  const last = previous.children[previous.children.length - 1]
  const first = next.children[0]
  if (last?.type !== 'link' && last?.type !== 'linkReference') return false
  if (first?.type !== 'text' || !opensContinuation(first.value.charCodeAt(0))) return false
  // Nothing else between them (a definition, say), when that can be told.
  if (value !== '') {
    for (let index = end; index < start; index++) if (!isWhiteSpace(value.charCodeAt(index))) return false
  }

  return true
}

/**
 * Whether a paragraph that starts with this character continues the
 * sentence of the paragraph before it: a lower-case letter, or punctuation
 * that closes or continues a sentence (`.`, `,`, `;`, `:`, `)`, `]`, `?`,
 * `!`). Quotation marks and dashes are not among them: a closing mark
 * opens paragraphs in some languages (`”Yes,” she said.`), and a dash opens
 * lines of dialogue.
 *
 * @param code
 *   First code unit of the paragraph (`NaN` when empty).
 * @returns
 *   Whether it continues a sentence.
 */
export function opensContinuation(code: number): boolean {
  return (
    isLower(code) ||
    code === 46 /* . */ ||
    code === 44 /* , */ ||
    code === 59 /* ; */ ||
    code === 58 /* : */ ||
    code === 41 /* ) */ ||
    code === 93 /* ] */ ||
    code === 63 /* ? */ ||
    code === 33 /* ! */
  )
}
