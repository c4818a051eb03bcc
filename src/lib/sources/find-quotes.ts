// PLACEHOLDER: to be replaced by the sources work (issue 4).
import type {QuoteSpan} from '../recognizer-types.js'

/**
 * Find quotations in a paragraph.
 *
 * @param _text
 *   Paragraph text.
 * @returns
 *   Spans.
 */
export function findQuotes(_text: string): QuoteSpan[] {
  return []
}
