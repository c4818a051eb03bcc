/**
 * Calendar arithmetic on plain numbers.
 *
 * Nothing here reads the machine's clock or zone: weekdays come from
 * `Date.UTC`, everything else is arithmetic, so trees never depend on `TZ`.
 *
 * @module
 */

/**
 * Whether a year is a leap year (proleptic Gregorian).
 *
 * @param year
 *   Year.
 * @returns
 *   Whether February has 29 days.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Number of days in a month.
 *
 * @param year
 *   Year, or `undefined` when unknown (February then has 29 days).
 * @param month
 *   Month, 1–12.
 * @returns
 *   Days in that month.
 */
export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Whether a day exists.
 *
 * @param year
 *   Year, or `undefined` when unknown.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day of the month.
 * @returns
 *   Whether the date is real.
 */
export function isValidDate(
  year: number | undefined,
  month: number,
  day: number
): boolean {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    (year === undefined || (year >= 1000 && year <= 9999))
  )
}

/**
 * Days since 1970-01-01 of a date.
 *
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day.
 * @returns
 *   Day number (may be negative).
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000)
}

/**
 * Weekday of a date (0 = Sunday).
 *
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day.
 * @returns
 *   Weekday, 0–6.
 */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/**
 * The date a number of days after a date (negative: before).
 *
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day.
 * @param days
 *   Days to add.
 * @returns
 *   `[year, month, day]`.
 */
export function addDays(
  year: number,
  month: number,
  day: number,
  days: number
): [number, number, number] {
  const value = new Date(Date.UTC(year, month - 1, day + days))
  return [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()]
}

/**
 * Day of the month of the `n`th given weekday of a month (`n` = -1: last).
 *
 * @param year
 *   Year.
 * @param month
 *   Month, 1–12.
 * @param weekday
 *   Weekday, 0 = Sunday.
 * @param n
 *   Which one: 1 first, 2 second, -1 last.
 * @returns
 *   Day of the month.
 */
export function nthWeekday(
  year: number,
  month: number,
  weekday: number,
  n: number
): number {
  if (n > 0) {
    const first = weekdayOf(year, month, 1)
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7
  }

  const lastDay = daysInMonth(year, month)
  const last = weekdayOf(year, month, lastDay)
  return lastDay - ((last - weekday + 7) % 7)
}

/**
 * Pad a number to two digits.
 *
 * @param value
 *   Number, 0–99.
 * @returns
 *   Two digits.
 */
export function pad2(value: number): string {
  return value < 10 ? '0' + String(value) : String(value)
}

/**
 * Serialise a date as ISO 8601 (`YYYY-MM-DD`, or `--MM-DD` without a year).
 *
 * @param year
 *   Year, or `undefined`.
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day.
 * @returns
 *   The date.
 */
export function formatDate(
  year: number | undefined,
  month: number,
  day: number
): string {
  return (
    (year === undefined ? '-' : String(year)) + '-' + pad2(month) + '-' + pad2(day)
  )
}

/**
 * Serialise an offset in minutes as `±HH:MM`.
 *
 * @param minutes
 *   Minutes east of UTC.
 * @returns
 *   The offset.
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const size = Math.abs(minutes)
  return sign + pad2(Math.floor(size / 60)) + ':' + pad2(size % 60)
}

/**
 * Read an ISO `YYYY-MM-DD` date.
 *
 * @param value
 *   String that may be a full date.
 * @returns
 *   `[year, month, day]`, or `undefined` when it is not a full valid date.
 */
export function readIsoDate(
  value: string | undefined
): [number, number, number] | undefined {
  if (!value || value.length !== 10 || value.charAt(4) !== '-') return undefined
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined
  return isValidDate(year, month, day) ? [year, month, day] : undefined
}

/**
 * Read a `--MM-DD` date.
 *
 * @param value
 *   String that may be a month and day.
 * @returns
 *   `[month, day]`, or `undefined`.
 */
export function readMonthDay(value: string | undefined): [number, number] | undefined {
  if (!value || value.length !== 7 || !value.startsWith('--')) return undefined
  const month = Number(value.slice(2, 4))
  const day = Number(value.slice(5, 7))
  return isValidDate(undefined, month, day) ? [month, day] : undefined
}

/**
 * The year that puts a month and day nearest to a reference date (news
 * refers to the recent past and near future: `December 28` in an article of
 * 5 January is last year's).
 *
 * @param month
 *   Month, 1–12.
 * @param day
 *   Day.
 * @param reference
 *   `[year, month, day]` of the reference date.
 * @returns
 *   The year, or `undefined` when no year makes the date real.
 */
export function nearestYear(
  month: number,
  day: number,
  reference: [number, number, number]
): number | undefined {
  const [year, refMonth, refDay] = reference
  const anchor = dayNumber(year, refMonth, refDay)
  let best: number | undefined
  let bestDistance = Infinity
  // Same year first, so that ties go to it.
  for (const candidate of [year, year - 1, year + 1]) {
    if (!isValidDate(candidate, month, day)) continue
    const distance = Math.abs(dayNumber(candidate, month, day) - anchor)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  return best
}
