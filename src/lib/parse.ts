/**
 * `parse`: the default way in.
 *
 * @module
 */

import {VFile} from 'vfile'
import {detectFormat} from './detect-format.js'
import {fromMarkdown} from './markdown/from-markdown.js'
import {resolveSources} from './sources/resolve-sources.js'
import {createState, report} from './state.js'
import {fromText} from './text/from-text.js'
import type {Format, Root} from './types.js'

/**
 * Configuration for {@link parse}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = {format: 'text', referenceDate: '2024-03-05'}
 * ```
 */
export interface ParseOptions {
  /**
   * Which reader to use: `'auto'` (default) detects Markdown (front matter,
   * `#` headings, links, emphasis) and otherwise reads plain text.
   */
  format?: 'auto' | Format | null | undefined
  /**
   * Date that fills in years the article leaves out when no stamp in its
   * header gives one: `YYYY-MM-DD`, a full ISO 8601 string (its date part
   * is used as written), or a `Date` (its UTC date).
   */
  referenceDate?: string | Date | null | undefined
}

/**
 * Parse a news article into a newsast tree.
 *
 * Pure and synchronous. Problems with the content (a date that could not be
 * read, an ambiguous zone, no body) never throw: they become messages on
 * the file when you pass a `VFile`.
 *
 * @param value
 *   The article, as a string or a `VFile`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The tree.
 * @throws {TypeError}
 *   When `value` is not a string or `VFile`, or an option is invalid.
 *
 * @example
 * ```ts
 * import {parse} from 'newsast'
 *
 * const tree = parse('MOSCOW, February 22. /TASS/. Talks resumed on Tuesday.')
 * console.log(tree.children[0]) // the header, with its dateline
 * ```
 */
export function parse(value: string | VFile, options?: ParseOptions | null): Root {
  const file = toFile(value)
  const settings = options ?? {}
  const format = settings.format ?? 'auto'
  if (format !== 'auto' && format !== 'text' && format !== 'markdown') {
    throw new TypeError(
      "Expected `format` to be `'auto'`, `'text'` or `'markdown'`, not `" + String(format) + '`'
    )
  }

  const document = String(file.value ?? '')
  const state = createState(document, file, referenceDate(settings.referenceDate))
  const chosen = format === 'auto' ? detectFormat(document) : format
  const children = chosen === 'markdown' ? fromMarkdown(state) : fromText(state)
  const tree: Root = {
    type: 'root',
    children,
    data: {format: chosen},
    position: state.locator.position(0, document.length)
  }

  if (!children.some((node) => node.type === 'section')) {
    report(state, 'Unexpected article without body text', 'no-body', 0, document.length)
  }

  resolveSources(tree, state.attributions)
  return tree
}

/**
 * Turn the `value` argument into a file, or throw.
 *
 * @param value
 *   What the caller passed.
 * @returns
 *   A file.
 */
function toFile(value: unknown): VFile {
  if (typeof value === 'string') return new VFile({value})
  if (value instanceof VFile) {
    if (typeof value.value === 'string') return value
    if (value.value instanceof Uint8Array) {
      value.value = new TextDecoder().decode(value.value)
      return value
    }

    if (value.value === undefined || value.value === null) {
      value.value = ''
      return value
    }
  }

  throw new TypeError('Expected a string or `VFile` as `value`, not ' + describe(value))
}

/**
 * Normalise the `referenceDate` option to `YYYY-MM-DD`.
 *
 * @param value
 *   Option value.
 * @returns
 *   Date, or `undefined`.
 */
function referenceDate(value: ParseOptions['referenceDate']): string | undefined {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('Expected a valid `Date` as `referenceDate`, not an invalid one')
    return value.toISOString().slice(0, 10)
  }

  if (typeof value === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T|$)/.test(value)) {
    return value.slice(0, 10)
  }

  throw new TypeError(
    'Expected `referenceDate` to be a `YYYY-MM-DD` string or a `Date`, not ' + describe(value)
  )
}

/**
 * Describe a value for an error message.
 *
 * @param value
 *   Anything.
 * @returns
 *   A short description (`number 5`, `null`, `object`).
 */
function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (typeof value === 'string') return 'string `' + value.slice(0, 40) + '`'
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return typeof value + ' `' + String(value) + '`'
  }

  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : '`' + typeof value + '`'
}
