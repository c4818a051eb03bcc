/**
 * Read one date expression (`Tue March 5, 2024, 3:14 PM EST`) with the
 * grammar of `date-parsers.ts`, and turn its parts into the fields of a
 * `dateline` or `time` node.
 *
 * @module
 */

import type {DateFields} from '../recognizer-types.js'
import {
  addDays,
  formatDate,
  formatOffset,
  isValidDate,
  nearestYear,
  pad2,
  readIsoDate,
  weekdayOf
} from './calendar.js'
import {
  type DateMode,
  type DateParts,
  type Slot,
  parsersFor,
  skipSpace
} from './date-parsers.js'
import {resolveZone} from './resolve-zone.js'
import type {Token} from './tokenize.js'

/**
 * A date expression read from tokens.
 */
export interface DateExpression {
  /** The parts read. */
  parts: DateParts
  /** Slots filled, as bits (see {@link hasSlot}). */
  slots: number
  /** Index of the first token. */
  first: number
  /** Index after the last token. */
  next: number
  /** Start offset in the string. */
  start: number
  /** End offset (exclusive). */
  end: number
}

/**
 * Words and marks that join the parts of one expression (`March 5, 2024 at
 * 3 p.m.`, `March 5, 2024 @ 3 PM`); stamps also take the separators of
 * page furniture (`|`, `·`).
 */
const bodyJoiners: ReadonlySet<string> = new Set([',', 'at', 'on', '@'])
const stampJoiners: ReadonlySet<string> = new Set([
  ',',
  'at',
  'on',
  '@',
  '|',
  '/',
  '-',
  '\u2013',
  '\u2014',
  '\u00b7',
  '\u2022'
])

/**
 * Bit of each slot in {@link DateExpression.slots}.
 */
const slotBits: Readonly<Record<Slot, number>> = {weekday: 1, date: 2, time: 4, zone: 8}

/** Bit of the `time` slot. */
const timeBit = slotBits.time

/**
 * Whether an expression filled a slot.
 *
 * @param slots
 *   The expression's slots (`expression.slots`).
 * @param slot
 *   Slot to check.
 * @returns
 *   Whether it is filled.
 */
export function hasSlot(slots: number, slot: Slot): boolean {
  return (slots & slotBits[slot]) !== 0
}

/**
 * Index of the next part after a joiner (white space, then at most one
 * joiner and white space).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the previous part.
 * @param mode
 *   Where the expression is.
 * @returns
 *   Index where the next part may start.
 */
function skipJoiner(tokens: Token[], index: number, mode: DateMode): number {
  let at = skipSpace(tokens, index)
  const token = tokens[at]
  const joiners = mode === 'stamp' ? stampJoiners : bodyJoiners
  // `-0330` is a signed offset, not a joiner and a number.
  const signed = token?.value === '-' && tokens[at + 1]?.kind === 'number'
  if (token && token.kind !== 'number' && joiners.has(token.value) && !signed) {
    // A joiner word needs white space on both sides (`at 3 p.m.`).
    if (token.kind === 'word' && (at === index || tokens[at + 1]?.kind !== 'space'))
      return index
    at = skipSpace(tokens, at + 1)
  }

  return at
}

/**
 * Read a date expression starting at token `index`.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of its first token.
 * @param mode
 *   Where the expression is.
 * @returns
 *   The expression, or `undefined` when no part matches at `index`.
 */
export function parseDateExpression(
  tokens: Token[],
  index: number,
  mode: DateMode
): DateExpression | undefined {
  // Most tokens start no expression: answer those without the loop (and
  // before allocating its state).
  const first = tokens[index]
  if (!first || first.kind === 'space' || (first.kind === 'punct' && first.value !== '(' ))
    return undefined
  const parts: DateParts = {}
  // Bits of the slots filled (see {@link slotBits}): a `Set` per expression
  // tried was much of the cost of one that fails.
  let slots = 0
  let next = index
  let secondDate = false

  while (next < tokens.length) {
    const at = slots === 0 ? next : skipJoiner(tokens, next, mode)
    let found = false
    for (const parser of parsersFor(tokens[at])) {
      if (parser.slot === 'zone' && (slots & timeBit) === 0) continue
      const repeat = (slots & slotBits[parser.slot]) !== 0
      // A stamp may say its date twice (`2023-02-22 22 Feb.`); nothing else
      // repeats.
      if (repeat && !(parser.slot === 'date' && mode === 'stamp' && !secondDate))
        continue
      const match = parser.match(tokens, at, mode)
      if (!match) continue
      if (repeat) {
        if (
          match.parts.month !== parts.month ||
          match.parts.day !== parts.day ||
          (match.parts.year !== undefined &&
            parts.year !== undefined &&
            match.parts.year !== parts.year) ||
          (match.parts.hour !== undefined && (slots & timeBit) !== 0)
        )
          continue
        // The repeat agrees on the year when both name one (checked
        // above), so merging all of it keeps the year read first.
        secondDate = true
      }

      mergeParts(parts, match.parts)

      slots |= slotBits[parser.slot]
      if (match.parts.hour !== undefined) slots |= timeBit
      if (match.parts.offset !== undefined || match.parts.zone !== undefined)
        slots |= slotBits.zone
      next = match.next
      found = true
      break
    }

    if (!found) break
  }

  if (slots === 0) return undefined
  return {
    parts,
    slots,
    first: index,
    next,
    start: tokens[index]!.start,
    end: tokens[next - 1]!.end
  }
}

/**
 * Copy defined parts.
 *
 * @param target
 *   Parts to add to.
 * @param source
 *   Parts to add.
 */
function mergeParts(target: DateParts, source: DateParts): undefined {
  // `for…in` instead of `Object.keys`: no array per merge (parts are plain
  // objects, so both see the same keys in the same order).
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue
    const value = source[key as keyof DateParts]
    if (value !== undefined) (target as Record<string, unknown>)[key] = value
  }

  return undefined
}

/**
 * What turning parts into fields found.
 */
export interface FieldsResult {
  /** The fields. */
  fields: DateFields
  /** The zone abbreviation is shared by zones with other offsets. */
  ambiguousZone: boolean
}

/**
 * Turn parts into `dateline`/`time` fields.
 *
 * A missing year comes from `referenceDate` (the nearest such date to it);
 * a lone weekday becomes the most recent such day on or before it. An
 * offset is given only when written or certain for the zone on that date.
 *
 * @param parts
 *   Parts of the expression.
 * @param referenceDate
 *   `YYYY-MM-DD` to resolve missing years against, or `undefined`.
 * @returns
 *   The fields, or `undefined` when the date does not exist (`February 30`).
 */
export function buildDateFields(
  parts: DateParts,
  referenceDate: string | undefined
): FieldsResult | undefined {
  const fields: DateFields = {}
  const reference = readIsoDate(referenceDate)
  if (parts.month !== undefined && parts.day !== undefined) {
    let year = parts.year
    if (!isValidDate(year, parts.month, parts.day)) return undefined
    if (year === undefined && reference)
      year = nearestYear(parts.month, parts.day, reference)
    fields.date = formatDate(year, parts.month, parts.day)
  } else if (parts.weekday !== undefined && reference) {
    const back = (weekdayOf(...reference) - parts.weekday + 7) % 7
    const [year, month, day] = addDays(...reference, -back)
    fields.date = formatDate(year, month, day)
  }

  if (parts.hour !== undefined) {
    fields.time =
      pad2(parts.hour) +
      ':' +
      pad2(parts.minute ?? 0) +
      (parts.second === undefined ? '' : ':' + pad2(parts.second))
  }

  let ambiguousZone = false
  if (parts.zone !== undefined) fields.zone = parts.zone
  if (parts.offset !== undefined) {
    fields.utcOffset = formatOffset(parts.offset)
  } else if (parts.zone !== undefined) {
    const zone = resolveZone(parts.zone, fields.date, fields.time)
    if (zone?.ambiguous) ambiguousZone = true
    if (zone?.utcOffset) fields.utcOffset = zone.utcOffset
  }

  // Set only when there is one: deleting a key (as `dropUndefined` would)
  // turns the object into a slow dictionary for everything that reads it.
  // Every other field above is set only to a value.
  const datetime = makeDatetime(fields)
  if (datetime !== undefined) fields.datetime = datetime
  return {fields, ambiguousZone}
}

/**
 * Full ISO 8601 date-time, when date, time and offset are all known.
 *
 * @param fields
 *   Fields.
 * @returns
 *   `YYYY-MM-DDTHH:MM±HH:MM` or `undefined`.
 */
export function makeDatetime(fields: DateFields): string | undefined {
  if (!fields.time || !fields.utcOffset || !readIsoDate(fields.date)) return undefined
  return fields.date + 'T' + fields.time + fields.utcOffset
}
