/**
 * Character classes shared by the readers.
 *
 * @module
 */

/**
 * Whether a UTF-16 code unit is horizontal white space: space, tab, form
 * feed, vertical tab, no-break space, the BOM, and the Unicode space
 * separators (including zero-width space).
 *
 * @param code
 *   Code unit (`value.charCodeAt(index)`).
 * @returns
 *   Whether it is white space that is not a line ending.
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/**
 * Whether a UTF-16 code unit ends a line (`\n` or `\r`).
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is a line ending character.
 */
export function isLineEnding(code: number): boolean {
  return code === 10 || code === 13
}

/**
 * Whether a UTF-16 code unit is white space of any kind, line endings
 * included.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is white space.
 */
export function isWhiteSpace(code: number): boolean {
  return isLineEnding(code) || isSpace(code)
}

/**
 * Whether a code unit is a lower-case letter.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is lower case.
 */
export function isLower(code: number): boolean {
  if (code >= 97 && code <= 122) return true
  if (code < 0xc0) return false
  const character = String.fromCharCode(code)
  return character !== character.toUpperCase()
}
