/**
 * Where the plain-text reader is in a list of blocks.
 *
 * @module
 */

import type {Block} from './split-blocks.js'

/**
 * A place in the blocks: a line of a block, and an offset in that line from
 * which its content counts (a wire dateline ends mid-line, and the body
 * starts after it).
 */
export interface Cursor {
  /** Index of the block. */
  block: number
  /** Index of the line in the block. */
  line: number
  /** Offset in the document where the content starts. */
  offset: number
}

/**
 * Find the cursor for an absolute offset at or after the given line, where
 * the offset may lie in a later line of the same block (a dateline that runs
 * over a line break).
 *
 * @param blocks
 *   Blocks.
 * @param block
 *   Index of the block.
 * @param line
 *   Index of the line where the search starts.
 * @param offset
 *   Absolute offset.
 * @returns
 *   Cursor: past the block's end when the offset is past its last line's
 *   content.
 */
export function cursorAt(blocks: Block[], block: number, line: number, offset: number): Cursor {
  const lines = blocks[block]!.lines
  for (let index = line; index < lines.length; index++) {
    const current = lines[index]!
    if (offset < current.contentEnd) {
      return {block, line: index, offset: Math.max(offset, current.contentStart)}
    }
  }

  return {block: block + 1, line: 0, offset: blocks[block + 1]?.lines[0]?.contentStart ?? Infinity}
}
