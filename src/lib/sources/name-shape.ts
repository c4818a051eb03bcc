/**
 * Cheap tests of a name's shape, by character codes: the resolver asks them
 * of every new name (strip, key, head, slug), and a regular expression call
 * costs more than the few characters of a name.
 *
 * @module
 */

/**
 * Whether a code unit is white space as `\s` in a regular expression sees
 * it.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is.
 */
function isPatternSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether a name is words (no white space) joined by single spaces, nothing
 * around them: `/^\S+(?: \S+)*$/`.
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it is.
 */
export function isSingleSpaced(name: string): boolean {
  // As if after a space: a leading space fails.
  let afterSpace = true
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code === 32) {
      if (afterSpace) return false
      afterSpace = true
    } else if (isPatternSpace(code)) {
      return false
    } else {
      afterSpace = false
    }
  }

  // Empty, or a trailing space, fails.
  return !afterSpace
}

/**
 * Whether a name is ASCII letters and digits joined by single spaces:
 * `/^[a-z\d]+(?: [a-z\d]+)*$/i`.
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it is.
 */
export function isPlainName(name: string): boolean {
  let afterSpace = true
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code === 32) {
      if (afterSpace) return false
      afterSpace = true
    } else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      afterSpace = false
    } else {
      return false
    }
  }

  return !afterSpace
}
