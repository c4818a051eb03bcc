/**
 * The unified parser plugin for plain-text (and auto-detected) articles.
 *
 * @module
 */

import type {Plugin, Processor} from 'unified'
import {parse, type ParseOptions} from './parse.js'
import type {Root} from './types.js'

/**
 * unified plugin that adds a parser: `unified().use(newsastParse)` parses
 * articles, and `processor.parse(file)` returns the same tree as
 * {@link parse}; messages go to the file.
 *
 * @param options
 *   Configuration passed to {@link parse} (optional).
 * @returns
 *   Nothing.
 *
 * @example
 * ```ts
 * import {unified} from 'unified'
 * import {newsastParse} from 'newsast'
 *
 * const tree = unified().use(newsastParse).parse('LONDON, Feb 22 (Reuters) - Shares rose.')
 * ```
 */
export const newsastParse: Plugin<[(ParseOptions | null | undefined)?], string, Root> =
  function (options) {
    const self = this as unknown as Processor<Root>
    self.parser = (_document, file) => parse(file, options)
  }
