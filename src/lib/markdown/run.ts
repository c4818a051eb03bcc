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
import {Locator, lastStartAtOrBefore} from '../util/locate.js'

/**
 * The input offsets of a run's characters, kept as stretches: each stretch
 * is characters whose offsets go up one by one from its source offset.
 *
 * A paragraph's words mostly come in a few long pieces of the input (one
 * per text node), so a stretch list is a handful of numbers where one
 * number per character was an array as long as the text, pushed to one
 * by one and then collected as garbage. A look-up finds the stretch, and
 * look-ups mostly come in order, so the stretch of the last one is tried
 * first.
 */
export class OffsetMap {
  /** Run offset where each stretch starts (ascending, the first is `0`). */
  readonly starts: number[] = []
  /** Input offset of each stretch's first character. */
  readonly sources: number[] = []
  /** Number of characters. */
  length = 0
  /** Stretch of the last look-up. */
  last = 0

  /**
   * Append characters at consecutive input offsets.
   *
   * @param source
   *   Input offset of the first.
   * @param count
   *   Number of characters (each at the offset after the one before).
   */
  push(source: number, count: number): undefined {
    if (count <= 0) return
    const stretches = this.starts.length
    // Glue to the last stretch when this piece carries on where it ends.
    if (stretches === 0 || this.sources[stretches - 1]! + this.length - this.starts[stretches - 1]! !== source) {
      this.starts.push(this.length)
      this.sources.push(source)
    }

    this.length += count
  }

  /**
   * Append all characters of another map.
   *
   * @param other
   *   Map whose characters follow this map's.
   */
  append(other: OffsetMap): undefined {
    const starts = other.starts
    for (let index = 0; index < starts.length; index++) {
      const end = index + 1 < starts.length ? starts[index + 1]! : other.length
      this.push(other.sources[index]!, end - starts[index]!)
    }
  }

  /**
   * Index of the stretch that holds a run offset (which must be in
   * `[0, length)`).
   *
   * @param offset
   *   Run offset.
   * @returns
   *   Stretch index.
   */
  find(offset: number): number {
    this.last = lastStartAtOrBefore(this.starts, offset, this.last)
    return this.last
  }

  /**
   * Input offset of the character at a run offset.
   *
   * @param offset
   *   Run offset.
   * @returns
   *   Input offset, or `NaN` outside the run (as reading past the end of
   *   an array of offsets gave).
   */
  at(offset: number): number {
    if (!(offset >= 0 && offset < this.length)) return Number.NaN
    const index = this.find(offset)
    return this.sources[index]! + offset - this.starts[index]!
  }

  /**
   * First run offset whose input offset is at least `source`, scanning
   * from the start (as a loop over the characters would).
   *
   * @param source
   *   Input offset.
   * @returns
   *   Run offset (`length` when there is none).
   */
  firstAtOrAfter(source: number): number {
    const starts = this.starts
    for (let index = 0; index < starts.length; index++) {
      const first = this.sources[index]!
      const end = index + 1 < starts.length ? starts[index + 1]! : this.length
      if (first >= source) return starts[index]!
      if (first + end - starts[index]! - 1 >= source) return starts[index]! + source - first
    }

    return this.length
  }
}

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
  map: OffsetMap
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
  /** Offsets of the characters. */
  readonly map = new OffsetMap()
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

    // A slice and `===`, not `startsWith`: V8 compares a slice of a flat
    // string with a native block compare, where `startsWith` reads one
    // character at a time (and a text value that the Markdown parser built
    // by concatenation, one piece per line, slower still): the two took a
    // fifth of the bridge's own time.
    if (end - start === value.length && document.length >= end && document.slice(start, end) === value) {
      this.chunks.push(value)
      map.push(start, value.length)
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
        map.push(Math.min(source, last), 1)
        if (document.length === 0) source++
      } else {
        result += document.charAt(found)
        map.push(found, 1)
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
    for (let index = 0; index < value.length; index++) this.map.push(offset, 1)
  }

  /**
   * Finish.
   *
   * @returns
   *   The run.
   */
  done(): Run {
    // Most runs are one text node: its value is the run's, with no join.
    const chunks = this.chunks
    const value = chunks.length === 1 ? chunks[0]! : chunks.join('')
    return {value, map: this.map, links: this.links}
  }
}

/**
 * A locator over a run: run offsets in, input points out.
 */
export class RunLocator extends Locator {
  /** The input's own locator. */
  readonly base: Locator
  /** Run offset → input offset. */
  readonly map: OffsetMap
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
  constructor(base: Locator, map: OffsetMap, tail: number) {
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
    if (offset >= map.length) return map.length > 0 ? map.at(map.length - 1) + 1 : this.tail
    // Characters without a source of their own (a tab read as spaces)
    // share the offset of the one before: a node starting at one starts
    // after it, so siblings never overlap. Inside a stretch the one before
    // is one less, so only a stretch's first character needs the check.
    const index = map.find(offset)
    const first = map.starts[index]!
    const own = map.sources[index]! + offset - first
    if (offset > first || index === 0) return own
    const before = map.sources[index - 1]! + offset - 1 - map.starts[index - 1]!
    return before >= own ? before + 1 : own
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
    return this.map.at(Math.min(offset, this.map.length) - 1) + 1
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

/** No spans. */
const noSpans: readonly PhrasingSpan[] = []

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
export function linkSpans(run: Run, offset = 0): readonly PhrasingSpan[] {
  // Most runs have no links: share one empty list.
  if (run.links.length === 0) return noSpans
  return run.links.map((link) => ({
    start: link.start + offset,
    end: link.end + offset,
    make: (children) => ({type: 'link', url: link.url, children})
  }))
}
