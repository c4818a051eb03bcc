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
export function isPatternSpace(code: number): boolean {
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

/**
 * Whether a code unit is an ASCII letter or digit.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is.
 */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/**
 * Whether the apostrophe (`'` or `’`) at `index` starts a possessive `s` as
 * `/['’]s\b/` sees it in the lower case: `s` or `S`, then no word
 * character (`\w`).
 *
 * @param name
 *   Name.
 * @param index
 *   Index of an apostrophe.
 * @returns
 *   Whether it does.
 */
function isPossessive(name: string, index: number): boolean {
  const next = name.charCodeAt(index + 1)
  if (next !== 115 && next !== 83) return false
  if (index + 2 >= name.length) return true
  const after = name.charCodeAt(index + 2)
  return !isAsciiLetterOrDigit(after) && after !== 95
}

/**
 * The key of a name of ASCII characters and `’` only, by character codes:
 * what `name.toLowerCase().replaceAll('’', "'").replaceAll(/'s\b/g, '')
 * .replaceAll(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives (for ASCII, letters and
 * digits are `[A-Za-z\d]`).
 *
 * @param name
 *   Name.
 * @returns
 *   Key, or `undefined` when the name has another character.
 */
export function asciiKey(name: string): string | undefined {
  let key = ''
  let start = -1
  for (let index = 0; index <= name.length; index++) {
    // A space after the end closes the last word.
    const code = index < name.length ? name.charCodeAt(index) : 32
    if (code >= 128 && code !== 0x20_19) return undefined
    if (isAsciiLetterOrDigit(code)) {
      if (start === -1) start = index
      continue
    }

    if (start === -1) continue
    // A possessive `s` is dropped with its apostrophe.
    const before = name.charCodeAt(start - 1)
    const dropped = index - start === 1 && (before === 39 || before === 0x20_19) && isPossessive(name, start - 1)
    if (!dropped) key += (key === '' ? '' : ' ') + name.slice(start, index)
    start = -1
  }

  return key.toLowerCase()
}

/**
 * The slug of a name of ASCII characters and `’` only, by character codes:
 * what `name.toLowerCase().replaceAll(/['’]s\b/g, 's')
 * .split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-')` gives.
 *
 * @param name
 *   Name.
 * @returns
 *   Slug, or `undefined` when the name has another character.
 */
export function asciiSlug(name: string): string | undefined {
  let slug = ''
  let word = ''
  let start = -1
  for (let index = 0; index <= name.length; index++) {
    const code = index < name.length ? name.charCodeAt(index) : 32
    if (code >= 128 && code !== 0x20_19) return undefined
    if (isAsciiLetterOrDigit(code)) {
      if (start === -1) start = index
      continue
    }

    if (start !== -1) {
      word += name.slice(start, index)
      start = -1
    }

    // The apostrophe of a possessive goes, and the word goes on with `s`.
    if ((code === 39 || code === 0x20_19) && isPossessive(name, index)) continue
    if (word !== '') {
      slug += (slug === '' ? '' : '-') + word
      word = ''
    }
  }

  return slug.toLowerCase()
}
