/**
 * Turn the noun phrase next to a cue into a source's name and kind: drop
 * titles and roles before a personal name, keep the head and its
 * prepositional phrase for anonymous sources and documents, guess the kind
 * from dictionaries.
 *
 * @module
 */

import type {AttributionSpan} from '../recognizer-types.js'
import type {SourceKind} from '../types.js'
import {outletCues, outletGuessCues} from './constants-cues.js'
import {
  anonymousHeads,
  dataWords,
  determiners,
  documentHeads,
  honorifics,
  nameParticles,
  nameTitles,
  notNames,
  nounPrepositions,
  organizationNames,
  organizationWords,
  outletHeads,
  outletNames,
  outletWords,
  pronouns,
  roleWords
} from './constants-names.js'
import {isPatternSpace} from './name-shape.js'
import {bare, type WordToken} from './tokenize-words.js'

/** What a head word makes of a phrase. */
type HeadKind = 'anonymous' | 'document' | 'organization' | 'outlet' | 'role'

const domain = /^[\p{L}\p{N}-]+\.(?:az|kz|ru|com|org|net|uz|am|ge|ua|by|kg|tj|tm|info|news|io|co|uk|de|fr|in|cn|tr)$/iu

/**
 * Classify the tokens `from` to `to` (exclusive) as a source.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Sentence tokens.
 * @param from
 *   First token of the phrase (a determiner may come first).
 * @param to
 *   End token (exclusive).
 * @param cue
 *   The cue, which helps guess the kind (`reported` → outlet).
 * @returns
 *   A span, or `undefined` when the phrase is no source.
 */
export function classifyPhrase(
  text: string,
  tokens: readonly WordToken[],
  from: number,
  to: number,
  cue: string
): AttributionSpan | undefined {
  let start = from
  while (start < to && isDeterminer(tokens[start])) start++
  if (start >= to) return undefined
  const first = tokens[start]
  const last = tokens[to - 1]
  if (!first || !last) return undefined

  // A lone pronoun refers back (`he said`).
  if (start === to - 1 && pronouns.has(first.lower)) {
    return {start: first.start, end: first.end, name: first.value, cue, kind: pronouns.get(first.lower) === 'person' ? 'person' : 'other', pronoun: true}
  }

  // The part before the first preposition carries the head (`source` in
  // `a source in the ministry`, `report` in `report on the projects`).
  let headEnd = start
  while (headEnd < to) {
    const token = tokens[headEnd]
    if (!token) break
    if (headEnd > start && !token.cap && nounPrepositions.has(token.lower)) break
    headEnd++
  }

  const headToken = tokens[headEnd - 1]
  const headWord = headToken ? bare(headToken) : ''
  let headKind = kindOfHead(headToken, headWord, tokens[headEnd - 2]?.lower ?? '')
  // A known outlet names its own agency (`Interfax news agency`).
  if (headKind === 'organization' && knownKind(first.value) === 'outlet') headKind = 'outlet'

  // A personal name at the end, after a title or role (`Foreign Minister
  // Jeyhun Bayramov`), with honorifics dropped (`Mr Stone`).
  // Figures from an institution are the institution's (`data from the
  // statistics office`).
  if (!headKind && dataWords.has(headWord) && headEnd < to - 1 && (tokens[headEnd]?.lower === 'from' || tokens[headEnd]?.lower === 'by')) {
    return classifyPhrase(text, tokens, headEnd + 1, to, cue)
  }

  // A common-noun head with a prepositional phrase (`the office of
  // President Jane Doe`) is the source, not the name inside it.
  const headFirst = headKind !== undefined && headKind !== 'role' && headEnd < to
  let nameStart = headFirst ? to : trailingNameStart(tokens, start, to)
  // Outlet words before a name belong to it (`Radio Kestrel`).
  let outlet = false
  while (nameStart < to && nameStart > start && tokens[nameStart - 1]?.cap && outletWords.has(bare(tokens[nameStart - 1] as WordToken))) {
    nameStart--
    outlet = true
  }

  // An organisation word and one name (`Statistics Norway`) is one name.
  const lead = tokens[start]
  if (nameStart === start + 1 && to - nameStart === 1 && lead?.cap && (organizationWords.has(bare(lead)) || dataWords.has(bare(lead)))) {
    return {start: lead.start, end: last.end, name: cleanName(text.slice(lead.start, last.end)), cue, kind: 'organization'}
  }

  if (nameStart < to) {
    let first = nameStart
    let honorific = false
    while (first < to && honorifics.has(tokens[first]?.lower ?? '')) {
      first++
      honorific = true
    }

    // A known organisation or outlet at the end of a run of capitals
    // (`ASF Platinum Sponsor Microsoft`).
    for (let index = first + 1; index < to; index++) {
      const from = tokens[index]
      if (from && knownKind(text.slice(from.start, last.end))) {
        first = index
        break
      }
    }

    const firstName = tokens[first]
    if (firstName && first < to) {
      const name = text.slice(firstName.start, last.end)
      const roleFrom = tokens[start]
      const roleTo = tokens[nameStart - 1]
      const role = roleFrom && roleTo && nameStart > start ? text.slice(roleFrom.start, roleTo.end) : undefined
      const known = knownKind(name)
      let kind: SourceKind
      if (known) kind = known
      else if (honorific || (role !== undefined && hasRoleWord(tokens, start, nameStart)) || to - first > 1) kind = 'person'
      else kind = outletGuessCues.has(cue) ? 'outlet' : 'organization'
      // A two-word name with a `reported` cue and no title is usually a
      // publication (`Vestnik Kavkaza reported`).
      if (kind === 'person' && !honorific && role === undefined && outletCues.has(cue)) kind = 'outlet'
      if (isDomain(name) || (outlet && !known)) kind = 'outlet'
      const span: AttributionSpan = {start: firstName.start, end: last.end, name: cleanName(name), cue, kind}
      if (role !== undefined) span.role = cleanName(role)
      return span
    }
  }

  if (!headKind) {
    const all = text.slice(first.start, last.end)
    const known = knownKind(all)
    if (known && hasCapital(tokens, start, to)) {
      return {start: first.start, end: last.end, name: cleanName(all), cue, kind: known}
    }

    return undefined
  }

  if (headKind === 'role') {
    // A role without a name (`the minister`, `a spokesman for the court`):
    // definite ones refer back, the others are anonymous.
    // `the bank's spokesman` is someone unnamed, not a reference back.
    const definite = from < start && isDefinite(tokens[from]) && !hasPossessive(tokens, start, headEnd)
    const spanStart = definite ? (tokens[from]?.start ?? first.start) : first.start
    return {
      start: spanStart,
      end: last.end,
      name: cleanName(text.slice(first.start, last.end)),
      cue,
      kind: definite ? 'person' : 'anonymous'
    }
  }

  // Analysts at a firm speak for the firm (`economists at Goldman Sachs`).
  const at = tokens[headEnd]
  const owner = tokens[headEnd + 1]
  if (headKind === 'anonymous' && headEnd < to && at?.lower === 'at' && owner?.cap && !notNames.has(bare(owner))) {
    return {start: owner.start, end: last.end, name: cleanName(text.slice(owner.start, last.end)), cue, kind: knownKind(text.slice(owner.start, last.end)) ?? 'organization'}
  }

  // Keep a definite article in the span so that the resolver sees `the
  // document` as a reference back.
  const opener = tokens[from]
  const keep = from < start && opener !== undefined && isDefinite(opener) && (headKind === 'document' || !first.cap)
  const spanStart = keep && opener ? opener.start : first.start
  let kind: SourceKind = headKind
  if (kind === 'organization' && outletCues.has(cue) && !organizationWords.has(headWord) && !hasOrgWord(tokens, start, headEnd)) kind = 'outlet'
  return {start: spanStart, end: last.end, name: cleanName(text.slice(first.start, last.end)), cue, kind}
}

/**
 * Whether a token opens a noun phrase without being part of the name.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is a determiner.
 */
function isDeterminer(token: WordToken | undefined): boolean {
  return token !== undefined && token.word && determiners.has(token.lower)
}

/**
 * Whether a determiner makes the phrase definite (`the`, `this`, `our`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is definite.
 */
function isDefinite(token: WordToken | undefined): boolean {
  if (!token) return false
  return token.lower === 'the' || token.lower === 'this' || token.lower === 'that' || token.lower === 'these' || token.lower === 'our' || token.lower === 'its'
}

/**
 * What kind a phrase's head word makes it.
 *
 * @param token
 *   Head token.
 * @param word
 *   Its bare lower-case form.
 * @param previousWord
 *   The word before it, lower case (`news` in `news agency`).
 * @returns
 *   Kind, or `undefined` for a word that is no head.
 */
function kindOfHead(token: WordToken | undefined, word: string, previousWord: string): HeadKind | undefined {
  if (!token) return undefined
  if (documentHeads.has(word)) return 'document'
  if (word === 'agency' && !token.cap && previousWord === 'news') return 'outlet'
  if (token.cap && dataWords.has(word)) return 'organization'
  if (token.cap && outletWords.has(word)) return 'outlet'
  if (!token.cap && outletHeads.has(word)) return 'outlet'
  if (organizationWords.has(word)) return 'organization'
  if (anonymousHeads.has(word) && !roleWords.has(word)) return 'anonymous'
  if (anonymousHeads.has(word) && word.endsWith('s')) return 'anonymous'
  if (roleWords.has(word) || anonymousHeads.has(word)) return 'role'
  return undefined
}

/**
 * Find where a personal name starts at the end of `start`–`end`: the run of
 * capitalised words that are no role, organisation, outlet or document
 * word.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   First token of the phrase.
 * @param end
 *   End (exclusive).
 * @returns
 *   Index of the name's first token, or `end` when there is none.
 */
function trailingNameStart(tokens: readonly WordToken[], start: number, end: number): number {
  let index = end
  while (index > start) {
    const token = tokens[index - 1]
    if (!token) break
    const word = bare(token)
    if (token.word && token.cap && !notNames.has(word) && !roleWords.has(word) && !organizationWords.has(word) && !documentHeads.has(word) && !outletWords.has(word) && !anonymousHeads.has(word) && !dataWords.has(word)) {
      index--
      continue
    }

    // `&` and particles inside a name (`Langlands & Bell`, `von Storch`).
    if ((token.value === '&' || nameParticles.has(token.lower)) && index - 1 > start && index < end) {
      const before = tokens[index - 2]
      if (before?.cap) {
        index--
        continue
      }
    }

    break
  }

  // The name must end with a capitalised word, not a possessive.
  const lastToken = tokens[end - 1]
  if (!lastToken?.cap || lastToken.lower.endsWith("'s")) return end
  // A title alone is no name (`Sir`).
  const firstToken = tokens[index]
  if (firstToken && nameTitles.has(firstToken.lower) && index + 1 >= end) return end
  // A name after a preposition or connector is inside a longer name
  // (`Ministry of Health and Family Welfare`, `a source in Azerbaijan`).
  let before = tokens[index - 1]
  // `in The Lancet`: look past an article.
  if (before && index - 1 > start && (before.lower === 'the' || before.lower === 'a')) before = tokens[index - 2]
  if (index > start && before && !before.cap && (nounPrepositions.has(before.lower) || before.lower === 'and' || before.lower === 'the' || before.value === '&')) return end
  return index
}

/**
 * The kind of a well-known name.
 *
 * @param name
 *   Name as written.
 * @returns
 *   Kind, or `undefined`.
 */
export function knownKind(name: string): SourceKind | undefined {
  const lower = name.toLowerCase().replaceAll('’', "'")
  if (outletNames.has(lower)) return 'outlet'
  if (organizationNames.has(lower)) return 'organization'
  if (isDomain(name)) return 'outlet'
  return undefined
}

/**
 * Whether a name is a news site's domain (`News.az`).
 *
 * @param name
 *   Name as written.
 * @returns
 *   Whether it is.
 */
function isDomain(name: string): boolean {
  // A domain has a period: most names have none, which is cheaper to see
  // than to run the pattern.
  return name.includes('.') && domain.test(name)
}

/**
 * Whether a range has a capitalised word.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether one word is capitalised.
 */
function hasCapital(tokens: readonly WordToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (tokens[index]?.cap) return true
  return false
}

/**
 * Whether a range has a possessive (`bank's`).
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether it does.
 */
function hasPossessive(tokens: readonly WordToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (tokens[index]?.lower.endsWith("'s")) return true
  }

  return false
}

/**
 * Whether a range has a title or role word (`Foreign Minister`).
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether it does.
 */
function hasRoleWord(tokens: readonly WordToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const token = tokens[index]
    if (token && roleWords.has(bare(token))) return true
  }

  return false
}

/**
 * Whether a range has an organisation word.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether it does.
 */
function hasOrgWord(tokens: readonly WordToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const token = tokens[index]
    if (token && organizationWords.has(bare(token))) return true
  }

  return false
}

/**
 * Normalise white space in a name (hard-wrapped copy).
 *
 * @param name
 *   Name as written.
 * @returns
 *   Name on one line.
 */
export function cleanName(name: string): string {
  // Most names are on one line, with single spaces between words: they are
  // their own clean form, which a loop over a few characters sees faster
  // than the pattern and `trim` rewrite them.
  let space = true
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code === 32) {
      if (space) return cleanNameSlow(name)
      space = true
    } else if (code < 32 || (code >= 0x80 && isPatternSpace(code))) {
      return cleanNameSlow(name)
    } else {
      space = false
    }
  }

  return space && name.length > 0 ? cleanNameSlow(name) : name
}

/**
 * Normalise white space in a name: runs of white space become one space,
 * and none is left at either end.
 *
 * @param name
 *   Name as written.
 * @returns
 *   Name on one line.
 */
function cleanNameSlow(name: string): string {
  return name.replaceAll(/\s+/g, ' ').trim()
}
