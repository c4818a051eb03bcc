/**
 * The Markdown reader used by `parse`: front matter, then micromark and the
 * mdast compiler (the tree remark-parse makes), then the bridge.
 *
 * @module
 */

import type {State} from '../state.js'
import type {RootContent} from '../types.js'
import {createBridgeState} from './bridge-state.js'
import {blankFrontMatter, findFrontMatter} from './front-matter.js'
import {handlers, unknownHandler} from './handlers.js'
import {toMdast} from './to-mdast.js'

/**
 * Read a Markdown article: find its front matter and blank it out (so
 * micromark sees empty lines there and every later offset stays the
 * same; a BOM becomes a space for the same reason), parse the rest into
 * mdast, and bridge the mdast tree.
 *
 * @param state
 *   Parse state.
 * @returns
 *   Root content.
 */
export function fromMarkdown(state: State): RootContent[] {
  const frontMatter = findFrontMatter(state.value)
  let value = frontMatter ? blankFrontMatter(state.value, frontMatter) : state.value
  // micromark drops a BOM and counts offsets without it: a space keeps
  // every offset pointing into the input.
  if (value.charCodeAt(0) === 0xfeff) value = ' ' + value.slice(1)
  const tree = toMdast(value)
  // The default handlers themselves: none of them changes `handlers`, and
  // a copy per article costs a few dozen properties.
  const bridge = createBridgeState(state, handlers, unknownHandler, frontMatter)
  const result = bridge.one(tree, undefined)
  state.referenceDate = bridge.referenceDate
  return (Array.isArray(result) ? result : result ? [result] : []) as RootContent[]
}
