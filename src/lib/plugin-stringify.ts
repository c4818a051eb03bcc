/**
 * The unified compiler plugin.
 *
 * @module
 */

import type {Plugin, Processor} from 'unified'
import {stringify, type StringifyOptions} from './stringify.js'
import type {Root} from './types.js'

/**
 * unified plugin that adds a compiler: `processor.stringify(tree)` (and
 * `process`) writes a newsast tree back as an article with
 * {@link stringify}.
 *
 * @param options
 *   Configuration passed to {@link stringify} (optional).
 * @returns
 *   Nothing.
 *
 * @example
 * ```ts
 * import {unified} from 'unified'
 * import {newsastParse, newsastStringify} from 'newsast'
 *
 * const file = await unified()
 *   .use(newsastParse)
 *   .use(newsastStringify)
 *   .process('Rates rise\n\nBy Jane Doe\n\nThe bank raised rates.')
 * String(file) // the same article, normalised
 * ```
 */
export const newsastStringify: Plugin<[(StringifyOptions | null | undefined)?], Root, string> =
  function (options) {
    const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
    self.compiler = (tree) => stringify(tree as Root, options)
  }
