/**
 * Turn a zone as written into an offset, when the offset is certain.
 *
 * @module
 */

import {formatOffset, nthWeekday, readIsoDate} from './calendar.js'
import {ZONES} from './constants.js'

/**
 * What is known about a zone abbreviation on a date.
 */
export interface ZoneResolution {
  /** `±HH:MM` when certain. */
  utcOffset?: string | undefined
  /** Whether the abbreviation is shared by zones with other offsets. */
  ambiguous: boolean
}

/**
 * Whether US daylight saving time is in effect at a local date and time.
 *
 * Rules: from 2007 the second Sunday of March to the first Sunday of
 * November; 1987–2006 the first Sunday of April to the last Sunday of
 * October; 1967–1986 the last Sunday of April to the last Sunday of October.
 * Changes happen at 02:00 local time; without a time the day of the change
 * counts as the new regime (it holds for 22 of its 24 hours).
 *
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day.
 * @param minutes
 *   Minutes since local midnight, or `undefined` when the time is unknown.
 * @returns
 *   Whether summer time applies, or `undefined` before 1967 (no uniform
 *   rule).
 */
export function isUsDaylightTime(
  year: number,
  month: number,
  day: number,
  minutes: number | undefined
): boolean | undefined {
  if (year < 1967) return undefined
  let startMonth: number
  let startDay: number
  let endMonth: number
  let endDay: number
  if (year >= 2007) {
    startMonth = 3
    startDay = nthWeekday(year, 3, 0, 2)
    endMonth = 11
    endDay = nthWeekday(year, 11, 0, 1)
  } else if (year >= 1987) {
    startMonth = 4
    startDay = nthWeekday(year, 4, 0, 1)
    endMonth = 10
    endDay = nthWeekday(year, 10, 0, -1)
  } else {
    startMonth = 4
    startDay = nthWeekday(year, 4, 0, -1)
    endMonth = 10
    endDay = nthWeekday(year, 10, 0, -1)
  }

  const at = month * 100 + day
  const start = startMonth * 100 + startDay
  const end = endMonth * 100 + endDay
  const change = 120
  if (at === start) return minutes === undefined || minutes >= change
  if (at === end) return minutes !== undefined && minutes < change
  return at > start && at < end
}

/**
 * Resolve a zone abbreviation on a date.
 *
 * @param zone
 *   Zone as written (`MSK`, `ET`).
 * @param date
 *   `YYYY-MM-DD`, `--MM-DD` or `undefined`.
 * @param time
 *   `HH:MM` or `HH:MM:SS`, or `undefined`.
 * @returns
 *   The offset when certain, and whether the zone is ambiguous; `undefined`
 *   when the abbreviation is not a known zone.
 */
export function resolveZone(
  zone: string,
  date: string | undefined,
  time: string | undefined
): ZoneResolution | undefined {
  const info = ZONES.get(zone)
  if (!info) return undefined
  if (info.kind === 'ambiguous') return {ambiguous: true}
  if (info.kind === 'fixed')
    return {utcOffset: formatOffset(info.minutes), ambiguous: false}
  const full = readIsoDate(date)
  if (!full) return {ambiguous: false}
  const minutes = time
    ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
    : undefined
  const summer = isUsDaylightTime(full[0], full[1], full[2], minutes)
  if (summer === undefined) return {ambiguous: false}
  return {
    utcOffset: formatOffset(info.minutes + (summer ? 60 : 0)),
    ambiguous: false
  }
}
