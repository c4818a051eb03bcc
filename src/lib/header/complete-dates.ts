/**
 * Complete the years of a header's datelines, and choose the date that body
 * times are resolved against.
 *
 * @module
 */

import type {DateFields} from '../recognizer-types.js'
import {formatDate, nearestYear, readIsoDate, readMonthDay} from './calendar.js'
import {makeDatetime} from './parse-date-expression.js'
import {resolveZone} from './resolve-zone.js'

/**
 * Fill in the years of `--MM-DD` header datelines and return the date to
 * resolve body times against.
 *
 * A missing year comes from the first dateline with a full date (a stamp
 * ` date 2023-08-17` gives its year to `UZBEKISTAN, August 17 -`), else
 * from `referenceDate`; the year chosen puts the day nearest to that date.
 * Offsets of US zones (`ET`), which depend on the year, and `datetime` are
 * recomputed for the completed datelines.
 *
 * @param datelines
 *   Header datelines' fields, in document order (mutated).
 * @param referenceDate
 *   The caller's reference date (`YYYY-MM-DD`), if any.
 * @returns
 *   The published date (`YYYY-MM-DD`: the first full date among the
 *   datelines after completion), else `referenceDate`, else `undefined`.
 */
export function completeDates(
  datelines: DateFields[],
  referenceDate?: string
): string | undefined {
  const reference = readIsoDate(referenceDate)
  let anchor: [number, number, number] | undefined
  for (const dateline of datelines) {
    anchor = readIsoDate(dateline.date)
    if (anchor) break
  }

  anchor ??= reference
  let published: string | undefined
  for (const dateline of datelines) {
    const monthDay = readMonthDay(dateline.date)
    if (monthDay && anchor) {
      const year = nearestYear(monthDay[0], monthDay[1], anchor)
      if (year !== undefined) {
        dateline.date = formatDate(year, monthDay[0], monthDay[1])
        if (dateline.zone !== undefined && dateline.utcOffset === undefined) {
          const zone = resolveZone(dateline.zone, dateline.date, dateline.time)
          if (zone?.utcOffset) dateline.utcOffset = zone.utcOffset
        }

        const datetime = makeDatetime(dateline)
        if (datetime) dateline.datetime = datetime
      }
    }

    if (published === undefined && readIsoDate(dateline.date)) published = dateline.date
  }

  return published ?? (reference ? referenceDate : undefined)
}
