// Test helpers for the source resolver: trees of sentences whose
// attributions are found as the readers find them.
import {u} from 'unist-builder'
import type {AttributionSpan} from '../../src/lib/recognizer-types.js'
import {findAttributions} from '../../src/lib/sources/find-attributions.js'
import type {Attribution, PhrasingContent, Root, Sentence} from '../../src/lib/types.js'

const context = {report: () => undefined}

/**
 * The children of a sentence with its attributions, as the reader makes
 * them; each attribution is recorded in `spans` with what was found.
 *
 * @param text
 *   Sentence.
 * @param spans
 *   Attributions found so far; mutated.
 * @returns
 *   Phrasing.
 */
export function phrasing(text: string, spans: Map<Attribution, AttributionSpan>): PhrasingContent[] {
  const children: PhrasingContent[] = []
  let at = 0
  for (const span of findAttributions(text, context)) {
    if (span.start > at) children.push(u('text', text.slice(at, span.start)))
    const node: Attribution = {type: 'attribution', identifier: '', cue: span.cue, children: [u('text', text.slice(span.start, span.end))]}
    spans.set(node, span)
    children.push(node)
    at = span.end
  }

  if (at < text.length) children.push(u('text', text.slice(at)))
  return children
}

/**
 * Build a tree of one paragraph per string, one sentence each, as the reader
 * would, with an optional footer.
 *
 * @param paragraphs
 *   Sentences.
 * @param footer
 *   Footer node.
 * @returns
 *   The tree and its attributions.
 */
export function article(paragraphs: string[], footer?: Root['children'][number]) {
  const spans = new Map<Attribution, AttributionSpan>()
  const sentences: Sentence[] = paragraphs.map((text) => u('sentence', phrasing(text, spans)))
  const tree: Root = {type: 'root', children: [u('section', sentences.map((sentence) => u('paragraph', [sentence])))]}
  if (footer) tree.children.push(footer)
  return {tree, spans}
}
