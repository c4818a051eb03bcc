/**
 * The unified bridge plugin: mdast → newsast.
 *
 * @module
 */

import type {Root as MdastRoot} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {fromMdast, type FromMdastOptions} from './markdown/from-mdast.js'
import type {Root} from './types.js'

/**
 * Configuration for {@link remarkNewsast}: handlers, the unknown handler,
 * and the reference date (the file and its value come from the pipeline).
 *
 * @example
 * ```ts
 * const options: RemarkNewsastOptions = {referenceDate: '2024-03-05'}
 * ```
 */
export type RemarkNewsastOptions = Omit<FromMdastOptions, 'file' | 'value'>

/**
 * unified plugin that turns the mdast tree of a Markdown article into a
 * newsast tree, so `unified().use(remarkParse).use(remarkNewsast)` reads
 * Markdown articles (`# Title`, `By …`, `## Subheading`, links) into the
 * same tree as {@link parse}; messages go to the file. Front matter is read
 * from the file's value (mdast nodes inside it are skipped).
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 *
 * @example
 * ```ts
 * import remarkParse from 'remark-parse'
 * import {unified} from 'unified'
 * import {remarkNewsast} from 'newsast'
 *
 * const processor = unified().use(remarkParse).use(remarkNewsast)
 * const file = '# Rates rise\n\nBy Jane Doe\n\nThe bank raised rates.'
 * const tree = await processor.run(processor.parse(file), file)
 * ```
 */
export const remarkNewsast: Plugin<[(RemarkNewsastOptions | null | undefined)?], MdastRoot, Root> = function (
  options
) {
  return function (tree: MdastRoot, file: VFile): Root {
    return fromMdast(tree, {...options, file})
  }
}
