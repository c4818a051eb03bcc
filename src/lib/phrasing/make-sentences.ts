/**
 * Turn a stretch of body text into sentences with their phrasing: quotes,
 * dates and times, and attributions.
 *
 * @module
 */

import {findTimes} from '../header/find-times.js'
import type {DateFields} from '../recognizer-types.js'
import {splitSentences} from '../sentence/split-sentences.js'
import {findAttributions} from '../sources/find-attributions.js'
import {findQuotes} from '../sources/find-quotes.js'
import {contextAt, type State} from '../state.js'
import type {Attribution, PhrasingContent, Sentence, Text, Time} from '../types.js'
import {isWhiteSpace} from '../util/white-space.js'
import {buildPhrasing, text, type PhrasingSpan} from './build-phrasing.js'

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
  extra: readonly PhrasingSpan[] = []
): Sentence[] {
  const value = state.value.slice(start, end)
  const sentences: Sentence[] = []
  // Sentences come in order, so each quote and extra span is looked at only
  // while it can overlap the current sentence: a paragraph of a thousand
  // quoted sentences stays linear.
  const quotes = new Window(findQuotes(value), (quote) => quote.contentStart, (quote) => quote.contentEnd)
  const extras = new Window(extra, (span) => span.start, (span) => span.end)

  for (const [from, to] of splitSentences(value)) {
    const sentenceStart = start + from
    const sentenceEnd = start + to
    const spans: PhrasingSpan[] = []
    const quoted: Array<[number, number]> = []

    for (const span of extras.overlapping(sentenceStart, sentenceEnd)) {
      if (span.start < sentenceEnd && span.end > sentenceStart) {
        spans.push({start: Math.max(span.start, sentenceStart), end: Math.min(span.end, sentenceEnd), make: span.make})
      }
    }

    for (const quote of quotes.overlapping(from, to)) {
      let contentStart = Math.max(quote.contentStart, from)
      let contentEnd = Math.min(quote.contentEnd, to)
      while (contentStart < contentEnd && isWhiteSpace(value.charCodeAt(contentStart))) contentStart++
      while (contentEnd > contentStart && isWhiteSpace(value.charCodeAt(contentEnd - 1))) contentEnd--
      if (contentStart >= contentEnd) continue
      quoted.push([Math.max(quote.start, from), Math.min(quote.end, to)])
      spans.push({
        start: start + contentStart,
        end: start + contentEnd,
        make: (children) => ({type: 'quote', children})
      })
    }

    // Clipped quotes in order of start, each end raised to the furthest end
    // so far, so that the attribution check below is a binary search.
    quoted.sort((a, b) => a[0] - b[0])
    for (let index = 1; index < quoted.length; index++) {
      quoted[index]![1] = Math.max(quoted[index]![1], quoted[index - 1]![1])
    }

    const sentenceText = value.slice(from, to)
    const context = contextAt(state, sentenceStart)

    for (const found of findTimes(sentenceText, context)) {
      const timeStart = sentenceStart + found.start
      const timeEnd = sentenceStart + found.end
      spans.push({
        start: timeStart,
        end: timeEnd,
        make(children) {
          const node: Time = {type: 'time', children: onlyText(state, children, timeStart, timeEnd)}
          copyDateFields(found, node)
          return node
        }
      })
    }

    for (const found of findAttributions(sentenceText, context)) {
      const absoluteStart = from + found.start
      const absoluteEnd = from + found.end
      if (overlapsAny(quoted, absoluteStart, absoluteEnd)) continue
      const nameStart = sentenceStart + found.start
      const nameEnd = sentenceStart + found.end
      spans.push({
        start: nameStart,
        end: nameEnd,
        make(children) {
          const node: Attribution = {
            type: 'attribution',
            identifier: '',
            cue: found.cue,
            children: onlyText(state, children, nameStart, nameEnd)
          }
          state.attributions.set(node, found)
          return node
        }
      })
    }

    const sentence: Sentence = {
      type: 'sentence',
      children: buildPhrasing(state, sentenceStart, sentenceEnd, spans),
      position: state.locator.position(sentenceStart, sentenceEnd)
    }
    sentences.push(sentence)
  }

  return sentences
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
  readonly items: T[]
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
    this.items = [...items].sort((a, b) => startOf(a) - startOf(b))
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

    if (this.active.length > 0) this.active = this.active.filter((item) => this.endOf(item) > from)
    return this.active
  }
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
