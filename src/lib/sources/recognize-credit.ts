// PLACEHOLDER: to be replaced by the sources work (issue 4).
import type {CreditSpan} from '../recognizer-types.js'

/**
 * Recognise a footer credit line.
 *
 * @param text
 *   Line content.
 * @returns
 *   Credits, or `undefined` when the line is not a credit line.
 */
export function recognizeCredits(text: string): CreditSpan[] | undefined {
  if (/^REUTERS?$/i.test(text)) return [{start: 0, end: text.length, role: 'signature', names: [text]}]
  return undefined
}
