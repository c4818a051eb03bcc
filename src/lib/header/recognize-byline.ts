/**
 * Recognise a byline: `By Jane Doe`, `By Jane Doe and John Roe`, `By Jane
 * Doe, Reuters`, `BY JANE DOE`, `Jane Doe | Reporter`.
 *
 * The line is cut into parts at commas, `and`, `&`, `|` and `;`. Each part
 * is a name, an outlet (`Reuters`, `Associated Press`, `The Daily News`) or
 * a role (`Staff Writer`); outlets and roles are dropped. A part that is
 * none of these (`By the end of the year`) means the line is not a byline.
 *
 * @module
 */

import type {BylineMatch, RecognizeContext} from '../recognizer-types.js'
import {
  AGENCIES,
  AUTHOR_LINKS,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OUTLET_WORDS,
  WEEKDAYS
} from './constants.js'
import {findTimes} from './find-times.js'
import {recognizeStamp} from './recognize-stamp.js'

/**
 * Bylines are short.
 */
const maxLength = 200

/**
 * Most words in one name (`Maria de la Cruz Ortega`).
 */
const nameWords = 5

/**
 * Words that introduce the names (lower case).
 */
const leads: readonly string[] = [
  'by ',
  'written by ',
  'words by ',
  'story by ',
  'text by ',
  'report by ',
  'reported by '
]

/**
 * Longest lead, in characters.
 */
const leadLength = Math.max(...leads.map((lead) => lead.length))

/**
 * Last words of a role (`Staff Writer`, `AP Business Writer`).
 */
const roleEnds: ReadonlySet<string> = new Set([
  'writer',
  'writers',
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'editor',
  'editors',
  'columnist',
  'contributor',
  'analyst',
  'producer',
  'photographer',
  'staff',
  'journalist',
  'author'
])

/**
 * Words after which a byline part stops naming a person.
 */
const cuts: readonly string[] = [' in ', ' for ', ' at ']

/**
 * Whether a byline part is a date or time (`March 5, 2024`, `Updated
 * 10:00 GMT`).
 *
 * @param part
 *   Part, trimmed.
 * @returns
 *   Whether a date expression covers it (after an optional label).
 */
function isDatePart(part: string): boolean {
  const quiet: RecognizeContext = {report: () => undefined}
  if (recognizeStamp(part, quiet)) return true
  const times = findTimes(part, quiet)
  return times.length > 0 && times[0]!.start === 0 && times[0]!.end >= part.length - 1
}

/**
 * What a byline part is.
 */
type PartKind = 'name' | 'outlet' | 'role' | 'other'

/**
 * Whether a word can be part of a person's name: capitalised or in
 * capitals (`Jane`, `JANE`, `O'Neil`, `Jean-Luc`), an initial (`J.`), or a
 * particle (`de`, `van`).
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it can.
 */
function isNameWord(word: string): boolean {
  if (NAME_PARTICLES.has(word)) return true
  const first = word.charAt(0)
  if (first === first.toLowerCase()) return false
  // Letters, with `.`, `-`, `'` inside or at the end (initials).
  for (let i = 1; i < word.length; i++) {
    const char = word.charAt(i)
    if (char === '.' || char === '-' || char === "'" || char === '\u2019') continue
    if (char.toLowerCase() === char.toUpperCase()) return false
  }

  return true
}

/**
 * Classify one part of a byline.
 *
 * @param part
 *   Part, trimmed.
 * @param others
 *   Whether other parts exist (a lone acronym is then an outlet).
 * @returns
 *   What it is.
 */
function classify(part: string, others: boolean): PartKind {
  const words = part.split(' ').filter((word) => word !== '')
  if (words.length === 0) return 'other'
  const lower = part.toLowerCase()
  if (AGENCIES.has(lower)) return 'outlet'
  const last = words[words.length - 1]!.toLowerCase()
  if (roleEnds.has(last)) return 'role'
  if (words.some((word) => OUTLET_WORDS.has(word.toLowerCase()))) return 'outlet'
  if (words[0]!.toLowerCase() === 'the') return 'outlet'
  if (
    others &&
    words.length === 1 &&
    words[0]!.length <= 5 &&
    words[0] === words[0]!.toUpperCase()
  )
    return 'outlet'
  if (words.length > nameWords) return 'other'
  const first = words[0]!.toLowerCase().replace(/\.$/, '')
  if (NOT_NAME_WORDS.has(first) || MONTHS.has(first) || WEEKDAYS.has(first))
    return 'other'
  if (NAME_PARTICLES.has(words[0]!)) return 'other'
  return words.every((word) => isNameWord(word)) ? 'name' : 'other'
}

/**
 * Split the names part of a byline at `,`, `;`, `|`, `&` and ` and `.
 *
 * @param value
 *   Text after `By`.
 * @returns
 *   Trimmed parts.
 */
function splitParts(value: string): string[] {
  const parts: string[] = []
  for (const piece of value.split(/[,;|&]/)) {
    for (const part of piece.split(/ and | AND /)) {
      const trimmed = part.replace(/\s+/g, ' ').trim()
      if (trimmed) parts.push(trimmed)
    }
  }

  return parts
}

/** Most handles and e-mail addresses after the names. */
const contactWords = 3

/**
 * Where a byline ends before the contacts printed after the names: a
 * social handle and an e-mail address (`By Jane Doe @janedoe
 * jane@harbour.example`), as regional papers print them beside the name.
 * Only whole words at the end that hold an `@` are cut.
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Where the names end.
 */
function withoutContacts(value: string): number {
  let end = value.length
  for (let count = 0; count < contactWords; count++) {
    const space = value.lastIndexOf(' ', end - 1)
    if (space <= 0 || !value.slice(space + 1, end).includes('@')) break
    end = space
  }

  return end
}

/**
 * Length of the author widget link that ends a line (` Read more` in `Jane
 * Doe Read more`), with the space before it; `0` when there is none.
 *
 * @param value
 *   Line, trimmed.
 * @returns
 *   Characters to cut from the end.
 */
function authorLink(value: string): number {
  const tail = value.slice(-linkLength - 1).toLowerCase()
  for (const link of AUTHOR_LINKS) {
    const at = tail.length - link.length
    if (at > 0 && tail.charCodeAt(at - 1) === 32 && tail.endsWith(link)) return link.length + 1
  }

  return 0
}

/** Length of the longest of {@link AUTHOR_LINKS}. */
const linkLength = Math.max(...AUTHOR_LINKS.map((link) => link.length))

/**
 * Options for {@link recognizeByline}.
 */
export interface BylineOptions {
  /**
   * Accept a line of names alone (`Jane Doe and John Roe`), without `By`
   * or `|`. Only for a caller that knows the line's place makes it a
   * byline (for example, right above a stamp, as in `Jane Doe` / `Wed 22
   * Feb 2023 12.40 GMT`): on its own such a line could be a short headline.
   */
  bare?: boolean | undefined
}

/**
 * Recognise a byline line.
 *
 * Without `By`, only `Name | Role` (or `Name | Outlet`) counts, and names
 * followed by an author widget's link (`Jane Doe Read more`: no headline
 * ends so), unless `options.bare` says the line is known to sit where a
 * byline goes: a line that merely holds a name could be anything.
 *
 * @param text
 *   Line content (a syndication credit in parentheses before `By` is
 *   skipped: `(MENAFN- AzerNews) By Asim Aliyev`).
 * @param options
 *   Options.
 * @returns
 *   The authors, or `undefined` when the line is not a byline.
 */
export function recognizeByline(
  text: string,
  options?: BylineOptions
): BylineMatch | undefined {
  let value = text.trim()
  if (value.length === 0 || value.length > maxLength) return undefined
  if (value.startsWith('(')) {
    const close = value.indexOf(')')
    if (close === -1) return undefined
    value = value.slice(close + 1).trimStart()
  }

  // Only the start can hold a lead: lower-case no more of the line.
  const lower = value.slice(0, leadLength).toLowerCase()
  const lead = leads.find((prefix) => lower.startsWith(prefix))
  let parts: string[]
  // Length of an author widget's link after the names (` Read more`).
  const link = lead ? 0 : authorLink(value)
  if (lead) {
    // `by` must be `By`/`BY`, or a lower-case lead on its own line.
    parts = splitParts(value.slice(lead.length, withoutContacts(value)))
  } else if ((options?.bare || link > 0) && !value.includes('|')) {
    parts = splitParts(value.slice(0, value.length - link))
    // Names alone: every part a name of two or more words.
    for (const part of parts) {
      if (part.split(' ').length < 2 || classify(part, false) !== 'name') return undefined
    }
  } else {
    const bar = value.indexOf('|')
    if (bar === -1) return undefined
    parts = splitParts(value)
    const head = value.slice(0, bar).trim()
    if (head.split(' ').length < 2) return undefined
  }

  // Cut a place or outlet after a name: `By Jane Doe in London`, `By Jane
  // Doe for The Daily News`.
  parts = parts.map((part) => {
    for (const cut of cuts) {
      const index = part.indexOf(cut)
      if (index > 0) return part.slice(0, index)
    }

    return part
  })
  // A date beside the names (`By Jane Doe | March 5, 2024`) is not a name.
  parts = parts.filter((part) => !isDatePart(part))

  const authors: string[] = []
  for (const [index, part] of parts.entries()) {
    const kind = classify(part, parts.length > 1)
    if (kind === 'other') return undefined
    // One word after a name is a place (`By Jane Doe, BBC News, London`).
    if (kind === 'name' && index > 0 && authors.length > 0 && !part.includes(' ')) continue
    // With `|` and no `By`, the first part is the name and the rest
    // describe it.
    if (!lead && !options?.bare && link === 0 && (index === 0) !== (kind === 'name')) return undefined
    if (kind === 'name') authors.push(part)
  }

  return authors.length === 0 ? undefined : {authors}
}
