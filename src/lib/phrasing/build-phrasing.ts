/**
 * Turn annotated spans of a sentence into nested phrasing nodes.
 *
 * @module
 */

import type {State} from '../state.js'
import type {PhrasingContent, Text} from '../types.js'

/**
 * A stretch of the document that becomes one phrasing node.
 */
export interface PhrasingSpan {
  /** Start offset (absolute). */
  start: number
  /** End offset (absolute, exclusive). */
  end: number
  /**
   * Make the node from its children (the position is added afterwards).
   *
   * @param children
   *   Phrasing inside the span.
   * @returns
   *   The node.
   */
  make(children: PhrasingContent[]): PhrasingContent
}

/**
 * Build phrasing content for `[start, end)`: text nodes for the stretches
 * between spans, and one node per span, spans inside spans nested. A span
 * that overlaps an earlier one without nesting in it is dropped, so the
 * output is always a tree.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset (exclusive).
 * @param spans
 *   Spans inside `[start, end)`, in any order.
 * @returns
 *   Phrasing nodes covering `[start, end)` exactly.
 */
export function buildPhrasing(
  state: State,
  start: number,
  end: number,
  spans: PhrasingSpan[]
): PhrasingContent[] {
  const sorted = spans
    .filter((span) => span.start >= start && span.end <= end && span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  return build(state, start, end, sorted)
}

/**
 * Build the children of `[start, end)` from sorted spans inside it.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param spans
 *   Sorted spans inside `[start, end)`.
 * @returns
 *   Children.
 */
function build(
  state: State,
  start: number,
  end: number,
  spans: PhrasingSpan[]
): PhrasingContent[] {
  const children: PhrasingContent[] = []
  let cursor = start
  let index = 0

  while (index < spans.length) {
    const span = spans[index]!
    if (span.start < cursor) {
      index++
      continue
    }

    const inner: PhrasingSpan[] = []
    let next = index + 1
    while (next < spans.length && spans[next]!.start < span.end) {
      if (spans[next]!.end <= span.end) inner.push(spans[next]!)
      next++
    }

    if (cursor < span.start) children.push(text(state, cursor, span.start))
    const node = span.make(build(state, span.start, span.end, inner))
    node.position = state.locator.position(span.start, span.end)
    children.push(node)
    cursor = span.end
    index = next
  }

  if (cursor < end) children.push(text(state, cursor, end))
  return children
}

/**
 * Make a text node for `[start, end)` of the document.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Text node whose value is exactly that slice.
 */
export function text(state: State, start: number, end: number): Text {
  return {
    type: 'text',
    value: state.value.slice(start, end),
    position: state.locator.position(start, end)
  }
}
