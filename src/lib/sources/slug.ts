/**
 * Make identifiers for sources.
 *
 * @module
 */

import {isPlainName} from './name-shape.js'

// Compiled once: the build writes a literal with `\p{…}` as `new RegExp(…)`,
// which would run on every call.
// eslint-disable-next-line no-control-regex
const ascii = /^[\u0000-\u007F]*$/
const marks = /\p{M}+/gu
const possessive = /['’]s\b/g
const separators = /[^\p{L}\p{N}]+/u

/**
 * Turn a name into a lower-case slug (`Vestnik Kavkaza` → `vestnik-kavkaza`).
 *
 * @param name
 *   Name.
 * @returns
 *   Slug: lower-case letters and digits joined by single hyphens; empty when
 *   the name has none.
 */
export function slug(name: string): string {
  // Fast path: most names are ASCII words and digits joined by single
  // spaces, whose slug is their lower case with dashes for the spaces.
  if (isPlainName(name)) return name.toLowerCase().replaceAll(' ', '-')
  // ASCII needs no decomposition and has no combining marks.
  const plain = ascii.test(name) ? name : name.normalize('NFKD').replaceAll(marks, '')
  const words = plain.toLowerCase().replaceAll(possessive, 's').split(separators)
  return words.filter(Boolean).join('-')
}

