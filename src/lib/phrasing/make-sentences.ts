/**
 * Turn a stretch of body text into sentences with their phrasing: quotes,
 * dates and times, and attributions.
 *
 * @module
 */

import {findTimes, nextTimeStart} from '../header/find-times.js'
import {splitSentences} from '../sentence/split-sentences.js'
import {findAttributions} from '../sources/find-attributions.js'
import {findQuotes} from '../sources/find-quotes.js'
import type {AttributionSpan, DateFields, QuoteSpan, RecognizeContext, TimeSpan} from '../recognizer-types.js'
import {report, type State} from '../state.js'
import type {Attribution, PhrasingContent, Sentence, Text, Time} from '../types.js'
import {isWhiteSpace} from '../util/white-space.js'
import {buildPhrasing, text, type PhrasingSpan} from './build-phrasing.js'

/** No spans (one shared array, not a new one per call). */
const noSpans: readonly PhrasingSpan[] = []

/**
 * Split `[start, end)` of the document into sentences and recognise their
 * phrasing.
 *
 * Quotes are found over the whole stretch, since a quotation can run over
 * several sentences, and clipped to each sentence (one `quote` per part).
 * Dates, times and attributions are found per sentence. Where spans
 * overlap, the earlier and longer one wins (see `buildPhrasing`); an
 * attribution inside quoted words is not an attribution.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset of a paragraph or list item's words.
 * @param end
 *   End offset (exclusive).
 * @param extra
 *   Spans the caller already knows (absolute offsets), such as the links of
 *   a Markdown paragraph; each is clipped to the sentences it overlaps, one
 *   node per part, and wins over recognised spans of the same range.
 * @returns
 *   Sentences.
 */
export function makeSentences(
  state: State,
  start: number,
  end: number,
  extra: readonly PhrasingSpan[] = noSpans
): Sentence[] {
  const value = state.value.slice(start, end)
  const sentences: Sentence[] = []
  const found = findQuotes(value)
  // Sentences come in order, so each quote and extra span is looked at only
  // while it can overlap the current sentence: a paragraph of a thousand
  // quoted sentences stays linear. Most paragraphs have neither: then no
  // window is made and the sentences skip those steps.
  const quotes = found.length > 0 ? new Window(found, quoteStart, quoteEnd) : undefined
  const extras = extra.length > 0 ? new Window(extra, spanStart, spanEnd) : undefined
  // One context for all sentences, moved to each: recognisers use it only
  // while they run.
  const context = new MovingContext(state)

  const ranges = splitSentences(value)
  // Where the next place is that a time may start (see `nextTimeStart`):
  // most sentences hold none, and are not offered to `findTimes` at all.
  let timeStart = nextTimeStart(value, 0)
  // An index loop, not `for…of` with `[from, to]`: destructuring a pair goes
  // through the iterator protocol, once per sentence.
  for (let rangeIndex = 0; rangeIndex < ranges.length; rangeIndex++) {
    const range = ranges[rangeIndex]!
    const from = range[0]
    const to = range[1]
    const sentenceStart = start + from
    const sentenceEnd = start + to
    // Made only when a sentence has a span: most have none.
    let spans: PhrasingSpan[] | undefined
    let quoted: Array<[number, number]> | undefined

    if (extras) {
      for (const span of extras.overlapping(sentenceStart, sentenceEnd)) {
        if (span.start < sentenceEnd && span.end > sentenceStart) {
          const clippedStart = Math.max(span.start, sentenceStart)
          const clippedEnd = Math.min(span.end, sentenceEnd)
          spans ??= []
          spans.push(new Part('clip', state, clippedStart, clippedEnd, undefined, span))
        }
      }
    }

    if (quotes) {
      for (const quote of quotes.overlapping(from, to)) {
        let contentStart = Math.max(quote.contentStart, from)
        let contentEnd = Math.min(quote.contentEnd, to)
        while (contentStart < contentEnd && isWhiteSpace(value.charCodeAt(contentStart))) contentStart++
        while (contentEnd > contentStart && isWhiteSpace(value.charCodeAt(contentEnd - 1))) contentEnd--
        if (contentStart >= contentEnd) continue
        quoted ??= []
        quoted.push([Math.max(quote.start, from), Math.min(quote.end, to)])
        spans ??= []
        spans.push(new Part('quote', state, start + contentStart, start + contentEnd, undefined, undefined))
      }
    }

    if (quoted) {
      // Clipped quotes in order of start, each end raised to the furthest
      // end so far, so that the attribution check below is a binary search.
      quoted.sort((a, b) => a[0] - b[0])
      for (let index = 1; index < quoted.length; index++) {
        quoted[index]![1] = Math.max(quoted[index]![1], quoted[index - 1]![1])
      }
    }

    const sentenceText = value.slice(from, to)
    context.move(sentenceStart)

    if (timeStart !== -1 && timeStart < from) timeStart = nextTimeStart(value, from)
    if (timeStart !== -1 && timeStart < to) {
      for (const time of findTimes(sentenceText, context, timeStart - from)) {
        spans ??= []
        spans.push(new Part('time', state, sentenceStart + time.start, sentenceStart + time.end, time, undefined))
      }
    }

    for (const attribution of findAttributions(sentenceText, context)) {
      if (quoted && overlapsAny(quoted, from + attribution.start, from + attribution.end)) continue
      const nameStart = sentenceStart + attribution.start
      const nameEnd = sentenceStart + attribution.end
      spans ??= []
      spans.push(new Part('attribution', state, nameStart, nameEnd, attribution, undefined))
    }

    const sentence: Sentence = {
      type: 'sentence',
      children: buildPhrasing(state, sentenceStart, sentenceEnd, spans ?? noSpans),
      position: state.locator.position(sentenceStart, sentenceEnd)
    }
    sentences.push(sentence)
    // For the source resolver (resolve-sources.ts): the text it would
    // otherwise rebuild from the children.
    state.attributions.texts.set(sentence, sentenceText)
  }

  return sentences
}

/**
 * What a {@link Part} makes: the words of a quotation, a date or time, an
 * attribution, or the part of a caller's span inside one sentence.
 */
type PartKind = 'attribution' | 'clip' | 'quote' | 'time'

/**
 * A span that `makeSentences` found or clipped.
 *
 * One class for every kind rather than object literals with a closure
 * each: one allocation per span instead of two, and `buildPhrasing` sees
 * one shape (several classes would make its property reads polymorphic).
 */
class Part implements PhrasingSpan {
  /** What it makes. */
  readonly kind: PartKind
  /** Parse state. */
  readonly state: State
  /** Start offset (absolute). */
  readonly start: number
  /** End offset (absolute, exclusive). */
  readonly end: number
  /** What the recogniser found (times, attributions). */
  readonly found: TimeSpan | AttributionSpan | undefined
  /** The whole span (clips). */
  readonly span: PhrasingSpan | undefined

  /**
   * Create a span.
   *
   * @param kind
   *   What it makes.
   * @param state
   *   Parse state.
   * @param start
   *   Start offset (absolute).
   * @param end
   *   End offset (absolute, exclusive).
   * @param found
   *   What the recogniser found (times, attributions).
   * @param span
   *   The whole span (clips).
   */
  constructor(
    kind: PartKind,
    state: State,
    start: number,
    end: number,
    found: TimeSpan | AttributionSpan | undefined,
    span: PhrasingSpan | undefined
  ) {
    this.kind = kind
    this.state = state
    this.start = start
    this.end = end
    this.found = found
    this.span = span
  }

  /**
   * Make the node.
   *
   * @param children
   *   Phrasing inside.
   * @returns
   *   The node.
   */
  make(children: PhrasingContent[]): PhrasingContent {
    switch (this.kind) {
      case 'quote': {
        return {type: 'quote', children}
      }

      case 'time': {
        const node: Time = {type: 'time', children: onlyText(this.state, children, this.start, this.end)}
        copyDateFields(this.found as TimeSpan, node)
        return node
      }

      case 'attribution': {
        const found = this.found as AttributionSpan
        const node: Attribution = {
          type: 'attribution',
          identifier: '',
          cue: found.cue,
          children: onlyText(this.state, children, this.start, this.end)
        }
        this.state.attributions.set(node, found)
        return node
      }

      default: {
        return this.span!.make(children)
      }
    }
  }
}

/**
 * A recogniser context whose base offset moves from sentence to sentence,
 * so that one object serves a whole paragraph (recognisers report while
 * they run, never later).
 */
class MovingContext implements RecognizeContext {
  /** Parse state. */
  readonly state: State
  /** The reference date when the paragraph was read. */
  readonly referenceDate: string | undefined
  /** Absolute offset of the current sentence. */
  base = 0

  /**
   * Create a context.
   *
   * @param state
   *   Parse state.
   */
  constructor(state: State) {
    this.state = state
    this.referenceDate = state.referenceDate
    // `report` is handed around on its own: bind it once.
    this.report = this.report.bind(this)
  }

  /**
   * Move to a sentence.
   *
   * @param base
   *   Absolute offset of the sentence.
   */
  move(base: number): undefined {
    this.base = base
  }

  /**
   * Report a problem at offsets relative to the current sentence.
   *
   * @param reason
   *   What went wrong.
   * @param ruleId
   *   Rule identifier.
   * @param start
   *   Start offset (relative).
   * @param end
   *   End offset (relative).
   */
  report(reason: string, ruleId: string, start: number, end: number): undefined {
    report(this.state, reason, ruleId, this.base + start, this.base + end)
  }
}

/**
 * Start of a quotation's words.
 *
 * @param quote
 *   Quotation.
 * @returns
 *   Offset.
 */
function quoteStart(quote: QuoteSpan): number {
  return quote.contentStart
}

/**
 * End of a quotation's words.
 *
 * @param quote
 *   Quotation.
 * @returns
 *   Offset.
 */
function quoteEnd(quote: QuoteSpan): number {
  return quote.contentEnd
}

/**
 * Start of a span.
 *
 * @param span
 *   Span.
 * @returns
 *   Offset.
 */
function spanStart(span: PhrasingSpan): number {
  return span.start
}

/**
 * End of a span.
 *
 * @param span
 *   Span.
 * @returns
 *   Offset.
 */
function spanEnd(span: PhrasingSpan): number {
  return span.end
}

/**
 * Children for a node that holds only text: the children when they are all
 * text, else one text node over the whole range (so no words are lost).
 *
 * @param state
 *   Parse state.
 * @param children
 *   Built children.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Text children.
 */
function onlyText(state: State, children: PhrasingContent[], start: number, end: number): Text[] {
  if (children.every((child) => child.type === 'text')) return children as Text[]
  return [text(state, start, end)]
}

/**
 * Copy the defined date fields from one object to a node.
 *
 * @param from
 *   Source fields.
 * @param to
 *   Node.
 */
export function copyDateFields(from: DateFields, to: DateFields): undefined {
  if (from.date !== undefined) to.date = from.date
  if (from.time !== undefined) to.time = from.time
  if (from.utcOffset !== undefined) to.utcOffset = from.utcOffset
  if (from.zone !== undefined) to.zone = from.zone
  if (from.datetime !== undefined) to.datetime = from.datetime
}

/**
 * The items of a list of ranges that overlap a moving range, for ranges that
 * only move forwards (the sentences of a paragraph): each item enters once,
 * when the range reaches its start, and leaves once, when the range is past
 * its end, so a whole pass costs the number of items plus the output.
 */
class Window<T> {
  /** Items in order of start (ties keep their order). */
  readonly items: readonly T[]
  /** Start of an item. */
  readonly startOf: (item: T) => number
  /** End of an item. */
  readonly endOf: (item: T) => number
  /** Index of the first item that has not entered yet. */
  next = 0
  /** Items that have entered and may still overlap, in order of start. */
  active: T[] = []

  /**
   * Create a window over items.
   *
   * @param items
   *   Items, in any order.
   * @param startOf
   *   Get an item's start.
   * @param endOf
   *   Get an item's end (exclusive).
   */
  constructor(items: readonly T[], startOf: (item: T) => number, endOf: (item: T) => number) {
    // Quotes and links come in order already: sort (a copy) only when not.
    this.items = inOrder(items, startOf) ? items : [...items].sort((a, b) => startOf(a) - startOf(b))
    this.startOf = startOf
    this.endOf = endOf
  }

  /**
   * Get the items that may overlap `[from, to)`: those that start before `to`
   * and end after `from`. Each call's `from` must not be before the last's.
   *
   * @param from
   *   Start of the range.
   * @param to
   *   End of the range (exclusive).
   * @returns
   *   Items, in order of start.
   */
  overlapping(from: number, to: number): T[] {
    while (this.next < this.items.length && this.startOf(this.items[this.next]!) < to) {
      this.active.push(this.items[this.next]!)
      this.next++
    }

    // Drop, in place, the items that end before `from` (the caller is done
    // with the last call's array).
    const active = this.active
    let kept = 0
    for (const item of active) if (this.endOf(item) > from) active[kept++] = item
    active.length = kept
    return active
  }
}

/**
 * Whether items are in order of start.
 *
 * @param items
 *   Items.
 * @param startOf
 *   Get an item's start.
 * @returns
 *   Whether no item starts before the one before it.
 */
function inOrder<T>(items: readonly T[], startOf: (item: T) => number): boolean {
  for (let index = 1; index < items.length; index++) {
    if (startOf(items[index]!) < startOf(items[index - 1]!)) return false
  }

  return true
}

/**
 * Whether `[start, end)` overlaps one of a list of ranges sorted by start
 * whose ends have been raised to the running maximum.
 *
 * @param ranges
 *   Ranges (`[start, furthest end so far]`), sorted by start.
 * @param start
 *   Start of the range to test.
 * @param end
 *   End of the range to test (exclusive).
 * @returns
 *   Whether some range starts before `end` and ends after `start`.
 */
function overlapsAny(ranges: Array<[number, number]>, start: number, end: number): boolean {
  // The last range that starts before `end`.
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![0] < end) low = middle + 1
    else high = middle
  }

  return low > 0 && ranges[low - 1]![1] > start
}
