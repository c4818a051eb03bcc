/**
 * What the readers share while they build one tree.
 *
 * @module
 */

import type {VFile} from 'vfile'
import type {AttributionSpan, RecognizeContext} from './recognizer-types.js'
import type {Attribution, Sentence} from './types.js'
import {Locator} from './util/locate.js'

/**
 * State of one parse.
 */
export interface State {
  /** The document. */
  value: string
  /** Offset → point. */
  locator: Locator
  /** Where messages go. */
  file: VFile
  /** The date that fills in missing years (`YYYY-MM-DD`), once known. */
  referenceDate: string | undefined
  /**
   * For each attribution node, what the recogniser found; and what else the
   * readers record for the source resolver as they go.
   */
  attributions: SourceNotes
}

/**
 * What the readers record for the source resolver while they build a tree:
 * for each attribution node, what the recogniser found, and the text of
 * each sentence as it was read, so that the resolver need not build it
 * again from the sentence's children (it asks for most sentences' texts).
 *
 * A `Map` itself so that code that only knows the attributions keeps
 * working; the Markdown bridge shares one between its run states.
 */
export class SourceNotes extends Map<Attribution, AttributionSpan> {
  /** Text of each sentence `makeSentences` made (equal to its children's). */
  readonly texts = new Map<Sentence, string>()
}

/**
 * Create the state for one document.
 *
 * @param value
 *   The document.
 * @param file
 *   The file messages go to.
 * @param referenceDate
 *   The caller's reference date, if any.
 * @returns
 *   Fresh state.
 */
export function createState(
  value: string,
  file: VFile,
  referenceDate: string | undefined
): State {
  return {
    value,
    locator: Locator.from(value),
    file,
    referenceDate,
    attributions: new SourceNotes()
  }
}

/**
 * Report a problem at an absolute range of the document.
 *
 * @param state
 *   Parse state.
 * @param reason
 *   What went wrong (values in backticks).
 * @param ruleId
 *   Stable rule identifier.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 */
export function report(
  state: State,
  reason: string,
  ruleId: string,
  start: number,
  end: number
): undefined {
  const place = state.locator.position(start, end)
  const limit = Error.stackTraceLimit
  // A `VFileMessage` is an `Error`, so making one captures a stack trace,
  // which it then replaces with `''`: capturing is most of the cost of a
  // message (several times the rest). Capture nothing while making it.
  if (typeof limit !== 'number') {
    state.file.message(reason, {place, ruleId, source: 'newsast'})
    return
  }

  Reflect.set(Error, 'stackTraceLimit', 0)
  try {
    state.file.message(reason, {place, ruleId, source: 'newsast'})
  } finally {
    Reflect.set(Error, 'stackTraceLimit', limit)
  }
}

/**
 * Make a recogniser context whose relative offsets start at `base`.
 *
 * @param state
 *   Parse state.
 * @param base
 *   Absolute offset of the recogniser's string.
 * @returns
 *   Context.
 */
export function contextAt(state: State, base: number): RecognizeContext {
  return {
    referenceDate: state.referenceDate,
    report(reason, ruleId, start, end) {
      report(state, reason, ruleId, base + start, base + end)
    }
  }
}
