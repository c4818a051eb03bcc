/**
 * Runs: the words of Markdown inline content, flattened into one string
 * whose every character remembers where it came from in the input.
 *
 * The recognisers (sentences, stamps, bylines, quotes, …) work on plain
 * strings. A Markdown paragraph is not one: emphasis markers, escapes,
 * link brackets and URLs sit between its words. A run is the paragraph's
 * words alone, plus a map from each of its characters to its offset in
 * the input, so the nodes made from a run still point into the input.
 *
 * @module
 */

import type {Position} from 'unist'
import type {PhrasingSpan} from '../phrasing/build-phrasing.js'
import type {State} from '../state.js'
import {Locator} from '../util/locate.js'

/**
 * A link inside a run, in run offsets.
 */
export interface RunLink {
  /** Start (run offset). */
  start: number
  /** End (run offset, exclusive). */
  end: number
  /** Destination. */
  url: string
}

/**
 * Flattened inline content.
 */
export interface Run {
  /** The words. */
  value: string
  /** For each character of `value`, its offset in the input. */
  map: number[]
  /** Links, in run offsets. */
  links: RunLink[]
}

/** Widest stretch of markup skipped while aligning a value with its source. */
const window = 16

/**
 * Collects inline content into a run.
 */
export class RunBuilder {
  /** Pieces of the value. */
  readonly chunks: string[] = []
  /** Offsets, one per character. */
  readonly map: number[] = []
  /** Links found so far. */
  readonly links: RunLink[] = []
  /** The input. */
  readonly document: string

  /**
   * Create a builder.
   *
   * @param document
   *   The input (may be empty when unknown: offsets are then spread over
   *   each node's range).
   */
  constructor(document: string) {
    this.document = document
  }

  /**
   * Length of the run so far.
   *
   * @returns
   *   Number of characters.
   */
  get length(): number {
    return this.map.length
  }

  /**
   * Append a value that the input holds somewhere in `[start, end)`, maybe
   * with markup around or inside it (escapes, character references,
   * indentation of continuation lines).
   *
   * Each character is matched with the next equal character of the source
   * within a small window; characters that cannot be matched (a decoded
   * character reference) take the current source offset. Linear.
   *
   * @param value
   *   Characters to add.
   * @param start
   *   Start offset of the source range.
   * @param end
   *   End offset of the source range.
   */
  add(value: string, start: number, end: number): undefined {
    if (value.length === 0) return
    const map = this.map
    const document = this.document

    if (end - start === value.length && document.length >= end && document.startsWith(value, start)) {
      this.chunks.push(value)
      for (let index = 0; index < value.length; index++) map.push(start + index)
      return
    }

    let source = start
    let result = ''
    const last = Math.max(start, end - 1)
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      let found = -1
      const limit = Math.min(end, source + window)
      for (let probe = source; probe < limit; probe++) {
        const other = document.charCodeAt(probe)
        // The Markdown parser turns NUL into U+FFFD: keep what the input says.
        if (other === code || (code === 0xfffd && other === 0)) {
          found = probe
          break
        }
      }

      if (found === -1) {
        result += value.charAt(index)
        map.push(Math.min(source, last))
        if (document.length === 0) source++
      } else {
        result += document.charAt(found)
        map.push(found)
        source = found + 1
      }
    }

    this.chunks.push(result)
  }

  /**
   * Append a separator that stands for markup (a hard break) at `offset`.
   *
   * @param value
   *   Characters to add.
   * @param offset
   *   Input offset they stand for.
   */
  addAt(value: string, offset: number): undefined {
    this.chunks.push(value)
    for (let index = 0; index < value.length; index++) this.map.push(offset)
  }

  /**
   * Finish.
   *
   * @returns
   *   The run.
   */
  done(): Run {
    return {value: this.chunks.join(''), map: this.map, links: this.links}
  }
}

/**
 * A locator over a run: run offsets in, input points out.
 */
export class RunLocator extends Locator {
  /** The input's own locator. */
  readonly base: Locator
  /** Run offset → input offset. */
  readonly map: number[]
  /** Input offset of the end of the run's source. */
  readonly tail: number

  /**
   * Create a locator for a run.
   *
   * @param base
   *   The input's locator.
   * @param map
   *   The run's map.
   * @param tail
   *   Input offset used for an empty run.
   */
  constructor(base: Locator, map: number[], tail: number) {
    // Look-ups go to `base`: the lines need no check of their own.
    super(base.lineStarts, base.ordered)
    this.base = base
    this.map = map
    this.tail = tail
  }

  /**
   * Input offset where the character at a run offset starts.
   *
   * @param offset
   *   Run offset.
   * @returns
   *   Input offset.
   */
  startOf(offset: number): number {
    const map = this.map
    if (offset >= map.length) return map.length > 0 ? map[map.length - 1]! + 1 : this.tail
    // Characters without a source of their own (a tab read as spaces)
    // share the offset of the one before: a node starting at one starts
    // after it, so siblings never overlap.
    const own = map[offset]!
    return offset > 0 && map[offset - 1]! >= own ? map[offset - 1]! + 1 : own
  }

  /**
   * Input offset where the character before a run offset ends.
   *
   * @param offset
   *   Run offset (exclusive end).
   * @returns
   *   Input offset.
   */
  endOf(offset: number): number {
    if (offset <= 0) return this.startOf(0)
    return this.map[Math.min(offset, this.map.length) - 1]! + 1
  }

  /**
   * Get the input point of a run offset.
   *
   * @param offset
   *   Run offset.
   * @returns
   *   A fresh point.
   */
  override point(offset: number) {
    return this.base.point(this.startOf(offset))
  }

  /**
   * Get the input position of a run range.
   *
   * @param start
   *   Start (run offset).
   * @param end
   *   End (run offset, exclusive).
   * @returns
   *   A fresh position.
   */
  override position(start: number, end: number): Position {
    const from = this.startOf(start)
    const to = end > start ? Math.max(from, this.endOf(end)) : from
    return {start: this.base.point(from), end: this.base.point(to)}
  }
}

/**
 * Make a parse state whose `value` is a run, so that the plain-text steps
 * (`makeSentences`, `buildPhrasing`, `readHeader`) can read it unchanged;
 * messages, attributions and the reference date stay shared with `state`.
 *
 * @param state
 *   Parse state of the input.
 * @param run
 *   The run.
 * @param tail
 *   Input offset used when the run is empty.
 * @returns
 *   A state over the run.
 */
export function runState(state: State, run: Run, tail: number): State {
  // Only the fields of `State`, not a spread of the whole bridge state:
  // the steps that read a run state need nothing else, and a small literal
  // is far cheaper to make than a copy of every bridge field.
  return {
    value: run.value,
    locator: new RunLocator(state.locator, run.map, tail),
    file: state.file,
    referenceDate: state.referenceDate,
    attributions: state.attributions
  }
}

/**
 * Phrasing spans for the links of a run, for `makeSentences` or
 * `buildPhrasing`.
 *
 * @param run
 *   The run.
 * @param offset
 *   Added to each link's offsets.
 * @returns
 *   Spans.
 */
export function linkSpans(run: Run, offset = 0): PhrasingSpan[] {
  return run.links.map((link) => ({
    start: link.start + offset,
    end: link.end + offset,
    make: (children) => ({type: 'link', url: link.url, children})
  }))
}
