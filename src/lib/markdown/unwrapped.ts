/**
 * Captures that lost their blank lines: a page-to-Markdown tool that
 * joins the page's paragraphs with single line breaks makes one Markdown
 * paragraph of the whole article, and a line that starts with a list
 * marker (`* Share`, an agency's `- Subhead -`) pulls every line after it
 * into its list item as lazy continuation lines.
 *
 * @module
 */

import type {List as MdastList} from 'mdast'
import {isUnwrapped, maxWrapWidth} from '../text/split-blocks.js'
import {readLines} from '../text/read-lines.js'
import {isLineEnding} from '../util/white-space.js'
import type {BridgeState} from './bridge-state.js'
import type {Run} from './run.js'

/**
 * The lines of `[from, to)` of a run when they are whole paragraphs rather
 * than prose wrapped at a width, as the plain-text reader decides for a
 * run of lines (see `splitBlocks`): at least two lines, the widest over
 * the widest wrap width (100 characters), and fewer than a third of the
 * breaks falling mid-sentence before a lower-case word. Hand-wrapped
 * Markdown keeps its lines shorter, so its paragraphs stay whole.
 *
 * @param run
 *   Run.
 * @param from
 *   Run offset to start at.
 * @param to
 *   Run offset to end at.
 * @returns
 *   Run offsets of each line's content (blank lines left out), or
 *   `undefined`.
 */
export function unwrappedLines(run: Run, from: number, to: number): Array<[number, number]> | undefined {
  const end = Math.min(to, run.value.length)
  let newline = run.value.indexOf('\n', from)
  if (from >= end || newline === -1 || newline >= end) return undefined
  // The widest line first, without a copy: most paragraphs stop here.
  let wide = newline - from > maxWrapWidth
  while (!wide && newline !== -1 && newline < end) {
    const next = run.value.indexOf('\n', newline + 1)
    wide = (next === -1 || next > end ? end : next) - newline - 1 > maxWrapWidth
    newline = next
  }

  if (!wide) return undefined
  const value = run.value.slice(from, end)
  const lines = readLines(value).filter((line) => line.contentEnd > line.contentStart)
  if (lines.length < 2) return undefined
  let width = 0
  for (const line of lines) width = Math.max(width, line.contentEnd - line.start)
  if (width <= maxWrapWidth || !isUnwrapped(value, lines)) return undefined
  return lines.map((line) => [from + line.contentStart, from + line.contentEnd])
}

/**
 * Where the lazy continuation lines of list items start: for each item
 * whose only child is a paragraph, the run offset of the first line that
 * starts at the very start of its input line (not indented under the
 * item, as CommonMark allows; markup such as `**` may open it), or `-1`.
 *
 * @param state
 *   Bridge state.
 * @param list
 *   List.
 * @returns
 *   One entry per item: its paragraph's run and the offset, or `undefined`
 *   for items of other children.
 */
export function lazyStarts(state: BridgeState, list: MdastList): Array<{run: Run; lazy: number} | undefined> {
  const found: Array<{run: Run; lazy: number} | undefined> = []
  for (const item of list.children) {
    const only = item.children[0]
    if (item.children.length !== 1 || only?.type !== 'paragraph') {
      found.push(undefined)
      continue
    }

    const run = state.inline(only)
    let lazy = -1
    for (let index = run.value.indexOf('\n'); index !== -1 && index + 1 < run.value.length; index = run.value.indexOf('\n', index + 1)) {
      // Back over markup (`**`, `[`) to the start of the input line.
      let start = run.map.at(index + 1)
      while (start > 0 && !isLineEnding(state.value.charCodeAt(start - 1)) && !isSpace(state.value.charCodeAt(start - 1))) start--
      if (start === 0 || isLineEnding(state.value.charCodeAt(start - 1))) {
        lazy = index + 1
        break
      }
    }

    found.push({run, lazy})
  }

  return found
}

/**
 * Whether a code unit is a space or a tab.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is.
 */
function isSpace(code: number): boolean {
  return code === 32 || code === 9
}
