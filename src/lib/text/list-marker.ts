/**
 * Recognise list item markers in plain text.
 *
 * @module
 */

import type {Line} from './read-lines.js'
import {isSpace} from '../util/white-space.js'

/**
 * A list item marker at the start of a line.
 */
export interface ListMarker {
  /** Whether it is a number (`1.`, `2)`) rather than a bullet. */
  ordered: boolean
  /** Offset where the item's words start, after the marker and spaces. */
  contentStart: number
}

/**
 * Find a list item marker (`-`, `*`, `•`, `·`, `▪`, `1.`, `1)`) followed by
 * white space at the start of a line's content.
 *
 * @param value
 *   The document.
 * @param line
 *   The line.
 * @returns
 *   The marker, or `undefined`.
 */
export function listMarker(value: string, line: Line): ListMarker | undefined {
  let index = line.contentStart
  const code = value.charCodeAt(index)
  let ordered = false

  if (code === 45 /* - */ || code === 42 /* * */ || code === 0x2022 || code === 0xb7 || code === 0x25aa) {
    index++
  } else if (code >= 48 && code <= 57) {
    const digits = index
    while (index < line.contentEnd && index - digits < 3) {
      const next = value.charCodeAt(index)
      if (next < 48 || next > 57) break
      index++
    }

    const after = value.charCodeAt(index)
    if (after !== 46 /* . */ && after !== 41 /* ) */) return undefined
    index++
    ordered = true
  } else {
    return undefined
  }

  if (index >= line.contentEnd || !isSpace(value.charCodeAt(index))) return undefined
  while (index < line.contentEnd && isSpace(value.charCodeAt(index))) index++
  return {ordered, contentStart: index}
}
