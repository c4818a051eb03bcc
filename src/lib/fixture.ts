/**
 * Write a tree as a test fixture: a typed TypeScript module or JSON.
 *
 * The TypeScript form is `export const tree = {…} satisfies Root`, so that
 * the compiler checks the fixture against the node types while keeping its
 * literal types. Objects print on one line when they fit in 80 columns, one
 * field a line otherwise, in the project's style (single quotes, no
 * semicolons, two-space indent).
 *
 * @module
 */

import type {Nodes} from './types.js'

/**
 * Configuration for {@link toFixture}.
 *
 * @example
 * ```ts
 * const options: FixtureOptions = {format: 'ts', positions: false, name: 'article'}
 * ```
 */
export interface FixtureOptions {
  /**
   * `'ts'` for a TypeScript module (`satisfies Root`) or `'json'` for JSON
   * (default: `'ts'`).
   */
  format?: 'ts' | 'json' | undefined
  /** Whether to keep `position` fields (default: `true`). */
  positions?: boolean | undefined
  /**
   * Name of the exported constant in a TypeScript module (default:
   * `'tree'`); must be a JavaScript identifier.
   */
  name?: string | undefined
  /**
   * Type the TypeScript module checks the tree against (default: the tree's
   * own node type: `Root` for a root, `Section` for a section, …).
   */
  typeName?: string | undefined
  /** Module the type is imported from (default: `'newsast'`). */
  module?: string | undefined
}

const identifier = /^[$_a-z][\w$]*$/i
const maxWidth = 80

/**
 * Serialize a tree (or any node) as a fixture: a TypeScript module or JSON.
 *
 * Fields whose value is `undefined` are left out, as `JSON.stringify` does.
 *
 * @param tree
 *   Node to write (usually a {@link Root} from `parse`).
 * @param options
 *   Configuration (optional).
 * @returns
 *   Source of the fixture, ending in a line feed.
 * @throws {TypeError}
 *   When `format` is unknown or `name` is not an identifier.
 *
 * @example
 * ```ts
 * import {parse, toFixture} from 'newsast'
 *
 * const tree = parse('MOSCOW, February 22. /TASS/. Talks resumed.')
 * console.log(toFixture(tree, {positions: false}))
 * // import type {Root} from 'newsast'
 * //
 * // export const tree = {
 * //   type: 'root',
 * //   …
 * // } satisfies Root
 * ```
 */
export function toFixture(tree: Nodes, options?: FixtureOptions): string {
  const settings = options ?? {}
  const format = settings.format ?? 'ts'
  const value = settings.positions === false ? stripPositions(tree) : tree

  if (format === 'json') {
    return JSON.stringify(value, undefined, 2) + '\n'
  }

  if (format !== 'ts') {
    throw new TypeError(
      "Expected `format` to be `'ts'` or `'json'`, not `" + String(format) + '`'
    )
  }

  const name = settings.name ?? 'tree'

  if (!identifier.test(name)) {
    throw new TypeError(
      'Expected `name` to be a JavaScript identifier, not `' + name + '`'
    )
  }

  const typeName = settings.typeName ?? typeOf(tree)

  if (!identifier.test(typeName)) {
    throw new TypeError(
      'Expected `typeName` to be a JavaScript identifier, not `' + typeName + '`'
    )
  }

  const module = settings.module ?? 'newsast'

  return (
    'import type {' +
    typeName +
    '} from ' +
    quote(module) +
    '\n\nexport const ' +
    name +
    ' = ' +
    print(value, ('export const ' + name + ' = ').length, '') +
    ' satisfies ' +
    typeName +
    '\n'
  )
}

/**
 * Name of the interface of a node type (`listItem` → `ListItem`).
 *
 * @param node
 *   Node.
 * @returns
 *   Interface name.
 */
function typeOf(node: Nodes): string {
  const type = String(node.type)
  return type.charAt(0).toUpperCase() + type.slice(1)
}

/**
 * Deep copy of a tree without `position` fields.
 *
 * @param value
 *   Tree, or part of one.
 * @returns
 *   Copy.
 */
function stripPositions<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => stripPositions(item)) as T
  }

  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {}

    for (const [key, item] of Object.entries(value)) {
      if (key !== 'position') define(result, key, stripPositions(item))
    }

    return result as T
  }

  return value
}

/**
 * Set an own property, also for keys such as `__proto__`.
 *
 * @param object
 *   Target.
 * @param key
 *   Key.
 * @param value
 *   Value.
 */
function define(object: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

/**
 * Print a string as a single-quoted TypeScript literal.
 *
 * @param value
 *   String.
 * @returns
 *   Literal.
 */
function quote(value: string): string {
  // Prefer double quotes for strings with single quotes but no double ones.
  const mark = value.includes("'") && !value.includes('"') ? '"' : "'"
  let body = JSON.stringify(value).slice(1, -1)

  if (mark === "'") body = body.replaceAll('\\"', '"').replaceAll("'", "\\'")

  return (
    mark +
    body.replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029') +
    mark
  )
}

/**
 * Print an object key.
 *
 * @param key
 *   Key.
 * @returns
 *   Bare identifier, quoted string, or computed `['__proto__']`.
 */
function printKey(key: string): string {
  // A literal `__proto__: x` (quoted or not) would set the prototype.
  if (key === '__proto__') return '[' + quote(key) + ']'
  return identifier.test(key) ? key : quote(key)
}

/**
 * Print a JSON-like value as TypeScript.
 *
 * @param value
 *   Value.
 * @param column
 *   Column where the value starts (to decide whether it fits on one line).
 * @param indent
 *   Indent of the line the value starts on.
 * @returns
 *   Source.
 */
function print(value: unknown, column: number, indent: string): string {
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'boolean' || value === null) return String(value)

  if (typeof value !== 'object' || value === undefined) return 'undefined'

  const entries: Array<[string | undefined, unknown]> = Array.isArray(value)
    ? value.map((item: unknown) => [undefined, item === undefined ? null : item])
    : Object.entries(value).filter((entry) => entry[1] !== undefined)

  const open = Array.isArray(value) ? '[' : '{'
  const close = Array.isArray(value) ? ']' : '}'

  if (entries.length === 0) return open + close

  // One character is kept for a trailing comma.
  const flat = printFlat(value, maxWidth - column - 1)
  if (flat !== undefined) return flat

  const inner = indent + '  '

  return (
    open +
    '\n' +
    entries
      .map(function ([key, item]) {
        const head = inner + (key === undefined ? '' : printKey(key) + ': ')
        return head + print(item, head.length, inner)
      })
      .join(',\n') +
    '\n' +
    indent +
    close
  )
}

/**
 * Print a JSON-like value as TypeScript on one line, if it fits.
 *
 * @param value
 *   Value.
 * @param budget
 *   Characters left on the line.
 * @returns
 *   Source, or `undefined` when it does not fit.
 */
function printFlat(value: unknown, budget: number): string | undefined {
  if (typeof value !== 'object' || value === null) {
    const result = print(value, 0, '')
    return result.length <= budget ? result : undefined
  }

  const array = Array.isArray(value)
  const entries: Array<[string | undefined, unknown]> = array
    ? value.map((item: unknown) => [undefined, item === undefined ? null : item])
    : Object.entries(value).filter((entry) => entry[1] !== undefined)
  let result = array ? '[' : '{'

  for (const [index, [key, item]] of entries.entries()) {
    if (index) result += ', '
    if (key !== undefined) result += printKey(key) + ': '
    const printed = printFlat(item, budget - result.length - 1)
    if (printed === undefined) return undefined
    result += printed
  }

  result += array ? ']' : '}'
  return result.length <= budget ? result : undefined
}
