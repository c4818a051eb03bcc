/**
 * The default handlers of the bridge, one per mdast node type.
 *
 * Flow handlers (`heading`, `paragraph`, `list`, `listItem`, `blockquote`,
 * `code`) return newsast nodes; the `root` handler reads the header, body
 * and footer (see `read-markdown.ts`). Phrasing handlers add words to the
 * open run: emphasis, strong, delete and inline code flatten into text,
 * links are remembered as spans, images and raw HTML are dropped with a
 * message.
 *
 * @module
 */

import type {Nodes as MdastNodes, Parents as MdastParents} from 'mdast'
import {buildPhrasing} from '../phrasing/build-phrasing.js'
import {makeSentences} from '../phrasing/make-sentences.js'
import {report} from '../state.js'
import {span} from '../text/read-body.js'
import type {Blockquote, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Sentence} from '../types.js'
import {isWhiteSpace} from '../util/white-space.js'
import {addText, type BridgeState, type Handler, type Handlers} from './bridge-state.js'
import {readMarkdown} from './read-markdown.js'
import {linkSpans, runState, type Run} from './run.js'
import {strongHeadingEnd} from './strong-heading.js'

/**
 * The default handlers.
 */
export const handlers: Handlers = {
  root: readMarkdown,
  heading(state, node) {
    const run = state.inline(node)
    const children = phrasing(state, run, 0, run.value.length)
    if (children.length === 0) return undefined
    const result: Nodes = {type: 'heading', depth: node.depth, children}
    state.patch(node, result)
    return result
  },
  paragraph(state, node) {
    const run = state.inline(node)
    const head = strongHeadingEnd(node, run)
    if (head === 0) return paragraph(state, run, 0, Infinity)
    const children = phrasing(state, run, 0, head)
    const heading: Heading = span(state, {type: 'heading', depth: 2, children})
    const rest = paragraph(state, run, head, Infinity)
    return rest ? [heading, rest] : heading
  },
  code(state, node) {
    return paragraph(state, state.inline(node), 0, Infinity)
  },
  list(state, node) {
    const children = state.all(node).filter((child): child is ListItem => child.type === 'listItem')
    if (children.length === 0) return undefined
    const result: List = {type: 'list', ordered: Boolean(node.ordered), children}
    state.patch(node, result)
    return result
  },
  listItem(state, node) {
    const children = sentencesOf(state, node)
    if (children.length === 0) return undefined
    const result: ListItem = {type: 'listItem', children}
    state.patch(node, result)
    return result
  },
  blockquote(state, node) {
    const children = paragraphsOf(state, node)
    if (children.length === 0) return undefined
    const result: Blockquote = {type: 'blockquote', children}
    state.patch(node, result)
    return result
  },
  html(state, node, parent) {
    drop(state, node, 'raw HTML', parent)
  },
  image(state, node, parent) {
    drop(state, node, 'image', parent)
  },
  imageReference(state, node, parent) {
    drop(state, node, 'image', parent)
  },
  thematicBreak() {},
  definition() {},
  footnoteDefinition() {},
  footnoteReference() {},
  text: addText,
  inlineCode(state, node) {
    add(state, node.value, node)
  },
  emphasis: phrasingParent,
  strong: phrasingParent,
  delete: phrasingParent,
  break(state, node) {
    state.run?.addAt('\n', node.position?.start.offset ?? 0)
  },
  link(state, node) {
    link(state, node, node.url)
  },
  linkReference(state, node) {
    const url = state.definitions.get(normalizeIdentifier(node.identifier))
    if (url === undefined) phrasingParent(state, node, undefined)
    else link(state, node, url)
  }
}

/**
 * The default unknown handler: keeps the words of unknown nodes (their
 * children, or their value inside a run) and drops the rest.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Unknown node.
 * @returns
 *   newsast content from its children.
 */
export const unknownHandler: Handler = function (state, node) {
  if ('children' in node) {
    if (state.run) {
      phrasingParent(state, node, undefined)
      return undefined
    }

    return state.all(node)
  }

  if (state.run && 'value' in node && typeof node.value === 'string') add(state, node.value, node)
  return undefined
}

/**
 * Normalise a link identifier the way CommonMark does (case-folded,
 * white space collapsed).
 *
 * @param identifier
 *   Identifier.
 * @returns
 *   Normalised identifier.
 */
export function normalizeIdentifier(identifier: string): string {
  return identifier.replaceAll(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

/**
 * Add a literal's value to the open run.
 *
 * @param state
 *   Bridge state.
 * @param value
 *   Value.
 * @param node
 *   The node (for its position).
 */
function add(state: BridgeState, value: string, node: MdastNodes): undefined {
  const position = node.position
  state.run?.add(value, position?.start.offset ?? 0, position?.end.offset ?? 0)
}

/**
 * Add the words of a phrasing parent (emphasis, strong, delete) to the
 * open run.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Node.
 * @param _parent
 *   Its parent.
 */
function phrasingParent(state: BridgeState, node: MdastNodes, _parent: MdastParents | undefined): undefined {
  if ('children' in node) {
    for (const child of node.children) state.one(child as MdastNodes, node as MdastParents)
  }
}

/**
 * Add a link's words to the open run and remember it.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Link or link reference.
 * @param url
 *   Destination.
 */
function link(state: BridgeState, node: MdastNodes, url: string): undefined {
  const run = state.run
  if (!run) return
  const start = run.length
  phrasingParent(state, node, undefined)
  if (run.length > start) run.links.push({start, end: run.length, url})
}

/**
 * Drop a node with a message.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   Node.
 * @param what
 *   What it is.
 * @param _parent
 *   Its parent.
 */
function drop(state: BridgeState, node: MdastNodes, what: string, _parent: MdastParents | undefined): undefined {
  const ruleId = what === 'image' ? 'dropped-image' : 'dropped-html'
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  report(state, 'Unexpected ' + what + ' in an article, dropped', ruleId, start, end)
}

/**
 * Trim white space at both ends of `[start, end)` of a run.
 *
 * @param run
 *   Run.
 * @param start
 *   Start.
 * @param end
 *   End (clamped to the run).
 * @returns
 *   Trimmed range (empty when nothing is left).
 */
export function trim(run: Run, start: number, end: number): [number, number] {
  const value = run.value
  let to = Math.min(end, value.length)
  let from = Math.max(0, start)
  while (from < to && isWhiteSpace(value.charCodeAt(from))) from++
  while (to > from && isWhiteSpace(value.charCodeAt(to - 1))) to--
  return [from, to]
}

/**
 * Phrasing (text and links) for `[start, end)` of a run, trimmed.
 *
 * @param state
 *   Bridge state.
 * @param run
 *   Run.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Phrasing nodes.
 */
export function phrasing(state: BridgeState, run: Run, start: number, end: number): PhrasingContent[] {
  const [from, to] = trim(run, start, end)
  if (from >= to) return []
  return buildPhrasing(runState(state, run, tail(run)), from, to, linkSpans(run))
}

/**
 * Sentences for `[start, end)` of a run, trimmed.
 *
 * @param state
 *   Bridge state.
 * @param run
 *   Run.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Sentences.
 */
export function sentences(state: BridgeState, run: Run, start: number, end: number): Sentence[] {
  const [from, to] = trim(run, start, end)
  if (from >= to) return []
  return makeSentences(runState(state, run, tail(run)), from, to, linkSpans(run))
}

/**
 * A paragraph for `[start, end)` of a run, or nothing when it has no words.
 *
 * @param state
 *   Bridge state.
 * @param run
 *   Run.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Paragraph or `undefined`.
 */
export function paragraph(state: BridgeState, run: Run, start: number, end: number): Paragraph | undefined {
  const children = sentences(state, run, start, end)
  if (children.length === 0) return undefined
  const node: Paragraph = {type: 'paragraph', children}
  return span(state, node)
}

/**
 * Input offset just past a run (for empty ranges).
 *
 * @param run
 *   Run.
 * @returns
 *   Offset.
 */
function tail(run: Run): number {
  return run.map.length > 0 ? run.map.at(run.map.length - 1) + 1 : 0
}

/**
 * The sentences of a list item: those of its paragraphs, and of the items
 * of lists nested in it, in order.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   mdast node.
 * @returns
 *   Sentences.
 */
function sentencesOf(state: BridgeState, node: MdastParents): Sentence[] {
  const result: Sentence[] = []
  for (const child of paragraphsOf(state, node)) for (const sentence of child.children) result.push(sentence)
  return result
}

/**
 * The paragraphs of a block container (block quote, list item): its
 * paragraphs, and one paragraph per heading, code block and nested list
 * item.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   mdast node.
 * @returns
 *   Paragraphs.
 */
function paragraphsOf(state: BridgeState, node: MdastParents): Paragraph[] {
  const result: Paragraph[] = []
  for (const child of node.children as MdastNodes[]) {
    if (child.type === 'heading' || child.type === 'paragraph' || child.type === 'code') {
      const found = paragraph(state, state.inline(child), 0, Infinity)
      if (found) result.push(found)
      continue
    }

    const converted = state.one(child, node)
    for (const item of Array.isArray(converted) ? converted : converted ? [converted] : []) {
      if (item.type === 'paragraph') result.push(item)
      else if (item.type === 'listItem') result.push(span(state, {type: 'paragraph' as const, children: item.children}))
      else if (item.type === 'list' || item.type === 'blockquote') {
        for (const inner of item.children) {
          result.push(inner.type === 'paragraph' ? inner : span(state, {type: 'paragraph' as const, children: inner.children}))
        }
      }
    }
  }

  return result
}
