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
 * recomputed for the completed datelines. The first published date takes
 * the time of a later stamp on the same day (see `completeTime`).
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
  datelines: Array<DateFields & {role?: string}>,
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

  completeTime(datelines)
  return published ?? (reference ? referenceDate : undefined)
}

/**
 * Give the first published dateline, when it has a date and no time, the
 * time of a later published stamp on the same day: a page's date line
 * (` date 2024-05-04 News`) over the article's own stamp (`09:15,
 * 04.05.2024`) say when it was published together. A stamp on another day
 * says something else and is left alone.
 *
 * @param datelines
 *   Header datelines' fields, in document order (mutated).
 * @returns
 *   Nothing.
 */
function completeTime(datelines: Array<DateFields & {role?: string}>): undefined {
  const first = datelines.find((dateline) => dateline.role !== 'updated' && readIsoDate(dateline.date))
  if (!first || first.time !== undefined) return undefined
  for (const dateline of datelines) {
    if (dateline === first || dateline.role === 'updated' || dateline.date !== first.date || dateline.time === undefined) continue
    first.time = dateline.time
    if (dateline.zone !== undefined) first.zone = dateline.zone
    if (dateline.utcOffset !== undefined) first.utcOffset = dateline.utcOffset
    const datetime = makeDatetime(first)
    if (datetime) first.datetime = datetime
    return undefined
  }

  return undefined
}
