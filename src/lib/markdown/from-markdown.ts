/**
 * The Markdown reader used by `parse`: front matter, then remark-parse,
 * then the bridge.
 *
 * @module
 */

import type {Root as MdastRoot} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {State} from '../state.js'
import type {RootContent} from '../types.js'
import {createBridgeState} from './bridge-state.js'
import {blankFrontMatter, findFrontMatter} from './front-matter.js'
import {handlers, unknownHandler} from './handlers.js'

/** One frozen Markdown processor, shared by every call. */
const markdown = unified().use(remarkParse).freeze()

/** Its parser (remark-parse sets it when the processor freezes). */
const parser = markdown.parser!

/**
 * Read a Markdown article: find its front matter and blank it out (so
 * remark-parse sees empty lines there and every later offset stays the
 * same; a BOM becomes a space for the same reason), parse the rest with remark-parse, and bridge the mdast tree.
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
  // The parser itself, not `markdown.parse`: that wraps the value in a new
  // VFile first, which remark-parse never reads.
  const tree = parser(value, state.file) as MdastRoot
  // The default handlers themselves: none of them changes `handlers`, and
  // a copy per article costs a few dozen properties.
  const bridge = createBridgeState(state, handlers, unknownHandler, frontMatter)
  const result = bridge.one(tree, undefined)
  state.referenceDate = bridge.referenceDate
  return (Array.isArray(result) ? result : result ? [result] : []) as RootContent[]
}
