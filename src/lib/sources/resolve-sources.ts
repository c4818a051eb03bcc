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
  organizationWords,
  outletHeads,
  outletWords,
  roleWords,
  shortForms
} from './constants-names.js'
import {readTextIndex, type TextIndex} from './index-text.js'
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
const genericOrganizations = new Set(['company', 'firm', 'group', 'telco', 'bank', 'business', 'carrier', 'lender', 'maker', 'retailer', 'insurer', 'broker'])
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
  const entries: Registry = {list: [], keys: new Map(), recent: []}
  const removed: Found[] = []

  for (const item of found) {
    const written = textOf(item.node)
    const span = spans.get(item.node) ?? {start: 0, end: written.length, name: written, cue: item.node.cue, kind: 'other'}
    const entry = resolveOne(entries, index, item, span, written)
    if (!entry) {
      removed.push(item)
      continue
    }

    link(entry, item.node, span)
    entries.recent.push(entry)
  }

  for (const name of credits) {
    const entry = byName(entries, name) ?? add(entries, name, creditKind(name), false)
    addAlias(entries, entry, name)
    entry.mentions++
    if (!entry.cues.includes('source')) entry.cues.push('source')
  }

  for (const item of removed) unwrap(item)

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
 * @param item
 *   The attribution.
 * @param span
 *   Its span.
 * @param written
 *   Its text as written.
 * @returns
 *   The source, or `undefined` when a pronoun or reference back is unclear.
 */
function resolveOne(entries: Registry, index: TextIndex, item: Found, span: AttributionSpan, written: string): Entry | undefined {
  // The first word, lower case (`lower.split(/\s+/)[0]` without the list),
  // made only when it can be a pronoun or determiner asked about below (at
  // most five characters; lower-casing never shortens a word).
  let gap = 0
  while (gap < written.length && !isPatternSpace(written.charCodeAt(gap))) gap++
  const firstWord = gap <= 5 ? written.slice(0, gap).toLowerCase() : ''

  if (span.pronoun) {
    if (firstWord === 'he' || firstWord === 'she') return last(entries, (entry) => entry.kind === 'person')
    if (firstWord === 'it') return last(entries, (entry) => entry.kind === 'document' || entry.kind === 'organization' || entry.kind === 'outlet')
    return last(entries, (entry) => entry.kind === 'anonymous' || entry.kind === 'organization')
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

  // References back: `the minister`, `the source`, `the document`.
  if (definite || (genericOrganizations.has(head) && isLowerCase(name.slice(name.lastIndexOf(' ') + 1)))) {
    const reference = resolveReference(entries, index, item, name, head, capitalised)
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

  const existing = byName(entries, name)
  if (existing) {
    improve(entries, existing, name, span.kind)
    return existing
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
      const entry = byName(entries, expansion) ?? add(entries, expansion, knownKind(expansion) ?? kindOfName(expansion, span.kind), false)
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
    const byRole = last(entries, (entry) => entry.kind === 'person' && entry.roles.some((role) => role.toLowerCase().split(/\s+/).includes(head)))
    if (byRole) return byRole
    const anonymous = last(entries, (entry) => entry.kind === 'anonymous' && sameHead(headOf(entry.name), head))
    if (anonymous) return anonymous
    const named = index.nameAfterRole(head)
    if (named) {
      const entry = byName(entries, named) ?? add(entries, named, 'person', false)
      return entry
    }

    return last(entries, (entry) => entry.kind === 'person')
  }

  if (genericOrganizations.has(head) || (organizationWords.has(head) && !capitalised)) {
    const earlier =
      last(entries, (entry) => entry.kind === 'organization' && entry.name.toLowerCase().split(' ').includes(head)) ??
      (genericOrganizations.has(head) ? last(entries, (entry) => entry.kind === 'organization') : undefined)
    return earlier ?? false
  }

  if (outletHeads.has(head) && !capitalised) {
    return last(entries, (entry) => entry.kind === 'outlet') ?? false
  }

  return false
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
  /** Names from credits with role `source`. */
  credits: string[]
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
    for (const name of node.names) if (name.trim()) collected.credits.push(name.trim())
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
 * Replace an attribution that refers to nothing clear by its text.
 *
 * @param item
 *   Attribution and parent.
 * @returns
 *   Nothing.
 */
function unwrap(item: Found): undefined {
  const children = item.parent.children as Nodes[]
  const at = children.indexOf(item.node)
  if (at === -1) return undefined
  const texts: Text[] = item.node.children
  children.splice(at, 1, ...texts)
  // Merge adjacent text nodes so the sentence stays as the reader made it.
  for (let index = Math.max(0, at - 1); index < Math.min(children.length - 1, at + texts.length); ) {
    const a = children[index]
    const b = children[index + 1]
    if (a && b && a.type === 'text' && b.type === 'text') {
      a.value += b.value
      if (a.position && b.position) a.position = {start: a.position.start, end: b.position.end}
      children.splice(index + 1, 1)
    } else {
      index++
    }
  }

  return undefined
}

/**
 * The attribution nearest to a quote.
 *
 * @param quote
 *   Quote.
 * @param candidates
 *   Attributions in the same sentence.
 * @returns
 *   Nearest one.
 */
function nearestTo(quote: Quote, candidates: readonly Attribution[]): Attribution | undefined {
  const start = quote.position?.start.offset
  const end = quote.position?.end.offset
  if (start === undefined || end === undefined) return candidates[0]
  let best: Attribution | undefined
  let distance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const from = candidate.position?.start.offset
    const to = candidate.position?.end.offset
    if (from === undefined || to === undefined) continue
    const gap = from >= end ? from - end : start >= to ? start - to : 0
    if (gap < distance) {
      distance = gap
      best = candidate
    }
  }

  return best ?? candidates[0]
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
    facts.key = keyOfStripped(facts.stripped)
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
  return keyOfStripped(stripName(name))
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
  for (const [at, word] of words.entries()) {
    const first = word.charAt(0)
    if (first !== first.toUpperCase() || first === first.toLowerCase()) {
      if (word === 'of' || word === 'and' || word === 'for' || word === 'the') continue
      return undefined
    }

    initials += first
    if (initials === acronym) return at > 0 ? words.slice(0, at + 1).join(' ') : undefined
    if (initials.length >= acronym.length) return undefined
  }

  return undefined
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
 * Kind of a source named in a `Source:` credit.
 *
 * @param name
 *   Name.
 * @returns
 *   Kind.
 */
function creditKind(name: string): SourceKind {
  return knownKind(name) ?? kindOfName(name, 'other')
}
