/**
 * `toString`: the plain text of a node.
 *
 * @module
 */

import type {Nodes} from './types.js'

/** Node types whose children are separated by a line break. */
const lineParents = new Set(['header', 'footer', 'list'])

/** Node types whose children are separated by a blank line. */
const blockParents = new Set(['root', 'section', 'blockquote'])

/** Node types whose children are separated by a space. */
const spaceParents = new Set(['paragraph', 'listItem'])

/**
 * Get the plain text of a node: a literal's value, or its children's text.
 * Sentences in a paragraph are joined by a space, lines of the header,
 * footer and lists by a line break, and blocks by a blank line; the
 * generated `sources` list has no text.
 *
 * @param node
 *   Any newsast node (or an array of them).
 * @returns
 *   The text.
 *
 * @example
 * ```ts
 * import {parse, toString} from 'newsast'
 *
 * const tree = parse('Talks resumed. Both sides said so.')
 * toString(tree) // => 'Talks resumed. Both sides said so.'
 * ```
 */
export function toString(node: Nodes | Nodes[] | null | undefined): string {
  if (!node) return ''
  if (Array.isArray(node)) return node.map((child) => toString(child)).join('')
  if ('value' in node && typeof node.value === 'string') return node.value
  if (node.type === 'sources' || !('children' in node)) return ''
  const children = node.children as Nodes[]
  const separator = blockParents.has(node.type)
    ? '\n\n'
    : lineParents.has(node.type)
      ? '\n'
      : spaceParents.has(node.type)
        ? ' '
        : ''
  let result = ''
  for (const child of children) {
    if (child.type === 'sources') continue
    const value = toString(child)
    result = result === '' ? value : value === '' ? result : result + separator + value
  }

  return result
}
