/**
 * Make identifiers for sources.
 *
 * @module
 */

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
  const words = name
    .normalize('NFKD')
    .replaceAll(/\p{M}+/gu, '')
    .toLowerCase()
    .replaceAll(/['’]s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
  return words.filter(Boolean).join('-')
}
