/**
 * Merge the attributions and credits of a finished tree into its `sources`:
 * one `source` per distinct source, aliases merged, pronouns and references
 * back (`he said`, `the document covers`) linked to what they refer to.
 *
 * @module
 */

import type {AttributionSpan} from '../recognizer-types.js'
import {SourceNotes} from '../state.js'
import type {Attribution, Nodes, Parents, Quote, Root, Source, SourceKind, Text} from '../types.js'
import {knownKind} from './classify-phrase.js'
import {
  anonymousHeads,
  determiners,
  documentHeads,
  honorifics,
  nameParticles,
  nameTitles,
  organizationWords,
  outletHeads,
  outletWords,
  roleWords,
  shortForms
} from './constants-names.js'
import {readTextIndex, type Mention, type TextIndex} from './index-text.js'
import {asciiKey, isPatternSpace, isPlainName, isSingleSpaced} from './name-shape.js'
import {slug} from './slug.js'

/** How many recent mentions a reference back may reach. */
const lookBack = 200

/** Sources while they are being built. */
interface Registry {
  /** Sources in order of first mention. */
  list: Entry[]
  /** Name keys → source. */
  keys: Map<string, Entry>
  /** Sources in order of mention, repeats included, for “the last one”. */
  recent: Entry[]
  /** The sentence of each of {@link recent}. */
  sentences: number[]
}

/** Where attributions are in their sentences, read a sentence at a time. */
interface Where {
  /** Sentences (and headings, titles, subtitles), by index. */
  nodes: Nodes[]
  /** The sentence whose attributions {@link offsets} holds, or `-1`. */
  sentence: number
  /** Offsets of the attributions of that sentence in its text. */
  offsets: Map<Attribution, number>
  /** The attributions of that sentence that come right after a word (`but he said`, not `…, he said`). */
  afterWord: Set<Attribution>
  /** Offset reached by the walk that reads them. */
  at: number
  /** Whether the text the walk has read so far ends with a word (white space aside). */
  word: boolean
}

/** A source while it is being built. */
interface Entry {
  /** Name. */
  name: string
  /** Kind. */
  kind: SourceKind
  /** Whether the kind is only a guess that a later mention may correct. */
  weak: boolean
  /** Names used, as cleaned. */
  aliases: string[]
  /** Titles and roles. */
  roles: string[]
  /** Cues, without repeats. */
  cues: string[]
  /** Attributions to it. */
  mentions: number
  /** Attribution nodes linked to it. */
  nodes: Attribution[]
}

/** An attribution with where it is. */
interface Found {
  node: Attribution
  parent: Parents
  sentence: number
}

/** A quote with where it is. */
interface FoundQuote {
  node: Quote
  sentence: number
  paragraph: Nodes | undefined
}

const definiteWords = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'its', 'their'])

// Patterns used per mention, compiled once: the build writes a literal with
// `\p{…}` as `new RegExp(…)`, which would run on every call.
const hasCapital = /\p{Lu}/u
const startsCapital = /^\p{Lu}/u
const startsNonLetter = /^\P{L}/u
const ownerPattern = / (?:from|by) (?:the )?(\p{Lu}.*)$/u
/** A word that qualifies an anonymous source (`officials in …`). */
const qualified = / (?:of|in|with|for|at|from|familiar|close) /
const genericOrganizations = new Set(['company', 'firm', 'group', 'telco', 'bank', 'business', 'carrier', 'lender', 'maker', 'retailer', 'insurer', 'broker', 'giant'])
const genericDocuments = new Set(['document', 'documents', 'text', 'paper'])

/**
 * Merge attributions and credits into the tree's `sources`.
 *
 * Sets each attribution's `identifier`, links or removes pronoun
 * attributions, sets `source` on quotes in attributed sentences, and appends
 * a `sources` node as the last child of `tree` when there is a source.
 *
 * @param tree
 *   Tree (mutated).
 * @param spans
 *   What the recogniser found for each attribution node (and, as
 *   `SourceNotes`, the texts of sentences as read).
 * @returns
 *   Nothing.
 */
export function resolveSources(tree: Root, spans: Map<Attribution, AttributionSpan>): undefined {
  const collected: Collected = {found: [], quotes: [], sentences: [], paragraphs: [], credits: []}
  collect(collected, tree, undefined, -1)
  const {found, quotes, sentences, credits} = collected
  // Names are compared many times within a document, never across them.
  names_.clear()

  // The readers record the text of each sentence they make (most
  // sentences' texts are asked for); headings and titles are built here.
  const texts = spans instanceof SourceNotes ? spans.texts : undefined
  const index = readTextIndex(sentences.length, (sentence) => {
    const node = sentences[sentence] as Nodes
    return (node.type === 'sentence' ? texts?.get(node) : undefined) ?? textOf(node)
  })
  const entries: Registry = {list: [], keys: new Map(), recent: [], sentences: []}
  const where: Where = {nodes: sentences, sentence: -1, offsets: new Map(), afterWord: new Set(), at: 0, word: false}
  const removed: Found[] = []

  for (const item of found) {
    const written = textOf(item.node)
    const span = spans.get(item.node) ?? {start: 0, end: written.length, name: written, cue: item.node.cue, kind: 'other'}
    const entry = resolveOne(entries, index, where, item, span, written)
    if (!entry) {
      removed.push(item)
      continue
    }

    link(entry, item.node, span)
    entries.recent.push(entry)
    entries.sentences.push(item.sentence)
  }

  for (const {name, issuer} of credits) {
    const entry = byName(entries, name) ?? add(entries, name, creditKind(name, issuer), false)
    addAlias(entries, entry, name)
    entry.mentions++
    if (!entry.cues.includes('source')) entry.cues.push('source')
  }

  unwrapAll(removed)

  // Identifiers, unique and stable (document order of first mention).
  const taken = new Set<string>()
  const sources: Source[] = []
  for (const entry of entries.list) {
    if (entry.mentions === 0) continue
    const base = slug(entry.name) || 'source'
    let identifier = base
    let count = 1
    while (taken.has(identifier)) identifier = base + '-' + String(++count)
    taken.add(identifier)
    for (const node of entry.nodes) node.identifier = identifier
    const source: Source = {type: 'source', identifier, name: entry.name, kind: entry.kind, cues: entry.cues, mentions: entry.mentions}
    const aliases = entry.aliases.filter((alias) => alias !== entry.name)
    if (aliases.length > 0 || entry.roles.length > 0) {
      source.data = {}
      if (aliases.length > 0) source.data.aliases = aliases
      if (entry.roles.length > 0) source.data.roles = entry.roles
    }

    sources.push(source)
  }

  // Quotes take the source of an attribution in the same sentence.
  const removedSet = new Set(removed)
  const bySentence = new Map<number, Attribution[]>()
  for (const item of found) {
    if (!item.node.identifier || removedSet.has(item)) continue
    const list = bySentence.get(item.sentence) ?? []
    list.push(item.node)
    bySentence.set(item.sentence, list)
  }

  let previous: FoundQuote | undefined
  for (const quote of quotes) {
    const candidates = bySentence.get(quote.sentence)
    if (candidates && candidates.length > 0) {
      const nearest = nearestTo(quote.node, candidates)
      if (nearest) quote.node.source = nearest.identifier
    } else if (
      // A quote that goes on after its attribution (`"…," she said. "…"`).
      previous?.node.source &&
      previous.paragraph === quote.paragraph &&
      quote.sentence - previous.sentence <= 1
    ) {
      quote.node.source = previous.node.source
    }

    previous = quote
  }

  tree.children = tree.children.filter((child) => child.type !== 'sources')
  if (sources.length > 0) tree.children.push({type: 'sources', children: sources})
  return undefined
}

/**
 * Find or make the source an attribution refers to.
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   What the whole text says about names.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @param span
 *   Its span.
 * @param written
 *   Its text as written.
 * @returns
 *   The source, or `undefined` when a pronoun or reference back is unclear.
 */
function resolveOne(entries: Registry, index: TextIndex, where: Where, item: Found, span: AttributionSpan, written: string): Entry | undefined {
  // The first word, lower case (`lower.split(/\s+/)[0]` without the list),
  // made only when it can be a pronoun or determiner asked about below (at
  // most five characters; lower-casing never shortens a word).
  let gap = 0
  while (gap < written.length && !isPatternSpace(written.charCodeAt(gap))) gap++
  const firstWord = gap <= 5 ? written.slice(0, gap).toLowerCase() : ''

  if (span.pronoun) {
    if (firstWord === 'he' || firstWord === 'she') return resolvePerson(entries, index, where, item, firstWord)
    if (firstWord === 'it') return last(entries, (entry) => entry.kind === 'document' || entry.kind === 'organization' || entry.kind === 'outlet')
    return resolveGroup(entries, index, where, item)
  }

  const name = stripName(span.name)
  const head = headOf(name)
  const capitalised = hasCapitalLetter(name)
  const definite = definiteWords.has(firstWord)

  // A report from an organisation is the organisation's (`the report from
  // the Commerce Department showed`).
  if (span.kind === 'document') {
    const from = ownerPattern.exec(name)
    if (from?.[1] && kindOfName(from[1], 'other') === 'organization') {
      const owner = from[1]
      return byName(entries, owner) ?? add(entries, owner, 'organization', false)
    }
  }

  // A role with a nationality or an office before it and no article
  // (`Azerbaijani president said`, `Kremlin spokesman`): the person named
  // before with that role of that place (`President of Azerbaijan Ilham
  // Aliyev`), else a source of its own.
  if (!definite && span.kind === 'anonymous' && roleWords.has(head) && isQualifiedRole(name)) {
    const stem = name.slice(0, Math.min(qualifierStem, name.indexOf(' '))).toLowerCase()
    const holder = last(entries, (entry) => entry.kind === 'person' && entry.roles.some((role) => roleFits(role, head) && role.toLowerCase().includes(stem)))
    if (holder) return holder
  }

  // References back: `the minister`, `the source`, `the document`.
  // A collective of people (`a group of economists`, anonymous) is no
  // reference back to a body named `… Group`.
  if (definite || (span.kind !== 'anonymous' && genericOrganizations.has(head) && isLowerCase(name.slice(name.lastIndexOf(' ') + 1)))) {
    const reference = resolveReference(entries, index, where, item, name, head, capitalised)
    if (reference !== false) return reference
  }

  // A titled document after one with the same head (`the Moscow
  // Declaration` after `a Declaration on Allied Cooperation`).
  if (span.kind === 'document' && definite && capitalised) {
    const same = last(entries, (entry) => entry.kind === 'document' && headOf(entry.name) === head)
    if (same) {
      addAlias(entries, same, name)
      return same
    }

    // Or a title the text gave before (`signed a Treaty on Energy Union`
    // … `The Minsk Treaty envisages`).
    const title = byName(entries, name) ? undefined : index.titleBefore(item.sentence - 1, head)
    if (title && keyOf(title) !== keyOf(name)) {
      const entry = byName(entries, title) ?? add(entries, title, 'document', false)
      addAlias(entries, entry, name)
      return entry
    }
  }

  // An outlet's reporter with no name (`a Fjord Times correspondent
  // reports`): the outlet is the source.
  if (span.kind === 'anonymous') {
    const outlet = reporterOutlet(name)
    if (outlet) {
      const entry = byName(entries, outlet) ?? add(entries, outlet, 'outlet', false)
      addAlias(entries, entry, name)
      return entry
    }
  }

  // An office of a place with no name (`President of Fjordland noted`): the
  // holder the text names after the same words (`President of Fjordland
  // Jane Roe met …`), even where no attribution made them a source.
  if (span.kind === 'anonymous' && isOfficeOfPlace(name)) {
    const holder = index.nameAfterRole(name.toLowerCase())
    if (holder) return byName(entries, holder) ?? add(entries, holder, 'person', false)
  }

  const existing = byName(entries, name)
  if (existing) {
    improve(entries, existing, name, span.kind)
    return existing
  }

  // A body named after its country one time and its people another
  // (`Valdoria's Foreign Ministry`, `the Valdorian Foreign Ministry`).
  if (span.kind === 'organization') {
    const variant = last(entries, (entry) => entry.kind === 'organization' && placeVariants(entry.name, name))
    if (variant) {
      addAlias(entries, variant, name)
      return variant
    }
  }

  // How many words (`name.split(' ').length`, but 3 for any more than two),
  // without the list: most names are one or two words.
  const firstSpace = name.indexOf(' ')
  const words = firstSpace === -1 ? 1 : name.indexOf(' ', firstSpace + 1) === -1 ? 2 : 3
  // A surname with a particle (`Von Storch` for `Beatrix von Storch`).
  if (words === 2 && nameParticles.has(name.slice(0, firstSpace).toLowerCase())) {
    const full = index.fullName(name.slice(firstSpace + 1).toLowerCase())
    if (full && full !== name && keyOf(full).endsWith(' ' + keyOf(name))) {
      const entry = byName(entries, full) ?? add(entries, full, 'person', false)
      addAlias(entries, entry, name)
      return entry
    }
  }

  if (span.kind !== 'anonymous' && span.kind !== 'document' && words === 1) {
    const single = name
    // An acronym spelled out in the text (`National Rifle Association (NRA)`).
    const expansion = index.acronym(single)
    if (expansion) {
      // A source named with a word before the spelled-out part (`the
      // Fjordland Department of Fisheries (DOF)` is `DOF`'s source).
      const tail = ' ' + keyOf(expansion)
      const entry =
        byName(entries, expansion) ??
        last(entries, (candidate) => candidate.kind === 'organization' && keyOf(candidate.name).endsWith(tail)) ??
        add(entries, expansion, knownKind(expansion) ?? kindOfName(expansion, span.kind), false)
      addAlias(entries, entry, name)
      return entry
    }

    // An acronym of a source named before (`the NAO` after `a National
    // Audit Office report`).
    if (/^[A-Z]{2,6}$/.test(single)) {
      for (const entry of entries.list) {
        const run = initialsRun(entry.name, single)
        if (run) {
          const owner = byName(entries, run) ?? add(entries, run, span.kind, false)
          addAlias(entries, owner, name)
          return owner
        }
      }
    }

    // A conventional short form whose long form the text spells (`the Fed`).
    const long = shortForms.get(single.toLowerCase())
    const spelled = long ? index.runEndingWith(long) : undefined
    if (spelled) {
      const entry = byName(entries, spelled) ?? add(entries, spelled, 'organization', false)
      addAlias(entries, entry, name)
      return entry
    }

    // No source shares an end with a word whose key is empty or has a space.
    const singleKey = keyOf(single)
    const longer = isKeyWord(singleKey)
      ? last(entries, (entry) => entry.kind !== 'anonymous' && entry.kind !== 'document' && sharesEnd(keyOf(entry.name), entry.name, singleKey))
      : undefined
    if (longer) {
      addAlias(entries, longer, name)
      return longer
    }

    const known = knownKind(name)
    const full = known ? undefined : index.fullName(single)
    if (full) {
      const entry = byName(entries, full) ?? add(entries, full, 'person', false)
      addAlias(entries, entry, name)
      return entry
    }
  }

  if (span.kind === 'person' && words > 1) {
    // `Vladimir Putin` after `Putin`.
    const nameKey = keyOf(name)
    const shorter = last(entries, (entry) => !entry.name.includes(' ') && sharesEnd(nameKey, name, keyOf(entry.name)))
    if (shorter) {
      addAlias(entries, shorter, name)
      shorter.name = name
      shorter.kind = 'person'
      shorter.weak = false
      return shorter
    }
  }

  if (span.kind === 'anonymous' && !qualified.test(` ${name} `)) {
    const nameKey = keyOf(name)
    const suffix = last(entries, (entry) => entry.kind === 'anonymous' && isSuffixPhrase(keyOf(entry.name), nameKey))
    if (suffix) {
      addAlias(entries, suffix, name)
      return suffix
    }
  }

  const weak = span.kind === 'organization' && words === 1 && !knownKind(name)
  return add(entries, name, span.kind, weak)
}

/**
 * Whether a name has a capital letter (`/\p{Lu}/u`): by character codes while
 * it is ASCII, the pattern only from the first character beyond.
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it has one.
 */
function hasCapitalLetter(name: string): boolean {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code >= 65 && code <= 90) return true
    if (code >= 128) return hasCapital.test(name.slice(index))
  }

  return false
}

/**
 * Whether a word is its own lower case.
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it is.
 */
function isLowerCase(word: string): boolean {
  return word === word.toLowerCase()
}

/**
 * Resolve a definite description (`the minister`, `the report`, `the
 * company`).
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @param name
 *   Its name without determiner.
 * @param head
 *   Its head word.
 * @param capitalised
 *   Whether it has capitals.
 * @returns
 *   The source, `undefined` to drop it, or `false` when it is no reference.
 */
function resolveReference(
  entries: Registry,
  index: TextIndex,
  where: Where,
  item: Found,
  name: string,
  head: string,
  capitalised: boolean
): Entry | undefined | false {
  if (documentHeads.has(head) || genericDocuments.has(head)) {
    if (capitalised && !genericDocuments.has(head) && startsCapital.test(name) && !titleOnlyRole(name)) return false
    const generic = genericDocuments.has(head)
    const earlier = last(entries, (entry) => entry.kind === 'document' && (generic || headOf(entry.name) === head))
    if (earlier) return earlier
    const title = index.titleBefore(item.sentence, generic ? undefined : head)
    if (title) return byName(entries, title) ?? add(entries, title, 'document', false)
    return false
  }

  if (anonymousHeads.has(head) && !roleWords.has(head)) {
    const earlier = last(entries, (entry) => entry.kind === 'anonymous' && sameHead(headOf(entry.name), head))
    return earlier ?? false
  }

  if (roleWords.has(head) || anonymousHeads.has(head)) {
    if (capitalised && !titleOnlyRole(name)) return false
    const byRole = last(entries, (entry) => entry.kind === 'person' && entry.roles.some((role) => roleFits(role, head)))
    if (byRole) return byRole
    const anonymous = last(entries, (entry) => entry.kind === 'anonymous' && sameHead(headOf(entry.name), head))
    if (anonymous) return anonymous
    const named = index.nameAfterRole(head)
    if (named) {
      const entry = byName(entries, named) ?? add(entries, named, 'person', false)
      return entry
    }

    // The last person, unless the text gave them another role (`the Lib
    // Dem leader` is not `Home Secretary Charles Clarke`): then a person
    // the text names just before with no other role, or the description
    // is a source of its own.
    const person = last(entries, (entry) => entry.kind === 'person')
    if (person && !hasOtherRole(person, head)) return person
    const mention = personNamedBefore(entries, index, where, item, head)
    if (mention) return resolveMention(entries, index, where, item, mention, 'person')
    return person ? false : undefined
  }

  if (genericOrganizations.has(head) || (organizationWords.has(head) && !capitalised)) {
    // A name with the same head the text gave before (`the Oakland
    // Institute … the institute says`), though no attribution made it a
    // source.
    const headed = organizationNamedBefore(index, where, item, head)
    if (headed) {
      // A source whose name starts with it (`Acme Group Holdings` for `Acme Group`).
      const headedKey = keyOf(headed.name)
      const longer = last(entries, (entry) => entry.kind === 'organization' && (keyOf(entry.name) + ' ').startsWith(headedKey + ' '))
      return longer ?? resolveMention(entries, index, where, item, headed, 'organization')
    }

    const earlier =
      last(entries, (entry) => entry.kind === 'organization' && entry.name.toLowerCase().split(' ').includes(head)) ??
      (genericOrganizations.has(head) ? last(entries, (entry) => entry.kind === 'organization') : undefined)
    if (earlier) return earlier
    // The subject of this sentence or one just before, when it names no
    // person (`Nestle is cutting jobs, the company said`).
    const subject = genericOrganizations.has(head) ? organizationSubjectBefore(entries, index, where, item) : undefined
    return subject ? resolveMention(entries, index, where, item, subject, 'organization') : false
  }

  if (outletHeads.has(head) && !capitalised) {
    return last(entries, (entry) => entry.kind === 'outlet') ?? false
  }

  return false
}

/** How many sentences back a description may find a name with its head (`the institute` → `Oakland Institute`). */
const headReach = 10

/** How many names of one sentence a reference back looks at, last first. */
const namesReach = 12

/**
 * Whether a reference back is being resolved to a mention: no mention is
 * looked for within that (a mention resolves as a name, not again as a
 * reference), so resolving ends.
 */
let inMention = false

/**
 * Resolve a mention the text makes as if an attribution named it.
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution that refers to it.
 * @param mention
 *   Mention.
 * @param kind
 *   Kind it is taken for.
 * @returns
 *   Source.
 */
function resolveMention(entries: Registry, index: TextIndex, where: Where, item: Found, mention: Mention, kind: SourceKind): Entry | undefined {
  inMention = true
  try {
    return resolveOne(entries, index, where, item, {start: 0, end: 0, name: mention.name, cue: item.node.cue, kind}, mention.name)
  } finally {
    inMention = false
  }
}

/**
 * Read where the attributions of an attribution's sentence are, when that
 * sentence is not the one read last: one walk per sentence.
 *
 * @param where
 *   Where attributions are (updated).
 * @param item
 *   Attribution.
 * @returns
 *   Nothing.
 */
function readSentence(where: Where, item: Found): undefined {
  if (where.sentence === item.sentence) return undefined
  where.sentence = item.sentence
  where.offsets.clear()
  where.afterWord.clear()
  where.at = 0
  where.word = false
  const node = where.nodes[item.sentence]
  if (node) readOffsets(node, where)
  return undefined
}

/**
 * Offset of an attribution in the text of its sentence (the text the index
 * reads).
 *
 * @param where
 *   Where attributions are (updated).
 * @param item
 *   Attribution.
 * @returns
 *   Offset.
 */
function offsetOf(where: Where, item: Found): number {
  readSentence(where, item)
  return where.offsets.get(item.node) ?? 0
}

/**
 * Whether an attribution comes right after a word in its sentence, white
 * space aside (`but he said`), rather than after punctuation (`…, he
 * said`, `“…,” he said`).
 *
 * @param where
 *   Where attributions are (updated).
 * @param item
 *   Attribution.
 * @returns
 *   Whether it does.
 */
function isAfterWord(where: Where, item: Found): boolean {
  readSentence(where, item)
  return where.afterWord.has(item.node)
}

/**
 * Record where the attributions in a node start in its sentence's text, as
 * {@link textOf} makes it, and which come right after a word.
 *
 * @param node
 *   Node.
 * @param where
 *   What the walk knows (updated).
 * @returns
 *   Nothing.
 */
function readOffsets(node: Nodes, where: Where): undefined {
  if (node.type === 'attribution') {
    where.offsets.set(node, where.at)
    if (where.word) where.afterWord.add(node)
  }

  if ('value' in node && typeof node.value === 'string') {
    const value = node.value
    where.at += value.length
    // The last character that is no white space decides.
    let index = value.length - 1
    while (index >= 0 && isPatternSpace(value.charCodeAt(index))) index--
    if (index >= 0) where.word = isWordCharacter(value.charCodeAt(index))
    return undefined
  }

  const children = (node as {children?: Nodes[]}).children
  if (children !== undefined) for (const child of children) readOffsets(child, where)
  return undefined
}

/**
 * Whether a character is part of a word: a letter or digit (any character
 * beyond ASCII but punctuation counts, which is what matters here: quotes,
 * dashes and commas are no word).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39
  return wordCharacter.test(String.fromCharCode(code))
}

/** A letter or digit beyond ASCII. */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * The person `he` or `she` refers to.
 *
 * In order: the subject of its own sentence, before it (`Mr Abe may be a
 * traditionalist, but didn't he promise`); the person attributed in this
 * sentence or the one before, who goes on speaking; the subject of the
 * sentence before, or the last person it names outside quotes (`Cota sees
 * the award as an honour. “…,” she said.`); the last person attributed.
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @param pronoun
 *   `he` or `she`.
 * @returns
 *   Source, if any.
 */
function resolvePerson(entries: Registry, index: TextIndex, where: Where, item: Found, pronoun: string): Entry | undefined {
  const found = lastIndex(entries, (entry) => entry.kind === 'person')
  const person = found === -1 ? undefined : entries.recent[found]
  if (inMention) return person
  // Only within a clause that goes on (`… but didn't he promise`, `… and
  // she said`): after a comma or a quote the subject is what the pronoun
  // reports (`Rivals were upbeat, he said`).
  const own = index.mentions(item.sentence).subject
  if (own && own.end <= offsetOf(where, item) && isAfterWord(where, item) && isClauseSubject(entries, own) && fits(own, pronoun) && isPerson(entries, index, own)) {
    return resolveMention(entries, index, where, item, own, 'person')
  }

  const previous = item.sentence - 1
  if (previous < 0 || (found !== -1 && (entries.sentences[found] ?? -1) >= previous)) return person
  const mentions = index.mentions(previous)
  const subject = mentions.subject
  if (subject && isClauseSubject(entries, subject) && fits(subject, pronoun) && isPerson(entries, index, subject)) return resolveMention(entries, index, where, item, subject, 'person')
  // A person named there with an honorific or a title (`The plan was
  // drawn up by Mr Holm. He believes …`): two capitalised words alone may
  // be a place (`Elgin Mills Inc, West Chicago`).
  const names = mentions.names
  for (let at = names.length - 1; at >= 0 && names.length - at <= namesReach; at--) {
    const mention = names[at]
    if (mention && !mention.quoted && mention.kind === 'person' && (mention.honorific || mention.role !== undefined) && fits(mention, pronoun)) {
      return resolveMention(entries, index, where, item, mention, 'person')
    }
  }

  return person
}

/**
 * The group `they` refers to: the subject of its own sentence before it, or
 * of the sentence before when nobody was attributed there (`Some economists
 * have doubts. They note …`), if an anonymous group or organisation; else
 * the last such source.
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @returns
 *   Source, if any.
 */
function resolveGroup(entries: Registry, index: TextIndex, where: Where, item: Found): Entry | undefined {
  const found = lastIndex(entries, (entry) => entry.kind === 'anonymous' || entry.kind === 'organization')
  const group = found === -1 ? undefined : entries.recent[found]
  if (inMention) return group
  const own = index.mentions(item.sentence).subject
  if (own && own.end <= offsetOf(where, item) && isAfterWord(where, item) && isGroup(own)) return resolveMention(entries, index, where, item, own, own.kind)
  const previous = item.sentence - 1
  if (previous < 0 || (found !== -1 && (entries.sentences[found] ?? -1) >= previous)) return group
  const subject = index.mentions(previous).subject
  return subject && isGroup(subject) ? resolveMention(entries, index, where, item, subject, subject.kind) : group
}

/**
 * Whether a mention is a group `they` can refer to: an anonymous group
 * (`some economists`) or a named organisation.
 *
 * @param mention
 *   Mention.
 * @returns
 *   Whether it is.
 */
function isGroup(mention: Mention): boolean {
  return mention.kind === 'anonymous' || (mention.kind === 'organization' && isProperName(mention.name))
}

/**
 * Whether a subject is clearly a person, as a pronoun's antecedent must be
 * (two capitalised words may be a company: `Deutsche Telekom raised
 * prices`): a person source; or written with an honorific or a title (`Mr
 * Abe and his allies …`); or followed by what is said of a person (`Edward
 * Leigh, who chairs …`); or a lone word before a verb (`Cota sees …`),
 * which {@link isPerson} still checks against the full names of the text.
 *
 * @param entries
 *   Sources so far.
 * @param mention
 *   Subject.
 * @returns
 *   Whether it is.
 */
function isClauseSubject(entries: Registry, mention: Mention): boolean {
  if (mention.honorific || mention.role !== undefined || mention.personal) return true
  if (!mention.name.includes(' ')) return mention.verb
  return byName(entries, mention.name)?.kind === 'person'
}

/**
 * Whether a mention can be referred to by a pronoun: no honorific says
 * otherwise (`Mr` for `she`).
 *
 * @param mention
 *   Mention.
 * @param pronoun
 *   `he` or `she`.
 * @returns
 *   Whether it fits.
 */
function fits(mention: Mention, pronoun: string): boolean {
  return mention.pronoun === undefined || mention.pronoun === pronoun
}

/**
 * Whether a mention is a person: a person source, or read as one and no
 * source of another kind, or a lone word that is the
 * end of a person's name (`Cota` for a source or a text's `Isabella Cota`;
 * not `Creative` for `Creative Zen`, a first word).
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param mention
 *   Mention.
 * @returns
 *   Whether it is.
 */
function isPerson(entries: Registry, index: TextIndex, mention: Mention): boolean {
  // A name already a source of another kind (`Harbor Times reported …`).
  const known = byName(entries, mention.name)
  if (known) return known.kind === 'person'
  // A word in capitals is no part of a personal name (`EST MOSCOW`).
  if (mention.kind === 'person') return !hasCapitalsWord(mention.name)
  if (mention.kind !== 'other' || mention.name.includes(' ')) return false
  const key = keyOf(mention.name)
  if (!isKeyWord(key)) return false
  if (last(entries, (entry) => entry.kind === 'person' && (keyOf(entry.name) === key || sharesEnd(keyOf(entry.name), entry.name, key)))) return true
  if (knownKind(mention.name)) return false
  const full = index.fullName(mention.name)
  return full !== undefined && full.includes(' ') && keyOf(full).endsWith(' ' + key)
}

/**
 * Whether a name has a word of two or more letters all in capitals
 * (`MOSCOW`, `U.S.`).
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it has.
 */
function hasCapitalsWord(name: string): boolean {
  for (const word of name.split(' ')) {
    if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return true
  }

  return false
}

/**
 * Whether a name is a proper name: its last word starts with a capital
 * (`Oakland Institute`, not `parent company`).
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it is.
 */
function isProperName(name: string): boolean {
  return startsCapital.test(name.slice(name.lastIndexOf(' ') + 1))
}

/**
 * Whether a person source has a role that is not the one a description
 * names (`Home Secretary` for `the Lib Dem leader`).
 *
 * @param entry
 *   Source.
 * @param head
 *   Head of the description (`leader`).
 * @returns
 *   Whether it has another role.
 */
function hasOtherRole(entry: Entry, head: string): boolean {
  return entry.roles.length > 0 && !entry.roles.some((role) => roleFits(role, head))
}

/**
 * Offices whose holder heads something: a later `the head of state` or `the
 * head of the bank` is the holder (`President of Fjordland Jane Roe … the
 * head of state said`).
 */
const headingRoles: ReadonlySet<string> = new Set(['president', 'premier', 'prime', 'king', 'queen', 'emir', 'sultan', 'chancellor', 'chairman', 'chairwoman', 'chair', 'ceo', 'governor', 'mayor'])

/**
 * Whether a role fits a description's head: it has the word (`leader` in
 * `Lib Dem Leader`), or the head is `head` and the role an office that
 * heads something.
 *
 * @param role
 *   Role as written.
 * @param head
 *   Head of the description, lower case.
 * @returns
 *   Whether it fits.
 */
function roleFits(role: string, head: string): boolean {
  if (hasWord(role, head)) return true
  // `PM` is written for `prime minister` (`Prime Minister Jane Roe … the
  // Fjordish PM said`).
  if (head === 'pm') return role.toLowerCase().includes('prime minister')
  return head === 'head' && role.toLowerCase().split(/\s+/).some((word) => headingRoles.has(word))
}

/**
 * Whether a role has a word, in any case (`leader` in `Lib Dem Leader`).
 *
 * @param role
 *   Role.
 * @param word
 *   Lower-case word.
 * @returns
 *   Whether it has.
 */
function hasWord(role: string, word: string): boolean {
  return role.toLowerCase().split(/\s+/).includes(word)
}

/**
 * A person the text names in the sentence of a role description, before
 * it, or in the sentence before, nearest first, that has no other role
 * (written before the name, or known for the source of that name).
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @param head
 *   Head of the description (`leader`).
 * @returns
 *   Mention, if any.
 */
function personNamedBefore(entries: Registry, index: TextIndex, where: Where, item: Found, head: string): Mention | undefined {
  if (inMention) return undefined
  const at = offsetOf(where, item)
  for (let sentence = item.sentence; sentence >= 0 && item.sentence - sentence <= 1; sentence--) {
    const names = index.mentions(sentence).names
    const end = sentence === item.sentence ? namesBefore(names, at) : names.length
    for (let position = end - 1; position >= 0 && end - position <= namesReach; position--) {
      const mention = names[position]
      if (!mention || mention.quoted || mention.kind !== 'person') continue
      if (mention.role !== undefined && !hasWord(mention.role, head)) continue
      const known = byName(entries, mention.name)
      if (known && (known.kind !== 'person' || hasOtherRole(known, head))) continue
      return mention
    }
  }

  return undefined
}

/**
 * How many of a sentence's names end at or before an offset (they are in
 * order): found by halving, so that a sentence with many names and many
 * references back stays linear.
 *
 * @param names
 *   Names of a sentence, in order.
 * @param offset
 *   Offset.
 * @returns
 *   Count.
 */
function namesBefore(names: readonly Mention[], offset: number): number {
  let low = 0
  let high = names.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((names[middle]?.end ?? 0) <= offset) low = middle + 1
    else high = middle
  }

  return low
}

/**
 * The nearest name with a head the text gives before a description of an
 * organisation, in its sentence or the few before (`the Oakland Institute,
 * a think tank, … the institute says`).
 *
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @param head
 *   Head of the description (`institute`).
 * @returns
 *   Mention, if any.
 */
function organizationNamedBefore(index: TextIndex, where: Where, item: Found, head: string): Mention | undefined {
  if (inMention) return undefined
  const at = offsetOf(where, item)
  for (let sentence = item.sentence; sentence >= 0 && item.sentence - sentence <= headReach; sentence--) {
    const names = index.mentions(sentence).names
    const end = sentence === item.sentence ? namesBefore(names, at) : names.length
    for (let position = end - 1; position >= 0 && end - position <= namesReach; position--) {
      const mention = names[position]
      if (!mention || mention.kind !== 'organization') continue
      if (sameHead(mention.head, head)) return mention
    }
  }

  return undefined
}

/**
 * Nouns of the figures a company or an economy reports (`growth`, `sales`,
 * `revenue`): opening a sentence, they are capitalised, but no name.
 */
const measureNouns: ReadonlySet<string> = new Set([
  'growth', 'inflation', 'output', 'demand', 'supply', 'sales', 'revenue', 'revenues', 'profit', 'profits', 'earnings',
  'income', 'turnover', 'exports', 'imports', 'prices', 'shares', 'production', 'unemployment', 'employment',
  'investment', 'spending', 'trade', 'costs', 'debt', 'losses', 'orders', 'margins', 'volumes', 'traffic',
  'consumption', 'wages', 'rents', 'deliveries', 'bookings', 'dividends'
])

/**
 * The organisation a description such as `the company` refers to when no
 * source fits: the subject of its own sentence, before it, that is a name
 * followed by a verb and no person (`Nestle is cutting jobs, the company
 * said`); or the subject of one of the two sentences before when it is
 * clearly an organisation (`Apple has expanded its range. … The company
 * said`).
 *
 * @param entries
 *   Sources so far.
 * @param index
 *   Text index.
 * @param where
 *   Where attributions are in their sentences.
 * @param item
 *   The attribution.
 * @returns
 *   Mention, if any.
 */
function organizationSubjectBefore(entries: Registry, index: TextIndex, where: Where, item: Found): Mention | undefined {
  if (inMention) return undefined
  const own = index.mentions(item.sentence).subject
  if (
    own &&
    own.end <= offsetOf(where, item) &&
    own.verb &&
    isProperName(own.name) &&
    (own.kind === 'organization' || (own.kind === 'other' && !isPerson(entries, index, own))) &&
    // A capitalised word that opens the sentence may be a common noun: the
    // figures a company reports are no company (`Growth slowed in March,
    // the company said`).
    !measureNouns.has(own.name.toLowerCase())
  ) {
    return own
  }

  for (let sentence = item.sentence - 1; sentence >= 0 && item.sentence - sentence <= 2; sentence--) {
    const subject = index.mentions(sentence).subject
    if (subject && subject.kind === 'organization' && isProperName(subject.name)) return subject
  }

  return undefined
}

/**
 * Count an attribution for a source.
 *
 * @param entry
 *   Source.
 * @param node
 *   Attribution.
 * @param span
 *   Its span.
 * @returns
 *   Nothing.
 */
function link(entry: Entry, node: Attribution, span: AttributionSpan): undefined {
  entry.mentions++
  entry.nodes.push(node)
  if (!entry.cues.includes(node.cue)) entry.cues.push(node.cue)
  if (span.role && !entry.roles.includes(span.role)) entry.roles.push(span.role)
  if (span.role && entry.kind !== 'person' && entry.weak && span.role.toLowerCase().split(' ').some((word) => roleWords.has(word))) {
    entry.kind = 'person'
    entry.weak = false
  }

  return undefined
}

/**
 * Add a source.
 *
 * @param entries
 *   Sources.
 * @param name
 *   Name.
 * @param kind
 *   Kind.
 * @param weak
 *   Whether the kind is a guess.
 * @returns
 *   The new source.
 */
function add(entries: Registry, name: string, kind: SourceKind, weak: boolean): Entry {
  const entry: Entry = {name, kind, weak, aliases: [name], roles: [], cues: [], mentions: 0, nodes: []}
  entries.list.push(entry)
  const key = keyOf(name)
  if (!entries.keys.has(key)) entries.keys.set(key, entry)
  return entry
}

/**
 * Correct a guessed kind with a better one.
 *
 * @param entries
 *   Sources.
 * @param entry
 *   Source.
 * @param name
 *   The name used now.
 * @param kind
 *   The kind guessed now.
 * @returns
 *   Nothing.
 */
function improve(entries: Registry, entry: Entry, name: string, kind: SourceKind): undefined {
  addAlias(entries, entry, name)
  if (entry.weak && kind !== 'organization') {
    entry.kind = kind
    entry.weak = false
  }

  return undefined
}

/**
 * Record another name for a source.
 *
 * @param entries
 *   Sources.
 * @param entry
 *   Source.
 * @param name
 *   Name.
 * @returns
 *   Nothing.
 */
function addAlias(entries: Registry, entry: Entry, name: string): undefined {
  if (!entry.aliases.includes(name)) entry.aliases.push(name)
  const key = keyOf(name)
  if (!entries.keys.has(key)) entries.keys.set(key, entry)
  return undefined
}

/**
 * Find a source by one of its names.
 *
 * @param entries
 *   Sources.
 * @param name
 *   Name.
 * @returns
 *   Source, if any.
 */
function byName(entries: Registry, name: string): Entry | undefined {
  return entries.keys.get(keyOf(name))
}

/**
 * The last source that passes a test.
 *
 * @param entries
 *   Sources.
 * @param test
 *   Test.
 * @returns
 *   Source, if any.
 */
function last(entries: Registry, test: (entry: Entry) => boolean): Entry | undefined {
  const recent = entries.recent
  for (let index = recent.length - 1; index >= 0 && recent.length - index <= lookBack; index--) {
    const entry = recent[index]
    if (entry && test(entry)) return entry
  }

  return undefined
}

/**
 * Where in {@link Registry.recent} the last source that passes a test is.
 *
 * @param entries
 *   Sources.
 * @param test
 *   Test.
 * @returns
 *   Its index, or `-1`.
 */
function lastIndex(entries: Registry, test: (entry: Entry) => boolean): number {
  const recent = entries.recent
  for (let index = recent.length - 1; index >= 0 && recent.length - index <= lookBack; index--) {
    const entry = recent[index]
    if (entry && test(entry)) return index
  }

  return -1
}

/** What one walk of the tree finds, in document order. */
interface Collected {
  /** Attributions. */
  found: Found[]
  /** Quotes. */
  quotes: FoundQuote[]
  /** Sentences (and headings, titles, subtitles). */
  sentences: Nodes[]
  /** The parent of each sentence, by index. */
  paragraphs: Array<Parents | undefined>
  /** Names from credits with role `source`, and whether the credit is a release's issuer line (`SOURCE Acme`). */
  credits: Array<{name: string; issuer: boolean}>
}

/**
 * Collect attributions, quotes, sentence texts and source credits in order.
 *
 * A plain recursive function over one record rather than a closure made per
 * document, and the parent of each sentence in an array rather than a map:
 * the walk visits every node but text, for every document.
 *
 * @param collected
 *   What is found so far (filled).
 * @param node
 *   Node to walk.
 * @param parent
 *   Its parent.
 * @param sentence
 *   Index of the sentence it is in, or `-1`.
 * @returns
 *   Nothing.
 */
function collect(collected: Collected, node: Nodes, parent: Parents | undefined, sentence: number): undefined {
  const type = node.type
  if (type === 'attribution' && parent) {
    collected.found.push({node, parent, sentence})
    return undefined
  }

  if (type === 'quote') {
    collected.quotes.push({node, sentence, paragraph: sentence >= 0 ? collected.paragraphs[sentence] : undefined})
  }

  if (type === 'credit' && node.role === 'source') {
    const issuer = textOf(node).startsWith('SOURCE ')
    for (const name of node.names) if (name.trim()) collected.credits.push({name: name.trim(), issuer})
    return undefined
  }

  if (type === 'sources') return undefined
  let here = sentence
  if (type === 'sentence' || type === 'heading' || type === 'title' || type === 'subtitle') {
    here = collected.sentences.length
    collected.sentences.push(node)
    collected.paragraphs.push(parent)
  }

  // A read of `children` rather than an `in` test: nodes come in many
  // shapes, and a property read is the cheaper look-up on such.
  const children = (node as {children?: Nodes[]}).children
  if (children !== undefined) {
    // Text nodes are most of the tree and hold nothing to collect.
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type !== 'text') collect(collected, child, node as Parents, here)
    }
  }

  return undefined
}

/**
 * Replace attributions that refer to nothing clear by their text, merging
 * that text with the text next to it so that each sentence stays as the
 * reader made it.
 *
 * One pass over the children of each parent, however many attributions it
 * loses (`he said, he said, …` in one sentence made a search and a splice
 * per attribution, quadratic).
 *
 * @param removed
 *   Attributions and their parents, in document order.
 * @returns
 *   Nothing.
 */
function unwrapAll(removed: readonly Found[]): undefined {
  const byParent = new Map<Parents, Set<Nodes>>()
  for (const item of removed) {
    let nodes = byParent.get(item.parent)
    if (nodes === undefined) {
      nodes = new Set()
      byParent.set(item.parent, nodes)
    }

    nodes.add(item.node)
  }

  for (const [parent, nodes] of byParent) {
    const children = parent.children as Nodes[]
    const result: Nodes[] = []
    // Whether the last child kept is a text node next to unwrapped text,
    // which a following text node joins.
    let joined = false
    for (const child of children) {
      if (nodes.has(child)) {
        for (const text of (child as Attribution).children) {
          pushText(result, text)
          joined = true
        }

        continue
      }

      if (child.type === 'text' && joined) {
        pushText(result, child)
        joined = false
        continue
      }

      result.push(child)
      joined = false
    }

    // In place: the reader's array stays the parent's.
    children.length = result.length
    for (let index = 0; index < result.length; index++) children[index] = result[index]!
  }

  return undefined
}

/**
 * Add a text node to a list of children, joined to the text node before it
 * when there is one.
 *
 * @param result
 *   Children so far (changed).
 * @param text
 *   Text node.
 * @returns
 *   Nothing.
 */
function pushText(result: Nodes[], text: Text): undefined {
  const before = result[result.length - 1]
  if (before && before.type === 'text') {
    before.value += text.value
    if (before.position && text.position) before.position = {start: before.position.start, end: text.position.end}
  } else {
    result.push(text)
  }

  return undefined
}

/**
 * The attribution nearest to a quote: the first one that overlaps it, else
 * the nearer of the last one before it and the first one after it (the one
 * before on a tie).
 *
 * Attributions of a sentence come in document order and do not overlap, so
 * their ends rise with their starts and a binary search finds the place: a
 * sentence with many quotes and many attributions (a run-on line of
 * scraped text) costs `q log a`, not `q × a`.
 *
 * @param quote
 *   Quote.
 * @param candidates
 *   Attributions in the same sentence, in document order.
 * @returns
 *   Nearest one.
 */
function nearestTo(quote: Quote, candidates: readonly Attribution[]): Attribution | undefined {
  const start = quote.position?.start.offset
  const end = quote.position?.end.offset
  if (start === undefined || end === undefined) return candidates[0]
  // First attribution that ends after the quote starts.
  let low = 0
  let high = candidates.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (endOf(candidates[middle]!) > start) high = middle
    else low = middle + 1
  }

  const after = candidates[low]
  const before = candidates[low - 1]
  if (after && startOf(after) < end) return after
  if (!after) return before
  if (!before) return after
  return start - endOf(before) <= startOf(after) - end ? before : after
}

/**
 * Start offset of an attribution.
 *
 * @param node
 *   Attribution.
 * @returns
 *   Offset (0 when it has no position).
 */
function startOf(node: Attribution): number {
  return node.position?.start.offset ?? 0
}

/**
 * End offset of an attribution.
 *
 * @param node
 *   Attribution.
 * @returns
 *   Offset (0 when it has no position).
 */
function endOf(node: Attribution): number {
  return node.position?.end.offset ?? 0
}

/**
 * Plain text of a node.
 *
 * @param node
 *   Node.
 * @returns
 *   Text.
 */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) {
    const children = node.children as Nodes[]
    // Most nodes asked about hold one text node: its value, no string built.
    if (children.length === 1) return textOf(children[0]!)
    let text = ''
    for (let index = 0; index < children.length; index++) text += textOf(children[index]!)
    return text
  }

  return ''
}

/**
 * A name without determiner, honorific or possessive, on one line.
 *
 * @param name
 *   Name.
 * @returns
 *   Clean name.
 */
function stripName(name: string): string {
  const facts = factsOf(name)
  return (facts.stripped ??= stripNameUncached(name))
}

/** What is known of a name so far: each part made on first use. */
interface NameFacts {
  /** The name stripped ({@link stripName}). */
  stripped: string | undefined
  /** Its key ({@link keyOf}). */
  key: string | undefined
  /** Its head ({@link headOf}). */
  head: string | undefined
}

/**
 * Names already stripped, keyed and headed: a source's name is compared
 * again for every mention. One map for the three, so that a name is looked
 * up once rather than once for each.
 */
const names_ = new Map<string, NameFacts>()

/**
 * The facts known of a name, made empty on first use; forgetting every name
 * when the map is full, so that memory stays bounded over many documents.
 *
 * @param name
 *   Name.
 * @returns
 *   Its facts.
 */
function factsOf(name: string): NameFacts {
  let facts = names_.get(name)
  if (facts === undefined) {
    if (names_.size >= 4096) names_.clear()
    facts = {stripped: undefined, key: undefined, head: undefined}
    names_.set(name, facts)
  }

  return facts
}

/**
 * {@link stripName} without the cache.
 *
 * @param name
 *   Name.
 * @returns
 *   Clean name.
 */
export function stripNameUncached(name: string): string {
  // Fast path: most names are words joined by single spaces, so the clean
  // name is what follows the leading determiners and honorifics (the last
  // word stays), found without splitting and joining (which was much of the
  // cost of a new name).
  if (isSingleSpaced(name)) {
    let start = 0
    let gap = name.indexOf(' ')
    while (gap !== -1) {
      const first = name.slice(start, gap).toLowerCase()
      if (!determiners.has(first) && !honorifics.has(first)) break
      start = gap + 1
      gap = name.indexOf(' ', start)
    }

    return start === 0 ? name : name.slice(start)
  }

  const words = name.replaceAll(/\s+/g, ' ').trim().split(' ')
  while (words.length > 1 && (determiners.has((words[0] ?? '').toLowerCase()) || honorifics.has((words[0] ?? '').toLowerCase()))) words.shift()
  return words.join(' ')
}

/**
 * A key to compare names: lower case, letters and digits only.
 *
 * @param name
 *   Name.
 * @returns
 *   Key.
 */
function keyOf(name: string): string {
  const facts = factsOf(name)
  if (facts.key === undefined) {
    facts.stripped ??= stripNameUncached(name)
    facts.key = keyOfStripped(withoutRank(facts.stripped))
  }

  return facts.key
}

/**
 * {@link keyOf} without the cache.
 *
 * @param name
 *   Name.
 * @returns
 *   Key.
 */
export function keyOfUncached(name: string): string {
  return keyOfStripped(withoutRank(stripName(name)))
}

/** Endings that make a people's adjective of a country's name (`Kazakh` → `Kazakhstan`, `Russia` → `Russian`). */
const placeEndings: ReadonlySet<string> = new Set(['n', 'an', 'ian', 'ese', 'i', 'stan', 'istan'])

/**
 * Whether two names differ only in their first word, a country's name
 * (possessive or not) in one and its people's adjective in the other, the
 * shorter a prefix of the longer by one of {@link placeEndings}
 * (`Kazakhstan's Foreign Ministry`, `Kazakh Foreign Ministry`).
 *
 * @param a
 *   A name.
 * @param b
 *   Another name.
 * @returns
 *   Whether they do.
 */
function placeVariants(a: string, b: string): boolean {
  const aGap = a.indexOf(' ')
  const bGap = b.indexOf(' ')
  if (aGap < 3 || bGap < 3 || keyOf(a.slice(aGap + 1)) !== keyOf(b.slice(bGap + 1))) return false
  const aFirst = withoutPossessive(a.slice(0, aGap))
  const bFirst = withoutPossessive(b.slice(0, bGap))
  if (aFirst === bFirst || !startsCapital.test(aFirst) || !startsCapital.test(bFirst)) return false
  const [short, long] = aFirst.length < bFirst.length ? [aFirst, bFirst] : [bFirst, aFirst]
  return short.length >= 4 && long.startsWith(short) && placeEndings.has(long.slice(short.length))
}

/**
 * A word without a possessive ending (`Fjordland's` → `Fjordland`).
 *
 * @param word
 *   Word.
 * @returns
 *   Word without it.
 */
function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word
}

/**
 * A stripped name without a title of rank before a full name, so that
 * `Sir John Roe` and `John Roe` share a key; the name shown keeps it. Not
 * before a surname alone: `Lord Roe` is how he is named.
 *
 * @param stripped
 *   Name, stripped.
 * @returns
 *   Name without the title.
 */
function withoutRank(stripped: string): string {
  const gap = stripped.indexOf(' ')
  if (gap === -1 || !nameTitles.has(stripped.slice(0, gap).toLowerCase()) || !stripped.includes(' ', gap + 1)) return stripped
  return stripped.slice(gap + 1)
}

/**
 * {@link keyOf} of a name already stripped.
 *
 * @param stripped
 *   Name, stripped.
 * @returns
 *   Key.
 */
function keyOfStripped(stripped: string): string {
  // Fast path: a name of ASCII letters and digits joined by single spaces
  // has no `’`, possessive or other character to drop: its key is its lower
  // case.
  if (isPlainName(stripped)) return stripped.toLowerCase()
  // Names of ASCII and `’` (`U.S. officials`, `Berlin’s courts`): by
  // character codes, not three replacements with patterns.
  const fast = asciiKey(stripped)
  if (fast !== undefined) return fast
  return stripped
    .toLowerCase()
    .replaceAll('’', "'")
    .replaceAll(/'s\b/g, '')
    .replaceAll(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The head word of a name: the last word before a preposition.
 *
 * @param name
 *   Name.
 * @returns
 *   Lower-case head.
 */
function headOf(name: string): string {
  const facts = factsOf(name)
  return (facts.head ??= headOfUncached(name))
}

/**
 * {@link headOf} without the cache.
 *
 * @param name
 *   Name.
 * @returns
 *   Lower-case head.
 */
export function headOfUncached(name: string): string {
  let head: string
  if (isSingleSpaced(name)) {
    // Fast path: find the head's word in the name as written and lower-case
    // only that word, without splitting (a word's lower case does not depend
    // on the words around it when spaces separate them).
    let start = name.lastIndexOf(' ') + 1
    let end = name.length
    let previous = 0
    let gap = name.indexOf(' ')
    while (gap !== -1) {
      const next = name.indexOf(' ', gap + 1)
      if (isHeadBreak(name, gap + 1, next === -1 ? name.length : next)) {
        start = previous
        end = gap
        break
      }

      previous = gap + 1
      gap = next
    }

    head = name.slice(start, end).toLowerCase()
    if (head.includes('’')) head = head.replaceAll('’', "'")
  } else {
    let lower = name.toLowerCase()
    if (lower.includes('’')) lower = lower.replaceAll('’', "'")
    const words = lower.split(/\s+/)
    head = words[words.length - 1] ?? ''
    for (let at = 1; at < words.length; at++) {
      const word = words[at]
      if (word === 'of' || word === 'in' || word === 'with' || word === 'for' || word === 'at' || word === 'from' || word === 'familiar' || word === 'on') {
        head = words[at - 1] ?? head
        break
      }
    }
  }

  // `head.replace(/'s$/, '').replace(/\.$/, '')` without the patterns.
  if (head.endsWith("'s")) head = head.slice(0, -2)
  return head.endsWith('.') ? head.slice(0, -1) : head
}

/** Words after which a name's head is the word before (`minister of …`). */
const headBreaks = ['of', 'in', 'with', 'for', 'at', 'from', 'familiar', 'on']

/**
 * Whether a word of a name, in any case, is one that ends its head
 * (`of`, `in`, `with`, `for`, `at`, `from`, `familiar`, `on`): compared by
 * character codes with ASCII capitals folded (no other character lower-cases
 * to the ASCII letters of these words).
 *
 * @param name
 *   Name.
 * @param start
 *   Start of the word.
 * @param end
 *   End of the word (exclusive).
 * @returns
 *   Whether it is.
 */
function isHeadBreak(name: string, start: number, end: number): boolean {
  const length = end - start
  if (length !== 2 && length !== 3 && length !== 4 && length !== 8) return false
  for (const word of headBreaks) {
    if (word.length !== length) continue
    let index = 0
    while (index < length) {
      let code = name.charCodeAt(start + index)
      if (code >= 65 && code <= 90) code += 32
      if (code !== word.charCodeAt(index)) break
      index++
    }

    if (index === length) return true
  }

  return false
}

/**
 * Whether two heads are the same noun (`banker`, `bankers`).
 *
 * @param a
 *   Head.
 * @param b
 *   Head.
 * @returns
 *   Whether they match.
 */
function sameHead(a: string, b: string): boolean {
  return a === b || a + 's' === b || b + 's' === a || (a === 'person' && b === 'people') || (a === 'people' && b === 'person')
}


/**
 * Whether one anonymous name is a whole-word end of the other (`analysts`,
 * `political analysts`), by their keys.
 *
 * @param x
 *   Key of one name.
 * @param y
 *   Key of the other.
 * @returns
 *   Whether they are the same group.
 */
function isSuffixPhrase(x: string, y: string): boolean {
  return x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x)
}

/**
 * Whether a key can be a word of another key: not empty, no space.
 *
 * @param key
 *   Key.
 * @returns
 *   Whether it can.
 */
function isKeyWord(key: string): boolean {
  return key !== '' && !key.includes(' ')
}

/**
 * Whether a multi-word name starts or ends with a single word (`Chen
 * Guiqiu`, `Chen`; `Vladimir Putin`, `Putin`).
 *
 * @param full
 *   Key of the longer name.
 * @param name
 *   Longer name.
 * @param key
 *   Key of the word.
 * @returns
 *   Whether it does.
 */
function sharesEnd(full: string, name: string, key: string): boolean {
  // The key of the word is the last or first word of the name's key (a key
  // with a space is no word of it): compared in place, before the name's
  // words are split, since most names asked about share nothing.
  if (!isKeyWord(key)) return false
  const gap = full.length - key.length - 1
  const atEnd = gap >= 0 && full.charCodeAt(gap) === 32 && full.endsWith(key)
  const atStart = !atEnd && gap >= 0 && full.charCodeAt(key.length) === 32 && full.startsWith(key)
  if (!atEnd && !atStart) return false
  // Only a proper name: not `office of President Jane Doe`.
  return !name.split(' ').some((part) => part === part.toLowerCase() && !startsNonLetter.test(part))
}

/**
 * The leading capitalised words of a name whose initials are an acronym
 * (`National Audit Office` in `National Audit Office report` for `NAO`).
 * A word in capitals gives all its letters when the acronym goes on with
 * them (`AI Security Institute` for `AISI`), and an owner before the name
 * is passed over (`Fjordland’s Sea Safety Board` for `SSB`).
 *
 * @param name
 *   Name.
 * @param acronym
 *   Acronym.
 * @returns
 *   Those words, or `undefined`.
 */
function initialsRun(name: string, acronym: string): string | undefined {
  const words = name.split(' ')
  let initials = ''
  let start = 0
  for (const [at, word] of words.entries()) {
    const first = word.charAt(0)
    if (first !== first.toUpperCase() || first === first.toLowerCase()) {
      if (word === 'of' || word === 'and' || word === 'for' || word === 'the') continue
      return undefined
    }

    if (at === 0 && words.length > 2 && isOwner(word)) {
      start = 1
      continue
    }

    initials += word.length > 1 && word.length <= 4 && word === word.toUpperCase() && acronym.startsWith(initials + word) ? word : first
    if (initials === acronym) return at > start ? words.slice(0, at + 1).join(' ') : undefined
    if (initials.length >= acronym.length) return undefined
  }

  return undefined
}

/**
 * Whether a word is a possessive owner (`Fjordland’s`, `UK's`).
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it is.
 */
function isOwner(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('’s')
}

/**
 * Whether a capitalised description is only a title (`The Azerbaijani
 * Foreign Minister`), so it refers back.
 *
 * @param name
 *   Name without determiner.
 * @returns
 *   Whether every capitalised word is a title, organisation or adjective of
 *   place.
 */
function titleOnlyRole(name: string): boolean {
  const head = headOf(name)
  return roleWords.has(head) || anonymousHeads.has(head)
}

/**
 * How many letters of a qualifier a role must share to be of the same
 * place (`Azerb` of `Azerbaijani` in `President of Azerbaijan`).
 */
const qualifierStem = 5

/**
 * Whether a name is a role with one or two words before it, the first
 * capitalised and the others not (`Azerbaijani president`, `Russian
 * presidential spokesman`, `Kremlin spokesman`), but for a role written in
 * capitals (`Fjordish PM`).
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it is.
 */
function isQualifiedRole(name: string): boolean {
  const words = name.split(' ')
  if (words.length < 2 || words.length > 3 || !startsCapital.test(words[0]!)) return false
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!
    // A role written as capitals (`Fjordish PM`, `Acme CEO`) is a role still.
    if (startsCapital.test(word) && !(word === word.toUpperCase() && roleWords.has(word.toLowerCase()))) return false
  }

  return true
}

/** Words for an outlet's reporter, after the outlet's name. */
const reporterWords: ReadonlySet<string> = new Set(['correspondent', 'correspondents', 'reporter', 'reporters'])

/**
 * The outlet of a reporter named by the outlet alone (`Fjord Times
 * correspondent` → `Fjord Times`): capitalised words, then a reporter word.
 *
 * @param name
 *   Name.
 * @returns
 *   The outlet's name, if it is one.
 */
function reporterOutlet(name: string): string | undefined {
  const space = name.lastIndexOf(' ')
  if (space < 1 || !reporterWords.has(name.slice(space + 1))) return undefined
  const outlet = name.slice(0, space)
  const words = outlet.split(' ')
  if (words.length > 4) return undefined
  for (const word of words) if (!startsCapital.test(word)) return undefined
  const known = knownKind(outlet)
  return known === undefined || known === 'outlet' ? outlet : undefined
}

/**
 * Whether a name is an office of a capitalised place and nothing more
 * (`President of Fjordland`, `Prime Minister of the Republic of Fjordland`):
 * a role word, `of`, then capitalised words (`the` and `of` between them).
 * Single spaces only, as names come from the text's tokens.
 *
 * @param name
 *   Name.
 * @returns
 *   Whether it is.
 */
function isOfficeOfPlace(name: string): boolean {
  const words = name.split(' ')
  const of = words.indexOf('of')
  if (of < 1 || of > 2 || words.length - of < 2 || words.length > 8) return false
  if (!roleWords.has(words[of - 1]!.toLowerCase())) return false
  for (let index = 0; index < of; index++) if (!startsCapital.test(words[index]!)) return false
  for (let index = of + 1; index < words.length; index++) {
    const word = words[index]!
    if (word !== 'the' && word !== 'of' && !startsCapital.test(word)) return false
  }

  return startsCapital.test(words[words.length - 1]!)
}

/**
 * Guess the kind of a name met without a cue (credits, expansions).
 *
 * @param name
 *   Name.
 * @param fallback
 *   Kind to use when nothing tells.
 * @returns
 *   Kind.
 */
function kindOfName(name: string, fallback: SourceKind): SourceKind {
  const words = name.toLowerCase().split(/\s+/)
  if (words.some((word) => organizationWords.has(word))) return 'organization'
  if (words.some((word) => outletWords.has(word))) return 'outlet'
  return fallback
}

/**
 * Kind of a source named in a source credit. When neither the name nor its
 * words tell, a `Source:` line under an article names where the text came
 * from, an outlet (`Source: UzA`), and a release's `SOURCE` line names its
 * issuer, a company (`SOURCE Larkspur`).
 *
 * @param name
 *   Name.
 * @param issuer
 *   Whether the credit is a release's `SOURCE` line.
 * @returns
 *   Kind.
 */
function creditKind(name: string, issuer: boolean): SourceKind {
  return knownKind(name) ?? kindOfName(name, issuer ? 'organization' : 'outlet')
}
