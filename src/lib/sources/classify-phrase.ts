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
  institutionModifiers,
  nameParticles,
  nameTitles,
  notNames,
  partyMembers,
  nounPrepositions,
  organizationNames,
  organizationWords,
  outletHeads,
  outletNames,
  outletWords,
  portfolioWords,
  pronouns,
  roleWords,
  titleAdjectives,
  titleModifiers,
  titleSurnames
} from './constants-names.js'
import {isPatternSpace} from './name-shape.js'
import {isNameSaid} from './read-phrase.js'
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
  const span = classifyWords(text, tokens, from, to, cue)
  // `our analysis shows`, `my research found`: the writer's own work is no
  // source the article reports (`our correspondent`, a person, is).
  if (span?.kind === 'document' && ownedByWriter(tokens, from, to)) return undefined
  const after = tokens[to]
  if (span || (after && after.word)) return span
  return possessiveOwner(text, tokens, from, to, cue)
}

/**
 * Read the owner of a phrase that names no source itself, when a common
 * noun for an institution owns it (`the agency` in `according to the
 * agency's own review`, `citing the ministry's data`): the thing owned
 * comes from the owner. Only when the phrase ends at a mark, so that a
 * clause after a verb (`…, said the firm's sales were weak`) names nothing,
 * and a subject read back from its verb, which may have lost its start
 * (`a report by the government's finance watchdog says`), is left alone.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Sentence tokens.
 * @param from
 *   First token of the phrase.
 * @param to
 *   End token (exclusive).
 * @param cue
 *   Cue.
 * @returns
 *   The owner's span, or `undefined`.
 */
function possessiveOwner(text: string, tokens: readonly WordToken[], from: number, to: number, cue: string): AttributionSpan | undefined {
  for (let index = to - 2; index >= from; index--) {
    const token = tokens[index]
    if (!token?.word || token.cap || !token.lower.endsWith("'s")) continue
    const word = bare(token)
    if (!organizationWords.has(word) && !outletHeads.has(word)) return undefined
    const owner = classifyWords(text, tokens, from, index + 1, cue)
    if (!owner || (owner.kind !== 'organization' && owner.kind !== 'outlet')) return undefined
    // The owner is named without its possessive (`agency`, not `agency's`).
    const suffix = token.value.length - token.lower.lastIndexOf("'")
    if (owner.end === token.end && owner.name.endsWith(token.value.slice(-suffix))) {
      owner.end -= suffix
      owner.name = owner.name.slice(0, -suffix)
    }

    return owner
  }

  return undefined
}

/**
 * Classify the tokens `from` to `to` (exclusive) as a source, as
 * {@link classifyPhrase} does, without looking at an owner.
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
 *   The cue.
 * @returns
 *   A span, or `undefined` when the phrase is no source.
 */
function classifyWords(
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

  // `Former harbour master Jane Doe …, saying`: an adjective of titles
  // read alone, where a lower-case title cut the phrase short, names no
  // one.
  if (start === to - 1 && titleAdjectives.has(first.lower)) return undefined
  // A lone pronoun refers back (`he said`).
  if (start === to - 1 && pronouns.has(first.lower)) {
    return {start: first.start, end: first.end, name: first.value, cue, kind: pronouns.get(first.lower) === 'person' ? 'person' : 'other', pronoun: true}
  }

  // A noun phrase does not end in a preposition (`the founders of` before
  // `claimed cryptocurrency`).
  if (!last.cap && nounPrepositions.has(last.lower)) return undefined

  // A lone surname that is also a title, without an article, is a surname
  // (`King said`; `the king said` is a title).
  if (start === to - 1 && from === start && first.cap && titleSurnames.has(bare(first))) {
    return {start: first.start, end: first.end, name: cleanName(first.value), cue, kind: 'person'}
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
  // `the Fjord Emergency Management Agency`: a public body. An agency is
  // an outlet with `News` or `Press` before it, or one word only
  // (`Anadolu Agency`).
  if (headKind === 'outlet' && headWord === 'agency' && headEnd - start >= 3 && !agencyOutletWords.has(tokens[headEnd - 2]?.lower ?? '')) headKind = 'organization'
  // A known outlet names its own agency (`Interfax news agency`).
  if (headKind === 'organization' && knownKind(first.value) === 'outlet') headKind = 'outlet'
  // A collective of people is anonymous, not a firm (`a group of
  // economists`, `a team of researchers`; not `Acme Group of Companies`).
  if (
    headKind !== 'document' &&
    headToken &&
    !headToken.cap &&
    collectiveHeads.has(headWord) &&
    tokens[headEnd]?.lower === 'of' &&
    anonymousHeads.has(bare(tokens[to - 1]!))
  ) {
    headKind = 'anonymous'
  }

  // A personal name at the end, after a title or role (`Foreign Minister
  // Jeyhun Bayramov`), with honorifics dropped (`Mr Stone`).
  // Figures from an institution are the institution's (`data from the
  // statistics office`).
  if (!headKind && dataWords.has(headWord) && headEnd < to - 1 && (tokens[headEnd]?.lower === 'from' || tokens[headEnd]?.lower === 'by')) {
    return classifyPhrase(text, tokens, headEnd + 1, to, cue)
  }

  // Figures nobody owns in the phrase, with a word that says which (`studio
  // estimates`, `the latest figures`, `official statistics`), are a
  // document of their own: `according to studio estimates`, `latest
  // figures show`. Bare or owned figures (`the figures`, `its own data`,
  // `the bank's figures`) are not, nor figures pointed back at (`these
  // latest figures`), nor figures a phrase after them describes, which
  // tells whose they are or refers to a release already named (`official
  // data released by the ministry`, `the latest data available`): the
  // phrase must end at a mark or at the cue.
  if (
    !headKind &&
    headEnd === to &&
    headToken &&
    !headToken.cap &&
    dataWords.has(headWord) &&
    !demonstratives.has(tokens[start - 1]?.lower ?? '') &&
    endsPhrase(tokens[to], cue) &&
    describedData(tokens, start, headEnd - 1)
  ) {
    return {start: first.start, end: last.end, name: cleanName(text.slice(first.start, last.end)), cue, kind: 'document'}
  }

  // A person's name before `of` or `at` is the person, not a longer name
  // (`Maria Costa of Acme Bank`, `Dr Ito at the clinic`).
  if (!headKind && headEnd < to - 1 && nameLinks.has(tokens[headEnd]?.lower ?? '')) {
    const person = personBefore(text, tokens, from, headEnd, cue)
    if (person) return person
  }

  // A common-noun head with a prepositional phrase (`the office of
  // President Jane Doe`) is the source, not the name inside it.
  const headFirst = headKind !== undefined && headKind !== 'role' && headEnd < to
  let nameStart = headFirst ? (headToken?.cap && !servingHeads.has(headWord) ? titledName(tokens, headEnd, to) : to) : trailingNameStart(tokens, start, to)
  // Outlet words before a name belong to it (`Radio Kestrel`).
  let outlet = false
  while (nameStart < to && nameStart > start && tokens[nameStart - 1]?.cap && outletWords.has(bare(tokens[nameStart - 1] as WordToken))) {
    nameStart--
    outlet = true
  }

  // An organisation word and one name (`Statistics Norway`, `Children's
  // Hospital Colorado`) is one name, and so is a group and one name
  // (`Consumers Energy`).
  const lead = tokens[start]
  const beforeName = tokens[nameStart - 1]
  if (
    nameStart > start &&
    to - nameStart === 1 &&
    lead?.cap &&
    beforeName?.cap &&
    (organizationWords.has(bare(beforeName)) || (nameStart === start + 1 && (dataWords.has(bare(lead)) || isGroup(lead))))
  ) {
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
      const roleFrom = nameStart > start ? tokens[titleBeforeComma(tokens, start)] : undefined
      const roleTo = tokens[nameStart - 1]
      const role = roleFrom && roleTo && nameStart > start ? text.slice(roleFrom.start, roleTo.end) : undefined
      const known = knownKind(name)
      let kind: SourceKind
      if (known) kind = known
      // A party's members are the party (`according to House Republicans`).
      else if (!honorific && role === undefined && partyMembers.has(bare(last))) kind = 'organization'
      // A name right after `the` is no person's (`the Golden Quill Award
      // announced`, `the Kestrel Trust said`).
      else if (honorific || (role !== undefined && hasRoleWord(tokens, start, nameStart)) || (to - first > 1 && !(role === undefined && from < start && tokens[from]?.lower === 'the'))) kind = 'person'
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

  // So do a firm's analysts in a note (`Acme Capital economists said`).
  const firm = headKind === 'anonymous' && headEnd === to && researchHeads.has(headWord) ? firmBefore(text, tokens, start, headEnd - 1) : undefined
  if (firm) return {start: first.start, end: firm.end, name: cleanName(text.slice(first.start, firm.end)), cue, kind: 'organization'}

  // A capitalised group for a cause is an organisation (`Physicians for
  // Fair Trials`); `Residents of Kestrel` are residents.
  if (headKind === 'anonymous' && headToken?.cap && at?.lower === 'for' && owner?.cap && headEnd > start && isGroup(headToken)) {
    return {start: first.start, end: last.end, name: cleanName(text.slice(first.start, last.end)), cue, kind: 'organization'}
  }

  // Keep a definite article in the span so that the resolver sees `the
  // document` as a reference back.
  const opener = tokens[from]
  const keep = from < start && opener !== undefined && isDefinite(opener) && (headKind === 'document' || !first.cap)
  const spanStart = keep && opener ? opener.start : first.start
  let kind: SourceKind = headKind
  if (kind === 'organization' && outletCues.has(cue) && !organizationWords.has(headWord) && !hasOrgWord(tokens, start, headEnd)) kind = 'outlet'
  // Words in lower case that describe a proper name are no part of it
  // (`market consultants Rowe Partners`).
  const proper = headKind === 'organization' || headKind === 'outlet' ? properNameStart(tokens, start, to) : start
  const named = tokens[proper]
  if (proper > start && named) return {start: named.start, end: last.end, name: cleanName(text.slice(named.start, last.end)), cue, kind}
  return {start: spanStart, end: last.end, name: cleanName(text.slice(first.start, last.end)), cue, kind}
}

/** Determiners that point back at something named before (`these figures`). */
/** Heads that name a collective of people (`a group of economists`). */
const collectiveHeads: ReadonlySet<string> = new Set(['group', 'team', 'panel', 'handful', 'number', 'majority', 'minority', 'pair', 'couple', 'coalition', 'network'])

const demonstratives: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those'])

/**
 * Whether the token after a phrase ends it: none, a mark, or the cue itself
 * (`latest figures show`); not a word that goes on to describe it (`data
 * released on Monday`).
 *
 * @param token
 *   Token after the phrase.
 * @param cue
 *   Cue.
 * @returns
 *   Whether it does.
 */
function endsPhrase(token: WordToken | undefined, cue: string): boolean {
  if (!token || !token.word) return true
  return cue === token.lower || cue.startsWith(token.lower + ' ')
}

/** Words before figures that say how much or whose, not which (`more data`, `own figures`). */
const notDataModifiers: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'such', 'same', 'any', 'own', 'much', 'enough', 'those', 'these', 'what', 'which', 'whose'])

/**
 * Whether the words before a data word describe the figures (`latest` in
 * `latest figures`, `studio` in `studio estimates`): one word or more, all
 * in lower case (a capital only on the sentence's first word, `Official
 * statistics showed`), none a possessive, a quantity (`more data`) or a
 * named owner (`Commerce Department figures`, which are the department's).
 *
 * @param tokens
 *   Sentence tokens.
 * @param start
 *   First word after any determiner.
 * @param head
 *   Index of the data word.
 * @returns
 *   Whether they do.
 */
function describedData(tokens: readonly WordToken[], start: number, head: number): boolean {
  if (head <= start) return false
  for (let index = start; index < head; index++) {
    const token = tokens[index]
    if (!token?.word || token.lower.endsWith("'s") || token.lower.endsWith("s'") || notDataModifiers.has(token.lower)) return false
    if (token.cap && index !== 0) return false
  }

  return true
}

/**
 * Where a proper name starts after words in lower case that describe it
 * (`Rowe Partners` in `market consultants Rowe Partners`, `Kestrel Oil
 * Company` in `state-owned Kestrel Oil Company`): the first capitalised
 * word, when every word before it is in lower case and every word from it
 * to the end is capitalised.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   First token of the phrase.
 * @param end
 *   End of the phrase (exclusive).
 * @returns
 *   Index of the name's first token, or `start`.
 */
function properNameStart(tokens: readonly WordToken[], start: number, end: number): number {
  let name = start
  while (name < end) {
    const token = tokens[name]
    if (!token?.word || token.cap) break
    if (nounPrepositions.has(token.lower) || token.lower === 'and') return start
    name++
  }

  if (name >= end) return start
  for (let index = name; index < end; index++) {
    const token = tokens[index]
    if (!token?.word || !token.cap || token.lower.endsWith("'s")) return start
  }

  return name
}

/**
 * Find a personal name after a title at the end of a phrase whose
 * capitalised head has a prepositional phrase: the name is the source when
 * the title follows the institution's name (`Bank of Fjordland Governor
 * Jane Roe`), not when it is the object of the preposition (`the Office of
 * Fjordland President Jane Roe`, and after a common noun, `the office of
 * Fjordland President Jane Roe`).
 *
 * @param tokens
 *   Tokens.
 * @param headEnd
 *   Index of the preposition after the head.
 * @param to
 *   End of the phrase (exclusive).
 * @returns
 *   Index of the name's first token, or `to` when there is none.
 */
function titledName(tokens: readonly WordToken[], headEnd: number, to: number): number {
  const name = trailingNameStart(tokens, headEnd, to)
  const title = tokens[name - 1]
  let ownerAt = name - 2
  // A title in lower case may have words before it (`Kestrel Branch
  // assistant manager Jane Roe`).
  while (title && !title.cap && ownerAt > headEnd && name - 2 - ownerAt < 2 && tokens[ownerAt]?.word && !tokens[ownerAt]?.cap && !nounPrepositions.has(tokens[ownerAt]?.lower ?? '')) ownerAt--
  const owner = tokens[ownerAt]
  if (name >= to || ownerAt <= headEnd || !title || !owner?.cap || !roleWords.has(bare(title))) return to
  return name
}

/**
 * Heads that serve the person named after them (`the Office of President
 * Jane Roe`, `the Administration of Governor Jane Roe`).
 */
const servingHeads: ReadonlySet<string> = new Set(['office', 'administration', 'government', 'cabinet', 'secretariat', 'service', 'presidency', 'staff', 'team', 'campaign'])

/** Heads of people who write a firm's research notes. */
const researchHeads: ReadonlySet<string> = new Set(['analysts', 'economists', 'strategists'])

/** Acronyms of places and unions of states, which employ no analysts as firms do. */
const placeAcronyms: ReadonlySet<string> = new Set(['us', 'u.s', 'uk', 'u.k', 'eu', 'e.u', 'un', 'u.n', 'usa', 'uae'])

/**
 * Read the capitalised words before a research head as a firm (`CIBC` in
 * `CIBC analysts`, `Brightwater Capital` in `Brightwater Capital
 * economists`): a known organisation, a name with a company word, or an
 * acronym that is no place's (`US economists` are economists); not one
 * organisation word alone.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param start
 *   First word of the phrase.
 * @param end
 *   Index of the head.
 * @returns
 *   The firm's last token, or `undefined`.
 */
function firmBefore(text: string, tokens: readonly WordToken[], start: number, end: number): WordToken | undefined {
  const first = tokens[start]
  const last = tokens[end - 1]
  if (!first || !last || end <= start) return undefined
  for (let index = start; index < end; index++) if (!tokens[index]?.cap) return undefined
  // A lone common noun is no firm's name (`Industry analysts`, `Government
  // economists` at a sentence's start).
  if (end === start + 1 && organizationWords.has(bare(first))) return undefined
  if (knownKind(text.slice(first.start, last.end)) === 'organization' || hasOrgWord(tokens, start, end)) return last
  const value = first.value
  const acronym = end === start + 1 && value.length > 1 && value.length < 6 && value === value.toUpperCase() && !/\d/.test(value)
  return acronym && !placeAcronyms.has(bare(first)) ? last : undefined
}

/**
 * Whether a capitalised word is the plural of a group of people
 * (`Consumers`, `Physicians`), no title.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isGroup(token: WordToken): boolean {
  const word = bare(token)
  return token.cap && word.endsWith('s') && anonymousHeads.has(word) && !roleWords.has(word)
}

/** Prepositions that may link a person's name to where they work or are. */
const nameLinks: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'in', 'with'])

/**
 * Read the phrase before a preposition as a person's name (`Maria Costa` in
 * `Maria Costa of Acme Bank`): a name with a title or honorific, or of two
 * capitalised words or more of which the first is no word that opens the
 * name of an institution (`National Conference of …` is no person).
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param from
 *   First token of the phrase.
 * @param to
 *   Index of the preposition.
 * @param cue
 *   Cue.
 * @returns
 *   A person's span, or `undefined`.
 */
function personBefore(text: string, tokens: readonly WordToken[], from: number, to: number, cue: string): AttributionSpan | undefined {
  const span = classifyPhrase(text, tokens, from, to, cue)
  if (span?.kind !== 'person' || span.pronoun) return undefined
  let first = from
  while (first < to && tokens[first]?.start !== span.start) first++
  const before = tokens[first - 1]
  if (span.role !== undefined || (before !== undefined && first > from && honorifics.has(before.lower))) return span
  const opener = tokens[first]
  if (!opener || institutionModifiers.has(bare(opener)) || to - first < 2) return undefined
  // An acronym is no part of a personal name (`NASA Goddard`).
  for (let index = first; index < to; index++) {
    const value = tokens[index]?.value ?? ''
    if (value.length > 1 && value === value.toUpperCase() && !value.includes('.')) return undefined
  }

  return span
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

/** Possessives of the first person: what they own is the writer's. */
const firstPersonOwners: ReadonlySet<string> = new Set(['our', 'my'])

/**
 * Whether a phrase opens with a possessive of the first person (`our
 * analysis`, `my own research`), after any other determiners.
 *
 * @param tokens
 *   Sentence tokens.
 * @param from
 *   First token of the phrase.
 * @param to
 *   End token (exclusive).
 * @returns
 *   Whether it does.
 */
function ownedByWriter(tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let index = from; index < to && isDeterminer(tokens[index]); index++) {
    if (firstPersonOwners.has(tokens[index]?.lower ?? '')) return true
  }

  return false
}

/** Words before `Agency` that make it a news agency (`Fjord News Agency`). */
const agencyOutletWords: ReadonlySet<string> = new Set(['news', 'press', 'information', 'telegraph'])

/**
 * Words before `paper` that make it a study, not a newspaper (`the new
 * paper`, `a peer-reviewed paper`, `a working paper`).
 */
const paperWords: ReadonlySet<string> = new Set(['new', 'peer-reviewed', 'research', 'working', 'white', 'discussion', 'scientific', 'academic', 'policy', 'latest', 'recent'])

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
  if ((word === 'paper' || word === 'papers') && !token.cap && paperWords.has(previousWord)) return 'document'
  // `the Joint Chiefs of Staff`, `the Chiefs` are a body or a team; `police
  // chiefs` are people.
  if (word === 'chiefs') return token.cap ? 'organization' : 'anonymous'
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
  // A surname that is also a title (`Thomas King`).
  if (isTitleSurname(tokens, start, end)) index--
  while (index > start) {
    const token = tokens[index - 1]
    if (!token) break
    // A possessive before a personal name is its employer (`the NAR's Jane
    // Roe`); a word after one may still be a name (`Domino's Pizza`).
    if (token.lower.endsWith("'s") && isPersonalRun(tokens, index, end)) break
    if (isNameWord(token) || isNameSaid(tokens, index - 1)) {
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
  let beforeAt = index - 1
  // `in The Lancet`: look past an article.
  if (before && index - 1 > start && (before.lower === 'the' || before.lower === 'a')) {
    beforeAt--
    before = tokens[beforeAt]
  }

  if (index > start && before && !before.cap && (nounPrepositions.has(before.lower) || before.lower === 'and' || before.lower === 'the' || before.value === '&')) {
    return afterPortfolio(tokens, index, end, beforeAt)
  }

  return index
}

/**
 * Where a personal name starts after a role, `of` and the words of a
 * portfolio (`minister of Foreign Affairs Jane Roe`, `Secretary of State
 * Jane Roe`, `Minister for Energy and Mines Jane Roe`): the portfolio names
 * the department, the name after it the person. After `for`, a portfolio
 * of unlisted words is read as all but the last two capitalised words.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   First of the capitalised words after the preposition.
 * @param end
 *   End of the phrase (exclusive).
 * @param preposition
 *   Index of the preposition or `and` before them.
 * @returns
 *   Index of the name's first token, or `end` when there is none.
 */
function afterPortfolio(tokens: readonly WordToken[], index: number, end: number, preposition: number): number {
  let at = preposition
  // Portfolios joined by `and` (`Minister of Energy and Mines Jane Roe`).
  if (tokens[at]?.lower === 'and' && portfolioWords.has(bare(tokens[at - 1] as WordToken))) {
    at--
    while (at > 0 && preposition - at < 4 && tokens[at]?.cap && portfolioWords.has(bare(tokens[at] as WordToken))) at--
  }

  const of = tokens[at]
  const role = tokens[at - 1]
  if (!of || !role || (of.lower !== 'of' && of.lower !== 'for')) return end
  if (!roleWords.has(bare(role))) return of.lower === 'of' && officeOf(tokens, at - 1) ? placeThenName(tokens, index, end) : end
  let name = index
  while (name < end && portfolioWords.has(bare(tokens[name] as WordToken))) name++
  if (name === index && of.lower === 'of' && titleBeforeName(tokens, at - 1)) return placeThenName(tokens, index, end)
  // A portfolio this list lacks before a name (`Minister for Reintegration
  // Jane Roe`, `Minister for Diaspora Jane Roe`): after `for`, three or more
  // capitalised words are a portfolio and a name of two.
  if (of.lower === 'for' && name === index && end - index >= 3) return end - 2
  return name > index && name < end ? name : end
}

/**
 * Offices held over a place (`President of Fjordland`, `Mayor of Kestrel`),
 * after which `of` names the place and not a company (`founder of Acme
 * Rocket Works` has no person in it).
 */
const officeRoles: ReadonlySet<string> = new Set(['president', 'vice-president', 'premier', 'governor', 'mayor', 'ambassador', 'minister', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'envoy', 'consul', 'speaker', 'ombudsman'])

/** Most words of a place between `of` and a name (`of Salt Lake City`). */
const maximumPlace = 3

/**
 * Where a personal name starts after a role, `of` and a place (`President
 * of Fjordland Jane Roe`, `Governor of New Kestrel Jane Roe`): a place has
 * no given name and surname of its own, so the last two capitalised words
 * (with an initial before them, `Jane Q. Roe`) are the person's, and one to
 * three words before them the place's. Fewer than three words are one name
 * (`President of Fjordland`, `Minister of Fjordland Affairs`), and a
 * portfolio among them names a department (`Secretary of Health Services`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   First of the capitalised words after `of`.
 * @param end
 *   End of the phrase (exclusive).
 * @returns
 *   Index of the name's first token, or `end` when there is none.
 */
function placeThenName(tokens: readonly WordToken[], index: number, end: number): number {
  let name = end - 2
  const initial = tokens[name]
  if (initial && bare(initial).length === 1 && name - 1 > index) name--
  if (name - index < 1 || name - index > maximumPlace) return end
  for (let at = index; at < end; at++) {
    const token = tokens[at]
    if (!token?.cap || portfolioWords.has(bare(token)) || token.lower.endsWith("'s")) return end
  }

  return name
}

/**
 * Whether the capitalised words ending at `last` finish the full name of an
 * office after a role (`President of the Republic`, in `President of the
 * Republic of Fjordland Jane Roe`): role, `of`, an optional `the`, and one
 * or two capitalised words.
 *
 * @param tokens
 *   Tokens.
 * @param last
 *   Index of the word before the second `of`.
 * @returns
 *   Whether they do.
 */
function officeOf(tokens: readonly WordToken[], last: number): boolean {
  let at = last
  while (at > 0 && last - at < 2 && tokens[at]?.cap && !roleWords.has(bare(tokens[at] as WordToken))) at--
  if (at === last) return false
  if (tokens[at]?.lower === 'the') at--
  return tokens[at]?.lower === 'of' && titleBeforeName(tokens, at - 1)
}

/**
 * Whether a role is a title written before a name: an office over a place,
 * capitalised and without an article (`President of Fjordland Jane Roe`;
 * `the president of Kestrel Valley Farms` names a firm's officer, and the
 * words after `of` are all the firm's name).
 *
 * @param tokens
 *   Tokens.
 * @param role
 *   Index of the role word.
 * @returns
 *   Whether it is.
 */
function titleBeforeName(tokens: readonly WordToken[], role: number): boolean {
  const token = tokens[role]
  if (!token?.cap || !officeRoles.has(bare(token))) return false
  return !articles.has(tokens[role - 1]?.lower ?? '') && !articles.has(tokens[role - 2]?.lower ?? '')
}

/** Articles. */
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/**
 * Whether the words from `start` to `end` look like a personal name: two
 * capitalised words or more, none of a portfolio (`Health Initiative` is
 * no person).
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   First word.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether they do.
 */
function isPersonalRun(tokens: readonly WordToken[], start: number, end: number): boolean {
  if (end - start < 2) return false
  for (let index = start; index < end; index++) {
    const token = tokens[index]
    if (!token?.cap || portfolioWords.has(bare(token))) return false
  }

  return true
}

/**
 * Whether a capitalised word can be part of a personal name: no role,
 * organisation, outlet, document, anonymous head or figures word, and no
 * word that is never a name.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it can.
 */
function isNameWord(token: WordToken): boolean {
  if (!token.word || !token.cap) return false
  const word = bare(token)
  return !notNames.has(word) && !roleWords.has(word) && !organizationWords.has(word) && !documentHeads.has(word) && !outletWords.has(word) && !anonymousHeads.has(word) && !dataWords.has(word)
}

/**
 * Whether the phrase ends with a role word that is a surname here: one of
 * {@link titleSurnames} after a given name or an honorific (`Thomas King`,
 * `President Howard Dean`, `Mr Bishop`). Titles come before names, so a
 * given name before the word makes it a surname; a word that makes a title
 * with it (`Crown Prince`, `Saudi King`) or an article (`the Saudi King`)
 * does not.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   First token of the phrase.
 * @param end
 *   End of the phrase (exclusive).
 * @returns
 *   Whether it is.
 */
function isTitleSurname(tokens: readonly WordToken[], start: number, end: number): boolean {
  const last = tokens[end - 1]
  const given = tokens[end - 2]
  if (end - 2 < start || !last?.cap || !given || !titleSurnames.has(bare(last))) return false
  if (honorifics.has(given.lower)) return true
  if (!isNameWord(given) || titleModifiers.has(bare(given)) || nameTitles.has(given.lower) || given.lower.endsWith("'s")) return false
  return !isDeterminer(tokens[end - 3])
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

/** How many capitalised words a title before a comma may have. */
const commaTitleReach = 4

/**
 * Where the roles before a name start when a title and a comma come before
 * the one the phrase read (`Deputy Prime Minister, Fleet Commandant Jane
 * Roe`): the person holds both, and a later `the deputy PM` is them. The
 * title is a few capitalised words with a role word, after the start of
 * the sentence, a mark or a lower-case word (`said Deputy Prime
 * Minister, …`); not a place (`In Harbour City, Fleet Director …`) nor
 * one after an article (`the Minister, Fleet Director …`).
 *
 * @param tokens
 *   Sentence tokens.
 * @param start
 *   First token of the role the phrase read.
 * @returns
 *   First token of the roles.
 */
function titleBeforeComma(tokens: readonly WordToken[], start: number): number {
  const comma = tokens[start - 1]
  if (!comma || comma.word || comma.value !== ',') return start
  let at = start - 1
  while (at > 0 && start - 1 - at < commaTitleReach && tokens[at - 1]?.word && tokens[at - 1]?.cap) at--
  if (at === start - 1) return start
  const before = tokens[at - 1]
  if (before?.word && (before.cap || articles.has(before.lower))) return start
  return hasRoleWord(tokens, at, start - 1) && roleWords.has(bare(tokens[start - 2]!)) ? at : start
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
