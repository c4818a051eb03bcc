/**
 * Turn offsets into unist points.
 *
 * @module
 */

import type {Point, Position} from 'unist'

/**
 * Maps 0-based UTF-16 offsets into a document to unist points (1-based
 * `line` and `column`). Built once per document from the offsets where
 * lines start; each look-up is a binary search.
 */
export class Locator {
  /** Offsets at which each line starts; `\r\n`, `\r` and `\n` end lines. */
  readonly lineStarts: number[]

  /**
   * Create a locator.
   *
   * @param lineStarts
   *   Offsets at which lines start, ascending, beginning with `0`.
   */
  constructor(lineStarts: number[]) {
    this.lineStarts = lineStarts
  }

  /**
   * Create a locator by scanning a document for line endings.
   *
   * @param value
   *   The document.
   * @returns
   *   A locator.
   */
  static from(value: string): Locator {
    const starts = [0]
    let index = 0

    // Without carriage returns, only line feeds end lines: find them with
    // a native search instead of looking at every character.
    if (!value.includes('\r')) {
      let feed = value.indexOf('\n')
      while (feed !== -1) {
        starts.push(feed + 1)
        feed = value.indexOf('\n', feed + 1)
      }

      return new Locator(starts)
    }

    while (index < value.length) {
      const code = value.charCodeAt(index)
      if (code === 13) {
        index += value.charCodeAt(index + 1) === 10 ? 2 : 1
        starts.push(index)
      } else if (code === 10) {
        index++
        starts.push(index)
      } else {
        index++
      }
    }

    return new Locator(starts)
  }

  /**
   * Get the point at an offset.
   *
   * @param offset
   *   0-based offset.
   * @returns
   *   A fresh point (points are never shared between nodes).
   */
  point(offset: number): Point {
    const starts = this.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }

  /**
   * Get the position between two offsets.
   *
   * @param start
   *   Start offset.
   * @param end
   *   End offset (exclusive).
   * @returns
   *   A fresh position.
   */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}
