// PLACEHOLDER: to be replaced by the Markdown work (issue 5).
import type {State} from '../state.js'
import {fromText} from '../text/from-text.js'
import type {RootContent} from '../types.js'

/**
 * Read a Markdown article.
 *
 * @param state
 *   Parse state.
 * @returns
 *   Root content.
 */
export function fromMarkdown(state: State): RootContent[] {
  return fromText(state)
}
