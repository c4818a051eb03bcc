/**
 * Recognise a footer credit line: `Reuter`, `(Reporting by Jane Doe in Oslo;
 * Editing by John Roe)`, `Source: TASS`, `Photo: AP`, `© 2023 Example Ltd`,
 * `Media contact:` and the contact lines under it, `Jane Doe contributed
 * reporting.`.
 *
 * The recognisers in {@link creditRecognizers} are tried in order; each is
 * anchored at the line's start and conservative, so a body sentence is never
 * a credit.
 *
 * @module
 */

import type {CreditSpan} from '../recognizer-types.js'
import {
  byLabels,
  chromeLabels,
  chromeLines,
  colonLabels,
  contactHeadings,
  endMarks,
  releaseEnds,
  sidebarAfterAll,
  sidebarHeads,
  sidebarPrefixes,
  signatures
} from './constants-credits.js'
import {isPatternSpace} from './name-shape.js'

/** One way of writing a credit line. */
export interface CreditRecognizer {
  /** What it recognises. */
  name: string
  /**
   * Recognise a line.
   *
   * @param line
   *   The line, from its first non-white-space character, without its
   *   trailing white space.
   * @returns
   *   Credits, or `undefined` when this recogniser does not apply.
   */
  recognize(line: string): CreditSpan[] | undefined
}

const email = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
const mailLink = /^\[?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\]?(?:\(mailto:[^)\s]*\))?$/
const phone = /^(?:tel|phone|t|ph)?[.:]?\s?\+?[\d\s().-]{7,20}$/i
/** Longest text {@link phone} matches: `phone`, `:`, a space, `+`, 20 digits. */
const phoneMax = 28
const year = /\b(?:19|20)\d\d\b/
const startsCapital = /^\p{Lu}/u
const startsCapitalOrDigit = /^[\p{Lu}\d]/u
/** A site's name as its signature (`News.Az`); it starts with a capital. */
const siteName = /^[A-Z][\w-]*\.[A-Za-z]{2,3}$/
const contributed = /^(.{1,300}?)\s+contributed(?: reporting| to this (?:report|story|article))?\.?$/
/** A clause `Label by …` has ` by ` (in any case) after its label. */
const byWord = / by /i
/** PR Newswire's closing source line: `SOURCE Acme, Inc.` (no colon). */
const sourceLine = /^[*_]{0,3}SOURCE[*_]{0,3}[ \t]+/
/** A reporting verb: a line with one is a sentence, not a credit. */
const reportingVerb = / (?:said|says|told|reported|added) /
/**
 * The words of a rights notice (`All rights reserved.`, `This information
 * may not be reproduced without reference to …`).
 */
const rightsWords =
  /\b(?:all rights reserved|may not be (?:reproduced|republished|redistributed|reprinted|copied)|(?:reproduction|republication|redistribution|reprinting) [^.]{0,40}\b(?:prohibited|forbidden|permitted only|not permitted))/i
/** Longest rights notice, in characters. */
const rightsMax = 300

/**
 * Length of the longest string in a set.
 *
 * @param values
 *   Strings.
 * @returns
 *   Length.
 */
function longest(values: Iterable<string>): number {
  let max = 0
  for (const value of values) max = Math.max(max, value.length)
  return max
}

// Lower-casing never makes a string shorter, so a line longer than every
// signature or heading is none, whatever its case: no need to lower-case it.
const signatureMax = longest(signatures)
const contactHeadingMax = longest(contactHeadings)
/** `label by ` for each label, made once. */
const byPrefixes = byLabels.map(({label, role}) => ({prefix: label + ' by ', role}))

/**
 * `Reuter`, `REUTERS`, `-- AP`, `News.Az`: a wire's or a site's signature
 * alone on the line.
 */
const signatureRecognizer: CreditRecognizer = {
  name: 'signature',
  recognize(line) {
    const name = trimEnds(line, '-—– ', '. ')
    if (
      (name.length <= signatureMax && signatures.has(name.toLowerCase())) ||
      (isUpper(name.charCodeAt(0)) && siteName.test(name))
    ) {
      return [{start: 0, end: line.length, role: 'signature', names: [name]}]
    }

    return undefined
  }
}

/**
 * `(Reporting by X in CITY; additional reporting by Y; Editing by Z)`: one
 * credit per clause, clauses split at `;` (or at `. ` before a label, as
 * some copy does).
 */
const byRecognizer: CreditRecognizer = {
  name: 'by',
  recognize(line) {
    let start = 0
    let end = line.length
    if (line.startsWith('(')) start = 1
    if (line.endsWith(')')) end--
    // Most lines have no ` by `: skip lower-casing them against each label.
    if (!byWord.test(line) || !labelBy(line.slice(start, end))) return undefined
    const spans: CreditSpan[] = []
    let clauseStart = start
    for (let index = start; index <= end; index++) {
      const char = line.charAt(index)
      const atEnd = index === end
      const split = char === ';' || (char === '.' && line.charAt(index + 1) === ' ' && labelBy(line.slice(index + 2, end)) !== undefined)
      if (!atEnd && !split) continue
      let from = clauseStart
      while (from < index && line.charAt(from) === ' ') from++
      const clause = line.slice(from, index)
      const found = labelBy(clause)
      if (found) {
        const names = splitNames(clause.slice(found.length))
        // Names are capitalised: `Photography by night is…` is body text.
        if (names.length === 0 || names.some((name) => !startsCapital.test(name))) return undefined
        spans.push({start: from, end: index, role: found.role, names})
      } else if (clause.trim() && spans.length > 0) {
        // A clause without a label continues the previous one.
        const previous = spans[spans.length - 1]
        if (previous) {
          previous.end = index
          previous.names.push(...splitNames(clause))
        }
      }

      clauseStart = index + 1
    }

    return spans.length > 0 ? spans : undefined
  }
}

/** `Source: TASS`, `Photo: Jane Doe`, `Photo | Jane Doe`, `Media contact: …`. */
const colonRecognizer: CreditRecognizer = {
  name: 'colon',
  recognize(line) {
    const colon = line.indexOf(':')
    // A picture's credit may take a bar for the colon (`Photo | Valley
    // Post`), as pages set it under the picture; only a picture's.
    const bar = colon < 1 || colon > 20 ? line.indexOf(' | ') : -1
    const labelEnd = bar > 0 ? bar : colon
    if (labelEnd < 1 || labelEnd > 20) return undefined
    const label = trimEnds(line.slice(0, labelEnd), '*_ ', '*_ ').toLowerCase()
    const role = colonLabels.get(label)
    if (!role || (bar > 0 && role !== 'photo')) return undefined
    const value = trimEnds(line.slice(bar > 0 ? bar + 3 : colon + 1), '*_ ', '*_ ')
    if (role !== 'contact' && value === '') return undefined
    // A body sentence may start `Source: ` rarely; a credit is short.
    if (value.length > 120 || value.split(' ').length > 12 || / (?:said|says|told|reported) /.test(` ${value} `)) return undefined
    const cleaned = value.toLowerCase().startsWith('via ') ? value.slice(4).trim() : value
    const names = role === 'contact' ? (value ? [value] : []) : role === 'source' ? splitList(cleaned) : splitNames(cleaned)
    return [{start: 0, end: line.length, role, names}]
  }
}

/** `© 2023 Example Ltd`, `(c) Example`, `Copyright 2023 Example`. */
const copyrightRecognizer: CreditRecognizer = {
  name: 'copyright',
  recognize(line) {
    let rest: string | undefined
    // The patterns below are anchored: only a line that starts with `(` or
    // `c` can match them (most lines can not, and are not searched).
    const first = line.charCodeAt(0)
    if (first === 0xa9 /* © */) rest = line.slice(1)
    else if (first === 40 /* ( */ && /^\(c\)\s/i.test(line)) rest = line.slice(3)
    else if ((first === 67 || first === 99) /* C, c */ && /^copyright\s/i.test(line) && year.test(line)) rest = line.slice(9)
    if (rest === undefined || line.length > 200) return undefined
    let name = rest.trim()
    if (name.toLowerCase().startsWith('copyright')) name = name.slice(9).trim()
    const dates = /^(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?/.exec(name)
    if (dates) name = name.slice(dates[0].length).trim()
    const reserved = name.toLowerCase().indexOf('all rights reserved')
    if (reserved !== -1) name = name.slice(0, reserved)
    name = trimEnds(name, ' ', ' .,')
    return [{start: 0, end: line.length, role: 'copyright', names: name ? [name] : []}]
  }
}

/**
 * `SOURCE Acme, Inc.`: the source line that closes a PR Newswire release,
 * the label in capitals and without a colon (`Source code is …` is a
 * sentence). Issuers are split at semicolons only (`Acme, Inc.` is one).
 */
const sourceLineRecognizer: CreditRecognizer = {
  name: 'source-line',
  recognize(line) {
    const first = line.charCodeAt(0)
    // Only a line that starts with `S`, `*` or `_` can be one.
    if (line.length > 160 || (first !== 83 && first !== 42 && first !== 95)) return undefined
    const label = sourceLine.exec(line)
    if (!label) return undefined
    const rest = line.slice(label[0].length)
    if (!startsCapitalOrDigit.test(rest) || reportingVerb.test(` ${rest} `)) return undefined
    const names = rest
      .split(';')
      .map((name) => trimEnds(name.replaceAll(/\s+/g, ' '), ' ', ' '))
      .filter((name) => name !== '')
    return names.length > 0 ? [{start: 0, end: line.length, role: 'source', names}] : undefined
  }
}

/**
 * A rights notice on its own line (`All rights reserved.`, `Reproduction
 * of this material is prohibited.`): a copyright credit without a name.
 */
const rightsRecognizer: CreditRecognizer = {
  name: 'rights',
  recognize(line) {
    if (line.length > rightsMax || !rightsWords.test(line) || reportingVerb.test(` ${line} `)) return undefined
    return [{start: 0, end: line.length, role: 'copyright', names: []}]
  }
}

/** `Media Contact`, and lines that are only an e-mail address or a phone number. */
const contactRecognizer: CreditRecognizer = {
  name: 'contact',
  recognize(line) {
    const bare = trimEnds(line, '*_ ', '*_: ')
    // Addresses need `@`; headings and phone numbers are short.
    const at = bare.includes('@')
    const mail = at ? mailLink.exec(bare) : null
    if (bare.length <= contactHeadingMax && contactHeadings.has(bare.toLowerCase())) return [{start: 0, end: line.length, role: 'contact', names: []}]
    if (mail?.[1]) return [{start: 0, end: line.length, role: 'contact', names: [mail[1]]}]
    if ((at && email.test(bare)) || (bare.length <= phoneMax && phone.test(bare))) return [{start: 0, end: line.length, role: 'contact', names: [bare]}]
    return undefined
  }
}

/** `Jane Doe contributed reporting.`, `AP writers … contributed to this report.` */
const contributedRecognizer: CreditRecognizer = {
  name: 'contributed',
  recognize(line) {
    // The pattern tries every length of name: first make sure it can match.
    if (line.length > 320 || !line.includes('contributed')) return undefined
    const bare = trimEnds(line, '*_ ', '*_ ')
    const match = contributed.exec(bare)
    if (!match?.[1]) return undefined
    const who = match[1].replace(/^(?:AP|Reuters|AFP)?\s*(?:staff )?(?:writers?|reporters?|correspondents?)\s+/i, '')
    return [{start: 0, end: line.length, role: 'additional-reporting', names: splitNames(who)}]
  }
}

/**
 * The recognisers, in order: the whole-line signature first (it is the
 * shortest test and the most common footer), then labelled clauses (`… by`,
 * then `Label:`), copyright, the `SOURCE` line, contact lines, then
 * `contributed` and rights notices, whose patterns read the whole line.
 */
export const creditRecognizers: readonly CreditRecognizer[] = [
  signatureRecognizer,
  byRecognizer,
  colonRecognizer,
  copyrightRecognizer,
  sourceLineRecognizer,
  contactRecognizer,
  contributedRecognizer,
  rightsRecognizer
]

/**
 * Recognise a footer credit line.
 *
 * @param text
 *   Line content, from its first non-white-space character.
 * @returns
 *   One credit per clause, or `undefined` when the line is body text.
 */
export function recognizeCredits(text: string): CreditSpan[] | undefined {
  const line = text.trimEnd()
  if (line === '' || line.length > 400) return undefined
  for (const recognizer of creditRecognizers) {
    const spans = recognizer.recognize(line)
    if (spans) return spans
  }

  return undefined
}

/**
 * What a line that closes an article is: `'end'` when nothing after it
 * belongs to the article (an agency's end mark, `-0-`, `Enditem`, or the
 * head of a list of other stories, `Related news`, `Most read`); `'chrome'`
 * for page chrome that closes an article only when nothing but short lines
 * follows it (`Tags:`, `Share this article`, `Read also`, `■`, a
 * copyright line `© 2024 Example News`), as such lines also stand in the
 * middle of a page.
 */
export type EndMarker = 'end' | 'chrome'

/** Longest end marker line without values, in characters. */
const markerMax = 40

/** Longest chrome line with values (`Tags: Baku, energy`), in characters. */
const chromeValueMax = 200

/**
 * Recognise a line that closes an article (see {@link EndMarker}): the
 * marker alone on its line, in any case, emphasis and heading marks and a
 * trailing colon aside; a tag line (`Tags:`, `Keywords:`) may carry its
 * values. A line with more words is body text (`Read also: Baku hosts
 * talks` is a link inside an article).
 *
 * @example
 * ```ts
 * recognizeEndMarker('RELATED NEWS') // => 'end'
 * recognizeEndMarker('Tags: Baku, energy') // => 'chrome'
 * recognizeEndMarker('Read also: Baku hosts talks') // => undefined
 * ```
 *
 * @param line
 *   Line content, from its first non-white-space character.
 * @returns
 *   What marker it is, or `undefined` when it is none.
 */
export function recognizeEndMarker(line: string): EndMarker | undefined {
  if (isReleaseEnd(line)) return 'end'
  if (line.length > chromeValueMax) return undefined
  // A copyright line (`© 2024 Example News`) closes the article when only
  // short lines follow it: the page's own links under its notice.
  if (copyrightRecognizer.recognize(line)) return 'chrome'
  if (line.length > markerMax) return chromeWithValues(line)
  const mark = trimEnds(line, '*_ ', '*_ ').toLowerCase()
  if (endMarks.has(mark)) return 'end'
  const bare = trimEnds(mark, '#\u2022\u00b7 ', '#:.\u00bb\u203a\u2192> ')
  if (sidebarHeads.has(bare) || isAllNews(bare)) return 'end'
  if (chromeLines.has(bare)) return 'chrome'
  return chromeWithValues(line)
}

/** Longest start of a line looked at by {@link isReleaseEnd}. */
export const releaseEndHead = 40

/** Longest line that can be a feed's `The post … appeared first on …` note. */
const postNoteMax = 400

/**
 * Whether a line closes a release as a wire or a feed sends it (see
 * {@link releaseEnds}): `View source version on businesswire.com: …`,
 * `View original content: …`, `(END) Dow Jones Newswires`, `The post Acme
 * opens a plant appeared first on Example News.`. Only the start of the
 * line is read (its address may be long), but for a feed's note, which
 * ends with the site's name.
 *
 * @param line
 *   Line content, from its first non-white-space character (or its first
 *   {@link releaseEndHead} characters).
 * @returns
 *   Whether it does.
 */
export function isReleaseEnd(line: string): boolean {
  const head = line.slice(0, releaseEndHead).toLowerCase()
  for (const start of releaseEnds) if (head.startsWith(start)) return true
  return line.length <= postNoteMax && line.startsWith('The post ') && line.includes(' appeared first on ')
}

/**
 * Whether a line is `All` over other news (`All news`, `All of the latest
 * news`): a sidebar head too.
 *
 * @param bare
 *   Lower-cased line without marks.
 * @returns
 *   Whether it is.
 */
function isAllNews(bare: string): boolean {
  for (const prefix of sidebarPrefixes) {
    if (!bare.startsWith(prefix)) continue
    const rest = bare.slice(prefix.length)
    return sidebarAfterAll.has(rest) || sidebarHeads.has(rest)
  }

  return false
}

/** End marks that agencies also put at the end of the last line. */
const attachedMarks = ['-0-', 'enditem']

/**
 * Whether a line ends with an agency's end mark after its last sentence
 * (`… to begin talks.-0-`, `… the ministry said. Enditem`): the article
 * ends with that line.
 *
 * @param line
 *   Line content, trimmed.
 * @returns
 *   Whether it does.
 */
export function endsWithEndMark(line: string): boolean {
  for (const mark of attachedMarks) {
    const at = line.length - mark.length
    if (at < 1 || line.slice(at).toLowerCase() !== mark) continue
    // After the sentence's end, or a space (`2-0-` is a score).
    const before = line.charAt(at - 1)
    if ('.!?"\u201D\u2019) \t'.includes(before)) return true
  }

  return false
}

/** Fewest words of a line that reads as a sentence of the article. */
const sentenceWords = 6

/**
 * Whether a line after chrome reads as a sentence of the article rather
 * than page chrome: it ends with a full stop (closing quotes aside) and has
 * {@link sentenceWords} words or more. Headlines and tags have no full
 * stop; `Read also:` over a headline and then `The office said it would
 * publish the timetable next month.` is a box inside the article.
 *
 * @param line
 *   Line content, trimmed.
 * @returns
 *   Whether it reads as a sentence.
 */
export function readsAsSentence(line: string): boolean {
  let end = line.length - 1
  while (end > 0 && '"\'\u201D\u2019\u00BB)'.includes(line.charAt(end))) end--
  if (line.charCodeAt(end) !== 46 /* . */) return false
  let words = 1
  for (let index = 0; index < end && words < sentenceWords; index++) if (line.charCodeAt(index) === 32) words++
  return words >= sentenceWords
}

/**
 * Whether a line labels contact information: a contact heading (`Media
 * Contact`, `**Contacts:**`) or a contact label with its first value
 * (`Media contact: Jane Doe`). The short lines under it, up to the end,
 * are contact information too (names, titles, companies, addresses).
 *
 * @param line
 *   Line content, from its first non-white-space character.
 * @returns
 *   Whether it is a contact label.
 */
export function isContactLabel(line: string): boolean {
  if (line.length > 160) return false
  const bare = trimEnds(line, '*_# ', '*_: ')
  if (bare.length <= contactHeadingMax && contactHeadings.has(bare.toLowerCase())) return true
  const colon = line.indexOf(':')
  if (colon < 1 || colon > 20) return false
  return colonLabels.get(trimEnds(line.slice(0, colon), '*_ ', '*_ ').toLowerCase()) === 'contact'
}

/**
 * Recognise a tag line with values (`Tags: Baku, energy`) as chrome.
 *
 * @param line
 *   Line content.
 * @returns
 *   `'chrome'`, or `undefined`.
 */
function chromeWithValues(line: string): EndMarker | undefined {
  const colon = line.indexOf(':')
  if (colon < 1 || colon > 20) return undefined
  const label = trimEnds(line.slice(0, colon), '*_ ', '*_ ').toLowerCase()
  return chromeLabels.has(label) ? 'chrome' : undefined
}

/**
 * Find the label of a `… by` clause (`Reporting by`).
 *
 * @param clause
 *   Clause text.
 * @returns
 *   Role and the length of `label by `, or `undefined`.
 */
function labelBy(clause: string): {role: CreditSpan['role']; length: number} | undefined {
  const lower = clause.toLowerCase()
  for (const {prefix, role} of byPrefixes) {
    if (lower.startsWith(prefix)) return {role, length: prefix.length}
  }

  // Two labels joined (`Editing and translating by`, `Reporting & writing
  // by`): one clause, of the first label's role.
  for (const {label, role} of byLabels) {
    if (!lower.startsWith(label)) continue
    const joint = lower.startsWith(' and ', label.length) ? 5 : lower.startsWith(' & ', label.length) ? 3 : 0
    if (joint === 0) continue
    const from = label.length + joint
    for (const {prefix} of byPrefixes) {
      if (lower.startsWith(prefix, from)) return {role, length: from + prefix.length}
    }
  }

  return undefined
}

/**
 * Split a list of sources at commas and semicolons only (`Ministry of Health
 * and Family Welfare` is one name).
 *
 * @param value
 *   List.
 * @returns
 *   Names.
 */
function splitList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((name) => trimEnds(name.replaceAll(/\s+/g, ' '), ' ', ' .'))
    .filter((name) => name !== '' && name.length < 120)
}

/**
 * Split a list of names (`Jane Doe in Oslo, John Roe and Ann Poe`), dropping
 * places after `in` and parentheses.
 *
 * @param value
 *   List.
 * @returns
 *   Names.
 */
function splitNames(value: string): string[] {
  const names: string[] = []
  for (const part of value.replaceAll(/\s+/g, ' ').split(/,| and | & /)) {
    let name = part
    const place = name.indexOf(' in ')
    if (place !== -1) name = name.slice(0, place)
    const parenthesis = name.indexOf('(')
    if (parenthesis !== -1) name = name.slice(0, parenthesis)
    name = trimEnds(name, ' ', ' .)')
    if (name !== '' && name.length < 80) names.push(name)
  }

  return names
}

/**
 * Whether a code unit is an ASCII capital.
 *
 * @param code
 *   Code unit (`NaN` past the end of a string).
 * @returns
 *   Whether it is `A`–`Z`.
 */
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/** Labels over a page's own address at the end of a scrape (`URL`). */
const urlLabels: ReadonlySet<string> = new Set(['url', 'link', 'source url', 'original url', 'permalink'])

/** A bare address. */
const bareUrl = /^https?:\/\/\S+$/

/**
 * Whether a line is a label over the scraped page's own address, as
 * scrapes end: `URL`, `Link`, `Source URL`, `Original URL`, `Permalink`
 * (emphasis marks, `#` and a colon around it aside).
 *
 * @example
 * ```ts
 * isUrlLabel('## URL') // true
 * ```
 *
 * @param line
 *   A line (or a heading's words).
 * @returns
 *   Whether it is such a label.
 */
export function isUrlLabel(line: string): boolean {
  return line.length <= 20 && urlLabels.has(trimEnds(line, '*_# ', '*_#: ').toLowerCase())
}

/**
 * Whether a line is only a web address (`https://…`).
 *
 * @param line
 *   A line.
 * @returns
 *   Whether it is a bare address.
 */
export function isBareUrl(line: string): boolean {
  return bareUrl.test(line.trim())
}

/**
 * Trim characters from both ends of a string.
 *
 * @param value
 *   String.
 * @param head
 *   Characters to drop at the start.
 * @param tail
 *   Characters to drop at the end.
 * @returns
 *   Trimmed string.
 */
function trimEnds(value: string, head: string, tail: string): string {
  let start = 0
  let end = value.length
  while (start < end && (isPatternSpace(value.charCodeAt(start)) || head.includes(value.charAt(start)))) start++
  while (end > start && (isPatternSpace(value.charCodeAt(end - 1)) || tail.includes(value.charAt(end - 1)))) end--
  return value.slice(start, end)
}
