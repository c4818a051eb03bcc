/**
 * Find attributions in a sentence: where the text says who or what its
 * information comes from (`Jane Doe said`, `according to the ministry`,
 * `"…," said John Roe`).
 *
 * The sentence is tokenised once; only tokens that are cue words (looked up
 * in a `Set`) are examined, by the recognisers of {@link recognizers} in
 * order. Each recogniser reads a bounded window around its cue, so the work
 * is linear in the sentence's length.
 *
 * @module
 */

import type {AttributionSpan, RecognizeContext} from '../recognizer-types.js'
import {classifyPhrase, knownKind} from './classify-phrase.js'
import {
  auxiliaries,
  blockingBefore,
  citingAfterComma,
  conditionWords,
  controlVerbs,
  cueVerbs,
  currencySigns,
  finiteWords,
  clauseCues,
  clauseVerbs,
  findingVerbs,
  invertedCues,
  nounLike,
  notSpeechAfter,
  numberWords,
  objectVerbs,
  openers,
  participleCues,
  personalPhrasalCues,
  phrasalCues,
  possessives,
  prepositionCues,
  prepositionCueStarts,
  raisingInfinitives,
  statesModifiers,
  subjectKinds,
  thatNextVerbs
} from './constants-cues.js'
import {clauseWords, determiners, documentHeads, notNames, nounPrepositions, organizationWords, pronouns, roleWords, usStates} from './constants-names.js'
import {readBackward, readForward, skipAppositive, skipBack} from './read-phrase.js'
import {bare, TokenList, TokenStream, type Token, type WordToken} from './tokenize-words.js'

/** A sentence as the recognisers see it. */
export interface CueSentence {
  /** Sentence text. */
  text: string
  /** Its tokens. */
  tokens: WordToken[]
}

/** One way of writing an attribution. */
export interface CueRecognizer {
  /** What it recognises, for debugging and tests. */
  name: string
  /**
   * Whether it can find anything at a cue word: the dictionary its
   * {@link CueRecognizer.extract} looks the word up in first has it. Each
   * cue word is offered only to the recognisers that apply.
   *
   * @param word
   *   Cue word, lower case.
   * @returns
   *   Whether to try it.
   */
  appliesTo(word: string): boolean
  /**
   * Recognise an attribution whose cue is at `index`.
   *
   * @param sentence
   *   The sentence.
   * @param index
   *   Index of a cue token.
   * @returns
   *   Spans found, and the index of the last token the cue used; or
   *   `undefined` when this recogniser does not apply.
   */
  extract(sentence: CueSentence, index: number): {spans: AttributionSpan[]; next: number} | undefined
}








/**
 * Whether a sentence opener is an adverbial phrase's first word.
 *
 * @param word
 *   Lower-case word.
 * @returns
 *   Whether it is.
 */
function isOpener(word: string): boolean {
  return openers.has(word)
}

const closingQuotes = new Set(['"', '”', '’', "'", '»', '“'])

/** Dashes that may stand between a quote's comma and an inverted cue. */
const dashes = new Set(['-', '–', '—'])

/**
 * The phrases of {@link prepositionCues} by first word, longest first as
 * there.
 */
const prepositionsByStart = new Map<string, Array<{words: readonly string[]; cue: string}>>()
for (const phrase of prepositionCues) {
  const start = phrase.words[0] ?? ''
  const list = prepositionsByStart.get(start)
  if (list) list.push(phrase)
  else prepositionsByStart.set(start, [phrase])
}

/**
 * `according to X`, `citing X`, `with reference to X`, `quoted by X`: the
 * source follows a fixed phrase. First, because `quoted by` and `surveyed
 * by` contain verb forms that the verb recognisers would misread.
 */
const prepositionRecognizer: CueRecognizer = {
  name: 'preposition',
  appliesTo: (word) => prepositionsByStart.has(word),
  extract(sentence, index) {
    const {tokens, text} = sentence
    const phrases = prepositionsByStart.get(tokens[index]?.lower ?? '')
    if (phrases === undefined) return undefined
    // An index loop over the phrases that start with this word: iterating
    // `entries()` made an iterator and a pair per word, for every cue.
    for (const {words, cue} of phrases) {
      let matched = true
      for (let offset = 1; offset < words.length; offset++) {
        if (tokens[index + offset]?.lower !== words[offset]) {
          matched = false
          break
        }
      }

      if (!matched) continue
      const first = index + words.length
      const spans = readCoordinated(text, tokens, first, cue)
      if (spans.length === 0) return undefined
      return {spans, next: first}
    }

    return undefined
  }
}

/**
 * Adjectives that make a noun-like cue word a noun (`official report`,
 * `annual report`, `final statement`).
 */
const documentAdjectives = new Set(['official', 'annual', 'final', 'interim', 'quarterly', 'monthly', 'weekly', 'initial', 'internal', 'draft', 'preliminary', 'full'])

/** Generational suffixes after a name (`Jane Roe, Jr.`). */
const generations = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** Forms of `be` before a passive (`was quoted`, `is alleged`). */
const passiveBe = new Set(['was', 'were', 'is', 'are', 'been'])

/** Participles of hearsay before `to have said` (`is alleged to have said`). */
const hearsay = new Set(['alleged', 'reported', 'believed', 'understood', 'thought'])

/**
 * Adverbs set off by commas between a subject and its verb (`Jane Roe,
 * however, said`).
 */
const asides = new Set(['however', 'though', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'likewise', 'too', 'also', 'instead', 'therefore', 'later', 'earlier'])

/** Most emphasis marks skipped between an inverted verb and its subject. */
const maximumMarks = 64

/**
 * `"…," said Jane Doe`, `…, says BT, …`, `…, notes David Roe, a former
 * academic`: an inverted verb after a comma or a closing quote, with its
 * subject after it. Before the ordinary order, which would read the quote
 * as the subject.
 */
const invertedRecognizer: CueRecognizer = {
  name: 'inverted',
  appliesTo: (word) => invertedCues.has(word),
  extract(sentence, index) {
    const {tokens, text} = sentence
    const token = tokens[index]
    if (!token || !invertedCues.has(token.lower)) return undefined
    // `"…", – said Jane Roe.`: a dash after the quote and its comma, as in
    // copy translated from Russian or Georgian.
    const dashed = dashes.has(tokens[index - 1]?.value ?? '') && (tokens[index - 2]?.value === ',' || closingQuotes.has(tokens[index - 2]?.value ?? ''))
    const mark = dashed ? index - 2 : index - 1
    const before = tokens[mark]
    if (before && before.word) return undefined
    if (before && before.value !== ',' && !closingQuotes.has(before.value)) return undefined
    // `Jane Doe, a lawyer, warned the court would …`: the comma closes an
    // appositive after the subject, which comes first.
    if (before?.value === ',' && closesAppositive(tokens, mark)) return undefined
    // `The chair of the panel, the Labour senator Jane Roe, said the review
    // …`: a person named in apposition before the comma is the subject.
    if (before?.value === ',' && appositiveName(text, tokens, mark, token.lower)?.kind === 'person') return undefined
    if (raising(tokens, index)) return undefined
    // Skip emphasis marks of Markdown copy (`said **Jane Doe**`); a run of
    // more than a few dozen is no emphasis, and a bound keeps every read of
    // a recogniser within a fixed distance of its cue (see `reach`).
    let first = index + 1
    while (first - index <= maximumMarks && (tokens[first]?.value === '*' || tokens[first]?.value === '_')) first++
    let next = tokens[first]
    // `said he` is as good as `he said`; the subject must follow.
    if (!next || !next.word) return undefined
    // `…, said her experience helped`: a possessive opens the clause said;
    // `…, warned that firms would leave` a clause.
    if (possessives.has(next.lower) || next.lower === 'that') return undefined
    // `…, said on Friday Jane Doe`, `said to reporters Jane Doe`: a short
    // adverbial before the name (no pronoun: `said today he` is no order).
    const name = skipAdverbial(tokens, first)
    const skipped = name > first
    if (skipped) {
      first = name
      next = tokens[first]
      if (!next) return undefined
    }

    const spans = readCoordinated(text, tokens, first, token.lower)
    // `said Jawed, a street vendor`: a one-word name a person by its
    // appositive.
    const named = spans.length === 1 ? readForward(tokens, first) : -1
    if (named > first && tokens[named]?.value === ',') individualName(spans[0] as AttributionSpan, tokens, named + 1)
    // `said a resident named Tawab`: the name after the description.
    const person = named > first && spans[0]?.kind === 'anonymous' && !spans[0].pronoun ? nameAfterNamed(text, tokens, named, token.lower) : undefined
    if (person) spans.splice(0, 1, person)
    const allowed = subjectKinds[cueVerbs.get(token.lower) ?? 'any']
    const kept: AttributionSpan[] = []
    for (const span of spans) if ((allowed.has(span.kind) || span.pronoun) && !(skipped && span.pronoun)) kept.push(span)
    // `"…?" asked Jane Doe.`: a question's asker is followed by a mark;
    // `…, asked Jane Doe to serve` is a request.
    if (askVerbs.has(token.lower) && kept.length > 0 && tokens[readForward(tokens, first)]?.word === true) return undefined
    if (kept.length === 0) return undefined
    return {spans: kept, next: first}
  }
}

/**
 * `Jane Doe said`, `the ministry's press service reported`, `Jane Doe, a
 * lawyer, told`, `the report, which says`, `the ministry reacted … and
 * said`: the ordinary order, subject before the verb.
 */
const subjectRecognizer: CueRecognizer = {
  name: 'subject',
  appliesTo: (word) => cueVerbs.has(word) || phrasalCues.has(word),
  extract(sentence, index) {
    const {tokens, text} = sentence
    const token = tokens[index]
    if (!token) return undefined
    // `made clear`, `pointed out`: the cue is two words.
    const next = tokens[index + 1]?.lower
    const particle = next === undefined ? undefined : phrasalCues.get(token.lower)?.find((word) => word === next)
    const phrasal = particle !== undefined
    const cue = phrasal ? token.lower + ' ' + particle : token.lower
    const subjects = phrasal ? 'any' : cueVerbs.get(token.lower)
    if (!subjects) return undefined
    const previous = tokens[index - 1]
    if (previous && blockingBefore.has(previous.lower)) return undefined
    // `the bloc's member states`, `the Gulf states said`: a noun.
    if (token.lower === 'states' && previous && statesModifiers.has(previous.lower)) return undefined
    const following = tokens[index + 1]
    // `the minister's alleged remarks`, `their stated aim`: a participle
    // after a possessive and before a noun is an adjective (but `the
    // firm's said it will` is `has said`).
    if (previous && token.lower.endsWith('ed') && (possessives.has(previous.lower) || previous.lower.endsWith("'s")) && following?.word && !following.cap && following.lower !== 'that' && !pronouns.has(following.lower)) return undefined
    if (following && notSpeechAfter.get(token.lower)?.has(following.lower) && !citesAfter(tokens, index)) return undefined
    if ((clauseCues.has(token.lower) || thatNextVerbs.has(token.lower)) && following?.lower !== 'that') return undefined
    if (clauseVerbs.has(token.lower) && !thatWithin(tokens, index + 1) && !deniesStatement(tokens, index) && !informsAbout(tokens, index)) return undefined
    if (objectVerbs.has(token.lower) && takesObject(tokens, index + 1)) return undefined
    if (raising(tokens, index)) return undefined
    // A noun before a verb (`the commission report says`) or after a
    // possessive (`the firm's comments`, `for his comments`); but a verb
    // after a relative pronoun and a plural subject (`which critics claim
    // has failed`).
    if (nounLike.has(token.lower)) {
      if (previous && (previous.lower.endsWith("'s") || possessives.has(previous.lower))) return undefined
      // `Acme's official report gives`: after an adjective of documents the
      // word is a noun, unless a clause follows (`the annual report that`
      // is rare beside `the official notes that`).
      if (previous && !previous.cap && documentAdjectives.has(previous.lower) && following?.lower !== 'that') return undefined
      if (afterAccordingTo(tokens, index)) return undefined
      if (following && (cueVerbs.has(following.lower) || auxiliaries.has(following.lower)) && !relativeVerb(tokens, index)) return undefined
      // `the KSB state security service blamed`: a noun that starts a
      // compound before the clause's verb.
      if (compoundBeforeVerb(tokens, index + 1)) return undefined
    }

    // `said` as an adjective or participle (`the said agreement`, `a
    // reported case`) has a noun right after it and a determiner before.
    let last = skipOccasion(tokens, skipBack(tokens, index))
    // Whether an appositive says the subject is a body (`, a charity,`).
    let corporate = false
    // Whether it says the subject holds an office (`, head of the port
    // authority,`).
    let personal = false
    // The first token of an appositive that may describe a private person
    // (`Tawab, a Kabul resident, said`), or 0 when there is none.
    let individual = 0
    let lastToken = tokens[last]
    if (!lastToken) return undefined
    // `Jane Roe is alleged to have said that …`: the subject of the
    // passive before `to have` is the speaker.
    if (lastToken.lower === 'to' && tokens[index - 1]?.lower === 'have' && hearsay.has(tokens[last - 1]?.lower ?? '') && passiveBe.has(tokens[last - 2]?.lower ?? '')) {
      last = skipBack(tokens, last - 2)
      lastToken = tokens[last]
      if (!lastToken?.word || !(lastToken.cap || pronouns.has(lastToken.lower))) return undefined
    }

    if (blockingBefore.has(lastToken.lower) && lastToken.lower !== 'that' && lastToken.lower !== 'this') return undefined
    // `Acme Corp., Springfield, IL (NASDAQ: ACME) announced`: the firm
    // before its town and state.
    const placed = firmBeforePlace(tokens, last)
    if (placed >= 0) {
      // A ticker after the state says the name is a listed firm's.
      corporate = hasTicker(tokens, last + 1, index)
      last = placed
      lastToken = tokens[last]
      if (!lastToken) return undefined
    }

    // A pronoun (`he said`, `It said`).
    if (pronouns.has(lastToken.lower)) {
      if (hypothetical(tokens, last)) return undefined
      // In a relative clause (`a complaint, which they say …`) a plural
      // pronoun refers to the sentence's subject.
      const relative = tokens[last - 1]?.lower
      if (lastToken.lower === 'they' && (relative === 'which' || relative === 'that')) {
        const subject = sentenceSubject(text, tokens, last - 1, cue)
        if (subject && (subject.kind === 'organization' || subject.kind === 'anonymous')) return {spans: [subject], next: index}
      }

      const span = classifyPhrase(text, tokens, last, last + 1, cue)
      return span ? {spans: [span], next: index} : undefined
    }

    // `Jane Roe, a researcher at the firm, however, said`: a parenthetical
    // adverb set off by commas is no appositive; the comma before it is the
    // one that closes the subject (or its appositive).
    let aside = false
    if (lastToken.value === ',' && tokens[last - 2]?.value === ',' && asides.has(tokens[last - 1]?.lower ?? '') && tokens[last - 1]?.cap === false) {
      last -= 2
      aside = true
    }

    if (lastToken.value === ',') {
      // `Jane Roe, CFO, Acme, said`: the person before her titles.
      const listed = titledList(text, tokens, last, cue)
      if (listed) return {spans: listed, next: index}
      // A name in apposition (`The company's chief, Jane Doe, said`).
      const named = appositiveName(text, tokens, last, cue) ?? exemplar(text, tokens, last, cue)
      if (named) return {spans: [named], next: index}
      const comma = last
      last = skipAppositive(tokens, last)
      // `Jane Roe, however, said`: no appositive, the subject ends before
      // the aside.
      if (last < 0 && aside) last = comma - 1
      // The appositive's first word, after its comma.
      const appositive = last + 2
      // `Acme (Nasdaq: ACME), a maker of gears, announced`: a ticker or
      // other bracket between the name and its appositive.
      last = skipBrackets(tokens, last)
      lastToken = tokens[last]
      if (!lastToken) return undefined
      // A stock ticker says the name is a listed firm's (`Fjord AI (OTCQB:
      // FJRD), a leader in harbour software,`).
      corporate = describesBody(tokens, appositive, comma) || hasTicker(tokens, last + 1, appositive - 1)
      personal = !corporate && describesPerson(tokens, appositive, comma)
      if (!corporate) individual = appositive
    } else if ((lastToken.lower === 'which' || lastToken.lower === 'who') && tokens[last - 1]?.value === ',') {
      last -= 2
      lastToken = tokens[last]
      if (!lastToken) return undefined
    } else if (lastToken.lower === 'and' && !lastToken.cap) {
      const span = clauseSubject(text, tokens, last, cue)
      return span ? {spans: [span], next: index} : undefined
    }

    if (!lastToken.word) return undefined
    let first = readBackward(tokens, last)
    if (first < 0) return undefined
    // `one of the people said`, `said in a research note`: a subject starts
    // after a preposition the reader crossed, never with it.
    for (;;) {
      if (first < last && isPreposition(tokens[first])) first++
      else if (first + 1 < last && determiners.has(tokens[first]?.lower ?? '') && isPreposition(tokens[first + 1])) first += 2
      else break
    }
    // `Acme Widgets, Inc., a maker of gears, announced`: a legal suffix set
    // off by a comma is the end of the name before it, not a name.
    const legal = legalNameStart(tokens, first, last)
    if (legal >= 0) {
      first = legal
      last -= 2
    } else if (first === last && tokens[first - 1]?.value === ',' && tokens[first - 2]?.cap && generations.has(bare(tokens[first] as WordToken))) {
      // `Secretary Jane Roe, Jr. said`: a generational suffix set off by a
      // comma ends the name before it, and is no name of its own.
      const start = readBackward(tokens, first - 2)
      if (start < 0) return undefined
      last = first - 2
      first = start
    }

    // `ICIJ uncovered corporate records showing that …`: the records are
    // the object of the verb before them, and only they are the source.
    if (clauseCues.has(token.lower)) first = objectStart(tokens, first, last)
    // `Jane Roe, CFO, Acme said`, `Jane Roe and John Doe, co-CEOs of Acme
    // said`: the people before their titles, not the firm.
    if (tokens[first - 1]?.value === ',') {
      const listed = titledList(text, tokens, last + 1, cue)
      if (listed) return {spans: listed, next: index}
    }

    // `Commenting on it, Jane Roe, CEO of Acme said`, `Jane Roe, head of
    // the port police, Oslo said`: the person before her title, not the
    // title or the place after it.
    if (tokens[first - 1]?.value === ',') {
      const person = personBeforeTitle(text, tokens, first, last, cue)
      if (person) return {spans: [person], next: index}
    }

    // A noun, not a verb: `a New Year's Eve tweet`, `a study finds` — unless
    // a clause follows (`a correspondent reports that …`).
    if (nounLike.has(token.lower) && following?.lower !== 'that' && (tokens[first]?.lower === 'a' || tokens[first]?.lower === 'an')) return undefined
    if (hypothetical(tokens, first)) return undefined
    const span = classifyPhrase(text, tokens, first, last + 1, cue) ?? reducedRelative(text, tokens, first, last, cue) ?? (legal >= 0 ? legalName(text, tokens, first, last, cue) : undefined)
    // `Jane Roe, Chairman and CEO stated`: the person before a title that
    // reads back only to `CEO`.
    if ((!span || (span.kind === 'anonymous' && !span.pronoun)) && tokens[first - 1]?.word) {
      const person = personBeforeJoinedTitle(text, tokens, first, last, cue)
      if (person) return {spans: [person], next: index}
    }

    if (!span) return undefined
    // A name with a legal form is a company's, whatever its shape.
    if ((legal >= 0 || corporate) && span.kind === 'person') span.kind = 'organization'
    // A two-word name with `reported` is guessed an outlet (`Fjord Times
    // reported`), but not one whose appositive gives an office (`Jane Roe,
    // head of the port authority, reported`).
    if (personal && span.kind === 'outlet' && !span.role && !knownKind(span.name) && span.name.includes(' ')) span.kind = 'person'
    // `Fjord Airlines' Kent Powell reported`: a name owned by a body is a
    // person who speaks for it.
    if (span.kind === 'outlet' && !span.role && !knownKind(span.name) && span.name.includes(' ') && pluralOwner(tokens, first)) span.kind = 'person'
    if (individual > 0) individualName(span, tokens, individual)
    if (!subjectKinds[subjects].has(span.kind) && !span.pronoun) return undefined
    // `Mr. Roe pointed to the risks`; not `the data points to a slowdown`
    // nor `he pointed to the door`.
    if (personalPhrasalCues.has(cue) && (span.kind !== 'person' || span.pronoun)) return undefined
    // `police found the car`: an institution finds or shows something as
    // a report only with a clause (`the agency found that …`).
    // But `…, Kestrel found.`: a finding verb that ends the sentence after a
    // comma and its subject reports the clause before (not an opening
    // phrase: `After a search, police found.`).
    if (findingVerbs.has(token.lower) && span.kind !== 'document' && following?.lower !== 'that' && !(tokens[first - 1]?.value === ',' && (following === undefined || stops.has(following.value)) && !isOpener(tokens[0]?.lower ?? ''))) return undefined
    if (span.pronoun && subjects !== 'any' && span.kind === 'person') return undefined
    // `Jane Doe and John Roe said`: two named subjects.
    const and = tokens[first - 1]
    const other = tokens[first - 2]
    if (and?.lower === 'and' && other?.cap && !span.pronoun && span.kind !== 'anonymous' && span.kind !== 'document') {
      let otherFirst = readBackward(tokens, first - 2)
      let otherEnd = first - 1
      // `Lotus Drugs Co., Ltd. and Acme said`.
      const otherLegal = otherFirst >= 0 ? legalNameStart(tokens, otherFirst, first - 2) : -1
      if (otherLegal >= 0) {
        otherFirst = otherLegal
        otherEnd -= 2
      }

      const otherSpan = otherFirst >= 0 ? classifyPhrase(text, tokens, otherFirst, otherEnd, cue) ?? (otherLegal >= 0 ? legalName(text, tokens, otherFirst, otherEnd - 1, cue) : undefined) : undefined
      if (otherSpan && otherLegal >= 0 && otherSpan.kind === 'person') otherSpan.kind = 'organization'
      if (otherSpan && !otherSpan.pronoun && (otherSpan.kind === 'person' || otherSpan.kind === 'organization' || otherSpan.kind === 'outlet')) {
        const listed = otherSpan.kind === 'organization' ? listedBodies(text, tokens, otherFirst, cue) : []
        return {spans: [...listed, otherSpan, span], next: index}
      }
    }

    // `Shareholders and analysts say`: two groups of people, both sources.
    if (and?.lower === 'and' && !and.cap && span.kind === 'anonymous' && !span.pronoun && isPlural(tokens[last])) {
      const group = groupBefore(text, tokens, first - 2, cue)
      if (group) return {spans: [group, span], next: index}
    }

    // `TASS quoted Jane Doe as saying`: the quoted person is a source too.
    if (token.lower === 'quoted' || token.lower === 'quotes' || token.lower === 'quote') {
      const end = readForward(tokens, index + 1)
      if (end > index + 1 && tokens[end]?.lower === 'as' && tokens[end + 1]?.lower === 'saying') {
        const quoted = classifyPhrase(text, tokens, index + 1, end, cue)
        if (quoted) return {spans: [span, quoted], next: end + 2}
      }
    }

    // `Kazinform cites the committee's website`, `the paper cited unnamed
    // officials`: what is cited is a source too, when it names one (`cited
    // weak demand` names none).
    if (token.lower === 'cites' || token.lower === 'cited' || token.lower === 'cite') {
      const end = readForward(tokens, index + 1)
      const cited = end > index + 1 ? classifyPhrase(text, tokens, index + 1, end, cue) : undefined
      if (cited && !cited.pronoun && cited.kind !== 'other') return {spans: [span, cited], next: end}
    }

    return {spans: [span], next: index}
  }
}

/** Most bracketed groups skipped by {@link skipBrackets}. */
const maximumBrackets = 2

/** Most tokens of one bracketed group skipped by {@link skipBrackets}. */
const maximumBracket = 12

/**
 * Skip back over one or two short bracketed groups that end at `last`
 * (`Acme (Nasdaq: ACME) ("Acme")`): a ticker or a defined alias after a
 * name, before its appositive.
 *
 * @param tokens
 *   Tokens.
 * @param last
 *   Index of a token that may close a group.
 * @returns
 *   Index of the last token before the groups, or `last` when none ends
 *   there.
 */
function skipBrackets(tokens: readonly WordToken[], last: number): number {
  let at = last
  for (let group = 0; group < maximumBrackets; group++) {
    if (tokens[at]?.value !== ')') break
    let open = at - 1
    while (open >= 0 && at - open <= maximumBracket && tokens[open]?.value !== '(') open--
    if (open < 1 || tokens[open]?.value !== '(' || at - open > maximumBracket) break
    at = open - 1
  }

  return at
}

/**
 * Whether a stretch of brackets holds a stock ticker: a colon and a word in
 * capitals after it (`(Nasdaq: ACME)`, `(OTCQB:FJRD)`).
 *
 * @param tokens
 *   Tokens.
 * @param from
 *   First token of the brackets.
 * @param to
 *   End (exclusive).
 * @returns
 *   Whether it does.
 */
function hasTicker(tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let index = from; index < to - 1; index++) {
    const after = tokens[index + 1]
    if (tokens[index]?.value === ':' && after?.word && after.value.length <= 6 && after.value === after.value.toUpperCase() && after.value.charCodeAt(0) >= 65 && after.value.charCodeAt(0) <= 90) return true
  }

  return false
}

/** Lower-case words inside titles and firms' names (`Co-CEOs of Acme`, `VP for Data Centers`). */
const titleJoins = new Set(['of', 'and', 'for', 'at', 'the', '&'])

/** Most tokens of a name with its titles before a cue. */
const maximumTitled = 24

/**
 * Read people named at the start of a sentence with their titles set off by
 * commas before the cue (`Jane Roe, CFO, Acme said`, `Jane Roe, VP, Data
 * Centers, Acme, said`, `Jane Roe and John Doe, co-CEOs of Acme said`):
 * each a full name, and the part after them holds a role word. Only from
 * the sentence's start and over capitalised words, so that a list (`Oslo,
 * Bergen, Acme said`) or a clause is never read as one.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param end
 *   End (exclusive) of the titles: the comma before the cue, or the cue.
 * @param cue
 *   Cue.
 * @returns
 *   Spans of the people, or `undefined`.
 */
function titledList(text: string, tokens: readonly WordToken[], end: number, cue: string): AttributionSpan[] | undefined {
  let at = end - 1
  let comma = -1
  let commas = 0
  while (at >= 0) {
    if (end - at > maximumTitled) return undefined
    const token = tokens[at]
    if (!token) return undefined
    if (token.value === ',') {
      if (++commas > 3) return undefined
      comma = at
    } else if (token.word ? !token.cap && !titleJoins.has(token.lower) : token.value !== '&') {
      return undefined
    }

    at--
  }

  if (comma < 2) return undefined
  // The part right after the names has a role (`CFO`, `co-CEOs of Acme`).
  let role = false
  for (let index = comma + 1; index < end && tokens[index]?.value !== ','; index++) {
    if (isRoleWord(tokens[index])) role = true
  }

  if (!role) return undefined
  const spans: AttributionSpan[] = []
  let start = 0
  for (let index = 0; index <= comma; index++) {
    const token = tokens[index]
    if (index < comma && !(token?.lower === 'and' && !token.cap)) continue
    if (index - start < 2) return undefined
    const span = classifyPhrase(text, tokens, start, index, cue)
    if (!span || span.kind !== 'person' || span.role !== undefined) return undefined
    spans.push(span)
    start = index + 1
  }

  return spans
}

/**
 * Whether a word is a role, in the singular or plural, with `co-` or not
 * (`CFO`, `Co-CEOs`, `Directors`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isRoleWord(token: WordToken | undefined): boolean {
  if (!token?.word) return false
  let word = bare(token)
  if (word.startsWith('co-')) word = word.slice(3)
  return roleWords.has(word) || (word.endsWith('s') && roleWords.has(word.slice(0, -1)))
}

/** Most words looked at for a title and for a name by {@link personBeforeTitle}. */
const maximumTitle = 12

/**
 * Whether a title comes among the first few words of a segment (`CEO of
 * Acme`, `acting special agent in charge of …`).
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the segment.
 * @param end
 *   End (exclusive) of the segment.
 * @returns
 *   Whether it does.
 */
function opensWithTitle(tokens: readonly WordToken[], first: number, end: number, capitals = false): boolean {
  for (let index = first; index < end && index < first + 4; index++) {
    const token = tokens[index]
    if (!token?.word) return false
    // `special agent in charge`: a title that is no role word alone.
    if (isRoleWord(token) || (token.lower === 'agent' && index > first)) return true
    if (token.cap && index > first && !capitals) return false
  }

  return false
}

/**
 * Read a person named before her title when both are set off by commas
 * and the phrase before the cue is the title (`…, Jane Roe, CEO of Acme
 * said`) or a place or firm after it (`Jane Roe, head of the port police,
 * Oslo said`). The name is two to four capitalised words after a comma or
 * at the sentence's start.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the phrase read back from the cue (after a comma).
 * @param last
 *   Its last token.
 * @param cue
 *   Cue.
 * @returns
 *   Span of the person, or `undefined`.
 */
function personBeforeTitle(text: string, tokens: readonly WordToken[], first: number, last: number, cue: string): AttributionSpan | undefined {
  let comma = first - 1
  if (!opensWithTitle(tokens, first, last + 1)) {
    // A place or firm after the title: capitalised words only.
    if (last - first > 3) return undefined
    for (let index = first; index <= last; index++) if (!tokens[index]?.cap) return undefined
    let start = comma - 1
    while (start >= 0 && comma - start <= maximumTitle && tokens[start]?.word) start--
    if (tokens[start]?.value !== ',' || !opensWithTitle(tokens, start + 1, comma)) return undefined
    comma = start
  }

  return personBeforeComma(text, tokens, comma, cue)
}

/**
 * Read a person named right before a comma: two to four capitalised words
 * after another comma or at the sentence's start, a person's name with no
 * role of its own. A generational suffix set off by commas after the name
 * (`Jane Roe, Jr., President`) is skipped.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma after the name.
 * @param cue
 *   Cue.
 * @returns
 *   Span of the person, or `undefined`.
 */
function personBeforeComma(text: string, tokens: readonly WordToken[], comma: number, cue: string): AttributionSpan | undefined {
  // `Jane Roe, Jr., President and CEO stated`: a generational suffix set
  // off by commas ends the name before it.
  const suffix = tokens[comma - 1]
  if (suffix?.cap && tokens[comma - 2]?.value === ',' && generations.has(bare(suffix))) comma -= 2
  let start = comma - 1
  while (start >= 0 && comma - start <= 5 && tokens[start]?.cap) start--
  if (comma - start < 3 || (start >= 0 && tokens[start]?.value !== ',')) return undefined
  const span = classifyPhrase(text, tokens, start + 1, comma, cue)
  return span?.kind === 'person' && !span.pronoun && span.role === undefined ? span : undefined
}

/**
 * Read a person named before a title of joined parts that runs up to the
 * cue with no comma before it (`Jane Roe, Chairman and CEO stated "…"`,
 * `Tom Berg, Area Sales Manager and a Harbour City native said, "…"`): the
 * words between the comma and the cue have no mark and open with a title
 * (capitalised words before the role word are part of it). Only for a
 * phrase before the cue that names nobody (`CEO`, `a Harbour City
 * native`), so that `Jane Roe, whose deputy John Doe said` keeps John Doe.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the phrase read back from the cue.
 * @param last
 *   Its last token.
 * @param cue
 *   Cue.
 * @returns
 *   Span of the person, or `undefined`.
 */
function personBeforeJoinedTitle(text: string, tokens: readonly WordToken[], first: number, last: number, cue: string): AttributionSpan | undefined {
  let comma = first - 1
  while (comma >= 0 && last - comma <= maximumTitle && tokens[comma]?.word) comma--
  if (comma < 2 || tokens[comma]?.value !== ',') return undefined
  // The title starts the segment (`who met the chairman and two analysts`
  // is a clause).
  const opening = tokens[comma + 1]
  if (!opening?.cap && !isRoleWord(opening)) return undefined
  if (!opensWithTitle(tokens, comma + 1, last + 1, true)) return undefined
  return personBeforeComma(text, tokens, comma, cue)
}

/** Occasions of speech (`in an interview`, `in a speech`). */
const occasions = new Set(['interview', 'interviews', 'speech', 'statement', 'address', 'briefing', 'letter', 'message', 'post', 'conversation', 'remarks', 'comments', 'op-ed', 'column', 'podcast'])

/** Most tokens of an occasion phrase before a cue (`in an interview with Kestrel Radio`). */
const maximumOccasion = 8

/**
 * Skip the occasion of a statement between its subject and the cue (`Jane
 * Roe in an interview with Kestrel Radio said`, `the minister in a speech
 * on Monday noted`): `in`, an article or possessive, an occasion word, and
 * words with no mark between it and the cue.
 *
 * @param tokens
 *   Tokens.
 * @param last
 *   Index of the last token before the cue.
 * @returns
 *   Index of the last token before the occasion, or `last` when there is
 *   none.
 */
function skipOccasion(tokens: readonly WordToken[], last: number): number {
  for (let at = last; at > 1 && last - at < maximumOccasion; at--) {
    const token = tokens[at]
    if (!token?.word) return last
    if (!token.cap && occasions.has(token.lower)) {
      const article = tokens[at - 1]
      const preposition = tokens[at - 2]
      if (preposition?.lower === 'in' && !preposition.cap && article && (determiners.has(article.lower) || possessives.has(article.lower))) return at - 3
      return last
    }
  }

  return last
}

/**
 * Where a company's name starts when the phrase read back is a legal form
 * alone after a comma (`Acme Widgets, Inc., a maker of gears, announced`):
 * the form ends the name before it, and is no name itself.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the phrase read back.
 * @param last
 *   Its last token.
 * @returns
 *   First token of the company's name (which ends two tokens before
 *   `last`), or `-1` when the phrase is no legal form.
 */
function legalNameStart(tokens: readonly WordToken[], first: number, last: number): number {
  const token = tokens[last]
  if (first !== last || !token || !legalSuffixes.has(bare(token)) || tokens[first - 1]?.value !== ',' || !hasCapital(tokens[first - 2])) return -1
  return readBackward(tokens, first - 2)
}

/**
 * A company's name before its legal form that starts in lower case
 * (`gearBox, Inc.`): every word has a capital somewhere.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the name.
 * @param last
 *   Last token of the name.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function legalName(text: string, tokens: readonly WordToken[], first: number, last: number, cue: string): AttributionSpan | undefined {
  for (let index = first; index <= last; index++) if (!hasCapital(tokens[index])) return undefined
  const from = tokens[first]
  const to = tokens[last]
  if (!from || !to) return undefined
  return {start: from.start, end: to.end, name: text.slice(from.start, to.end), cue, kind: 'organization'}
}

/** Most bodies listed with commas before `X and Y said`. */
const maximumListed = 3

/**
 * Read the bodies listed with commas before two joined by `and` (`the
 * Treasury Department, the central bank and the regulator said`): each
 * must name itself a body, by `the` or an organisation word, so that an
 * opening phrase (`In Oslo, Acme and Kestrel said`) is no member.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the list's second-last member.
 * @param cue
 *   Cue.
 * @returns
 *   Spans, in order (empty when there are none).
 */
function listedBodies(text: string, tokens: readonly WordToken[], first: number, cue: string): AttributionSpan[] {
  const spans: AttributionSpan[] = []
  let end = first - 1
  while (spans.length < maximumListed && tokens[end]?.value === ',' && tokens[end - 1]?.word) {
    const start = readBackward(tokens, end - 1)
    if (start < 0) break
    const span = classifyPhrase(text, tokens, start, end, cue)
    if (!span || span.kind !== 'organization' || span.pronoun) break
    let body = tokens[start]?.lower === 'the'
    for (let index = start; index < end && !body; index++) if (organizationWords.has(bare(tokens[index] as WordToken))) body = true
    if (!body) break
    spans.unshift(span)
    end = start - 1
  }

  return spans
}

/**
 * Heads of an appositive that make the name before it a body's (`Kestrel
 * Way, a charity, said`): organisation words and a few nouns of bodies
 * that name no person (not `developer` or `producer`).
 */
const bodyHeads: ReadonlySet<string> = new Set([...organizationWords, 'charity', 'nonprofit', 'non-profit', 'lender', 'insurer', 'retailer', 'airline', 'watchdog', 'regulator', 'startup', 'start-up', 'chain', 'broadcaster', 'publisher', 'carrier', 'brewer', 'conglomerate', 'charities'])

/**
 * Whether an indefinite appositive names a body (`a charity`, `an
 * investment bank`; not `a bank manager` nor `a lawyer`): `a` or `an` first
 * and a body's head last, in lower case.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the appositive.
 * @param comma
 *   Index of the comma after it.
 * @returns
 *   Whether it does.
 */
function describesBody(tokens: readonly WordToken[], first: number, comma: number): boolean {
  const article = tokens[first]?.lower
  // The head comes before a prepositional phrase: `a researcher at the
  // firm` is a person, `an investment bank` a body.
  let end = comma
  for (let index = first + 1; index < comma; index++) {
    if (isPreposition(tokens[index])) {
      end = index
      break
    }
  }

  const head = tokens[end - 1]
  if ((article !== 'a' && article !== 'an') || end - first < 2 || !head?.word || head.cap) return false
  return bodyHeads.has(bare(head))
}

/**
 * Whether an appositive gives an office (`head of the port authority`, `the
 * board's chair`, `a senior adviser`): a role word in lower case among its
 * first three words.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the appositive.
 * @param comma
 *   Index of the comma after it.
 * @returns
 *   Whether it does.
 */
function describesPerson(tokens: readonly WordToken[], first: number, comma: number): boolean {
  for (let index = first; index < comma && index < first + 3; index++) {
    const token = tokens[index]
    if (token?.word && !token.cap && roleWords.has(token.lower)) return true
  }

  return false
}

/**
 * Nouns for a private person that no body is called (`a Kabul resident`,
 * `a street vendor`, `a mother of three`): the head of an indefinite
 * appositive that says a one-word name is a person's.
 */
const individualHeads: ReadonlySet<string> = new Set([
  'resident',
  'vendor',
  'shopkeeper',
  'farmer',
  'student',
  'teacher',
  'driver',
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'man',
  'woman',
  'villager',
  'pensioner',
  'retiree',
  'nurse',
  'labourer',
  'laborer',
  'housewife',
  'widow',
  'widower',
  'passenger',
  'commuter',
  'fisherman',
  'mechanic',
  'shopper',
  'tailor',
  'cleaner',
  'refugee',
  'volunteer',
  'survivor',
  'eyewitness',
  'witness'
])

/** Most tokens of an indefinite appositive read by {@link describesIndividual}. */
const maximumIndividual = 6

/**
 * Whether an indefinite appositive describes a private person (`a Kabul
 * resident`, `a street vendor in the old town`, `a 40-year-old farmer`):
 * `a` or `an` first, then a head from {@link individualHeads} in lower
 * case before a preposition, a comma or the end, within a few words.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the appositive.
 * @returns
 *   Whether it does.
 */
function describesIndividual(tokens: readonly WordToken[], first: number): boolean {
  const article = tokens[first]?.lower
  if (article !== 'a' && article !== 'an') return false
  for (let index = first + 1; index <= first + maximumIndividual; index++) {
    const token = tokens[index]
    const next = tokens[index + 1]
    if (!token?.word) return false
    if (next && next.word && !isPreposition(next)) continue
    return !token.cap && individualHeads.has(bare(token))
  }

  return false
}

/**
 * Make a one-word name a person's when an appositive describes a private
 * person (`said Jawed, a street vendor`, `Tawab, a Kabul resident,
 * said`): a lone unknown name is otherwise guessed a body's.
 *
 * @param span
 *   Span of the name.
 * @param tokens
 *   Tokens.
 * @param appositive
 *   First token of the appositive.
 */
function individualName(span: AttributionSpan, tokens: readonly WordToken[], appositive: number): void {
  if (span.pronoun || span.role || (span.kind !== 'organization' && span.kind !== 'outlet')) return
  if (span.name.includes(' ') || knownKind(span.name)) return
  if (describesIndividual(tokens, appositive)) span.kind = 'person'
}

/**
 * Read the name given after an unnamed description (`a resident named
 * Tawab`, `a man called Jane Doe`, `a woman identified only as Amina`):
 * `named` or `called`, or `identified as`, then a capitalised name, which
 * is a person's.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of the token after the description.
 * @param cue
 *   Cue.
 * @returns
 *   Span of the person, or `undefined`.
 */
function nameAfterNamed(text: string, tokens: readonly WordToken[], at: number, cue: string): AttributionSpan | undefined {
  const word = tokens[at]?.lower
  let first = at + 1
  if (word === 'identified') {
    if (tokens[first]?.lower === 'only') first++
    if (tokens[first]?.lower !== 'as') return undefined
    first++
  } else if (word !== 'named' && word !== 'called') {
    return undefined
  }

  const name = tokens[first]
  if (!name?.cap || determiners.has(name.lower) || pronouns.has(name.lower)) return undefined
  const end = readForward(tokens, first)
  if (end <= first) return undefined
  const span = classifyPhrase(text, tokens, first, end, cue)
  if (!span || span.pronoun || span.role || knownKind(span.name) || (span.kind !== 'person' && span.kind !== 'organization' && span.kind !== 'outlet')) return undefined
  span.kind = 'person'
  return span
}

/** Most words of a town between a firm's name and its state (`Port Ellis`). */
const maximumTown = 3

/**
 * Where a firm's name ends before its town and a US state's postal code
 * (`Acme Corp., Springfield, IL (NASDAQ: ACME) announced`), as press
 * releases write the issuer's seat: the state is no speaker.
 *
 * @param tokens
 *   Tokens.
 * @param last
 *   Index of the last token before the cue (the state's code).
 * @returns
 *   Index of the name's last token, or `-1` when the shape is not there.
 */
function firmBeforePlace(tokens: readonly WordToken[], last: number): number {
  const state = tokens[last]
  if (!state?.word || state.value.length !== 2 || !usStates.has(state.value)) return -1
  if (tokens[last - 1]?.value !== ',') return -1
  let at = last - 2
  while (at >= 0 && last - 2 - at < maximumTown && tokens[at]?.cap) at--
  if (at === last - 2 || tokens[at]?.value !== ',') return -1
  return tokens[at - 1]?.word ? at - 1 : -1
}

/**
 * Whether a plural possessive of a capitalised name stands right before
 * `first` (`Fjord Airlines' Kent Powell`, `the Rangers’ Jane Roe`): the
 * apostrophe is a token of its own, touching the `s` before it.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   Index of the first token of the name.
 * @returns
 *   Whether there is one.
 */
function pluralOwner(tokens: readonly WordToken[], first: number): boolean {
  const mark = tokens[first - 1]
  const owner = tokens[first - 2]
  if (!mark || !owner || (mark.value !== "'" && mark.value !== '’')) return false
  return owner.cap && owner.end === mark.start && owner.lower.endsWith('s')
}

/** Most nouns of a compound after a noun-like cue (`state security service`). */
const maximumCompound = 3

/**
 * Whether one to three lower-case words after a noun-like cue word lead to
 * a cue verb (`state security service blamed`, `report card shows`): the
 * word is the first noun of a compound subject, not a verb. A determiner,
 * a clause word or a mark in between ends the look (`notes that the team
 * said`).
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   Index of the word after the cue word.
 * @returns
 *   Whether they do.
 */
function compoundBeforeVerb(tokens: readonly WordToken[], first: number): boolean {
  for (let at = first; at < first + maximumCompound; at++) {
    const token = tokens[at]
    if (!token?.word || token.cap || determiners.has(token.lower) || clauseWords.has(token.lower) || nounPrepositions.has(token.lower)) return false
    // `states clearly`: an adverb after a verb.
    if (token.lower.endsWith('ly')) return false
    const next = tokens[at + 1]
    if (next?.word && !next.cap && cueVerbs.has(next.lower) && !nounLike.has(next.lower)) return true
  }

  return false
}

/**
 * Whether a token is a preposition in lower case (`of`, `in`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isPreposition(token: WordToken | undefined): boolean {
  return token !== undefined && !token.cap && nounPrepositions.has(token.lower)
}

/**
 * Whether a word has a capital letter anywhere (`Acme`, `pgEdge`): a
 * company's name does.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it has.
 */
function hasCapital(token: WordToken | undefined): boolean {
  return token !== undefined && token.word && token.value !== token.lower
}

/**
 * Legal forms that follow a company's name after a comma (`Acme, Inc.`,
 * `Northwind Holdings, LLC`): alone they name nothing.
 */
const legalSuffixes = new Set(['inc', 'llc', 'ltd', 'corp', 'plc', 'llp', 'lp', 'gmbh', 'ag', 'nv', 'bv', 'sa', 's.a', 'n.v', 'b.v', 'pllc', 'pc', 'l.p', 'l.l.c'])

/** Most words of a group of people coordinated before another (`small shareholders`). */
const maximumGroup = 3

/**
 * Whether a word is a plural noun of people (`analysts`, `people`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isPlural(token: WordToken | undefined): boolean {
  if (!token || !token.word) return false
  const word = token.lower
  return word === 'people' || (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s"))
}

/**
 * Read an anonymous group of people before `and` and another group
 * (`Shareholders` in `Shareholders and analysts say`, `small investors` in
 * `small investors and analysts say`): a plural head with at most a couple
 * of words before it that opens the sentence or a clause, with no
 * verb among them (`Police arrested protesters and witnesses said` names
 * the witnesses only).
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param last
 *   Index of the group's last word (before `and`).
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function groupBefore(text: string, tokens: readonly WordToken[], last: number, cue: string): AttributionSpan | undefined {
  if (!isPlural(tokens[last])) return undefined
  const first = readBackward(tokens, last)
  if (first < 0 || last - first >= maximumGroup) return undefined
  const before = tokens[first - 1]
  // After a conjunction or relative pronoun (`…, but investors and
  // analysts say`), not after a verb or preposition.
  if (before && before.word && (before.cap || !clauseWords.has(before.lower) || nounPrepositions.has(before.lower))) return undefined
  for (let at = first; at < last; at++) {
    const token = tokens[at]!
    if (!token.cap && token.lower.length > 3 && token.lower.endsWith('ed')) return undefined
  }

  const span = classifyPhrase(text, tokens, first, last + 1, cue)
  return span && !span.pronoun && span.kind === 'anonymous' ? span : undefined
}

/**
 * `…, saying …`, `…, adding that …`: a participle after a comma reports for
 * the subject of the sentence (`Jane Doe denied it, saying …`), or of the
 * nearest clause with one of its own (`A court fined him, but the appeals
 * court cleared him, saying …`).
 */
const participleRecognizer: CueRecognizer = {
  name: 'participle',
  appliesTo: (word) => participleCues.has(word),
  extract(sentence, index) {
    const {tokens, text} = sentence
    const token = tokens[index]
    if (!token || !participleCues.has(token.lower)) return undefined
    // `the embassy responded to the move by saying …`: the manner of a
    // reply, whose subject is the sentence's. Other participles only
    // before `that` (`by warning lights`, `by writing letters` are none).
    if (tokens[index - 1]?.lower === 'by' && tokens[index - 2]?.word && (token.lower === 'saying' || tokens[index + 1]?.lower === 'that')) {
      const clause = clauseStart(tokens, index - 1)
      const span = clause < 0 ? sentenceSubject(text, tokens, index - 1, token.lower) : coordinateSubject(text, tokens, clause, token.lower)
      return span && span.kind !== 'document' ? {spans: [span], next: index + 1} : undefined
    }

    if (tokens[index - 1]?.value !== ',') return undefined
    // `…, he said, adding …`: the participle goes with the speaker of the
    // reporting clause before it, not with the subject of what was said.
    const reporter = reportingClause(tokens, index - 1)
    if (reporter) {
      const span = classifyPhrase(text, tokens, reporter.first, reporter.end, token.lower)
      return span && span.kind !== 'document' ? {spans: [span], next: index + 1} : undefined
    }

    const clause = clauseStart(tokens, index - 1)
    const span = clause < 0 ? sentenceSubject(text, tokens, index, token.lower) : coordinateSubject(text, tokens, clause, token.lower)
    if (!span || span.kind === 'document') return undefined
    return {spans: [span], next: index + 1}
  }
}

/** Most words in the speaker of a reporting clause before a participle. */
const maximumReporter = 8

/**
 * Find the speaker of a reporting clause set off by commas right before a
 * participle: `…, he said, adding`, `…, officials argue, noting`, `…, said
 * Jane Doe, adding`.
 *
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma before the participle.
 * @returns
 *   The speaker's first token and the index after its last, or `undefined`
 *   when no reporting clause ends at the comma.
 */
function reportingClause(tokens: readonly WordToken[], comma: number): {first: number; end: number} | undefined {
  let open = comma - 1
  while (open >= 0 && comma - open <= maximumReporter + 2 && tokens[open]?.value !== ',' && !closingQuotes.has(tokens[open]?.value ?? '')) open--
  const mark = tokens[open]
  if (!mark || mark.word) return undefined
  const first = open + 1
  const verb = tokens[comma - 1]
  // `, he said,`: a speaker and its verb.
  if (verb?.word && !verb.cap && cueVerbs.has(verb.lower) && first < comma - 1) {
    const pronoun = first === comma - 2 && pronouns.has(tokens[first]?.lower ?? '')
    return pronoun || readForward(tokens, first) === comma - 1 ? {first, end: comma - 1} : undefined
  }

  // `, said Jane Doe,`: the verb first.
  const inverted = tokens[first]
  if (inverted?.word && !inverted.cap && invertedCues.has(inverted.lower) && first + 1 < comma) {
    return readForward(tokens, first + 1) === comma ? {first: first + 1, end: comma} : undefined
  }

  return undefined
}

/**
 * The recognisers, in the order they are tried on each cue token: fixed
 * phrases first (their words overlap verb forms), then inverted verbs (a
 * closing quote before a verb means the subject follows), then the ordinary
 * subject–verb order, and last participles (`…, saying`), whose subject is
 * far away.
 */

/** Lower-case words for a medium after an outlet's name (`the Tribune newspaper`). */
const mediumWords = new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'website', 'broadcaster'])

/** Most tokens of the outlet phrase after `quoted in` or `quoted by`. */
const maximumQuotedIn = 8

/**
 * `Jane Roe was quoted as saying`, `Jane Roe was quoted in the Tribune
 * saying`, `…quoted by the Tribune as saying`: the subject of a passive
 * `quoted` before `saying` is the speaker; an outlet named after `in` or
 * `by` is a source too. Without `saying` (`the figure was quoted in the
 * report`) nobody speaks and the recogniser leaves it.
 */
const passiveQuotedRecognizer: CueRecognizer = {
  name: 'passive-quoted',
  appliesTo: (word) => word === 'quoted',
  extract(sentence, index) {
    const {tokens, text} = sentence
    const be = tokens[index - 1]
    if (!be || !passiveBe.has(be.lower)) return undefined
    const next = tokens[index + 1]?.lower
    let outlet: AttributionSpan | undefined
    let at = index + 1
    if (next === 'in' || next === 'by') {
      const end = readForward(tokens, index + 2)
      if (end <= index + 2 || end - index > maximumQuotedIn) return undefined
      // `the Tribune newspaper`: the outlet's name without its medium.
      const named = mediumWords.has(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.cap === true ? end - 1 : end
      outlet = classifyPhrase(text, tokens, index + 2, named, 'quoted ' + next)
      if (outlet && outlet.kind !== 'outlet' && outlet.kind !== 'document') outlet = undefined
      at = end
    }

    if (tokens[at]?.lower === 'as') at++
    if (tokens[at]?.lower !== 'saying') return undefined
    const last = skipBack(tokens, index - 1)
    const lastToken = tokens[last]
    if (!lastToken?.word || !(lastToken.cap || pronouns.has(lastToken.lower))) return undefined
    const first = pronouns.has(lastToken.lower) ? last : readBackward(tokens, last)
    if (first < 0) return undefined
    const speaker = classifyPhrase(text, tokens, first, last + 1, 'quoted as saying')
    if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organization')) return undefined
    return {spans: outlet ? [speaker, outlet] : [speaker], next: at}
  }
}

export const recognizers: readonly CueRecognizer[] = [passiveQuotedRecognizer, prepositionRecognizer, invertedRecognizer, subjectRecognizer, participleRecognizer]

/** The tokens of the sentence being read, refilled for each sentence. */
const sentenceTokens = new TokenList()

/**
 * Sentences longer than this (in code units) are read through a
 * {@link TokenStream} window instead of all their tokens at once. No real
 * sentence comes near it; hostile input (a megabyte without a full stop)
 * does.
 */
const longSentence = 20_000

/**
 * How far the recognisers read the tokens around a cue at index `i`: back
 * to `i - 127` at most (past brackets, an appositive, a subject read back
 * and a second subject before it), forward to `i + 38` (a four-word phrase
 * and two coordinated names after it; `i + 41` after an inverted verb's
 * short adverbial), or to `i + 105` past a run of emphasis marks; a
 * participle's clause is looked for back to `i - 40`; a sentence subject
 * is read from token 0 to token 78, and only for cues that leave it within
 * the reach back. The window is several times wider, so it gives every
 * read the same token as the whole list.
 */
const reach = {behind: 512, ahead: 512, start: 128}

/** The token window of a long sentence. */
const sentenceStream = new TokenStream(reach.start)

/**
 * Find attributions in a sentence.
 *
 * @param text
 *   Sentence text (one sentence; may contain line breaks).
 * @param _context
 *   Recogniser context (unused: attributions need no date).
 * @param long
 *   Length from which a sentence is read through a window (tests use 0 to
 *   check that the window reads what the whole list reads).
 * @returns
 *   Spans of the sources' names, in order, not overlapping.
 */
export function findAttributions(text: string, _context?: RecognizeContext, long = longSentence): AttributionSpan[] {
  // Most sentences have no cue word: one native scan finds that without
  // tokenising or allocating.
  if (!mayHaveCue(text)) return []
  if (text.length >= long) {
    const tokens = sentenceStream.start(text)
    try {
      return findAt(text, tokens as Token[], sentenceStream)
    } finally {
      sentenceStream.clear()
    }
  }

  const tokens = sentenceTokens.read(text)
  try {
    return findAt(text, tokens)
  } finally {
    sentenceTokens.clear()
  }
}

/**
 * Try the recognisers at each cue token of a sentence.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Its tokens (for a long sentence, the stream's array, which grows as
 *   the stream reads on).
 * @param stream
 *   The stream to read a long sentence through, if any.
 * @returns
 *   Spans of the sources' names, in order, not overlapping.
 */
function findAt(text: string, tokens: Token[], stream?: TokenStream): AttributionSpan[] {
  const sentence: CueSentence = {text, tokens}
  const spans: AttributionSpan[] = []
  let index = 0
  for (;;) {
    // A window: the tokens the recognisers may read around `index` are
    // read, those they can no longer reach let go (in batches).
    if (stream) {
      stream.fill(index + reach.ahead, reach.ahead)
      if ((index & 511) === 0) stream.release(index - reach.behind)
    }

    if (index >= tokens.length) break
    const token = tokens[index]
    // Cue words are lower case: `REPORT` in a headline and `State` in
    // `Secretary of State` are no cues. The shape of an ASCII token is read
    // from the text, so that most tokens never get a string.
    const cue = token ? cueOf(text, token) : undefined
    if (cue === undefined) {
      index++
      continue
    }

    // Only the recognisers that can apply to this cue word: the others
    // would each look it up in their dictionary and return nothing.
    let found: {spans: AttributionSpan[]; next: number} | undefined
    for (const recognizer of cue.recognizers) {
      found = recognizer.extract(sentence, index)
      if (found) break
    }

    if (found) {
      // Spans of one cue lie near it: comparing with the last few is enough
      // and keeps long sentences linear.
      for (const span of found.spans) {
        let overlaps = false
        for (let other = spans.length - 1; other >= 0 && spans.length - other <= 4; other--) {
          const previous = spans[other]
          if (previous && previous.start < span.end && span.start < previous.end) overlaps = true
        }

        if (!overlaps) spans.push(span)
      }

      index = Math.max(index + 1, found.next)
    } else {
      index++
    }
  }

  return spans.sort((a, b) => a.start - b.start)
}

/**
 * Read one source, or two joined by `and` (`said Jane Doe and another
 * person with knowledge of the talks`), forwards from `first`.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param first
 *   First token.
 * @param cue
 *   Cue.
 * @returns
 *   Spans (none when nothing there is a source).
 */
function readCoordinated(text: string, tokens: readonly WordToken[], first: number, cue: string): AttributionSpan[] {
  const spans: AttributionSpan[] = []
  const end = readForward(tokens, first)
  if (end <= first) return spans
  const span = classifyPhrase(text, tokens, first, end, cue)
  if (span) spans.push(span)
  const and = tokens[end]
  if (span && and?.lower === 'and') {
    const second = readForward(tokens, end + 1)
    if (second > end + 1) {
      const other = classifyPhrase(text, tokens, end + 1, second, cue)
      if (other && !other.pronoun) spans.push(other)
    }
  }

  return spans
}

/**
 * Read the subject of a sentence: the noun phrase that opens it, or that
 * follows an opening phrase ending at the first comma (`On Tuesday, the
 * ministry …`).
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param before
 *   Index the subject must end before.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`; the subject is only looked for near the start.
 */
function sentenceSubject(text: string, tokens: readonly WordToken[], before: number, cue: string): AttributionSpan | undefined {
  if (before > 60) return undefined
  let start = 0
  const opener = tokens[0]
  if (opener && opener.cap && isOpener(opener.lower)) {
    while (start < before && tokens[start]?.value !== ',') start++
    start++
  }

  const end = readForward(tokens, start)
  if (end <= start || end >= before) return undefined
  const span = classifyPhrase(text, tokens, start, end, cue)
  return span && !span.pronoun ? span : undefined
}

/**
 * Read a personal name set off by commas right before a cue (`The
 * company's chief executive, Jane Doe, told`), or a body's after its
 * description (`another lender, Fjord Savings Bank, announced`).
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma before the cue.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function appositiveName(text: string, tokens: readonly WordToken[], comma: number, cue: string): AttributionSpan | undefined {
  // A party or place in brackets after the name (`Jane Roe (R),`).
  let end = comma
  if (tokens[comma - 1]?.value === ')') {
    let open = comma - 2
    while (open > comma - 6 && open >= 0 && tokens[open]?.value !== '(') open--
    if (tokens[open]?.value === '(') end = open
  }

  let start = end - 1
  while (start >= 0 && end - start <= 5 && tokens[start]?.cap) start--
  if (tokens[start]?.value !== ',' && end - start >= 3) {
    const titled = titledAppositive(text, tokens, start, end, cue)
    if (titled) return titled
  }

  if (tokens[start]?.value !== ',' || end - start < 3) return undefined
  const span = classifyPhrase(text, tokens, start + 1, end, cue)
  if (!span) return undefined
  if (span.kind === 'person') return span
  // A body named after its description (`another troubled lender, Fjord
  // Savings Bank, announced`): a lower-case noun before the comma.
  const described = tokens[start - 1]
  return (span.kind === 'organization' || span.kind === 'outlet') && described?.word && !described.cap ? span : undefined
}

/** Words that set off an example of a group (`some, notably Acme,`). */
const exemplarWords = new Set(['particularly', 'notably', 'especially', 'chiefly', 'mainly'])

/** Most tokens of an example set off by commas. */
const maximumExemplar = 8

/**
 * Read a named example set off by commas before a cue (`Several lenders,
 * notably Fjord Bank, warned`; `some, particularly the Kestrel Chamber,
 * warned`): the body or person named is the one that speaks.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma before the cue.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function exemplar(text: string, tokens: readonly WordToken[], comma: number, cue: string): AttributionSpan | undefined {
  let start = comma - 1
  while (start >= 0 && comma - start <= maximumExemplar && tokens[start]?.value !== ',') start--
  const word = tokens[start + 1]
  if (tokens[start]?.value !== ',' || !word || word.cap || !exemplarWords.has(word.lower) || start + 2 >= comma) return undefined
  const span = classifyPhrase(text, tokens, start + 2, comma, cue)
  return span && !span.pronoun && (span.kind === 'organization' || span.kind === 'person' || span.kind === 'outlet') ? span : undefined
}

/** Most words of a description before a name in apposition (`the Greens senator`). */
const maximumDescription = 4

/**
 * Read a name with a lower-case title before it, the whole set off by
 * commas after a description of its holder (`The chair of the panel, the
 * Labour senator Jane Roe, said`): the title ends right before the name
 * and the description opens with a determiner or a capital after the
 * comma. The name is the source; its title its role.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param before
 *   Index of the last token before the name's capitalised words.
 * @param end
 *   End (exclusive) of the name.
 * @param cue
 *   Cue.
 * @returns
 *   Span of a person, or `undefined`.
 */
function titledAppositive(text: string, tokens: readonly WordToken[], before: number, end: number, cue: string): AttributionSpan | undefined {
  const title = tokens[before]
  // `, the Labour MP Jane Roe,`: the title is capitalised with the name.
  if (title?.word && determiners.has(title.lower) && tokens[before - 1]?.value === ',' && tokens[before - 2]?.word) {
    const span = classifyPhrase(text, tokens, before + 1, end, cue)
    return span?.kind === 'person' && span.role !== undefined && !span.pronoun ? span : undefined
  }

  if (!title?.word || title.cap || !roleWords.has(bare(title))) return undefined
  let comma = before - 1
  while (comma >= 0 && before - comma <= maximumDescription && tokens[comma]?.word) comma--
  if (tokens[comma]?.value !== ',' || comma < 1) return undefined
  const opener = tokens[comma + 1]
  if (!opener || !(determiners.has(opener.lower) || opener.cap)) return undefined
  // The holder's description before the comma: `The chair of the panel`.
  if (!tokens[comma - 1]?.word) return undefined
  const span = classifyPhrase(text, tokens, before + 1, end, cue)
  return span?.kind === 'person' && !span.pronoun ? span : undefined
}

/**
 * Find a document subject followed by a reduced relative clause (`a poll
 * released earlier this week showed`): a participle in `-ed` right after a
 * document head, within the few tokens before the cue.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the phrase read back from the cue.
 * @param last
 *   Its last token.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function reducedRelative(text: string, tokens: readonly WordToken[], first: number, last: number, cue: string): AttributionSpan | undefined {
  for (let at = first + 1; at <= last; at++) {
    const token = tokens[at]
    const head = tokens[at - 1]
    if (!token || !head || token.cap || !token.lower.endsWith('ed') || !documentHeads.has(head.lower)) continue
    const span = classifyPhrase(text, tokens, first, at, cue)
    return span?.kind === 'document' ? span : undefined
  }

  return undefined
}

/**
 * Find the subject of a clause whose verbs are joined by `and` (`the
 * ministry reacted to the statement and said`): the noun phrase at the
 * clause's start.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param and
 *   Index of the `and` before the cue.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function clauseSubject(text: string, tokens: readonly WordToken[], and: number, cue: string): AttributionSpan | undefined {
  let start = and - 1
  while (start >= 0 && and - start < 30) {
    const token = tokens[start]
    if (!token || !token.word || token.lower === 'that') break
    start--
  }

  start++
  // Skip an opening adverb (`Meanwhile`) but not a determiner.
  const opener = tokens[start]
  if (opener && opener.cap && !determiners.has(opener.lower) && tokens[start + 1]?.cap === false && tokens[start + 1]?.lower !== 'the') return undefined
  const end = readForward(tokens, start)
  if (end <= start || end >= and) return undefined
  const span = classifyPhrase(text, tokens, start, end, cue)
  return span && !span.pronoun ? span : undefined
}

/**
 * Words whose presence as a whole token lets {@link findAttributions} find
 * something: the cue verbs, participles and phrasal verbs, and for each
 * fixed phrase its longest word (all of a phrase's words must be there, and
 * its first word, such as `in` or `with`, is too common to be a good test).
 */
const triggers: ReadonlySet<string> = new Set([
  ...cueVerbs.keys(),
  ...invertedCues,
  ...participleCues,
  ...phrasalCues.keys(),
  ...prepositionCues.map(({words}) => words.reduce((a, b) => (b.length > a.length ? b : a), ''))
])

/** Every word that may start a cue, for one lookup per token before the exact test. */
const cueStarts: ReadonlySet<string> = new Set([...prepositionCueStarts, ...cueVerbs.keys(), ...invertedCues, ...participleCues, ...phrasalCues.keys()])

/** A word that may start a cue, and what it may start. */
interface CueStart {
  /** The word, lower case. */
  word: string
  /** Whether it starts a fixed phrase (any case: `According to`). */
  preposition: boolean
  /** Whether it is a verb, participle or phrasal verb (lower case only). */
  verbal: boolean
  /**
   * The recognisers of {@link recognizers} that can find something at it,
   * in order (each of the others returns `undefined` for it at once).
   */
  recognizers: readonly CueRecognizer[]
}

/**
 * The words of {@link cueStarts} by first letter, last letter and length
 * (15 for 15 or more), all of them lower-case ASCII letters: a small table,
 * read by character codes (see {@link letterShape}).
 */
const cueCandidates: Array<CueStart[] | undefined> = Array.from({length: 26 * 26 * 16})
/** The words of {@link cueStarts} by lower case, for tokens beyond ASCII. */
const cueWords = new Map<string, CueStart>()
for (const word of cueStarts) {
  if (!/^[a-z]+$/.test(word)) throw new Error('Unexpected cue word `' + word + '`')
  const shape = letterShape(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)
  const candidate: CueStart = {
    word,
    preposition: prepositionCueStarts.has(word),
    verbal: cueVerbs.has(word) || invertedCues.has(word) || participleCues.has(word) || phrasalCues.has(word),
    recognizers: recognizers.filter((recognizer) => recognizer.appliesTo(word))
  }
  const list = cueCandidates[shape]
  if (list) list.push(candidate)
  else cueCandidates[shape] = [candidate]
  cueWords.set(word, candidate)
}

/**
 * Index of a word's shape in {@link cueCandidates}, or `-1` when its first
 * or last character is no lower-case ASCII letter.
 *
 * @param first
 *   First character code, lower case.
 * @param last
 *   Last character code, lower case.
 * @param length
 *   Length.
 * @returns
 *   Index, or `-1`.
 */
function letterShape(first: number, last: number, length: number): number {
  if (first < 97 || first > 122 || last < 97 || last > 122) return -1
  return ((first - 97) * 26 + (last - 97)) * 16 + (length < 15 ? length : 15)
}

/**
 * The cue word of a token that the recognisers try: a word that starts a
 * fixed phrase, in any case, or a cue verb, participle or phrasal verb that
 * does not start with a capital (`REPORT` in a headline and `State` in
 * `Secretary of State` are no cues).
 *
 * An ASCII token (ASCII and `’`) is compared with the cue words by its
 * character codes in the text, so that most tokens never get a string: its
 * lower case has the same length and, but for `’` (which no cue word has),
 * the ASCII lower case of each character. A cue token then gets the cue
 * word as its lower case, which every recogniser reads: the dictionary's
 * own string, whose hash is known, instead of a new copy of the text.
 *
 * @param text
 *   Sentence text.
 * @param token
 *   Token.
 * @returns
 *   The cue word, or `undefined` when the token is no cue.
 */
function cueOf(text: string, token: Token): CueStart | undefined {
  if (!token.word) return undefined
  if (!token.ascii) {
    // Rare: a word beyond ASCII whose lower case may still be a cue word
    // (`as\u212Aed`, with the Kelvin sign, is `asked`).
    const candidate = cueWords.get(token.lower)
    return candidate !== undefined && isCue(candidate, token) ? candidate : undefined
  }

  const start = token.start
  const end = token.end
  const length = end - start
  const shape = letterShape(asciiLower(text.charCodeAt(start)), asciiLower(text.charCodeAt(end - 1)), length)
  if (shape < 0) return undefined
  const candidates = cueCandidates[shape]
  if (candidates === undefined) return undefined
  for (const candidate of candidates) {
    const word = candidate.word
    if (word.length !== length) continue
    let at = 1
    while (at < length - 1 && asciiLower(text.charCodeAt(start + at)) === word.charCodeAt(at)) at++
    if (at >= length - 1) {
      if (!isCue(candidate, token)) return undefined
      token.cachedLower ??= word
      return candidate
    }
  }

  return undefined
}

/**
 * Whether a token that is a cue word is tried as a cue: a fixed phrase's
 * first word in any case, a verb only when not capitalised.
 *
 * @param candidate
 *   The cue word it is.
 * @param token
 *   Token.
 * @returns
 *   Whether it is tried.
 */
function isCue(candidate: CueStart, token: Token): boolean {
  return candidate.preposition || (!token.cap && candidate.verbal)
}

/**
 * ASCII lower case of a character code.
 *
 * @param code
 *   Character code.
 * @returns
 *   Lower-case code (other codes as they are).
 */
function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

// A trigger that is not plain ASCII letters would need another precheck.
for (const word of triggers) if (!/^[a-z]+$/.test(word)) throw new Error('Unexpected cue word `' + word + '`')

/**
 * The precheck of {@link mayHaveCue}, one native scan: a trigger as a whole
 * run of ASCII letters and digits in any case; or a cue that Markdown copy
 * glues to a capitalised word (`saidJane`, which `tokenizeWords` splits;
 * `i` lets `saidx` match too, which only costs a needless look); or the
 * Kelvin sign, which lower-cases to `k` (without the `u` flag, `i` matches
 * ASCII letters only in their two cases, as `toLowerCase` maps them).
 * Longest first, though order does not change whether it matches. Each
 * alternative has a fixed length, so matching is linear.
 */
const cuePattern = new RegExp(
  '(?<![A-Za-z\\d])(?:' +
    [...triggers].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|') +
    ')(?![A-Za-z\\d])|(?:said|says|added|adds|noted|explained)[A-Z]|\u212A',
  'i'
)

/**
 * Whether a sentence may contain a cue token: `false` only when no token of
 * `tokenizeWords` could start a recogniser.
 *
 * A recogniser finds something only at a token whose lower case is a
 * trigger (see {@link triggers}). Such a token is a whole run of letters
 * (`tokenizeWords` keeps `’s`, `-` and `.` inside a word, so a trigger is
 * never part of a longer token), except after a glued cue it splits off;
 * its letters are ASCII letters or the Kelvin sign. {@link cuePattern}
 * matches all of those, with a native scan instead of a loop over
 * characters in JavaScript (compiling it takes about a millisecond, once).
 * Most sentences are checked with faster scans that together find every
 * cue it finds: {@link wordPattern} for whole words and glued cues, and a
 * search for the Kelvin sign; {@link cuePattern} runs only on text with
 * `_`, where `\b` and the tokeniser disagree.
 *
 * @param text
 *   Sentence text.
 * @returns
 *   Whether to tokenise and look.
 */
export function mayHaveCue(text: string): boolean {
  return wordPattern.test(text) || text.includes('\u212A') || (text.includes('_') && cuePattern.test(text))
}

/**
 * The fast form of {@link cuePattern}, one scan that starts each try at a
 * word boundary: a trigger that ends at a word boundary, or a cue glued to
 * a capital (`saidJane`; `i` lets `saidx` match too, which only costs a
 * needless look). `\b` is about twice as fast here as the look-behind, as
 * irregexp need not look back at every position, and starting both
 * branches with it keeps the scan as fast. It differs from the tokeniser
 * only around `_`, which `\b` counts as a word character and
 * `tokenizeWords` does not (`_said_`): a text with `_` goes on to
 * {@link cuePattern}. A token starts at a word boundary otherwise (a
 * character before it that is no letter or digit, or `_`), and a cue is
 * glued only at a token's start (or right after another glued cue, which
 * matches first).
 */
const wordPattern = new RegExp(
  '\\b(?:(?:' +
    [...triggers].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|') +
    ')\\b|(?:said|says|added|adds|noted|explained)(?=[A-Z]))',
  'i'
)

/**
 * Where the object of a clause's verb starts, within a phrase read back
 * from a cue: just after the last word in lower case of four letters or
 * more that ends in `-ed` (`uncovered`, `obtained`, `used`), or the
 * phrase's start.
 *
 * @param tokens
 *   Tokens of the sentence.
 * @param first
 *   Index of the phrase's first token.
 * @param last
 *   Index of its last token.
 * @returns
 *   Index of the object's first token.
 */
function objectStart(tokens: readonly WordToken[], first: number, last: number): number {
  for (let index = last; index > first; index--) {
    const before = tokens[index - 1]!
    // Four letters or more: `red`, `bed` are no verbs (`used` is).
    if (before.word && !before.cap && before.lower.length > 3 && before.lower.endsWith('ed')) return index
  }

  return first
}


/** Most words between a cue and the `that` of its clause (`ruled in 2003 that`). */
const maximumBeforeThat = 5

/** Most tokens of an object noun phrase read after an {@link objectVerbs} verb. */
const maximumObject = 12

/** Sentence-ending marks. */
const stops = new Set(['.', '!', '?'])

/** Forms of `deny`. */
const denyForms: ReadonlySet<string> = new Set(['deny', 'denies', 'denied'])

/** What a denial can deny that is a statement (`denied the allegations`). */
const deniedStatements: ReadonlySet<string> = new Set([
  'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'report', 'reports', 'charge', 'charges',
  'wrongdoing', 'involvement', 'responsibility', 'rumour', 'rumours', 'rumor', 'rumors', 'story', 'reporting'
])

/**
 * Whether a form of `deny` has a statement for its object (`an Acme
 * spokesman denied the allegations`, `denies wrongdoing`) or a clause
 * without `that` (`denied the firm had known`): a statement too, where
 * `the court denied the motion` is none.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Whether it has.
 */
function deniesStatement(tokens: readonly WordToken[], index: number): boolean {
  if (!denyForms.has(tokens[index]?.lower ?? '')) return false
  let at = index + 1
  const first = tokens[at]?.lower
  if (first === 'the' || first === 'any' || first === 'all' || first === 'these' || first === 'those' || first === 'such') at++
  const object = tokens[at]
  if (object !== undefined && object.word && deniedStatements.has(object.lower)) return true
  // `…; officials denied it.`, `Moscow denies this`: a pronoun for the
  // claim just made, closing the clause.
  const after = tokens[index + 2]
  if ((first === 'it' || first === 'this') && (after === undefined || stops.has(after.value) || after.value === ';')) return true
  // A clause without `that` (`denied the firm had known`, `denied it was
  // involved`): a subject of at most two words, then an auxiliary.
  for (let next = index + 1; next <= index + 3; next++) {
    const token = tokens[next]
    if (!token?.word) return false
    if (next > index + 1 && auxiliaries.has(token.lower) && token.lower !== 'also') return true
  }

  return false
}

/** Forms of `inform`, which report with `about`, with `that` or at the end after a comma. */
const informVerbs = new Set(['inform', 'informs', 'informed'])

/**
 * Whether a form of `inform` has a named or pronoun object and then
 * `about` or `on` (`Jane Roe informed President Lind about the plan`,
 * `informed them on the talks`), or ends a sentence after a comma and its
 * subject (`…, Fjord News informs.`); `informed sources` and `informed
 * decisions` have none.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Whether it does.
 */
function informsAbout(tokens: readonly WordToken[], index: number): boolean {
  if (!informVerbs.has(tokens[index]?.lower ?? '')) return false
  const object = tokens[index + 1]
  // `…, Fjord News informs.`: with no object, at the end of the sentence
  // after a comma, the verb reports what comes before it.
  if (object === undefined || stops.has(object.value)) return tokens[skipBack(tokens, index)]?.word === true && tokens[readBackward(tokens, skipBack(tokens, index)) - 1]?.value === ','
  if (!object?.word || !(object.cap || pronouns.has(object.lower) || determiners.has(object.lower))) return false
  for (let at = index + 2; at < index + 2 + maximumBeforeThat; at++) {
    const token = tokens[at]
    if (!token?.word) return false
    if (!token.cap && (token.lower === 'about' || token.lower === 'on')) return true
  }

  return false
}

/**
 * Whether a `that` comes within a few words after a cue, before any mark
 * (`the court ruled on Monday that …`).
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of the token after the cue.
 * @returns
 *   Whether it does.
 */
function thatWithin(tokens: readonly WordToken[], at: number): boolean {
  for (let index = at; index < at + maximumBeforeThat; index++) {
    const token = tokens[index]
    if (!token || !token.word) return false
    if (token.lower === 'that') return true
  }

  return false
}

/**
 * Whether `reports` before a comma is a verb all the same: the comma goes
 * on to say where the report comes from, and the subject is set off by a
 * comma before it, after the clause it reports (`…, Azernews reports,
 * citing the ministry`; `Media reports, citing officials, said …` is a
 * noun).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Whether it does.
 */
function citesAfter(tokens: readonly WordToken[], index: number): boolean {
  if (tokens[index + 1]?.value !== ',') return false
  const next = tokens[index + 2]?.lower
  if (next === undefined || !citingAfterComma.has(next)) return false
  if (next === 'with' && tokens[index + 3]?.lower !== 'reference') return false
  // The subject, a few words at most, after a comma.
  for (let at = index - 1; at >= 0 && index - at <= 6; at--) {
    const token = tokens[at]
    if (!token) return false
    if (!token.word) return token.value === ','
  }

  return false
}

/**
 * Whether an {@link objectVerbs} verb has a plain object, not a report: a
 * number or amount (`Jane Doe added 14`, `the firm added $5m`), `to` or `up`
 * (`added to the pressure`, `costs added up`), or a noun phrase after a determiner that runs to the
 * sentence's end with no auxiliary or verb in `-ed` to make it a clause
 * (`the firm added a night shift.`; `he added the talks would resume` and
 * `he added the team played well` report). A mark other than a full stop
 * leaves it open, as before (`he added some projects, such as …, were`).
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of the token after the verb.
 * @returns
 *   Whether the verb takes an object.
 */
function takesObject(tokens: readonly WordToken[], at: number): boolean {
  const next = tokens[at]
  if (!next) return false
  if (!next.word) return currencySigns.has(next.value) && isNumber(tokens[at + 1])
  if (isNumber(next) || next.lower === 'to' || next.lower === 'up') return true
  if (next.cap || next.lower === 'that' || !determiners.has(next.lower)) return false
  for (let index = at + 1; index <= at + maximumObject; index++) {
    const token = tokens[index]
    if (!token) return true
    if (!token.word) return stops.has(token.value)
    if (token.cap) continue
    if (finiteWords.has(token.lower) || clauseWords.has(token.lower)) return false
    // A verb in `-ed` after the noun (`the team played`), not an
    // adjective right after the determiner (`a revamped menu`).
    if (index > at + 1 && token.lower.length > 3 && token.lower.endsWith('ed')) return false
  }

  return false
}

/**
 * Whether a token is a number: digits (`14`, `2.5`) or a number word.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isNumber(token: WordToken | undefined): boolean {
  if (!token || !token.word) return false
  const code = token.value.charCodeAt(0)
  return (code >= 48 && code <= 57) || numberWords.has(token.lower)
}

/**
 * Whether a cue is a passive raising (`people alleged to have traded
 * songs`, `a firm reported to be near collapse`): `to be` or `to have`
 * after a form whose subject cannot do the infinitive itself (unlike `he
 * claimed to have seen it`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Whether it is.
 */
function raising(tokens: readonly WordToken[], index: number): boolean {
  if (tokens[index + 1]?.lower !== 'to') return false
  const infinitive = tokens[index + 2]
  return infinitive !== undefined && raisingInfinitives.has(infinitive.lower) && !controlVerbs.has(tokens[index]?.lower ?? '')
}

/**
 * Whether a noun-like cue before an auxiliary is a verb all the same: it
 * follows a plural subject right after `which` or `that` (`a policy which
 * exporters claim has cost jobs`), where the relative pronoun is the
 * subject of the auxiliary.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Whether it is a verb.
 */
function relativeVerb(tokens: readonly WordToken[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous || !previous.word || previous.cap) return false
  const word = previous.lower
  if (!(word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s")) && word !== 'people' && word !== 'police') return false
  for (let at = index - 2; at >= 0 && index - at <= 6; at--) {
    const token = tokens[at]
    if (!token || !token.word) return false
    if (token.lower === 'which' || token.lower === 'that') return true
    if (!token.cap && clauseWords.has(token.lower)) return false
  }

  return false
}

/**
 * Whether the subject starting at `first` opens a condition, which reports
 * nothing: right after `if`, `unless` or `whenever` (`if the agency says
 * no`), or after `when` with an indefinite article (`when a chatbot says
 * something wrong`; `when the minister said` tells what happened).
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   Index of the subject's first token.
 * @returns
 *   Whether it does.
 */
function hypothetical(tokens: readonly WordToken[], first: number): boolean {
  const opening = tokens[first]?.lower
  // A capitalised `Unless` at the sentence's start is read into the phrase.
  if (opening !== undefined && conditionWords.has(opening)) return true
  const before = tokens[first - 1]?.lower
  if (before === undefined) return false
  if (conditionWords.has(before)) return true
  return before === 'when' && (opening === 'a' || opening === 'an')
}

/**
 * Whether a noun-like cue ends the object of `according to` (`according to
 * official estimates`): a few words back, with no mark between.
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Whether it does.
 */
function afterAccordingTo(tokens: readonly WordToken[], index: number): boolean {
  for (let at = index - 1; at > 0 && index - at <= 5; at--) {
    const token = tokens[at]
    if (!token || !token.word) return false
    if (token.lower === 'to' && tokens[at - 1]?.lower === 'according') return true
  }

  return false
}

/** Inverted cues that ask: they report a question, not a request. */
const askVerbs = new Set(['asked', 'asks'])

/** Most tokens of an adverbial between an inverted verb and its subject. */
const maximumAdverbial = 6

/** Words that open such an adverbial (`on Friday`, `to reporters`, `today`). */
const adverbialStarts = new Set(['on', 'to', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'this'])

/**
 * Skip a short adverbial between an inverted verb and its subject (`said
 * on Friday Jane Doe`, `said to the journalists Jane Doe`, `said today
 * the minister`): lower-case words other than clause words, and weekday
 * and month names, up to a capitalised word or a determiner that follows
 * no preposition.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   Index of the token after the verb.
 * @returns
 *   Index of the capitalised word after the adverbial, or `first` when
 *   there is none.
 */
function skipAdverbial(tokens: readonly WordToken[], first: number): number {
  const opener = tokens[first]
  if (!opener || opener.cap || !adverbialStarts.has(opener.lower)) return first
  for (let at = first + 1; at <= first + maximumAdverbial; at++) {
    const token = tokens[at]
    if (!token || !token.word) return first
    if (token.cap) {
      // Weekdays and months belong to the adverbial (`on Friday`).
      if (notNames.has(bare(token)) && !determiners.has(token.lower)) continue
      return at
    }

    if (clauseWords.has(token.lower) && !nounPrepositions.has(token.lower)) return first
    // `said today the minister`; but `to the journalists` goes on.
    if (determiners.has(token.lower) && !nounPrepositions.has(tokens[at - 1]?.lower ?? '')) return at
  }

  return first
}

/**
 * Whether the comma before an inverted verb closes an appositive or a
 * relative clause right after the sentence's subject (`Jane Doe, who
 * chairs the panel, warned the plan would fail`), so that the verb's
 * subject comes before it, not after.
 *
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma before the verb.
 * @returns
 *   Whether it does.
 */
function closesAppositive(tokens: readonly WordToken[], comma: number): boolean {
  const last = skipAppositive(tokens, comma)
  if (last < 0) return false
  const opener = tokens[last + 2]?.lower
  // `Jane Roe, of the Kestrel Association, said members …`.
  if (opener !== 'who' && opener !== 'which' && opener !== 'a' && opener !== 'an' && opener !== 'the' && opener !== 'of') return false
  // `The Fjord Dockers Union (FDU), which represents …, says`: a short
  // name in brackets between the subject and its clause.
  const named = skipBrackets(tokens, last)
  const subject = tokens[named]
  if (!subject || !subject.cap) return false
  const first = readBackward(tokens, named)
  if (first < 0) return false
  // At the start, or after a capitalised first word (`But`) or an opening
  // phrase's comma.
  const before = tokens[first - 1]
  return first === 0 || (first === 1 && before?.cap === true) || before?.value === ','
}

/** Most tokens looked back from a participle for the start of its clause. */
const maximumClause = 40

/** Conjunctions that, after a comma, start a clause with its own subject. */
const clauseJoins = new Set(['but', 'and', 'while', 'whereas', 'yet'])

/**
 * Find the start of the clause a participle belongs to, when it is not the
 * sentence's first: the word after `, but`, `, and`, `, while` or `;`
 * whose clause has a subject of its own (`…, but the appeals court cleared
 * him, saying`; `…, and added …, saying` shares the sentence's subject).
 *
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma before the participle.
 * @returns
 *   Index of the clause's first word, or `-1` for the sentence's subject.
 */
function clauseStart(tokens: readonly WordToken[], comma: number): number {
  for (let at = comma - 1; at > 0 && comma - at <= maximumClause; at--) {
    const token = tokens[at]
    if (!token) return -1
    let start = -1
    if (token.value === ';') start = at + 1
    else if (token.word && !token.cap && clauseJoins.has(token.lower) && tokens[at - 1]?.value === ',') start = at + 1
    if (start < 0 || start >= comma) continue
    const first = tokens[start]
    // A verb right after the conjunction: the subject is shared. A pronoun
    // (`…, but she appealed, saying`) refers to the sentence's subject.
    if (!first || !first.word || pronouns.has(first.lower) || (!first.cap && !determiners.has(first.lower))) return -1
    // A noun phrase and a lower-case word, its verb; a list's last item
    // (`…, Spain, and Italy, saying`) has none.
    const end = readForward(tokens, start)
    const verb = tokens[end]
    if (end > start && end < comma && verb?.word && !verb.cap) return start
    return -1
  }

  return -1
}

/**
 * Read the subject at the start of a coordinate clause (`the appeals court`
 * in `…, but the appeals court cleared him, saying`), found by
 * {@link clauseStart}.
 *
 * @param text
 *   Sentence text.
 * @param tokens
 *   Tokens.
 * @param start
 *   Index of the clause's first word.
 * @param cue
 *   Cue.
 * @returns
 *   Span, or `undefined`.
 */
function coordinateSubject(text: string, tokens: readonly WordToken[], start: number, cue: string): AttributionSpan | undefined {
  const end = readForward(tokens, start)
  const span = classifyPhrase(text, tokens, start, end, cue)
  return span && !span.pronoun ? span : undefined
}
