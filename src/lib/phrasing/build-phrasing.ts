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
  spans: readonly PhrasingSpan[]
): PhrasingContent[] {
  // Most sentences have no spans at all, and many one: skip the filter and
  // the sort (and their arrays) for those.
  if (spans.length === 0) return start < end ? [text(state, start, end)] : []
  if (spans.length === 1) return build(state, start, end, inside(spans[0]!, start, end) ? spans : [])
  const sorted: PhrasingSpan[] = []
  for (const span of spans) if (inside(span, start, end)) sorted.push(span)
  sortSpans(sorted)
  return build(state, start, end, sorted)
}

/**
 * Whether a span is non-empty and inside `[start, end)`.
 *
 * @param span
 *   Span.
 * @param start
 *   Start offset.
 * @param end
 *   End offset (exclusive).
 * @returns
 *   Whether it is.
 */
function inside(span: PhrasingSpan, start: number, end: number): boolean {
  return span.start >= start && span.end <= end && span.end > span.start
}

/**
 * Order spans by start, the longer first at the same start.
 *
 * @param a
 *   Span.
 * @param b
 *   Other span.
 * @returns
 *   Order.
 */
function compare(a: PhrasingSpan, b: PhrasingSpan): number {
  return a.start - b.start || b.end - a.end
}

/**
 * Sort spans in place with {@link compare}, stably, as `Array#sort` does.
 *
 * An insertion sort: a sentence holds a handful of spans, and for so few
 * the native sort's setup and its calls to the comparator cost more than
 * the sorting. Quadratic in the worst case, so long lists (a sentence
 * with hundreds of dates) go to the native sort.
 *
 * @param spans
 *   Spans (mutated).
 */
function sortSpans(spans: PhrasingSpan[]): undefined {
  if (spans.length > smallSort) {
    spans.sort(compare)
    return
  }

  for (let index = 1; index < spans.length; index++) {
    const span = spans[index]!
    let place = index
    // Strictly after: equal spans keep their order.
    while (place > 0 && compare(spans[place - 1]!, span) > 0) {
      spans[place] = spans[place - 1]!
      place--
    }

    spans[place] = span
  }
}

/** Most spans sorted by insertion. */
const smallSort = 16

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
  spans: readonly PhrasingSpan[]
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

    let inner: PhrasingSpan[] | undefined
    let next = index + 1
    while (next < spans.length && spans[next]!.start < span.end) {
      if (spans[next]!.end <= span.end) (inner ??= []).push(spans[next]!)
      next++
    }

    if (cursor < span.start) children.push(text(state, cursor, span.start))
    // A span with nothing inside holds one text node (it is never empty).
    const node = span.make(inner ? build(state, span.start, span.end, inner) : [text(state, span.start, span.end)])
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
