/**
 * Recognise a wire dateline at the start of the lead paragraph: `MOSCOW,
 * February 22. /TASS/.`, `LONDON, Feb 22 (Reuters) -`, `JACKSON, Ga. (AP)
 * —`, `CUPERTINO, Calif.--(BUSINESS WIRE)--`, `SALVADOR, Feb 26 -`.
 *
 * A dateline is read as up to four parts, each optional, in this order:
 *
 * 1. place: words in capitals (`NEW YORK`, `SAN FRANCISCO & TEL AVIV`), or
 *    capitalised words directly before a wire (`Berlin (AFP)`), with a
 *    region after a comma (`, Calif.`, `, NY`, `, Israel`);
 * 2. date: after `,` or `.` (`, Feb. 3, 2025`, `. April 2`), or first when
 *    there is no place (`Jan 30 (Reuters)`);
 * 3. wire: `(Reuters)`, `/TASS/.`, `--(BUSINESS WIRE)--`, `/ACCESSWIRE/May
 *    7, 2024/`;
 * 4. separator: `-`, `--`, `–`, `—`, or AP's `_`.
 *
 * It must have a wire, or a place in capitals followed by a date or a
 * separator: that is what keeps a sentence that starts with a capitalised
 * place (`Moscow, February 22 is the day …`) out.
 *
 * @module
 */

import type {DatelineMatch, RecognizeContext} from '../recognizer-types.js'
import {AGENCIES, MONTHS, NAME_PARTICLES, WEEKDAYS} from './constants.js'
import {skipSpace} from './date-parsers.js'
import {buildDateFields, hasSlot, parseDateExpression} from './parse-date-expression.js'
import {reportZone} from './report-zone.js'
import {type Token, tokenizeWindow} from './tokenize.js'

/**
 * Datelines are short: only this much of the paragraph is read.
 */
const window = 120

/**
 * How far into the text a wire in parentheses must start for a capitalised
 * place (`Rio de Janeiro (AFP)`).
 */
const titleCaseReach = 48

/**
 * Most words in a place (`SAN FRANCISCO & TEL AVIV`), in a region (`New
 * South Wales`), and in a wire name not in the dictionary.
 */
const placeWords = 6
const regionWords = 3
const agencyWords = 3

/** Most names between slashes in a dated wire's brackets (`(A / B / WIRE - May 4, 2021)`). */
const slashedNames = 4

/** Longest unlisted one-word wire in brackets before a dash (`(Petra) -`). */
const oneWordWireMax = 12

/**
 * Lone words in capitals that are page furniture, not places: widget
 * words and the names of a paper's sections (`GENERAL` over a stamp and
 * the real dateline).
 */
const notPlaces: ReadonlySet<string> = new Set([
  'BUSINESS',
  'ECONOMY',
  'EDITORIAL',
  'ENTERTAINMENT',
  'FEATURES',
  'GENERAL',
  'HEALTH',
  'LIFESTYLE',
  'LOCAL',
  'NATION',
  'NATIONAL',
  'OPINION',
  'POLITICS',
  'SCIENCE',
  'SPORT',
  'SPORTS',
  'TECHNOLOGY',
  'WORLD',
  'ADVERTISEMENT',
  'BREAKING',
  'EXCLUSIVE',
  'HOME',
  'MENU',
  'SEARCH',
  'UPDATE',
  'UPDATED',
  'NEWS',
  'VIDEO',
  'PHOTO',
  'PHOTOS',
  'END',
  'ENDS',
  'MORE',
  'SHARE',
  'TOP',
  // Labels in capitals before a colon (`ALSO WATCH:`, `EDITOR'S NOTE:`).
  'ALSO',
  'WATCH',
  'READ',
  'NOTE',
  'LISTEN',
  'LIVE',
  'ANALYSIS',
  'FACTBOX',
  'EXPLAINER',
  'SOURCE',
  'CONTACT',
  'MEDIA',
  'EDITOR',
  'WARNING',
  'ALERT',
  'RELATED',
  'TAGS',
  'DISCLAIMER',
  'SUMMARY',
  'HIGHLIGHTS',
  'ABOUT',
  'CORRECTION',
  'CLARIFICATION'
])

/**
 * A span of tokens and where it ends.
 */
interface Part {
  /** Index of the token after the part. */
  next: number
  /** End offset of its last token. */
  end: number
}

/**
 * Whether a token is the punctuation character `char`.
 *
 * @param token
 *   Token or `undefined`.
 * @param chars
 *   Characters.
 * @returns
 *   Whether it is one of them.
 */
function is(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.value)
}

/**
 * Whether a word is in capitals (`MOSCOW`, `ST`).
 *
 * @param value
 *   Word.
 * @returns
 *   Whether it has letters and no lower-case ones.
 */
function isCaps(value: string): boolean {
  return value === value.toUpperCase() && value !== value.toLowerCase()
}

/**
 * Whether a word is capitalised (`Berlin`, `Calif`).
 *
 * @param value
 *   Word.
 * @returns
 *   Whether its first letter is upper case.
 */
function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  // ASCII answers without lower-casing (most words are ASCII).
  if (code < 128) return code >= 65 && code <= 90
  const first = value.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * Whether a word names a month or a weekday (then it starts a date, not a
 * place or region).
 *
 * @param value
 *   Word.
 * @returns
 *   Whether it is a calendar word.
 */
function isCalendarWord(value: string): boolean {
  const lower = value.toLowerCase()
  return MONTHS.has(lower) || WEEKDAYS.has(lower)
}

/**
 * Read a place: words in capitals joined by spaces, `&`, `-`, `'` and
 * periods (`ST. LOUIS`), or, with `titleCase`, capitalised words (`Rio de
 * Janeiro`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the first word.
 * @param titleCase
 *   Whether capitalised (not only capital) words are allowed.
 * @returns
 *   The place, or `undefined`.
 */
function readPlace(tokens: Token[], index: number, titleCase: boolean): Part | undefined {
  let at = index
  let words = 0
  let part: Part | undefined
  while (words < placeWords) {
    const token = tokens[at]
    if (token?.kind !== 'word') break
    const particle = titleCase && words > 0 && NAME_PARTICLES.has(token.value)
    if (!particle) {
      if (titleCase ? !isCapitalised(token.value) : !isCaps(token.value)) break
      if (isCalendarWord(token.value) && !isCaps(token.value)) break
    }

    words++
    at++
    // Abbreviations keep their period (`ST. LOUIS`); `MOSCOW. April 2`
    // ends the place.
    if (is(tokens[at], '.') && token.value.length <= 3) at++
    part = {next: at, end: tokens[at - 1]!.end}
    // Joiners inside a place: ` `, ` & `, `-`, `'`.
    const joiner = tokens[at]
    if (joiner?.kind === 'space' && joiner.value === ' ') {
      if (is(tokens[at + 1], '&') && tokens[at + 2]?.value === ' ') at += 3
      else at++
    } else if (is(joiner, "-'\u2019") && tokens[at + 1]?.kind === 'word') {
      at++
    } else if (
      !titleCase &&
      is(joiner, '/') &&
      tokens[at + 1]?.kind === 'word' &&
      isCaps(tokens[at + 1]!.value) &&
      !AGENCIES.has(tokens[at + 1]!.value.toLowerCase()) &&
      !is(tokens[at + 2], '/')
    ) {
      // `HONG KONG/SINGAPORE`; not `NY/ACCESSWIRE/` or `ULAANBAATAR/MONTSAME/`.
      at++
    } else {
      break
    }
  }

  if (!part) return undefined
  // A country in square brackets stays with its city, as ANI writes it:
  // `New Delhi [India], Sept 24 (ANI):`.
  if (tokens[part.next]?.value === ' ' && is(tokens[part.next + 1], '[')) {
    const region = readRegion(tokens, part.next + 2)
    if (region && is(tokens[region.next], ']')) part = {next: region.next + 1, end: tokens[region.next]!.end}
  }

  // A place needs two letters (`A MP of …` is not one).
  let letters = 0
  for (let i = index; i < part.next; i++) {
    if (tokens[i]!.kind === 'word') letters += tokens[i]!.value.length
  }

  return letters < 2 ? undefined : part
}

/**
 * Read a region after a place's comma: `Calif.`, `Pa.`, `N.Y.`, `NY`,
 * `Israel`, `New South Wales`; not a month (`, Feb 26` is the date).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the first word.
 * @returns
 *   The region, or `undefined`.
 */
function readRegion(tokens: Token[], index: number): Part | undefined {
  let at = index
  let words = 0
  let part: Part | undefined
  while (words < regionWords) {
    const token = tokens[at]
    if (token?.kind !== 'word' || !isCapitalised(token.value)) break
    if (words === 0 && isCalendarWord(token.value)) return undefined
    words++
    at++
    // Initials: `N.Y.`, `D.C.`; and a state in two dotted parts, the
    // second short and closed by its own period (`W.Va.`, `N.Mex.`).
    while (is(tokens[at], '.')) {
      at++
      const part = tokens[at]
      if (part?.kind !== 'word') break
      if (part.value.length === 1) at++
      else if (part.value.length <= 3 && isCapitalised(part.value) && is(tokens[at + 1], '.')) at++
      else break
    }

    part = {next: at, end: tokens[at - 1]!.end}
    if (tokens[at]?.value === ' ' && tokens[at + 1]?.kind === 'word' && isCapitalised(tokens[at + 1]!.value) && !isCalendarWord(tokens[at + 1]!.value)) {
      at++
    } else {
      break
    }
  }

  return part
}

/**
 * Capitalised words after a comma that end in a period but are no region:
 * name suffixes and company forms (`Smith, Jr. - …`, `Acme, Inc. - …`).
 */
const notRegions: ReadonlySet<string> = new Set([
  'Bros',
  'Co',
  'Corp',
  'Dr',
  'Esq',
  'Inc',
  'Jr',
  'Ltd',
  'Mr',
  'Mrs',
  'Ms',
  'No',
  'Sr',
  'St'
])

/**
 * Whether a region read after a capitalised place is a state abbreviated
 * with a period and is followed by a spaced dash: `Salem, Ore. - The
 * council …`, `Dover, Del. – …`. The period is the cue: a sentence that
 * opens with a place and a full region (`Paris, France - the city …`) is
 * not taken.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the region's first word.
 * @param region
 *   The region read there.
 * @returns
 *   Whether it is an abbreviated region before a dash.
 */
function abbreviatedRegion(tokens: Token[], index: number, region: Part): boolean {
  const word = tokens[index]!
  if (!is(tokens[region.next - 1], '.') || notRegions.has(word.value)) return false
  if (word.value.length > 5 || tokens[region.next]?.kind !== 'space') return false
  return readSeparator(tokens, region.next) !== undefined
}

/**
 * Read a wire name between `open` and `close` marks (`(Reuters)`,
 * `/TASS/`, `(BUSINESS WIRE)`).
 *
 * @param text
 *   The tokenised text (tokens cover it without gaps, so the name is one
 *   slice of it rather than its tokens joined).
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the opening mark.
 * @param open
 *   Opening mark.
 * @param close
 *   Closing mark.
 * @param loose
 *   Whether any name is taken, when the shape around it already vouches
 *   for a wire (`- May 4, 2026 (NAME) -`).
 * @returns
 *   The wire as the tree spells it, whether it is in the dictionary, and
 *   where it ends; or `undefined`.
 */
function readAgency(
  text: string,
  tokens: Token[],
  index: number,
  open: string,
  close: string,
  loose = false
): (Part & {agency: string; known: boolean}) | undefined {
  if (!is(tokens[index], open)) return undefined
  let at = index + 1
  let words = 0
  let digits = false
  let spaced = false
  let domain = false
  const start = tokens[at]?.start
  while (at < tokens.length && words <= agencyWords) {
    const token = tokens[at]!
    if (token.kind === 'word') {
      // A domain's suffix may be in lower case (`/EINPresswire.com/`).
      const suffix = words > 0 && is(tokens[at - 1], '.')
      // A listed wire may be in lower case (`(dpa)`).
      if (!isCapitalised(token.value) && !NAME_PARTICLES.has(token.value) && !suffix && AGENCIES.get(token.value) !== token.value) return undefined
      if (suffix && !isCapitalised(token.value)) domain = true
      words++
    } else if (token.kind === 'number') {
      // Only in a listed name (`/24-7PressRelease/`): `(2)` is no wire.
      digits = true
    } else if (token.kind === 'space') {
      if (token.value !== ' ') return undefined
      spaced = true
    } else if (is(token, close)) {
      break
    } else if (open === '/' && is(token, ',') && words > 0) {
      // A listed wire with its reporter (`/Trend, N. Kirtskhalia/`): the
      // wire is the name before the comma.
      return readReporterWire(text, tokens, at, start!)
    } else if (!is(token, '-&.')) {
      return undefined
    }

    at++
  }

  const closing = tokens[at]
  if (!closing || !is(closing, close) || words === 0 || start === undefined) return undefined
  const raw = text.slice(start, closing.start).trim()
  const known = AGENCIES.get(raw.toLowerCase())
  // An unlisted name is taken only when it has as many characters as
  // tokens: single letters and marks (`(X)`, `(A.P.)`) with no space
  // around them. Spaced marks (`/ ACCESSWIRE /`) go only around a listed
  // wire, and words in brackets after a place in capitals are more often
  // an expansion (`NATO (North Atlantic Treaty Organization) -`) than a
  // wire. A web address with no space (`(Example.io)`) names a wire
  // service too.
  const address = domain && !spaced && !digits
  // One unlisted word in brackets, then a spaced dash or a colon, is a
  // wire too: regional agencies write `AMMAN (Petra) - `, `Tehran (IP) - `,
  // `ISLAMABAD, Nov 6 (APP): ` (an expansion is of several words, and a
  // sentence has no dash there).
  const word =
    open === '(' &&
    words === 1 &&
    !spaced &&
    !digits &&
    raw.length <= oneWordWireMax &&
    ((tokens[at + 1]?.kind === 'space' &&
      is(tokens[at + 2], '-\u2013\u2014') &&
      opensSentence(tokens, readSeparator(tokens, at + 1))) ||
      (is(tokens[at + 1], ':') && opensSentence(tokens, {next: at + 2, end: tokens[at + 1]!.end})))
  if (!known && !loose && !address && !word && (digits || raw.length !== at - index - 1)) return undefined
  return {agency: known ?? raw, known: known !== undefined, next: at + 1, end: closing.end}
}

/**
 * Read the rest of a listed wire between slashes that names its reporter
 * after a comma (`/Trend, N. Kirtskhalia/`): a name of up to four words,
 * initials or capitalised, then the closing slash.
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma after the wire's name.
 * @param start
 *   Start offset of the wire's name.
 * @returns
 *   The wire and where the closing slash ends, or `undefined`.
 */
function readReporterWire(
  text: string,
  tokens: Token[],
  comma: number,
  start: number
): (Part & {agency: string; known: boolean}) | undefined {
  const agency = AGENCIES.get(text.slice(start, tokens[comma]!.start).toLowerCase())
  if (!agency || tokens[comma + 1]?.value !== ' ') return undefined
  let words = 0
  for (let at = comma + 2; at < tokens.length && words <= agencyWords; at++) {
    const token = tokens[at]!
    if (token.kind === 'word') {
      if (!isCapitalised(token.value)) return undefined
      words++
    } else if (is(token, '/')) {
      return words > 0 ? {agency, known: true, next: at + 1, end: token.end} : undefined
    } else if (!is(token, '.-') && token.value !== ' ') {
      return undefined
    }
  }

  return undefined
}

/**
 * Whether a separator is followed by the start of a sentence: white space,
 * then a word that is not in lower case (`- The`, `- Jordan`), a number or
 * an opening quote; not `- members met`.
 *
 * @param tokens
 *   Tokens.
 * @param separator
 *   The separator, if any.
 * @returns
 *   Whether a sentence starts after it.
 */
function opensSentence(tokens: Token[], separator: Part | undefined): boolean {
  if (!separator || tokens[separator.next]?.kind !== 'space') return false
  const first = tokens[separator.next + 1]
  if (!first) return false
  if (first.kind === 'word') return isCapitalised(first.value)
  return first.kind === 'number' || is(first, '"\u201C\u2018\'')
}

/**
 * Read a wire in brackets that carries the date after a spaced dash, as
 * some press-release services write it: `(Acme Wire Inc. - May 4,
 * 2026)`. The shape vouches for the name, listed or not.
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the opening bracket.
 * @returns
 *   The wire, the date's fields and where the closing bracket ends; or
 *   `undefined`.
 */
function readDatedWire(
  text: string,
  tokens: Token[],
  index: number
): (Part & {agency: string; fields: NonNullable<ReturnType<typeof buildDateFields>>}) | undefined {
  if (!is(tokens[index], '(')) return undefined
  let at = index + 1
  let name = at
  let names = 1
  let words = 0
  while (words < agencyWords) {
    const token = tokens[at]
    if (token?.kind !== 'word' || !isCapitalised(token.value)) return undefined
    words++
    at++
    if (is(tokens[at], '.')) at++
    if (tokens[at]?.value !== ' ') break
    if (
      names < slashedNames &&
      is(tokens[at + 1], '/') &&
      tokens[at + 2]?.value === ' ' &&
      tokens[at + 3]?.kind === 'word'
    ) {
      // Republishers credit themselves before the wire, between slashes
      // (`(Harbour Point / Fjord Point News / FNA - 02nd May, 2021)`):
      // the wire is the last name.
      names++
      words = 0
      at += 3
      name = at
      continue
    }

    if (tokens[at + 1]?.kind !== 'word') break
    at++
  }

  // ` - ` and the date, then the closing bracket.
  if (tokens[at]?.value !== ' ' || !is(tokens[at + 1], '-') || tokens[at + 2]?.value !== ' ') return undefined
  const expression = parseDateExpression(tokens, at + 3, 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date') || !is(tokens[expression.next], ')')) return undefined
  const fields = buildDateFields(expression.parts, undefined)
  if (!fields) return undefined
  const raw = text.slice(tokens[name]!.start, tokens[at - 1]!.end)
  return {
    agency: AGENCIES.get(raw.toLowerCase()) ?? raw,
    fields,
    next: expression.next + 1,
    end: tokens[expression.next]!.end
  }
}

/**
 * Read a wire written as one word after a place or a date and a period,
 * before a dash: a listed wire in capitals after the place (`ASTANA.
 * KAZINFORM -`); after a date (`Almaty. May 4. NewsTAG -`), also an
 * unlisted name written like one, with two or more capitals: the place, the
 * date and the dash around it vouch for it.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the period after the place or date.
 * @param dated
 *   Whether a date precedes.
 * @returns
 *   The wire, or `undefined`.
 */
function readWireWord(
  tokens: Token[],
  index: number,
  dated: boolean
): (Part & {agency: string; known: boolean}) | undefined {
  if (!is(tokens[index], '.') || tokens[index + 1]?.kind !== 'space') return undefined
  const word = tokens[index + 2]
  if (word?.kind !== 'word' || !readSeparator(tokens, index + 3)) return undefined
  const agency = AGENCIES.get(word.value.toLowerCase())
  if (agency && (dated || isCaps(word.value))) return {agency, known: true, next: index + 3, end: word.end}
  if (!dated || !isCapitalised(word.value) || capitals(word.value) < 2 || notPlaces.has(word.value.toUpperCase()))
    return undefined
  return {agency: word.value, known: false, next: index + 3, end: word.end}
}

/**
 * Read a listed wire in capitals after the place's comma, then a
 * separator, as state agencies write it without brackets: `Damascus,
 * SANA- The …`, `DAMASCUS, SANA - …` (not a region: `SANA` is no state).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the comma.
 * @returns
 *   The wire and where it ends, or `undefined`.
 */
function commaWire(tokens: Token[], index: number): (Part & {agency: string; known: boolean}) | undefined {
  if (!is(tokens[index], ',') || tokens[index + 1]?.kind !== 'space') return undefined
  const word = tokens[index + 2]
  if (word?.kind !== 'word' || !isCaps(word.value) || !readSeparator(tokens, index + 3)) return undefined
  const agency = AGENCIES.get(word.value.toLowerCase())
  return agency ? {agency, known: true, next: index + 3, end: word.end} : undefined
}

/**
 * Read a wire between slashes glued to its place, with no date, as some
 * state agencies open a story: `Ulaanbaatar/MONTSAME/ During …`,
 * `TASHKENT/UzA/. The …`. The wire is one word with two capitals or more
 * (a listed wire may be any word), and a sentence starts after it.
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Index directly after the place.
 * @returns
 *   The wire and where it ends, or `undefined`.
 */
function gluedSlashWire(text: string, tokens: Token[], index: number): (Part & {agency: string; known: boolean}) | undefined {
  const word = tokens[index + 1]
  if (!is(tokens[index], '/') || word?.kind !== 'word' || !is(tokens[index + 2], '/')) return undefined
  const wire = readAgency(text, tokens, index, '/', '/', true)
  if (!wire || (!wire.known && capitals(word.value) < 2)) return undefined
  const next = is(tokens[wire.next], '.') ? wire.next + 1 : wire.next
  const end = tokens[next - 1]!.end
  return opensSentence(tokens, {next, end}) ? {...wire, next, end} : undefined
}

/**
 * Whether the words in capitals before `index` name no page label (see
 * {@link notPlaces}): `KABUL`, `NEW DELHI`; not `ALSO WATCH`.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the words.
 * @returns
 *   Whether no word is a label.
 */
function notLabel(tokens: Token[], index: number): boolean {
  for (let at = 0; at < index; at++) {
    const token = tokens[at]!
    if (token.kind === 'word' && notPlaces.has(token.value)) return false
  }

  return true
}

/**
 * Whether a text ends a sentence: its last character (before white space
 * and closing quotes) is a full stop, `?` or `!`.
 *
 * @param text
 *   Text.
 * @returns
 *   Whether it ends one.
 */
function endsSentence(text: string): boolean {
  let end = text.length
  while (end > 0 && ' \t\n\r"\u201D\u2019\''.includes(text.charAt(end - 1))) end--
  return end > 0 && '.?!'.includes(text.charAt(end - 1))
}

/**
 * Count the upper-case letters of a word, up to two (`KazTAG` has two or
 * more, `Monday` one).
 *
 * @param value
 *   Word.
 * @returns
 *   0, 1 or 2.
 */
function capitals(value: string): number {
  let count = 0
  for (let index = 0; index < value.length && count < 2; index++) {
    const char = value.charAt(index)
    if (char !== char.toLowerCase()) count++
  }

  return count
}

/**
 * Whether a capitalised place is followed by a period, a date, a period
 * and a wire word before a dash: `Almaty. May 4. NewsTAG - The …` (see
 * {@link readWireWord}). A sentence that opens with a capitalised word
 * and a period has no date and wire word after it.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the place.
 * @returns
 *   Whether they follow.
 */
function dottedDateWire(tokens: Token[], index: number): boolean {
  if (!is(tokens[index], '.') || tokens[index + 1]?.kind !== 'space') return false
  const expression = parseDateExpression(tokens, index + 2, 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date')) return false
  return readWireWord(tokens, expression.next, true) !== undefined
}

/**
 * Whether a capitalised place is followed by a comma, a date and a colon
 * before the body, as Indian and Pakistani papers write a dateline:
 * `Lahore, Aug 3: The council …`. The date closed by a colon is the cue;
 * a sentence with a place and a date in it goes on after the date
 * (`Lahore, Aug 3 and 4 …`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the place.
 * @returns
 *   Whether they follow.
 */
function colonDate(tokens: Token[], index: number): boolean {
  if (!is(tokens[index], ',') || tokens[index + 1]?.kind !== 'space') return false
  const expression = parseDateExpression(tokens, index + 2, 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date')) return false
  return is(tokens[expression.next], ':') && tokens[expression.next + 1]?.value === ' '
}

/**
 * Count the dashes that join a place to a wire in brackets, or a wire to
 * the body: two hyphens (`--(BUSINESS WIRE)--`) or one en or em dash
 * (`–(BUSINESS WIRE)–`, as copies that turned the hyphens into one dash
 * give it).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the first dash.
 * @returns
 *   How many tokens the dashes take (`0` when there are none).
 */
function wireDashes(tokens: Token[], index: number): number {
  if (is(tokens[index], '-') && is(tokens[index + 1], '-')) return 2
  return is(tokens[index], '\u2013\u2014') ? 1 : 0
}

/**
 * Whether a capitalised place is followed by a date and a listed wire in
 * brackets: `Milton, March 9, 2022 (GLOBE NEWSWIRE) --`. Only a listed
 * wire vouches for the place here: `Smith, March 9 (2022) …` is no
 * dateline.
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the place.
 * @returns
 *   Whether they follow.
 */
function datedWire(text: string, tokens: Token[], index: number): boolean {
  if (!is(tokens[index], ',') || tokens[index + 1]?.kind !== 'space') return false
  const expression = parseDateExpression(tokens, index + 2, 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date')) return false
  // Between a date and a dash, brackets hold the wire (or slashes:
  // `Baku, Azerbaijan, Feb. 7 /Trend/`).
  const at = skipSpace(tokens, expression.next)
  const wire = readAgency(text, tokens, at, '(', ')', true) ?? readAgency(text, tokens, at, '/', '/', true)
  return wire !== undefined && wire.known
}

/**
 * Whether a wire in brackets with its date (`--(Acme Wire - May 4, 2026)`,
 * see {@link readDatedWire}) follows, after white space or two dashes.
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the place or region.
 * @returns
 *   Whether it follows.
 */
function datedWireAfter(text: string, tokens: Token[], index: number): boolean {
  let at = skipSpace(tokens, index)
  if (is(tokens[at], '-') && is(tokens[at + 1], '-')) at += 2
  return readDatedWire(text, tokens, at) !== undefined
}

/**
 * Read a date closed by two dashes, as some wires give it after
 * `--(BUSINESS WIRE)--`: `May 4, 2021--`.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the wire's dashes.
 * @returns
 *   The date's fields and where the dashes end, or `undefined`.
 */
function readDashedDate(
  tokens: Token[],
  index: number
): (Part & {fields: NonNullable<ReturnType<typeof buildDateFields>>}) | undefined {
  const expression = parseDateExpression(tokens, index, 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date')) return undefined
  const close = skipSpace(tokens, expression.next)
  if (!is(tokens[close], '-') || !is(tokens[close + 1], '-')) return undefined
  const built = buildDateFields(expression.parts, undefined)
  if (!built) return undefined
  return {fields: built, next: close + 2, end: tokens[close + 1]!.end}
}

/**
 * Read a wire named after the date and a comma, before a dash, as some
 * regional agencies write it: `KHUJAND, May 4, Asia-News - The …`. One to
 * {@link agencyWords} capitalised words, joined by spaces or hyphens; not
 * a weekday (`May 4, Tuesday - …`).
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the date.
 * @returns
 *   The wire, or `undefined`.
 */
function readNamedWire(
  text: string,
  tokens: Token[],
  index: number
): (Part & {agency: string; known: boolean}) | undefined {
  if (!is(tokens[index], ',') || tokens[index + 1]?.value !== ' ') return undefined
  let at = index + 2
  let words = 0
  while (words < agencyWords) {
    const token = tokens[at]
    if (token?.kind !== 'word' || !isCapitalised(token.value) || isCalendarWord(token.value)) return undefined
    words++
    at++
    const joiner = tokens[at]
    if ((is(joiner, '-') || joiner?.value === ' ') && tokens[at + 1]?.kind === 'word') at++
    else break
  }

  if (words === 0 || tokens[at - 1]?.kind !== 'word') return undefined
  const raw = text.slice(tokens[index + 2]!.start, tokens[at - 1]!.end)
  const known = AGENCIES.get(raw.toLowerCase())
  if (readSeparator(tokens, at)) return {agency: known ?? raw, known: true, next: at, end: tokens[at - 1]!.end}
  // One word in capitals closed by a period before the body: `YEREVAN,
  // MAY 4, NEWSWIRE. The …` (a capitalised word there may be the body's
  // first sentence, `May 4, Tuesday. The …`).
  const after = tokens[at + 2]
  if (
    words === 1 &&
    isCaps(raw) &&
    raw.length > 2 &&
    is(tokens[at], '.') &&
    tokens[at + 1]?.value === ' ' &&
    after?.kind === 'word' &&
    isCapitalised(after.value)
  ) {
    return {agency: known ?? raw, known: true, next: at + 1, end: tokens[at]!.end}
  }

  return undefined
}

/**
 * US time zones written by name after a time in a press release's
 * dateline (`11 AM Eastern`).
 */
const usZoneNames: ReadonlySet<string> = new Set(['Eastern', 'Central', 'Mountain', 'Pacific'])

/**
 * Read a date after a dateline's dash, with a wire in brackets after it or
 * not, closed by a second dash: `May 4, 2026 (WIRE) -`, `May 4, 2026 -`.
 * Without the closing dash the date is the body's (`BOSTON - May 4 was
 * the day …`).
 *
 * @param text
 *   The tokenised text.
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the first dash (or after the wire).
 * @param withWire
 *   Whether a wire in brackets may follow the date.
 * @returns
 *   The date's fields, the wire if any, the index of the second dash's
 *   white space (`before`), and where the dash ends; or `undefined`.
 */
function readDateAfterDash(
  text: string,
  tokens: Token[],
  index: number,
  withWire: boolean
):
  | (Part & {
      fields: NonNullable<ReturnType<typeof buildDateFields>>
      wire: (Part & {agency: string; known: boolean}) | undefined
      before: number
    })
  | undefined {
  const expression = parseDateExpression(tokens, skipSpace(tokens, index), 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date')) return undefined
  // Between a date and a dash, brackets hold the wire.
  const wire = withWire
    ? readAgency(text, tokens, skipSpace(tokens, expression.next), '(', ')', true)
    : undefined
  let before = wire ? wire.next : expression.next
  let parts = expression.parts
  // A US zone by its name after the time (`9 AM Pacific —`): kept as the
  // zone, with no offset (summer or winter is not said).
  const named = tokens[skipSpace(tokens, before)]
  if (
    !wire &&
    hasSlot(expression.slots, 'time') &&
    !hasSlot(expression.slots, 'zone') &&
    named?.kind === 'word' &&
    usZoneNames.has(named.value)
  ) {
    parts = {...parts, zone: named.value}
    before = skipSpace(tokens, before) + 1
  }

  const separator = readSeparator(tokens, before)
  if (!separator) return undefined
  const fields = buildDateFields(parts, undefined)
  if (!fields) return undefined
  return {fields, wire, before, next: separator.next, end: separator.end}
}

/**
 * Read the separator between dateline and body: `-`, `--`, `–`, `—`, `_`
 * (AP's dash in 7-bit copy), with the white space before it.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index after the dateline's last part.
 * @returns
 *   The separator, or `undefined`.
 */
function readSeparator(tokens: Token[], index: number): Part | undefined {
  const at = skipSpace(tokens, index)
  const token = tokens[at]
  if (!token || !is(token, '-\u2013\u2014_')) return undefined
  let next = at + 1
  while (next < at + 3 && is(tokens[next], '-\u2013\u2014')) next++
  // The separator stands apart from the body, or is glued to its first
  // word after white space before it (`(Reuters) -Aon`).
  if (tokens[next]?.kind !== 'space' && at === index) return undefined
  return {next, end: tokens[next - 1]!.end}
}

/**
 * Read a dateline that is only a listed wire and a separator:
 * `(Bloomberg) -- Stocks fell`.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Tokens of the paragraph.
 * @returns
 *   The match, or `undefined`.
 */
function readBareWire(text: string, tokens: Token[]): DatelineMatch | undefined {
  const wire = readAgency(text, tokens, 0, '(', ')')
  if (!wire) return undefined
  const separator = readSeparator(tokens, wire.next)
  if (!separator) {
    // A release service's web address opens the lead without a dash
    // (`(Example-News.org) The study found …`): the address names the
    // wire, and the body follows after a space.
    const after = tokens[wire.next + 1]
    if (
      wire.known ||
      !isAddress(wire.agency) ||
      tokens[wire.next]?.value !== ' ' ||
      after?.kind !== 'word' ||
      !isCapitalised(after.value)
    )
      return undefined
    return {agency: wire.agency, end: wire.end, bodyStart: after.start}
  }

  if (!wire.known) return undefined
  const bodyStart = tokens[skipSpace(tokens, separator.next)]?.start ?? separator.end
  return {agency: wire.agency, end: separator.end, bodyStart}
}

/**
 * File name extensions: `(Photo.jpg)` names a file, not a web address.
 */
const fileSuffixes: ReadonlySet<string> = new Set([
  'doc',
  'docx',
  'gif',
  'htm',
  'html',
  'jpeg',
  'jpg',
  'mov',
  'mp3',
  'mp4',
  'pdf',
  'png',
  'svg',
  'txt',
  'webp',
  'xls',
  'xlsx',
  'zip'
])

/**
 * Whether a wire's name is a web address: no space, and a lower-case
 * suffix after its last period that is no file's (`Example-News.org`, not
 * `Photo.jpg`).
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it is.
 */
function isAddress(name: string): boolean {
  const dot = name.lastIndexOf('.')
  if (dot < 1 || name.includes(' ')) return false
  const suffix = name.slice(dot + 1)
  return suffix.length >= 2 && suffix === suffix.toLowerCase() && suffix !== suffix.toUpperCase() && !fileSuffixes.has(suffix)
}

/**
 * Read a number of one or two digits (`2`, `02`) or, with `long`, of four.
 *
 * @param token
 *   Token.
 * @param long
 *   Whether four digits are allowed too.
 * @returns
 *   The number, or `undefined`.
 */
function smallNumber(token: Token | undefined, long: boolean): number | undefined {
  if (token?.kind !== 'number') return undefined
  const size = token.value.length
  if (size > 2 && !(long && size === 4)) return undefined
  return Number(token.value)
}

/**
 * Read a dateline that gives place, date and wire between slashes and ends
 * in a colon or a dash: `Baku/02.10.20/Turan:`, `TASHKENT/12.03.2024/UzA
 * -`. The date is day, month, year with periods; a two-digit year is read
 * as POSIX `strptime` reads `%y` (`00`–`68` are 2000–2068, `69`–`99` are
 * 1969–1999). The whole shape is what makes it a dateline, so the wire
 * need not be in the dictionary.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its tokens.
 * @returns
 *   The match, or `undefined`.
 */
function readSlashDateline(text: string, tokens: Token[]): DatelineMatch | undefined {
  const place = readPlace(tokens, 0, true)
  if (!place || !is(tokens[place.next], '/')) return undefined
  let at = place.next + 1
  const day = smallNumber(tokens[at], false)
  const mark = tokens[at + 1]
  const month = smallNumber(tokens[at + 2], false)
  if (day === undefined || month === undefined || !is(mark, '.') || !is(tokens[at + 3], '.')) return undefined
  let year = smallNumber(tokens[at + 4], true)
  if (year === undefined) return undefined
  if (tokens[at + 4]!.value.length === 2) year += year < 69 ? 2000 : 1900
  at += 5
  if (!is(tokens[at], '/')) return undefined
  at++
  // The wire: capitalised words (`Turan`, `Azer Press`) up to the mark.
  const agencyStart = at
  let words = 0
  while (words < agencyWords && tokens[at]?.kind === 'word' && isCapitalised(tokens[at]!.value)) {
    words++
    at++
    if (tokens[at]?.value === ' ' && tokens[at + 1]?.kind === 'word') at++
    else break
  }

  if (words === 0) return undefined
  const agencyEnd = tokens[at - 1]!.end
  let end: number
  if (is(tokens[at], ':') && tokens[at + 1]?.kind === 'space') {
    at++
    end = tokens[at - 1]!.end
  } else {
    const separator = readSeparator(tokens, at)
    if (!separator) return undefined
    at = separator.next
    end = separator.end
  }

  const fields = buildDateFields({year, month, day}, undefined)
  if (!fields) return undefined
  const raw = text.slice(tokens[agencyStart]!.start, agencyEnd)
  const bodyStart = tokens[skipSpace(tokens, at)]?.start ?? end
  return {
    place: text.slice(0, place.end),
    agency: AGENCIES.get(raw.toLowerCase()) ?? raw,
    ...fields.fields,
    end,
    bodyStart
  }
}

/**
 * Read a dateline whose listed wire, in capitals, follows the place with
 * no brackets, before a spaced dash: `Washington CNN —`, `NEW YORK CNN
 * — The …`, as copies of pages that set the wire apart in their markup
 * print it. A place in capitals may have the lead after the dash; a
 * capitalised one only when the dash ends the text (the dateline alone on
 * its line) or the lead is longer than a headline or ends a sentence
 * (not a headline: `Mayor Sues CNN — Again`).
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Tokens of the paragraph.
 * @returns
 *   The match, or `undefined`.
 */
function readSpacedWire(text: string, tokens: Token[]): DatelineMatch | undefined {
  const place = readPlace(tokens, 0, true)
  if (!place) return undefined
  const wire = tokens[place.next - 1]!
  const before = tokens[place.next - 3]
  if (wire.kind !== 'word' || !isCaps(wire.value) || tokens[place.next - 2]?.value !== ' ' || !before) return undefined
  const agency = AGENCIES.get(wire.value.toLowerCase())
  const separator = tokens[place.next]?.kind === 'space' ? readSeparator(tokens, place.next) : undefined
  if (agency === undefined || !separator) return undefined
  const next = skipSpace(tokens, separator.next)
  if (next < tokens.length) {
    const caps = isCaps(text.slice(0, before.end))
    if (!opensSentence(tokens, separator) || (!caps && text.length <= window && !endsSentence(text))) return undefined
  }

  return {place: text.slice(0, before.end), agency, end: separator.end, bodyStart: tokens[next]?.start ?? text.length}
}

/**
 * Cheap test before tokenising: a dateline starts with a capital, and
 * unless its first two letters are capitals (`MOSCOW`) it starts with a
 * month (`Jan 30 (Reuters)`) or has a wire in parentheses soon after
 * (`Berlin (AFP)`). Most paragraphs fail this on their first characters.
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   Whether the text may open with a dateline.
 */
function mayOpenDateline(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first === 40) return true
  if (!(first >= 65 && first <= 90) && !(first > 127 && isCapitalised(text.charAt(0))))
    return false
  const second = text.charAt(1)
  if (second !== second.toLowerCase()) return true
  // Bounded: a paragraph may be megabytes long.
  const head = text.slice(0, titleCaseReach)
  const paren = head.indexOf('(')
  if (paren > 0) return true
  // `Baku/02.10.20/Turan:`.
  const slash = head.indexOf('/')
  // `Ulaanbaatar/MONTSAME/ During …`.
  const digit = head.charCodeAt(slash + 1)
  if (slash > 0 && ((digit >= 48 && digit <= 57) || (digit >= 65 && digit <= 90))) return true
  // `Salem, Ore. - The …`: an abbreviated region before a dash.
  const dash = head.indexOf('. ')
  if (dash > 0 && '-\u2013\u2014'.includes(head.charAt(dash + 2) || ' ')) return true
  if (monthAt(text, 0)) return true
  // `Damascus, SANA- The …`: a word in capitals after the first comma,
  // then a dash (see `commaWire`).
  const comma = head.indexOf(', ')
  if (comma > 0) {
    let at = comma + 2
    while (at < head.length && head.charCodeAt(at) >= 65 && head.charCodeAt(at) <= 90) at++
    if (head.charAt(at) === ' ') at++
    if (at - comma > 3 && '-\u2013\u2014'.includes(head.charAt(at) || ' ')) return true
  }

  // `Washington CNN —`: a listed wire in capitals before a spaced dash
  // (see `readSpacedWire`).
  if (spacedWireAt(head)) return true
  // `Lahore, Aug 3:`, `Almaty. May 4. NewsTAG -`: a month after the first
  // comma or period and a space.
  const mark = head.search(/[,.] /)
  return mark > 0 && monthAt(text, mark + 2)
}

/**
 * Whether the start of a paragraph holds a listed wire in capitals after a
 * space and before a spaced dash (`Washington CNN —`): a cheap test on the
 * first dash.
 *
 * @param head
 *   The first characters of the paragraph.
 * @returns
 *   Whether it does.
 */
function spacedWireAt(head: string): boolean {
  let dash = -1
  for (let index = 1; index < head.length; index++) {
    const code = head.charCodeAt(index)
    if ((code === 45 || code === 0x2013 || code === 0x2014) && head.charCodeAt(index - 1) === 32) {
      dash = index - 1
      break
    }
  }

  let start = dash
  while (start > 0 && head.charCodeAt(start - 1) >= 65 && head.charCodeAt(start - 1) <= 90) start--
  return dash - start >= 2 && start > 1 && head.charCodeAt(start - 1) === 32 && AGENCIES.has(head.slice(start, dash).toLowerCase())
}

/**
 * Whether a month name (`Aug`, `August`) starts at an offset (a cheap
 * test on at most ten letters).
 *
 * @param text
 *   Text.
 * @param start
 *   Offset.
 * @returns
 *   Whether the letters there name a month.
 */
function monthAt(text: string, start: number): boolean {
  let end = start
  while (end < start + 10 && end < text.length) {
    const code = text.charCodeAt(end)
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) break
    end++
  }

  return end > start && MONTHS.has(text.slice(start, end).toLowerCase())
}

/**
 * Recognise a wire dateline at the start of a paragraph.
 *
 * Dates without a year stay `--MM-DD`: `completeDates` fills them.
 *
 * @param text
 *   Paragraph text, from its first non-white-space character (may hold
 *   line breaks).
 * @param context
 *   Recogniser context.
 * @returns
 *   The match, or `undefined` when the paragraph does not open with a
 *   dateline.
 */
export function recognizeWireDateline(
  text: string,
  context: RecognizeContext
): DatelineMatch | undefined {
  if (!mayOpenDateline(text)) return undefined
  const tokens = tokenizeWindow(text, window)
  const match = readDateline(text, tokens, context)
  if (match) {
    // `(ANSA) - Rome, June 4 - …`: the wire first, then its place and date.
    return text.charAt(0) === '(' && match.place === undefined && match.date === undefined
      ? readPlaceAfterWire(text, match, context) ?? match
      : match
  }

  // A credit before the dateline: a syndicator's bracket (`(MENAFN-
  // Harbour Post) Port Ellis, May 4 (ANA) …`) or a site's name and a dash
  // (`Harbour Gazette - PORT ELLIS (FNA) – …`).
  const credit = readCredit(tokens)
  if (credit === undefined) return undefined
  const rest = text.slice(credit.start)
  if (!mayOpenDateline(rest)) return undefined
  const inner = readDateline(rest, tokenizeWindow(rest, window), context)
  if (!inner?.place || (!credit.bracket && (inner.agency === undefined || !isCaps(inner.place)))) return undefined
  return {...inner, end: inner.end + credit.start, bodyStart: inner.bodyStart + credit.start}
}

/**
 * Read a credit that republishers print before a wire dateline: a
 * syndicator's bracket with its name glued to a dash and the provider
 * after it (`(MENAFN- Harbour Post) `), as MENAFN opens every story it
 * carries; or a site's name of one to three capitalised words and a spaced
 * dash (`Harbour Gazette - `), as news sites that carry an agency's copy
 * write before the agency's dateline. The caller checks that a dateline
 * follows (for the site's name, one with a place in capitals and a wire).
 *
 * @param tokens
 *   Tokens of the paragraph.
 * @returns
 *   Where the dateline after the credit starts and whether the credit was
 *   a bracket; or `undefined`.
 */
function readCredit(tokens: Token[]): {start: number; bracket: boolean} | undefined {
  if (is(tokens[0], '(')) {
    const name = tokens[1]
    if (name?.kind !== 'word' || !isCaps(name.value) || name.value.length < 3 || !is(tokens[2], '-')) return undefined
    let at = 3
    while (at < 3 + 2 * agencyWords + 2 && tokens[at] && !is(tokens[at], ')')) {
      const token = tokens[at]!
      if (token.kind === 'word' ? !isCapitalised(token.value) : token.value !== ' ') return undefined
      at++
    }

    const after = tokens[at + 2]
    if (!is(tokens[at], ')') || tokens[at + 1]?.value !== ' ' || after?.kind !== 'word' || !isCapitalised(after.value)) return undefined
    return {start: after.start, bracket: true}
  }

  let at = 0
  let words = 0
  while (words < agencyWords && tokens[at]?.kind === 'word' && isCapitalised(tokens[at]!.value)) {
    words++
    at++
    if (tokens[at]?.value !== ' ') return undefined
    if (tokens[at + 1]?.kind === 'word') at++
  }

  if (words === 0 || !is(tokens[at + 1], '-\u2013\u2014') || tokens[at + 2]?.value !== ' ') return undefined
  const first = tokens[at + 3]
  return first?.kind === 'word' && isCaps(first.value) ? {start: first.start, bracket: false} : undefined
}

/**
 * Read the place and date that follow a listed wire and its dash, as ANSA
 * opens its English stories: `(ANSA) - Rome, June 4 - The …`. The place is
 * capitalised words, then a comma, a date and a second dash: without the
 * date and the dash the words are the lead's (`(ANSA) - Rome is …`).
 *
 * @param text
 *   Paragraph text.
 * @param match
 *   The bare wire read at its start.
 * @param context
 *   Recogniser context.
 * @returns
 *   The wire with its place and date, or `undefined`.
 */
function readPlaceAfterWire(text: string, match: DatelineMatch, context: RecognizeContext): DatelineMatch | undefined {
  const start = match.bodyStart
  const rest = text.slice(start, start + window)
  const tokens = tokenizeWindow(rest, window)
  const place = readPlace(tokens, 0, true)
  if (!place || !is(tokens[place.next], ',') || tokens[place.next + 1]?.value !== ' ') return undefined
  const expression = parseDateExpression(tokens, place.next + 2, 'dateline')
  if (!expression || !hasSlot(expression.slots, 'date')) return undefined
  const separator = readSeparator(tokens, expression.next)
  const fields = buildDateFields(expression.parts, undefined)
  if (!separator || !fields) return undefined
  if (fields.ambiguousZone) reportZone(context, expression)
  const bodyStart = tokens[skipSpace(tokens, separator.next)]?.start ?? separator.end
  return {...match, place: rest.slice(0, place.end), ...fields.fields, end: start + separator.end, bodyStart: start + bodyStart}
}

/**
 * Read a dateline at the start of a paragraph (see `recognizeWireDateline`).
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its first tokens.
 * @param context
 *   Recogniser context.
 * @returns
 *   The match, or `undefined`.
 */
function readDateline(text: string, tokens: Token[], context: RecognizeContext): DatelineMatch | undefined {
  if (text.charAt(0) === '(') return readBareWire(text, tokens)
  const slashed = readSlashDateline(text, tokens)
  if (slashed) return slashed
  const spaced = readSpacedWire(text, tokens)
  if (spaced) return spaced
  let at = 0
  let place: Part | undefined = readPlace(tokens, 0, false)
  const caps = place !== undefined
  // A capitalised place vouched for by its abbreviated region and a dash.
  let abbreviated = false
  if (!place) {
    place = readPlace(tokens, 0, true)
    // A capitalised place only counts directly before a wire, or before a
    // region and a wire (`Tashkent, Uzbekistan (UzA) --`), or before a date
    // and a listed wire (`Milton, Ontario, May 4, 2022 (GLOBE NEWSWIRE)`).
    if (
      place &&
      !readAgency(text, tokens, skipSpace(tokens, place.next), '(', ')') &&
      !datedWireAfter(text, tokens, place.next) &&
      !dottedDateWire(tokens, place.next) &&
      !colonDate(tokens, place.next) &&
      !commaWire(tokens, place.next) &&
      !gluedSlashWire(text, tokens, place.next)
    ) {
      const region =
        is(tokens[place.next], ',') && tokens[place.next + 1]?.kind === 'space'
          ? readRegion(tokens, place.next + 2)
          : undefined
      if (
        (!region ||
          (!readAgency(text, tokens, skipSpace(tokens, region.next), '(', ')') &&
            !datedWire(text, tokens, region.next) &&
            !datedWireAfter(text, tokens, region.next) &&
            !(abbreviated = abbreviatedRegion(tokens, place.next + 2, region)))) &&
        !datedWire(text, tokens, place.next)
      )
        place = undefined
    }
  }

  let placeEnd: number | undefined
  if (place) {
    at = place.next
    placeEnd = place.end
    // Region: `, Calif.`, `, NY/`.
    if (is(tokens[at], ',') && tokens[at + 1]?.kind === 'space' && !commaWire(tokens, at)) {
      let region = readRegion(tokens, at + 2)
      // A second region: `COMO, CO, ITALY, May 4, 2026 /…/`.
      if (region && is(tokens[region.next], ',') && tokens[region.next + 1]?.kind === 'space') {
        const outer = readRegion(tokens, region.next + 2)
        if (outer && is(tokens[outer.next], ',/')) region = outer
      }

      if (region) {
        const after = tokens[region.next]
        const afterSpace = tokens[skipSpace(tokens, region.next)]
        if (
          is(after, '/,') ||
          is(afterSpace, '(-\u2013\u2014_') ||
          (after?.kind === 'space' && is(afterSpace, '/'))
        ) {
          at = region.next
          placeEnd = region.end
        }
      }
    }
  }

  // Lone place after a stamp (`Oct 3rd 2020QARSHI`): the whole text is
  // one word in capitals, or one with a region in capitals (`2020WASHINGTON,
  // DC`). (Several such words are a headline in capitals.)
  if (place && caps && text.length <= window && !notPlaces.has(text.trim())) {
    if (tokens.length === 1) return {place: text.slice(0, placeEnd), end: placeEnd!, bodyStart: text.length}
    const region = tokens.length <= 6 && is(tokens[1], ',') && tokens[2]?.kind === 'space' ? readRegion(tokens, 3) : undefined
    if (region && region.next === tokens.length && isCaps(text.slice(tokens[3]!.start, region.end))) {
      return {place: text.slice(0, region.end), end: region.end, bodyStart: text.length}
    }
  }

  // A place in capitals closed by a colon, as Indian and Pakistani papers
  // write it: `KABUL: A Taliban official said …`. Not a label in capitals
  // (`ALSO WATCH:`), and not a headline with a kicker (`KABUL: Taliban
  // take city`): the lead ends a sentence or runs on past a headline's
  // length.
  if (
    place &&
    caps &&
    at === place.next &&
    is(tokens[at], ':') &&
    opensSentence(tokens, {next: at + 1, end: tokens[at]!.end}) &&
    notLabel(tokens, place.next) &&
    (text.length > window || endsSentence(text))
  ) {
    return {place: text.slice(0, placeEnd), end: tokens[at]!.end, bodyStart: tokens[at + 2]!.start}
  }

  // Date: after `,`/`.` when there is a place, or first.
  let fields: ReturnType<typeof buildDateFields>
  let dateAt = at
  if (place) {
    dateAt = is(tokens[at], ',.') && tokens[at + 1]?.kind === 'space' ? at + 2 : -1
  }

  let end = placeEnd ?? 0
  // Whether a colon closed the date (`Lahore, Aug 3:`).
  let colon = false
  if (dateAt >= 0) {
    const expression = parseDateExpression(tokens, dateAt, 'dateline')
    if (expression && hasSlot(expression.slots, 'date')) {
      fields = buildDateFields(expression.parts, undefined)
      if (fields?.ambiguousZone) reportZone(context, expression)
      at = expression.next
      end = expression.end
      // TASS: `February 22.` before ` /TASS/.` (or glued to it,
      // `February 22./TASS/.`); a period after the date also ends a
      // dateline without a wire (`BAKU, March 5. The …`).
      if (is(tokens[at], '.') && is(tokens[at + 1], '/')) {
        at++
        end = tokens[at - 1]!.end
      } else if (is(tokens[at], '.') && tokens[at + 1]?.kind === 'space') {
        const after = tokens[at + 2]
        // The period stays before a wire word (`May 4. NewsTAG -`).
        if (
          (is(after, '/') || (after?.kind === 'word' && isCapitalised(after.value))) &&
          !readWireWord(tokens, at, true)
        ) {
          at++
          end = tokens[at - 1]!.end
        }
      } else if (place && is(tokens[at], ':') && tokens[at + 1]?.value === ' ') {
        // `Lahore, Aug 3: The …` (see `colonDate`).
        at++
        end = tokens[at - 1]!.end
        colon = true
      }
    }
  }

  if (!place && !fields) return undefined

  // Wire.
  let agency: string | undefined
  let known = false
  // A comma may stand between a place in capitals and its wire in
  // brackets (`PORT ELLIS, (FNA) — The …`), as the Philippine agency's
  // regional copy writes it.
  if (
    caps &&
    !fields &&
    at === place!.next &&
    is(tokens[at], ',') &&
    tokens[at + 1]?.value === ' ' &&
    readAgency(text, tokens, at + 2, '(', ')')
  ) {
    at += 2
  }

  const wireAt = skipSpace(tokens, at)
  const dashCount = wireDashes(tokens, wireAt)
  // A single en or em dash only joins a wire glued to it (`–(WIRE)–`).
  const dashes = dashCount === 2 || (dashCount === 1 && is(tokens[wireAt + 1], '('))
  const parenAt = dashes ? wireAt + dashCount : wireAt
  const paren = readAgency(text, tokens, parenAt, '(', ')')
  // After a date, an unlisted name between slashes before the separator
  // is the wire (`HALIFAX, May 4, 2026 /NSW/ - …`), if it has no space.
  // A wire glued to the place, with no date: `Ulaanbaatar/MONTSAME/ During …`.
  const gluedWire = place && !fields && at === place.next ? gluedSlashWire(text, tokens, at) : undefined
  let slash = paren ? undefined : gluedWire ?? readAgency(text, tokens, wireAt, '/', '/', fields !== undefined)
  if (slash && !slash.known && text.slice(tokens[wireAt]!.end, tokens[slash.next - 1]!.start).includes(' ')) slash = undefined
  const wire =
    paren ??
    slash ??
    readWireWord(tokens, at, fields !== undefined) ??
    (fields ? undefined : commaWire(tokens, at)) ??
    (caps && fields ? readNamedWire(text, tokens, at) : undefined)
  // Whether a full stop closed an unlisted slashed wire after a date.
  let stopped = false
  // A comma may stand between a place in capitals and a dated wire
  // (`PORT ELLIS, (Harbour Point / FNA - 02nd May, 2021) The …`).
  const datedParen =
    wire || fields
      ? undefined
      : readDatedWire(text, tokens, parenAt) ??
        (caps && at === place!.next && is(tokens[at], ',') && tokens[at + 1]?.value === ' '
          ? readDatedWire(text, tokens, at + 2)
          : undefined)
  if (datedParen) {
    // `Bangkok, Thailand--(Acme Wire - May 4, 2026) -`.
    agency = datedParen.agency
    known = AGENCIES.has(agency.toLowerCase())
    fields = datedParen.fields
    at = datedParen.next
    end = datedParen.end
  } else if (wire) {
    agency = wire.agency
    known = wire.known
    at = wire.next
    end = wire.end
    if (paren && dashes) {
      // `--(BUSINESS WIRE)--`, `–(BUSINESS WIRE)–`.
      const closing = wireDashes(tokens, at)
      if (closing > 0) {
        at += closing
        end = tokens[at - 1]!.end
        // Some copies give the date after the wire, closed by dashes too
        // (`CEDARVILLE, Ohio--(BUSINESS WIRE)--May 4, 2021--`).
        const dated = fields ? undefined : readDashedDate(tokens, at)
        if (dated) {
          fields = dated.fields
          at = dated.next
          end = dated.end
        }
      }
    } else if (paren && is(tokens[at], '.:') && tokens[at + 1]?.kind === 'space') {
      // `BAKU, March 5 (AZERTAC). The …`, `Pune, May 4 (PTI): The …`.
      at++
      end = tokens[at - 1]!.end
      // A colon closes an unlisted one-word wire as a dash would
      // (`ISLAMABAD, Nov 6 (APP): Minister …`).
      colon = is(tokens[at - 1], ':') && opensSentence(tokens, {next: at, end})
    } else if (paren && !fields && tokens[at]?.kind === 'space') {
      // `Salem, Oregon (Example.io) Monday May 4, 2026 @ 9 AM —`: the date
      // after the wire, closed by a dash.
      const dated = readDateAfterDash(text, tokens, at, false)
      if (dated) {
        fields = dated.fields
        at = dated.before
        end = tokens[at - 1]!.end
      }
    } else if (slash) {
      // `/TASS/.`, `/ACCESSWIRE/May 7, 2024/`.
      if (is(tokens[at], '.')) {
        at++
        end = tokens[at - 1]!.end
        // After a date, the full stop closes an unlisted wire as a dash
        // would (`ULAANBAATAR, May 4 /NEWSWIRE/. The …`).
        stopped = fields !== undefined && opensSentence(tokens, {next: at, end})
      } else if (!fields) {
        const expression = parseDateExpression(tokens, skipSpace(tokens, at), 'dateline')
        const close = expression ? skipSpace(tokens, expression.next) : 0
        if (expression && hasSlot(expression.slots, 'date') && is(tokens[close], '/')) {
          fields = buildDateFields(expression.parts, undefined)
          at = close + 1
          end = tokens[close]!.end
        }
      }
    }
  }

  // A place in capitals closed by a period before a spaced dash, with no
  // date or wire (`OSLO. - The talks …`): the period belongs to the
  // dateline, not to a one-word sentence.
  if (
    caps &&
    !fields &&
    !wire &&
    at === place!.next &&
    is(tokens[at], '.') &&
    tokens[at + 1]?.kind === 'space' &&
    readSeparator(tokens, at + 1)
  ) {
    at++
  }

  const separator = readSeparator(tokens, at)
  // `AVOIDABLE- Fees …`: a dash glued to a lone word in capitals is the
  // mark of a headline's kicker, not a dateline's separator.
  const glued = separator !== undefined && tokens[at]?.kind !== 'space'
  if (separator) {
    at = separator.next
    end = separator.end
    // Press releases give the date (and wire) after the place's dash, and
    // close them with a second dash: `AUSTIN, TX - May 4, 2026 (WIRE) -`.
    const dated = place && !fields && !agency ? readDateAfterDash(text, tokens, at, true) : undefined
    if (dated) {
      fields = dated.fields
      at = dated.next
      end = dated.end
      if (dated.wire) {
        agency = dated.wire.agency
        known = dated.wire.known
      }
    }
  }

  // What makes it a dateline: a wire (a listed one, or any name with a
  // separator after it), or a place in capitals with a date or separator.
  const valid =
    (agency !== undefined && (known || separator !== undefined || dashes)) ||
    (caps && (fields !== undefined || (separator !== undefined && !(glued && agency === undefined)))) ||
    (abbreviated && separator !== undefined) ||
    (colon && fields !== undefined) ||
    gluedWire !== undefined
  if (!valid) return undefined
  if (!known && agency !== undefined && !separator && !dashes && !stopped && !gluedWire && !colon) agency = undefined

  const bodyStart = tokens[skipSpace(tokens, at)]?.start ?? Math.min(text.length, end)
  const match: DatelineMatch = {end, bodyStart}
  if (place) match.place = text.slice(0, placeEnd)
  if (agency !== undefined) match.agency = agency
  if (fields) Object.assign(match, fields.fields)
  return match
}
