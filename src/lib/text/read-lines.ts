/**
 * Split a document into lines, in one pass.
 *
 * @module
 */

import {isSpace} from '../util/white-space.js'

/**
 * One line of the input, without its line ending.
 */
export interface Line {
  /** Offset of the line's first character. */
  start: number
  /** Offset just past the line's last character (before `\r`/`\n`). */
  end: number
  /** Offset of the first character that is not white space. */
  contentStart: number
  /** Offset just past the last character that is not white space. */
  contentEnd: number
  /** Width of the leading white space (a tab counts 4). */
  indent: number
}

/**
 * A line ending character, searched from `lastIndex`.
 */
const lineEnding = /[\n\r]/g

/**
 * Split a document into lines (`\r\n`, `\r` and `\n` end a line), noting for
 * each where its content starts and ends and how far it is indented.
 *
 * @param value
 *   The document.
 * @returns
 *   Lines, in order; a document without a final line ending still ends in a
 *   (possibly empty) line.
 */
export function readLines(value: string): Line[] {
  const lines: Line[] = []
  const length = value.length
  let start = 0

  while (start <= length) {
    let index = start
    let indent = 0
    while (index < length) {
      const code = value.charCodeAt(index)
      if (!isSpace(code)) break
      indent += code === 9 ? 4 - (indent % 4) : 1
      index++
    }

    const contentStart = index
    // Jump to the line ending with a native search instead of a loop over
    // every character, then trim trailing white space backwards: lines
    // rarely end in white space, so that loop stops at once.
    lineEnding.lastIndex = index
    index = lineEnding.test(value) ? lineEnding.lastIndex - 1 : length
    let contentEnd = index
    while (contentEnd > contentStart && isSpace(value.charCodeAt(contentEnd - 1))) contentEnd--

    lines.push({start, end: index, contentStart, contentEnd, indent})

    if (index >= length) break
    start = index + (value.charCodeAt(index) === 13 && value.charCodeAt(index + 1) === 10 ? 2 : 1)
    if (start === length) {
      lines.push({start, end: start, contentStart: start, contentEnd: start, indent: 0})
      break
    }
  }

  return lines
}

/**
 * Whether a line holds nothing but white space.
 *
 * @param line
 *   The line.
 * @returns
 *   Whether it is blank.
 */
export function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd
}
