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
  const quotes = findQuotes(value)
  const sentences: Sentence[] = []

  for (const [from, to] of splitSentences(value)) {
    const sentenceStart = start + from
    const sentenceEnd = start + to
    const spans: PhrasingSpan[] = []
    const quoted: Array<[number, number]> = []

    for (const span of extra) {
      if (span.start < sentenceEnd && span.end > sentenceStart) {
        spans.push({start: Math.max(span.start, sentenceStart), end: Math.min(span.end, sentenceEnd), make: span.make})
      }
    }

    for (const quote of quotes) {
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
      if (quoted.some(([a, b]) => absoluteStart < b && absoluteEnd > a)) continue
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
