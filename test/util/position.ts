// Test helpers: positions computed from the input, independently of the
// parser's own locator.

/**
 * Make a function that gives the unist position of `[start, end)` in a
 * document (`\r\n`, `\r` and `\n` end lines).
 *
 * @param value
 *   Document.
 * @returns
 *   Position maker.
 */
export function positions(value: string) {
  /**
   * Point of an offset.
   *
   * @param offset
   *   Offset.
   * @returns
   *   Point.
   */
  function point(offset: number) {
    let line = 1
    let column = 1
    for (let index = 0; index < offset; index++) {
      const code = value.charCodeAt(index)
      if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
        line++
        column = 1
      } else if (code !== 13) {
        column++
      }
    }

    return {line, column, offset}
  }

  return function (start: number, end: number) {
    return {start: point(start), end: point(end)}
  }
}

/**
 * Offsets of the `n`th occurrence of `search` in `value`.
 *
 * @param value
 *   Document.
 * @param search
 *   Text to find.
 * @param nth
 *   Which occurrence (0-based).
 * @returns
 *   `[start, end]`.
 */
export function find(value: string, search: string, nth = 0): [number, number] {
  let start = -1
  for (let index = 0; index <= nth; index++) {
    start = value.indexOf(search, start + 1)
    if (start === -1) throw new Error('Not found: `' + search + '`')
  }

  return [start, start + search.length]
}
