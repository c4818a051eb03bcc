/**
 * `fromMdast`: turn an mdast tree (from remark-parse) into a newsast tree.
 *
 * @module
 */

import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {VFile} from 'vfile'
import {VFile as VFileClass} from 'vfile'
import {resolveSources} from '../sources/resolve-sources.js'
import {createState, report} from '../state.js'
import type {Root, RootContent} from '../types.js'
import {Locator} from '../util/locate.js'
import {createBridgeState, type BridgeOptions} from './bridge-state.js'
import {findFrontMatter} from './front-matter.js'
import {handlers as defaultHandlers, unknownHandler as defaultUnknownHandler} from './handlers.js'

/**
 * Configuration for {@link fromMdast}.
 *
 * @example
 * ```ts
 * const options: FromMdastOptions = {referenceDate: '2024-03-05'}
 * ```
 */
export interface FromMdastOptions extends BridgeOptions {
  /**
   * The Markdown the tree was parsed from (default: `file.value`). Needed
   * for front matter and for exact positions; without it, positions come
   * from the mdast tree alone.
   */
  value?: string | null | undefined
  /** File that messages go to (default: a new file). */
  file?: VFile | null | undefined
  /** Date (`YYYY-MM-DD`) that fills in missing years (optional). */
  referenceDate?: string | null | undefined
}

/**
 * Turn an mdast tree into a newsast tree: the same tree `parse` makes from
 * the Markdown it came from (`data.format` is `'markdown'`).
 *
 * Headings keep their depth and the first `#` heading is the title;
 * bylines and stamps above the body go through the same recognisers as
 * plain text; paragraphs, lists and block quotes map across; links become
 * `link`; emphasis, strong and inline code flatten into text; images and
 * raw HTML are dropped with a message; YAML front matter (found in
 * `value`; mdast nodes inside it are skipped) becomes header nodes.
 *
 * @param tree
 *   mdast root.
 * @param options
 *   Configuration (optional).
 * @returns
 *   newsast root.
 *
 * @example
 * ```ts
 * import {fromMarkdown} from 'mdast-util-from-markdown'
 * import {fromMdast} from 'newsast'
 *
 * const value = '# Rates rise\n\nBy Jane Doe\n\nThe bank raised rates.'
 * const tree = fromMdast(fromMarkdown(value), {value})
 * ```
 */
export function fromMdast(tree: MdastRoot, options?: FromMdastOptions | null): Root {
  const settings = options ?? {}
  const file = settings.file ?? new VFileClass()
  const value =
    typeof settings.value === 'string' ? settings.value : typeof file.value === 'string' ? file.value : ''
  const referenceDate =
    typeof settings.referenceDate === 'string' && /^\d{4}-\d\d-\d\d/.test(settings.referenceDate)
      ? settings.referenceDate.slice(0, 10)
      : undefined
  const state = createState(value, file, referenceDate)
  if (value === '') state.locator = locatorFromTree(tree)
  const frontMatter = value === '' ? undefined : findFrontMatter(value)
  // The defaults themselves when the caller adds none (as `parse` does): the
  // bridge never changes them, and a copy per tree costs a few dozen
  // properties.
  const handlers = settings.handlers ? {...defaultHandlers, ...settings.handlers} : defaultHandlers
  const bridge = createBridgeState(state, handlers, settings.unknownHandler ?? defaultUnknownHandler, frontMatter)
  const result = bridge.one(tree, undefined)
  const children = (Array.isArray(result) ? result : result ? [result] : []) as RootContent[]
  const end = value === '' ? (tree.position?.end.offset ?? 0) : value.length
  const root: Root = {type: 'root', children, data: {format: 'markdown'}}
  if (tree.position || value !== '') root.position = state.locator.position(0, end)

  if (!children.some((node) => node.type === 'section')) {
    report(state, 'Unexpected article without body text', 'no-body', 0, end)
  }

  resolveSources(root, state.attributions)
  return root
}

/**
 * Make a locator from the points of an mdast tree, for when the Markdown
 * itself is not known: each point tells where its line starts.
 *
 * @param tree
 *   mdast root.
 * @returns
 *   Locator.
 */
function locatorFromTree(tree: MdastRoot): Locator {
  const starts: number[] = [0]
  const stack: MdastNodes[] = [tree]

  while (stack.length > 0) {
    const node = stack.pop()!
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (point.offset !== undefined) starts[point.line - 1] = point.offset - point.column + 1
    }

    if ('children' in node) for (const child of node.children as MdastNodes[]) stack.push(child)
  }

  // Lines without a point are mostly blank: one character before the next.
  for (let index = starts.length - 2; index > 0; index--) {
    if (starts[index] === undefined && starts[index + 1] !== undefined) starts[index] = starts[index + 1]! - 1
  }

  for (let index = 1; index < starts.length; index++) {
    starts[index] ??= starts[index - 1]! + 1
  }

  return new Locator(starts)
}
