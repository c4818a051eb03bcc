/**
 * Report an ambiguous zone abbreviation.
 *
 * @module
 */

import type {RecognizeContext} from '../recognizer-types.js'
import type {DateExpression} from './parse-date-expression.js'

/**
 * Report a zone abbreviation that more than one zone uses (`IST`, `CST`):
 * the tree keeps the zone and leaves the offset out.
 *
 * @param context
 *   Recogniser context.
 * @param expression
 *   The expression with the zone.
 */
export function reportZone(
  context: RecognizeContext,
  expression: DateExpression
): undefined {
  const {zone, zoneStart, zoneEnd} = expression.parts
  context.report(
    'Ambiguous zone `' + zone + '`: more than one zone uses it, so no offset is given',
    'ambiguous-zone',
    zoneStart ?? expression.start,
    zoneEnd ?? expression.end
  )
  return undefined
}
