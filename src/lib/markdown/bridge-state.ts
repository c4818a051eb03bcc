/**
 * The state of one mdast → newsast conversion: the parse state plus the
 * handlers, and `one`/`all`/`patch`/`inline` to walk the mdast tree.
 *
 * @module
 */

import type {Nodes as MdastNodes, Parents as MdastParents, Text as MdastText} from 'mdast'
import type {State} from '../state.js'
import type {Nodes} from '../types.js'
import type {FrontMatter} from './front-matter.js'
import {RunBuilder, type Run} from './run.js'

/**
 * What a handler returns: a node, several nodes, or nothing (inline
 * handlers write into the current run instead).
 *
 * @example
 * ```ts
 * const nothing: HandlerResult = undefined
 * ```
 */
export type HandlerResult = Nodes | Nodes[] | undefined | void

/**
 * Turn one mdast node into newsast.
 *
 * Block handlers return nodes. Inline handlers add their words to
 * `state.run` (emphasis, strong and code flatten into text) and return
 * nothing.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   mdast node.
 * @param parent
 *   Its parent, if any.
 * @returns
 *   newsast content.
 *
 * @example
 * ```ts
 * // Keep thematic breaks out, and say so.
 * const thematicBreak: Handler<ThematicBreak> = (state, node) => {
 *   state.file.message('Unexpected rule', {place: node.position, ruleId: 'rule'})
 * }
 * ```
 */
export type Handler<Node extends MdastNodes = MdastNodes> = (
  state: BridgeState,
  node: Node,
  parent: MdastParents | undefined
) => HandlerResult

/**
 * Handlers, keyed by mdast node type; unset keys use the defaults.
 *
 * @example
 * ```ts
 * const handlers: Handlers = {blockquote: () => undefined} // drop quotes
 * ```
 */
export type Handlers = {
  /** The handler for mdast nodes of this type. */
  [Type in MdastNodes['type']]?: Handler<Extract<MdastNodes, {type: Type}>> | null | undefined
}

/**
 * Configuration of the bridge.
 *
 * @example
 * ```ts
 * const options: BridgeOptions = {unknownHandler: () => undefined}
 * ```
 */
export interface BridgeOptions {
  /** Handlers to use instead of (or besides) the defaults, by mdast type. */
  handlers?: Handlers | null | undefined
  /** Handler for node types without a handler (default: keep their content). */
  unknownHandler?: Handler | null | undefined
}

/**
 * State of one conversion, passed to every handler: the parse state (the
 * input, its locator, the file, the reference date) plus the walk.
 *
 * @example
 * ```ts
 * const paragraph: Handler<MdastParagraph> = (state, node) => {
 *   const run = state.inline(node) // the words, mapped to the input
 *   return undefined
 * }
 * ```
 */
export interface BridgeState extends State {
  /** Handlers in use. */
  handlers: Handlers
  /** Handler for unknown node types. */
  unknownHandler: Handler
  /** Link definitions: normalised identifier → URL. */
  definitions: Map<string, string>
  /** Front matter, when the document has it. */
  frontMatter: FrontMatter | undefined
  /** The run that inline handlers write to, while one is open. */
  run: RunBuilder | undefined
  /** Runs already made, so each paragraph is flattened (and reported) once. */
  runs: Map<MdastNodes, Run>
  /**
   * Convert one node with its handler (or the unknown handler).
   *
   * @param node
   *   mdast node.
   * @param parent
   *   Its parent.
   * @returns
   *   newsast content.
   */
  one(node: MdastNodes, parent: MdastParents | undefined): HandlerResult
  /**
   * Convert the children of a node.
   *
   * @param parent
   *   mdast parent.
   * @returns
   *   newsast nodes, flattened.
   */
  all(parent: MdastParents): Nodes[]
  /**
   * Copy the position of an mdast node onto a newsast node (fresh points).
   *
   * @param from
   *   mdast node.
   * @param to
   *   newsast node.
   */
  patch(from: MdastNodes, to: Nodes): undefined
  /**
   * Flatten the inline content of a node into a run.
   *
   * @param parent
   *   mdast node with phrasing children (paragraph, heading) or a literal
   *   (code).
   * @returns
   *   The run.
   */
  inline(parent: MdastNodes): Run
}

/**
 * The default `text` handler: add the text's value to the open run.
 *
 * Defined here so that `inline` can tell it is in use and call it without
 * going through `one`: most inline content is text.
 *
 * @param state
 *   Bridge state.
 * @param node
 *   mdast text.
 */
export function addText(state: BridgeState, node: MdastText): undefined {
  const position = node.position
  state.run?.add(node.value, position?.start.offset ?? 0, position?.end.offset ?? 0)
}

/**
 * Create the bridge state over a parse state.
 *
 * @param state
 *   Parse state of the input.
 * @param handlers
 *   Handlers (defaults merged with the caller's).
 * @param unknownHandler
 *   Handler for unknown types.
 * @param frontMatter
 *   Front matter, if any.
 * @returns
 *   Bridge state.
 */
export function createBridgeState(
  state: State,
  handlers: Handlers,
  unknownHandler: Handler,
  frontMatter: FrontMatter | undefined
): BridgeState {
  // The fields of `state` one by one, not a spread: a literal keeps one
  // fast shape, while a spread and then more fields than fit in place made
  // a slow dictionary object, and every handler reads it.
  const bridge: BridgeState = {
    value: state.value,
    locator: state.locator,
    file: state.file,
    referenceDate: state.referenceDate,
    attributions: state.attributions,
    handlers,
    unknownHandler,
    definitions: new Map(),
    frontMatter,
    run: undefined,
    runs: new Map(),
    one,
    all,
    patch,
    inline
  }
  return bridge

  function one(node: MdastNodes, parent: MdastParents | undefined): HandlerResult {
    const handler = bridge.handlers[node.type] as Handler | null | undefined
    return handler ? handler(bridge, node, parent) : bridge.unknownHandler(bridge, node, parent)
  }

  function all(parent: MdastParents): Nodes[] {
    const results: Nodes[] = []
    for (const child of parent.children) {
      const result = one(child as MdastNodes, parent)
      if (Array.isArray(result)) for (const item of result) results.push(item)
      else if (result) results.push(result)
    }

    return results
  }

  function patch(from: MdastNodes, to: Nodes): undefined {
    const start = from.position?.start.offset
    const end = from.position?.end.offset
    // Fresh points, from the offsets (so line ends are counted the way
    // every other newsast position counts them).
    if (start !== undefined && end !== undefined) to.position = bridge.locator.position(start, end)
  }

  function inline(parent: MdastNodes): Run {
    const cached = bridge.runs.get(parent)
    if (cached) return cached
    const previous = bridge.run
    const builder = new RunBuilder(bridge.value)
    bridge.run = builder
    if ('children' in parent) {
      // Text with the default handler is added here, not through `one`
      // (a handler look-up and a call through a shared call site per node).
      const plain = bridge.handlers.text === addText
      for (const child of parent.children) {
        if (plain && child.type === 'text') addText(bridge, child)
        else one(child as MdastNodes, parent as MdastParents)
      }
    } else if ('value' in parent && typeof parent.value === 'string' && parent.position) {
      builder.add(parent.value, parent.position.start.offset ?? 0, parent.position.end.offset ?? 0)
    }

    bridge.run = previous
    const run = builder.done()
    bridge.runs.set(parent, run)
    return run
  }
}
