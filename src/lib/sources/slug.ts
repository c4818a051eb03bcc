/**
 * Make identifiers for sources.
 *
 * @module
 */

import {asciiSlug, isPlainName} from './name-shape.js'

// Compiled once: the build writes a literal with `\p{…}` as `new RegExp(…)`,
// which would run on every call.
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
  if (isPlainName(name)) {
    const lower = name.toLowerCase()
    // Many names are one word: no replacement to run.
    return lower.includes(' ') ? lower.replaceAll(' ', '-') : lower
  }

  // ASCII (and `’`) needs no decomposition, has no combining marks, and
  // splits by character codes faster than by patterns.
  const fast = asciiSlug(name)
  if (fast !== undefined) return fast
  // Anything else beyond ASCII: decompose, and drop combining marks.
  const plain = name.normalize('NFKD').replaceAll(marks, '')
  const words = plain.toLowerCase().replaceAll(possessive, 's').split(separators)
  return words.filter(Boolean).join('-')
}

