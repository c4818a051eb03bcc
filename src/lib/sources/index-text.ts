/**
 * Read what the whole text says about names, for the resolver: full
 * personal names (`Chen Guiqiu` for a later `Chen`), acronyms spelled out
 * (`National Rifle Association (NRA)`), document titles (`Declaration on
 * Allied Cooperation`) and names after a role (`correspondent Paul Adams`).
 *
 * @module
 */

import type {SourceKind} from '../types.js'
import {classifyPhrase, knownKind} from './classify-phrase.js'
import {auxiliaries, cueVerbs, openers} from './constants-cues.js'
import {
  anonymousHeads,
  documentHeads,
  honorifics,
  nameParticles,
  notNames,
  organizationWords,
  outletWords,
  roleWords
} from './constants-names.js'
import {isPatternSpace, isSingleSpaced} from './name-shape.js'
import {readForward} from './read-phrase.js'
import {bare, TokenList, type WordToken} from './tokenize-words.js'

/** What the text says about names. */
export interface TextIndex {
  /**
   * The full personal name whose first or last word is `key` (`Chen
   * Guiqiu` for `chen` or `Chen`), as the first such name in the text.
   *
   * @param key
   *   A name's first or last word, lower case or as written, without a
   *   possessive.
   * @returns
   *   Full name, if any.
   */
  fullName(key: string): string | undefined
  /**
   * What an acronym stands for, as first spelled out in the text
   * (`National Rifle Association (NRA)`).
   *
   * @param acronym
   *   Acronym (`NRA`).
   * @returns
   *   Its expansion, if any.
   */
  acronym(acronym: string): string | undefined
  /**
   * The last document title in or before a sentence.
   *
   * @param sentence
   *   Sentence index.
   * @param head
   *   Head word the title must have (`declaration`), or any.
   * @returns
   *   Title, if any.
   */
  titleBefore(sentence: number, head: string | undefined): string | undefined
  /**
   * The first capitalised run that ends with a phrase (`U.S. Federal
   * Reserve` for `Federal Reserve`).
   *
   * @param phrase
   *   Phrase as written in names (`Federal Reserve`).
   * @returns
   *   The run, if the text has the phrase.
   */
  runEndingWith(phrase: string): string | undefined
  /**
   * A name written right after a role word or words (`correspondent Paul
   * Adams`, `President of Fjordland Jane Roe`).
   *
   * @param role
   *   Lower-case role word, or words with single spaces.
   * @returns
   *   Name, if any.
   */
  nameAfterRole(role: string): string | undefined
  /**
   * What a sentence mentions: its subject and its capitalised names, for
   * references back (`he`, `the company`) to what the text names but no
   * attribution made a source.
   *
   * @param sentence
   *   Sentence index.
   * @returns
   *   Mentions (empty for an index out of range).
   */
  mentions(sentence: number): Mentions
}

/** A name or a subject a sentence mentions. */
export interface Mention {
  /** Name, on one line, without determiner, honorific or possessive. */
  name: string
  /** What it looks like: `person`, `organization`, `anonymous`, or `other` when it is unclear (`Nestle`, `Britain`). */
  kind: SourceKind
  /** Start offset in the sentence. */
  start: number
  /** End offset (exclusive) in the sentence. */
  end: number
  /** Lower-case head word (`institute` in `Oakland Institute`, `bank` in `Bank of Japan`). */
  head: string
  /** Title or role written right before a person (`Home Secretary`), if any. */
  role: string | undefined
  /** Whether an honorific comes before it (`Mr`, `Dr`). */
  honorific: boolean
  /** The pronoun an honorific fixes (`he` for `Mr`, `she` for `Ms`), if any. */
  pronoun: 'he' | 'she' | undefined
  /** Whether it is inside quotation marks. */
  quoted: boolean
  /** Whether a verb-like word follows it (`Nestle is`, `Acme said`). */
  verb: boolean
  /**
   * Whether what follows it is said of a person: a clause with `who` or an
   * appositive with a role (`Jane Doe, who chairs the board, warned`, `Karl
   * Olsen, a surgeon, runs …`).
   */
  personal: boolean
}

/** What one sentence mentions. */
export interface Mentions {
  /** The noun phrase that opens it (after an opener), when it can be a source. */
  subject: Mention | undefined
  /** Capitalised names, in order. */
  names: Mention[]
}

/** A document title and where it is. */
export interface Title {
  sentence: number
  title: string
  head: string
}

/** The sentences of an article, each read on first use. */
interface Sentences {
  /** How many there are. */
  count: number
  /**
   * Text of a sentence.
   *
   * @param sentence
   *   Sentence index.
   * @returns
   *   Text.
   */
  text(sentence: number): string
  /**
   * Tokens of a sentence.
   *
   * @param sentence
   *   Sentence index.
   * @returns
   *   Tokens.
   */
  tokens(sentence: number): WordToken[]
  /**
   * Whether a sentence may have a token whose `lower` starts with `word` in
   * lower case (or is it).
   *
   * @param sentence
   *   Sentence index.
   * @param word
   *   Word.
   * @param capital
   *   Whether the token must start with a capital (`cap`).
   * @returns
   *   `false` only when it has none.
   */
  mayHave(sentence: number, word: string, capital: boolean): boolean
  /**
   * Whether a sentence may have `word` (as asked of {@link mayHave} just
   * before) as a token followed by a capitalised token.
   *
   * @param sentence
   *   Sentence index.
   * @param word
   *   Word, lower case.
   * @returns
   *   `false` only when it has none.
   */
  mayHaveBeforeCapital(sentence: number, word: string): boolean
  /** Whether each sentence has a character that breaks a caseless search (see {@link hasCaseTrap}), once known. */
  traps: Array<boolean | undefined>
}

/** A non-empty key of ASCII characters but controls (`doctor`, `o'brien`). */
const asciiKey = /^[\u0020-\u007E]+$/

/** A character that needs no escape in a pattern. */
const plainCharacter = /^[\da-z]$/

/**
 * A pattern that finds a lower-case ASCII key in a text where the text's
 * lower case, with `’` as `'`, has it: case-insensitive (without `u`, so
 * only ASCII letters pair), each `'` also as `’`.
 *
 * @param patterns
 *   Patterns made so far for the document, by key (made anew per document
 *   so that the benchmark's repeats do not flatter them).
 * @param key
 *   Lower-case ASCII key.
 * @returns
 *   Global pattern (callers set `lastIndex`).
 */
function caselessPattern(patterns: Map<string, RegExp>, key: string): RegExp {
  let pattern = patterns.get(key)
  if (pattern === undefined) {
    let source = ''
    for (const character of key) {
      source += character === "'" ? "['’]" : plainCharacter.test(character) ? character : String.raw`\x` + character.charCodeAt(0).toString(16).padStart(2, '0')
    }

    pattern = new RegExp(source, 'gi')
    patterns.set(key, pattern)
  }

  return pattern
}

/**
 * Whether a sentence has `İ` or the Kelvin sign, which a caseless search
 * does not pair with `i` and `k` as lower-casing does (remembered per
 * sentence).
 *
 * @param sentences
 *   Sentences.
 * @param sentence
 *   Sentence index.
 * @param text
 *   Its text.
 * @returns
 *   Whether it has one.
 */
function hasCaseTrap(sentences: Sentences, sentence: number, text: string): boolean {
  let trap = sentences.traps[sentence]
  if (trap === undefined) {
    // Two searches for one character each, far faster than one for a class
    // of two.
    trap = text.includes('\u0130') || text.includes('\u212A')
    sentences.traps[sentence] = trap
  }

  return trap
}

/**
 * A test for sentences that may hold an acronym in parentheses: `(`, white
 * space, two to six capitals, white space, `)`, as tokens `(`, `NRA`, `)`.
 */
export const acronymTest = /\(\s*[A-Z]{2,6}\s*\)/

/** What an acronym is: the only keys of the acronym map. */
const acronymShape = /^[A-Z]{2,6}$/

// The test below is exact for heads of ASCII letters and `é` only.
for (const head of documentHeads) if (!/^[a-zé]+$/.test(head)) throw new Error('Unexpected document head `' + head + '`')

/**
 * Document head words (those that contain no other suffice: `lawsuit` has
 * `law`), each with a first letter that is no lower-case ASCII letter and
 * the rest in any case; or the Kelvin sign, when a head has a `k`.
 *
 * This is exactly what a search for the heads in any case (flag `i`
 * without `u`, which pairs only the characters that lower-case to ASCII
 * letters or `é`, but not the Kelvin sign) followed by a look at each
 * match's first character used to find, in one native scan without the `i`
 * flag: the first letter must be a capital (`é` or `É` for a head in `é`),
 * which is rare, so most positions fail at once.
 */
const titleHeads = [...documentHeads].filter((head) => ![...documentHeads].some((other) => other !== head && head.includes(other)))
const headPattern = new RegExp(
  groupByFirst(titleHeads.map((head) => [...head].map((character, index) => (character === 'é' ? '[éÉ]' : index === 0 ? character.toUpperCase() : '[' + character + character.toUpperCase() + ']'))))
    .concat([...documentHeads].some((head) => head.includes('k')) ? ['\u212A'] : [])
    .join('|')
)

/**
 * Alternatives of a pattern grouped by their first part (`R(?:eport|uling)`
 * rather than `Report|Ruling`): the same words, but the engine tries the
 * rest of a group only where its first character is, instead of trying
 * every word at every position (which made the search about 2.5× slower).
 *
 * @param alternatives
 *   Alternatives, each as a list of single-character patterns.
 * @returns
 *   Grouped alternatives, in order of each group's first alternative.
 */
function groupByFirst(alternatives: ReadonlyArray<readonly string[]>): string[] {
  const groups = new Map<string, string[]>()
  for (const parts of alternatives) {
    const first = parts[0] ?? ''
    let rests = groups.get(first)
    if (rests === undefined) {
      rests = []
      groups.set(first, rests)
    }

    rests.push(parts.slice(1).join(''))
  }

  return [...groups].map(([first, rests]) => first + (rests.length === 1 ? (rests[0] ?? '') : '(?:' + rests.join('|') + ')'))
}

/**
 * Whether a sentence may hold a document title: a document head word whose
 * first letter is no lower-case ASCII letter (the head of a title is a
 * capitalised token, `Declaration`).
 *
 * @param text
 *   Sentence text.
 * @returns
 *   `false` only when it has no title.
 */
export function mayHaveTitle(text: string): boolean {
  return headPattern.test(text)
}

/**
 * Distinct full-name questions answered by scanning before the whole name
 * map is built instead: keeps a text with many names linear.
 */
const lazyNameQuestions = 8

/**
 * What a sentence must contain, as written, to give a full-name key that
 * has a capital: such a key is no token's bare lower case, so it must be a
 * token as written (with `’` as `'` and a possessive dropped); and a key in
 * capitals only (`BT`, `NATO`) is no name word unless possessive (`BT’s`),
 * since a word in capitals is not part of a name. Much stricter than a
 * caseless search (`BT` is in `doubt`), so fewer sentences are tokenised.
 *
 * @param key
 *   Key.
 * @returns
 *   Strings one of which the sentence must contain, or `undefined` when the
 *   key has no capital or has an apostrophe (use the caseless search).
 */
function writtenForms(key: string): string[] | undefined {
  if (key === key.toLowerCase() || key.includes("'") || !asciiKey.test(key)) return undefined
  return /[a-z]/.test(key) ? [key] : [key + "'s", key + '’s']
}

/**
 * Whether a text contains one of some strings.
 *
 * @param text
 *   Text.
 * @param values
 *   Strings.
 * @returns
 *   Whether it does.
 */
function includesAny(text: string, values: readonly string[]): boolean {
  for (const value of values) if (text.includes(value)) return true
  return false
}

/** Number of sentences whose tokens the index keeps at a time. */
const tokenCacheSize = 256

/** Number of sentences whose mentions the index keeps at a time. */
const mentionCacheSize = 64

/**
 * Index the sentences of an article.
 *
 * Nothing is read up front: most articles ask the index nothing or only a
 * few questions, so each part is built on the first question, and only from
 * the sentences a native substring search finds can answer it (tokenising
 * every sentence was the largest cost of resolving sources).
 *
 * @param count
 *   Number of sentences.
 * @param sentenceText
 *   Text of a sentence by index (called at most once per sentence, and only
 *   when a question needs it).
 * @returns
 *   The index.
 */
export function readTextIndex(count: number, sentenceText: (sentence: number) => string): TextIndex {
  const texts: Array<string | undefined> = []
  const lowered: Array<string | undefined> = []
  // The tokens of the sentences read last, by sentence modulo the size: the
  // questions about one sentence come close together, and keeping the
  // tokens of every sentence kept a second copy of a long document's words
  // alive (more objects than its tree) until the last question.
  const tokenized: Array<WordToken[] | undefined> = []
  const tokenizedFor: number[] = []
  let askedWord = ''
  let askedKey = ''
  let askedSigma = false
  let askedPattern: RegExp | undefined
  let patterns: Map<string, RegExp> | undefined
  const sentences: Sentences = {
    count,
    text(sentence) {
      let text = texts[sentence]
      if (text === undefined) {
        text = sentenceText(sentence)
        texts[sentence] = text
      }

      return text
    },
    tokens(sentence) {
      const slot = sentence % tokenCacheSize
      let tokens = tokenizedFor[slot] === sentence ? tokenized[slot] : undefined
      if (tokens === undefined) {
        // A list of its own per sentence, not copies into plain objects:
        // its tokens make their strings only when read, and the readers
        // below read the strings of capitalised words only.
        tokens = new TokenList().read(this.text(sentence))
        tokenized[slot] = tokens
        tokenizedFor[slot] = sentence
      }

      return tokens
    },
    mayHave(sentence, word, capital) {
      // Callers ask about one word for sentence after sentence: lower-case
      // it once.
      if (word !== askedWord) {
        askedWord = word
        askedKey = word.toLowerCase()
        // Lower-casing a whole text gives the lower case of each of its
        // tokens but for a final sigma, whose form depends on what follows.
        askedSigma = askedKey.includes('σ') || askedKey.includes('ς')
        askedPattern = asciiKey.test(askedKey) ? caselessPattern((patterns ??= new Map()), askedKey) : undefined
      }

      const key = askedKey
      if (askedSigma) return true
      const text = this.text(sentence)
      // Fast path: an ASCII key is found in the text as written by a
      // case-insensitive search, without lower-casing the text (most news
      // text has curly quotes, and lower-casing such text is slow; it was
      // most of the cost of a question). That finds exactly what a search
      // in the lower case finds unless the text has `İ` or the Kelvin sign,
      // the only characters besides `A`–`Z` whose lower case is ASCII.
      if (askedPattern && !hasCaseTrap(this, sentence, text)) {
        const pattern = askedPattern
        pattern.lastIndex = 0
        let match = pattern.exec(text)
        if (!capital) return match !== null
        // A capitalised token does not start with a lower-case ASCII letter.
        while (match) {
          const code = text.charCodeAt(match.index)
          if (code < 97 || code > 122) return true
          pattern.lastIndex = match.index + 1
          match = pattern.exec(text)
        }

        return false
      }

      let lower = lowered[sentence]
      if (lower === undefined) {
        lower = text.toLowerCase()
        if (lower.includes('’')) lower = lower.replaceAll('’', "'")
        lowered[sentence] = lower
      }

      let at = lower.indexOf(key)
      if (!capital || at === -1 || key === '') return at !== -1
      // Lower-casing keeps offsets but for `İ`, which becomes two characters.
      if (text.includes('\u0130')) return true
      // A capitalised token does not start with a lower-case ASCII letter.
      while (at !== -1) {
        const code = text.charCodeAt(at)
        if (code < 97 || code > 122) return true
        at = lower.indexOf(key, at + 1)
      }

      return false
    },
    mayHaveBeforeCapital(sentence, word) {
      if (word !== askedWord || !askedPattern) return true
      const text = this.text(sentence)
      if (hasCaseTrap(this, sentence, text)) return true
      // A token equal to the word is a match of the caseless pattern as
      // long as the word; the next token starts after white space, and a
      // capitalised one with `A`–`Z` or a character beyond ASCII.
      const pattern = askedPattern
      pattern.lastIndex = 0
      let match = pattern.exec(text)
      while (match) {
        let index = match.index + askedKey.length
        while (index < text.length && isPatternSpace(text.charCodeAt(index))) index++
        const code = text.charCodeAt(index)
        if ((code >= 65 && code <= 90) || code >= 128) return true
        pattern.lastIndex = match.index + 1
        match = pattern.exec(text)
      }

      return false
    },
    traps: []
  }
  const sentenceNames: Array<Map<string, string> | undefined> = []
  const fullNames = new Map<string, string | undefined>()
  let allNames: Map<string, string> | undefined
  let acronyms: Map<string, string> | undefined
  const titles: Title[] = []
  /** Number of sentences read for {@link titles}, from the first. */
  let titlesRead = 0
  const roles = new Map<string, string | undefined>()
  const runs = new Map<string, string | undefined>()
  // What the sentences read last mention, by sentence modulo the size:
  // references back look a few sentences back from where the attributions
  // are, in document order.
  const mentioned: Array<Mentions | undefined> = []
  const mentionedFor: number[] = []

  /**
   * Personal names of one sentence, first mention first.
   *
   * @param sentence
   *   Sentence index.
   * @returns
   *   Name keys → full names.
   */
  const namesOf = (sentence: number): Map<string, string> => {
    let names = sentenceNames[sentence]
    if (names === undefined) {
      names = new Map()
      readNames(sentences.text(sentence), sentences.tokens(sentence), names)
      sentenceNames[sentence] = names
    }

    return names
  }

  return {
    fullName(key) {
      if (allNames) return allNames.get(key)
      if (fullNames.has(key)) return fullNames.get(key)
      if (fullNames.size < lazyNameQuestions) {
        // Only a sentence with a capitalised token that gives the key can
        // give it.
        let name: string | undefined
        const written = writtenForms(key)
        for (let sentence = 0; sentence < count && name === undefined; sentence++) {
          if (written ? includesAny(sentences.text(sentence), written) : sentences.mayHave(sentence, key, true)) name = namesOf(sentence).get(key)
        }

        fullNames.set(key, name)
        return name
      }

      // Many questions: build the map of the whole text once, first mention
      // first, as the answers above read it.
      allNames = new Map()
      for (let sentence = 0; sentence < count; sentence++) {
        for (const [each, full] of namesOf(sentence)) if (!allNames.has(each)) allNames.set(each, full)
      }

      return allNames.get(key)
    },
    acronym(acronym) {
      if (!acronymShape.test(acronym)) return undefined
      if (!acronyms) {
        acronyms = new Map()
        for (let sentence = 0; sentence < count; sentence++) {
          const text = sentences.text(sentence)
          if (text.includes('(') && acronymTest.test(text)) readAcronyms(text, sentences.tokens(sentence), acronyms)
        }
      }

      return acronyms.get(acronym)
    },
    titleBefore(sentence, head) {
      // Only titles in or before the sentence matter: read the sentences
      // up to it, going on from where the last question stopped (questions
      // come in document order, and most come before the end).
      while (titlesRead <= sentence && titlesRead < count) {
        const text = sentences.text(titlesRead)
        if (mayHaveTitle(text)) readTitles(text, sentences.tokens(titlesRead), titlesRead, titles)
        titlesRead++
      }

      // Titles are in order: find the last one in or before the sentence,
      // then look back a bounded way for one with the head.
      let low = 0
      let high = titles.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if ((titles[middle]?.sentence ?? 0) <= sentence) low = middle + 1
        else high = middle
      }

      for (let index = low - 1; index >= 0 && low - index <= 50; index--) {
        const title = titles[index]
        if (title && (head === undefined || title.head === head)) return title.title
      }

      return undefined
    },
    runEndingWith(phrase) {
      if (runs.has(phrase)) return runs.get(phrase)
      const run = findRunEndingWith(sentences, phrase)
      runs.set(phrase, run)
      return run
    },
    nameAfterRole(role) {
      if (roles.has(role)) return roles.get(role)
      const name = findNameAfterRole(sentences, role)
      roles.set(role, name)
      return name
    },
    mentions(sentence) {
      if (sentence < 0 || sentence >= count) return noMentions
      const slot = sentence % mentionCacheSize
      let mentions = mentionedFor[slot] === sentence ? mentioned[slot] : undefined
      if (mentions === undefined) {
        mentions = readMentions(sentences.text(sentence), sentences.tokens(sentence))
        mentioned[slot] = mentions
        mentionedFor[slot] = sentence
      }

      return mentions
    }
  }
}

/** What a sentence out of range mentions. */
const noMentions: Mentions = {subject: undefined, names: []}

/**
 * Find the first capitalised run that ends with a phrase.
 *
 * @param sentences
 *   Sentences.
 * @param phrase
 *   Phrase as written in names.
 * @returns
 *   The run, if any.
 */
function findRunEndingWith(sentences: Sentences, phrase: string): string | undefined {
  const words = phrase.split(' ')
  for (let sentence = 0; sentence < sentences.count; sentence++) {
    // A sentence without the phrase's first word cannot have the phrase.
    if (!sentences.mayHave(sentence, words[0] ?? '', false)) continue
    const text = sentences.text(sentence)
    const tokens = sentences.tokens(sentence)
    for (let at = 0; at + words.length <= tokens.length; at++) {
      if (!words.every((word, offset) => bare(tokens[at + offset] as WordToken) === word.toLowerCase())) continue
      let start = at
      while (start > 0 && at - start < 4 && tokens[start - 1]?.cap && !notNames.has(bare(tokens[start - 1] as WordToken))) start--
      const first = tokens[start]
      const lastToken = tokens[at + words.length - 1]
      if (first && lastToken) {
        const run = oneLine(text.slice(first.start, lastToken.end))
        return run.endsWith("'s") || run.endsWith('’s') ? run.slice(0, -2) : run
      }
    }
  }

  return undefined
}

/**
 * Find a name written right after a role word or words.
 *
 * @param sentences
 *   Sentences.
 * @param role
 *   Lower-case role word, or words with single spaces.
 * @returns
 *   Name, if any.
 */
function findNameAfterRole(sentences: Sentences, role: string): string | undefined {
  // A role of one word (`correspondent`) or more (`president of fjordland`).
  const words = role.split(' ')
  for (let sentence = 0; sentence < sentences.count; sentence++) {
    // A sentence without the role word cannot have it as a token; nor give
    // a name after it without a capital after it.
    if (!sentences.mayHave(sentence, role, false) || !sentences.mayHaveBeforeCapital(sentence, role)) continue
    const text = sentences.text(sentence)
    const tokens = sentences.tokens(sentence)
    for (const [at, token] of tokens.entries()) {
      if (token.lower !== words[0]) continue
      let after = at + 1
      while (after - at < words.length && tokens[after]?.lower === words[after - at]) after++
      if (after - at < words.length) continue
      const end = nameEnd(tokens, after)
      const first = tokens[after]
      const lastToken = tokens[end - 1]
      if (end - after >= 2 && first && lastToken) return withoutPossessive(oneLine(text.slice(first.start, lastToken.end)))
    }
  }

  return undefined
}

/**
 * Whether a token can be part of a personal name.
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it can.
 */
function isNameWord(token: WordToken | undefined): boolean {
  if (!token || !token.word || !token.cap) return false
  // A word in capitals first: it needs no lower case.
  return !isUpperCase(token.value) && !notNameWords.has(bare(token))
}

/**
 * Words that are no part of a personal name: those of seven lists in one
 * set, so that a capitalised word costs one look-up, not seven. Honorifics
 * are no part of a full name (`Mr Olsen` gives no full name for `Olsen`).
 */
const notNameWords: ReadonlySet<string> = new Set([...notNames, ...roleWords, ...organizationWords, ...outletWords, ...documentHeads, ...anonymousHeads, ...honorifics])

/**
 * Whether a word is the same in upper case (`NATO`, `U.S.`, `2024`): by
 * character codes for ASCII, without making the upper-case copy.
 *
 * @param value
 *   Word.
 * @returns
 *   Whether it is.
 */
function isUpperCase(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 97 && code <= 122) return false
    if (code >= 128) return value === value.toUpperCase()
  }

  return true
}

/**
 * End (exclusive) of a personal name starting at `start`.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @returns
 *   End; `start` when there is no name.
 */
export function nameEnd(tokens: readonly WordToken[], start: number): number {
  return nameEndFrom(tokens, start, start)
}

/**
 * {@link nameEnd} for a name whose tokens from `start` up to `from` are
 * known name words (not tested again).
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start of the name.
 * @param from
 *   First token to test.
 * @returns
 *   End.
 */
function nameEndFrom(tokens: readonly WordToken[], start: number, from: number): number {
  let at = from
  while (at < tokens.length && at - start < 4) {
    const token = tokens[at]
    if (isNameWord(token)) {
      at++
      continue
    }

    if (at > start && token && (token.value === '&' || nameParticles.has(token.lower)) && isNameWord(tokens[at + 1])) {
      at++
      continue
    }

    break
  }

  return at
}

/**
 * Record the personal names of two or three words in a sentence.
 *
 * A possessive ends a name and is not part of it (`David Blunkett's
 * resignation` names `David Blunkett`). A run of four or more name words in
 * running text is descriptive words before a name (`Dubai-based Russian
 * Vladimir Okhotnikov allegedly …`): its last two words are the name. A run
 * followed by another capitalised word is no personal name (`Jane Doe
 * Institute`, a headline in title case).
 *
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @param fullNames
 *   Map to fill.
 * @returns
 *   Nothing.
 */
export function readNames(text: string, tokens: readonly WordToken[], fullNames: Map<string, string>): undefined {
  let at = 0
  while (at < tokens.length) {
    if (!isNameWord(tokens[at])) {
      at++
      continue
    }

    // The whole run (each token is looked at once: `at` moves past it).
    const end = runEnd(tokens, at)
    const lastToken = tokens[end - 1]
    const possessive = lastToken !== undefined && isPossessive(lastToken)
    const after = tokens[end]
    const length = end - at
    let first: WordToken | undefined
    if (length >= 2 && length <= 3 && (possessive || !after?.cap)) first = tokens[at]
    // Descriptive words before a name in running text: a lower-case word
    // follows (a headline in title case goes on in capitals).
    else if (length >= 4 && (possessive || (after !== undefined && after.word && !after.cap)) && isNameWord(tokens[end - 2])) first = tokens[end - 2]
    if (first && lastToken) {
      const name = withoutPossessive(oneLine(text.slice(first.start, lastToken.end)))
      addNameKeys(fullNames, first, name)
      addNameKeys(fullNames, lastToken, name)
    }

    at = end
  }

  return undefined
}

/**
 * End (exclusive) of the run of name words that starts with the name word
 * at `start`: name words, and `&` or particles between them (`Beatrix von
 * Storch`); a possessive ends it (`Blunkett's`).
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Index of a name word.
 * @returns
 *   End of the run.
 */
function runEnd(tokens: readonly WordToken[], start: number): number {
  let at = start + 1
  while (at < tokens.length && !isPossessive(tokens[at - 1] as WordToken)) {
    const token = tokens[at]
    if (isNameWord(token)) {
      at++
      continue
    }

    if (token && (token.value === '&' || nameParticles.has(token.lower)) && isNameWord(tokens[at + 1])) {
      at++
      continue
    }

    break
  }

  return at
}

/**
 * Whether a token ends with a possessive `'s` or `’s` (`Blunkett’s`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it does.
 */
function isPossessive(token: WordToken): boolean {
  return token.word && token.lower.endsWith("'s")
}

/**
 * A name without a final possessive (`David Blunkett’s` → `David
 * Blunkett`).
 *
 * @param name
 *   Name.
 * @returns
 *   Name without it.
 */
function withoutPossessive(name: string): string {
  return name.endsWith("'s") || name.endsWith('’s') ? name.slice(0, -2) : name
}

/**
 * Record the keys of one end word of a full name: its bare lower case, and
 * its value as written with `’` as `'` and without a possessive `'s`.
 *
 * @param fullNames
 *   Map to fill.
 * @param token
 *   First or last word of the name.
 * @param name
 *   The full name.
 * @returns
 *   Nothing.
 */
function addNameKeys(fullNames: Map<string, string>, token: WordToken, name: string): undefined {
  const key = bare(token)
  if (!fullNames.has(key)) fullNames.set(key, name)
  // `value.replaceAll('’', "'").replace(/'s$/, '')` without the pattern.
  let written = token.value
  if (written.includes('’')) written = written.replaceAll('’', "'")
  if (written.endsWith("'s")) written = written.slice(0, -2)
  if (!fullNames.has(written)) fullNames.set(written, name)
  return undefined
}

/**
 * Text on one line: white space runs as single spaces
 * (`replaceAll(/\s+/g, ' ')`), without the pattern when the text is already
 * words joined by single spaces, as most names are.
 *
 * @param text
 *   Text from the start of a token to the end of one.
 * @returns
 *   Text on one line.
 */
function oneLine(text: string): string {
  return isSingleSpaced(text) ? text : text.replaceAll(/\s+/g, ' ')
}

/**
 * Record acronyms spelled out before them in parentheses
 * (`National Rifle Association (NRA)`).
 *
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @param acronyms
 *   Map to fill.
 * @returns
 *   Nothing.
 */
export function readAcronyms(text: string, tokens: readonly WordToken[], acronyms: Map<string, string>): undefined {
  for (const [at, token] of tokens.entries()) {
    const acronym = tokens[at + 1]
    if (token.value !== '(' || !acronym || tokens[at + 2]?.value !== ')') continue
    if (!/^[A-Z]{2,6}$/.test(acronym.value)) continue
    let start = at
    let letters = ''
    // The whole capitalised run, for acronyms of names in another language
    // (`Federal Security Service (FSB)`): its start and initials.
    let runStart = at
    let runLetters = ''
    while (start > 0 && at - start < 10) {
      const before = tokens[start - 1]
      if (!before || !before.word) break
      if (before.cap && !notNames.has(before.lower)) {
        letters = (before.value[0] ?? '') + letters
        runStart = start - 1
        runLetters = letters
      } else if (before.lower !== 'of' && before.lower !== 'for' && before.lower !== 'and' && before.lower !== 'the' && before.lower !== 'on') {
        break
      }

      start--
      if (letters.toUpperCase() === acronym.value) break
    }

    const lastToken = tokens[at - 1]
    if (!lastToken || acronyms.has(acronym.value)) continue
    if (letters.toUpperCase() === acronym.value) {
      acronyms.set(acronym.value, oneLine(text.slice(tokens[start]!.start, lastToken.end)))
    } else if (runLetters.length >= 2 && runLetters.length <= 8 && sharedInitials(runLetters.toUpperCase(), acronym.value) * 2 >= acronym.value.length) {
      acronyms.set(acronym.value, oneLine(text.slice(tokens[runStart]!.start, lastToken.end)))
    }
  }

  return undefined
}

/**
 * How many letters of an acronym are initials of the name before it, in
 * order: `FSB` shares `F` and `S` with `Federal Security Service`.
 *
 * @param initials
 *   Initials of the name, upper case.
 * @param acronym
 *   Acronym.
 * @returns
 *   Count.
 */
function sharedInitials(initials: string, acronym: string): number {
  let count = 0
  let from = 0
  for (const letter of acronym) {
    const found = initials.indexOf(letter, from)
    if (found === -1) continue
    count++
    from = found + 1
  }

  return count
}

/**
 * Record capitalised document titles (`Declaration on Allied Cooperation`,
 * `Moscow Declaration`).
 *
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @param sentence
 *   Sentence index.
 * @param titles
 *   List to fill.
 * @returns
 *   Nothing.
 */
export function readTitles(text: string, tokens: readonly WordToken[], sentence: number, titles: Title[]): undefined {
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at]
    if (!token || !token.cap || !token.word || notNames.has(bare(token))) {
      at++
      continue
    }

    let end = at
    let head: string | undefined
    while (end < tokens.length && end - at < 10) {
      const next = tokens[end]
      // Headlines in capitals are no titles (`TOWER REPORT DIMINISHES …`).
      if (next?.word && next.cap && !notNames.has(bare(next)) && !(next.value.length > 4 && isUpperCase(next.value))) {
        if (documentHeads.has(bare(next)) && head === undefined) head = bare(next)
        end++
        continue
      }

      const after = tokens[end + 1]
      if (next && (next.lower === 'on' || next.lower === 'of' || next.lower === 'for' || next.lower === 'and') && after?.cap && !notNames.has(bare(after))) {
        end++
        continue
      }

      break
    }

    const first = tokens[at]
    const lastToken = tokens[end - 1]
    if (head && first && lastToken) {
      titles.push({sentence, title: oneLine(text.slice(first.start, lastToken.end)), head})
    }

    at = Math.max(end, at + 1)
  }

  return undefined
}

/** Single-word openers that need no comma before the subject (`Earlier Mr Doe said`). */
const adverbOpeners: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'still', 'also', 'earlier', 'later', 'meanwhile', 'however', 'separately', 'instead', 'indeed', 'now', 'then'])

/** Prepositions of place, after which two capitalised words are a place, not a person (`in Hong Kong`). */
const placePrepositions: ReadonlySet<string> = new Set(['in', 'at', 'into', 'near', 'across', 'throughout', 'outside', 'inside', 'around'])

/** Lower-case words that join the capitalised words of an organisation's name (`Bank of Japan`). */
const nameJoins: ReadonlySet<string> = new Set(['of', 'for', '&'])

/** The most tokens of a run of capitalised words a mention takes (its last ones). */
const runReach = 12

/** The most tokens an opening phrase may take before the comma that ends it. */
const openerReach = 12

/**
 * Read what a sentence mentions: its subject (the noun phrase that opens
 * it, after an opener: `Earlier Mr Doe, …`, `On Monday, the firm …`) and its
 * runs of capitalised words, each classified: a person (`Mr Abe`, `Home
 * Secretary Charles Clarke`, `Jane Doe`), an organisation (`Oakland
 * Institute`, `Bank of Japan`), or unclear (`Nestle`, `Britain`).
 *
 * One pass over the tokens; each token is looked at a bounded number of
 * times.
 *
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @returns
 *   Mentions.
 */
export function readMentions(text: string, tokens: readonly WordToken[]): Mentions {
  const names: Mention[] = []
  let quoted = false
  let at = 0
  while (at < tokens.length) {
    const token = tokens[at] as WordToken
    if (!token.word) {
      quoted = quoteAfter(token.value, quoted)
      at++
      continue
    }

    if (!token.cap || notNames.has(bare(token))) {
      at++
      continue
    }

    const end = capitalRunEnd(tokens, at)
    // Words in capitals are a headline (`HOUSING SALES DROP, REALTY GROUP
    // SAYS`), but for one acronym (`NATO`). A name is its run's last few
    // words at most (a run of thousands is no name).
    const start = Math.max(at, end - runReach)
    const mention = end - start > 1 && allUpperCase(tokens, start, end) ? undefined : classifyRun(text, tokens, start, end, quoted)
    if (mention) names.push(mention)
    at = end
  }

  return {subject: readSubject(text, tokens), names}
}

/**
 * Whether text is inside quotation marks after a punctuation token: `“`
 * and `«` open, `”` and `»` close, `"` toggles.
 *
 * @param value
 *   Punctuation token.
 * @param quoted
 *   Whether the text before it is quoted.
 * @returns
 *   Whether the text after it is.
 */
function quoteAfter(value: string, quoted: boolean): boolean {
  if (value === '"') return !quoted
  if (value === '“' || value === '«') return true
  if (value === '”' || value === '»') return false
  return quoted
}

/**
 * Whether the words of a range are all in capitals.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether they are.
 */
function allUpperCase(tokens: readonly WordToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const token = tokens[index] as WordToken
    if (token.word && token.cap && !isUpperCase(token.value)) return false
  }

  return true
}

/**
 * End (exclusive) of a run of capitalised words: capitalised words that are
 * no openers, joined by `of`, `for`, `&` or a name particle when a
 * capitalised word follows, and by `and` after `of` or `for` (`Ministry of
 * Culture and Tourism`, but `Jane Doe and John Roe` are two); a possessive
 * ends it (`World Bank’s`).
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Index of a capitalised word.
 * @returns
 *   End of the run.
 */
function capitalRunEnd(tokens: readonly WordToken[], start: number): number {
  let at = start + 1
  let institutional = false
  while (at < tokens.length && !isPossessive(tokens[at - 1] as WordToken)) {
    const token = tokens[at] as WordToken
    if (isCapitalName(token)) {
      at++
      continue
    }

    if ((nameJoins.has(token.lower) || nameParticles.has(token.lower) || (institutional && token.lower === 'and')) && isCapitalName(tokens[at + 1])) {
      if (token.lower === 'of' || token.lower === 'for') institutional = true
      at++
      continue
    }

    break
  }

  return at
}

/**
 * Whether a token is a capitalised word that can be part of a name (no
 * opener, pronoun, month or weekday).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isCapitalName(token: WordToken | undefined): boolean {
  return token !== undefined && token.word && token.cap && !notNames.has(bare(token))
}

/**
 * Classify a run of capitalised words.
 *
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @param start
 *   First token of the run.
 * @param end
 *   End (exclusive) of the run.
 * @param quoted
 *   Whether it is inside quotation marks.
 * @returns
 *   Mention, or `undefined` for a run that is only an honorific.
 */
function classifyRun(text: string, tokens: readonly WordToken[], start: number, end: number, quoted: boolean): Mention | undefined {
  let first = start
  let pronoun: 'he' | 'she' | undefined
  while (first < end && honorifics.has((tokens[first] as WordToken).lower)) {
    pronoun = honorificPronoun(tokens[first] as WordToken) ?? pronoun
    first++
  }

  const honorific = first > start

  if (first >= end) return undefined
  // The personal name at the end of the run (`Charles Clarke` in `New Home
  // Secretary Charles Clarke`).
  let nameStart = end
  while (nameStart > first && isNameWord(tokens[nameStart - 1])) nameStart--
  let length = end - nameStart
  // Descriptive words before a name (`Dubai-based Russian Vladimir Okhotnikov`).
  if (length >= 4) {
    nameStart = end - 2
    length = 2
  }

  const before = tokens[start - 1]
  const roleStart = roleBefore(tokens, first, nameStart)
  const place = !honorific && roleStart === undefined && before !== undefined && placePrepositions.has(before.lower)
  const lastToken = tokens[end - 1] as WordToken
  let kind: SourceKind = 'other'
  let from = first
  let role: string | undefined
  // A name after a lower-case word inside the run is the object of a
  // longer name (`Heads of State of Central Asia`), not a person.
  const joined = nameStart > first && !(tokens[nameStart - 1] as WordToken).cap
  // Nor is a run after an article or an ordinal (`the 5th Consultative
  // Meeting`, `a Grand Slam`): people are named without one.
  const article = nameStart === first && before !== undefined && isArticleOrOrdinal(before)
  if (nameStart < end && (honorific || ((length === 2 || length === 3) && !place && !joined && !article))) {
    kind = 'person'
    from = nameStart
    const roleFrom = roleStart === undefined ? undefined : tokens[roleStart]
    const roleTo = tokens[nameStart - 1]
    if (roleFrom && roleTo && roleStart !== undefined && roleStart < nameStart) role = oneLine(text.slice(roleFrom.start, roleTo.end))
  } else if (hasOrganizationWord(tokens, first, end) || knownKind(text.slice((tokens[first] as WordToken).start, lastToken.end)) !== undefined) {
    kind = 'organization'
  }

  const fromToken = tokens[from] as WordToken
  return {
    name: withoutPossessive(oneLine(text.slice(fromToken.start, lastToken.end))),
    kind,
    start: fromToken.start,
    end: lastToken.end,
    head: runHead(tokens, from, end),
    role,
    honorific,
    pronoun,
    quoted,
    verb: isVerbLike(tokens, end),
    personal: isPersonal(tokens, end)
  }
}

/**
 * Whether a word is an article or an ordinal number (`the`, `a`, `an`,
 * `5th`, `21st`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isArticleOrOrdinal(token: WordToken): boolean {
  const word = token.lower
  if (word === 'the' || word === 'a' || word === 'an') return true
  const first = word.charCodeAt(0)
  if (first < 48 || first > 57 || word.length < 3) return false
  const suffix = word.slice(-2)
  return suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th'
}

/**
 * The pronoun an honorific fixes: `he` for `Mr`, `she` for `Mrs`, `Ms` and
 * `Miss`, none for `Dr` or `Mx`.
 *
 * @param token
 *   Honorific.
 * @returns
 *   Pronoun, if any.
 */
function honorificPronoun(token: WordToken): 'he' | 'she' | undefined {
  const word = bare(token)
  return word === 'mr' ? 'he' : word === 'mrs' || word === 'ms' || word === 'miss' ? 'she' : undefined
}

/**
 * Where a role written before a personal name starts: the run's words
 * before the name when one is a role word (`Home Secretary`), or a
 * lower-case role word right before the run (`party leader Jane Doe`).
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   First token of the run (after honorifics).
 * @param nameStart
 *   First token of the name.
 * @returns
 *   Index of the role's first token, if any.
 */
function roleBefore(tokens: readonly WordToken[], first: number, nameStart: number): number | undefined {
  for (let index = first; index < nameStart; index++) {
    if (roleWords.has(bare(tokens[index] as WordToken))) return first
  }

  const before = tokens[first - 1]
  return nameStart === first && before?.word && !before.cap && roleWords.has(bare(before)) ? first - 1 : undefined
}

/**
 * Whether a range of tokens has an organisation word.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Whether it has.
 */
function hasOrganizationWord(tokens: readonly WordToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (organizationWords.has(bare(tokens[index] as WordToken))) return true
  return false
}

/**
 * The head word of a run: the word before `of` or `for` (`bank` in `Bank
 * of Japan`), else the last word.
 *
 * @param tokens
 *   Tokens.
 * @param start
 *   Start.
 * @param end
 *   End (exclusive).
 * @returns
 *   Lower-case head, without a possessive.
 */
function runHead(tokens: readonly WordToken[], start: number, end: number): string {
  for (let index = start + 1; index < end; index++) {
    const token = tokens[index] as WordToken
    if (!token.cap && nameJoins.has(token.lower)) return bare(tokens[index - 1] as WordToken)
  }

  return bare(tokens[end - 1] as WordToken)
}

/**
 * Whether the word at `at` (or after one adverb in `-ly`) looks like a verb:
 * an auxiliary, a cue, or a lower-case word in `-ed` or `-s` (`Nestle is`,
 * `Acme reported`, `Acme plans`).
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of the word after a noun phrase.
 * @returns
 *   Whether it looks like one.
 */
function isVerbLike(tokens: readonly WordToken[], at: number): boolean {
  let token = tokens[at]
  if (token?.word && !token.cap && token.lower.length > 3 && token.lower.endsWith('ly')) token = tokens[at + 1]
  if (!token || !token.word || token.cap) return false
  const word = token.lower
  if (auxiliaries.has(word) || cueVerbs.has(word)) return true
  return word.length > 3 && (word.endsWith('ed') || (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')))
}

/** The most tokens an appositive may take before the comma that ends it. */
const appositiveReach = 8

/**
 * Whether what follows a noun phrase is said of a person: `, who`, or an
 * appositive with a role word before its closing comma (`, a surgeon,`,
 * `, the party's leader,`).
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of the token after the phrase.
 * @returns
 *   Whether it is.
 */
function isPersonal(tokens: readonly WordToken[], at: number): boolean {
  if (tokens[at]?.value !== ',') return false
  if (tokens[at + 1]?.lower === 'who') return true
  for (let index = at + 1; index < tokens.length && index - at <= appositiveReach; index++) {
    const token = tokens[index] as WordToken
    if (token.value === ',') return false
    if (token.word && roleWords.has(bare(token))) return true
  }

  return false
}

/**
 * Read the subject of a sentence: the noun phrase that opens it, after a
 * conjunction or adverb (`But`, `Earlier`) or an opening phrase that ends
 * at a comma (`On Monday, the firm …`).
 *
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @returns
 *   Subject, if it can be a source (no pronoun).
 */
function readSubject(text: string, tokens: readonly WordToken[]): Mention | undefined {
  let start = 0
  let token = tokens[0]
  // A sentence that opens with a quotation has its subject inside it.
  if (!token?.word) return undefined
  if (token.cap && adverbOpeners.has(token.lower)) {
    start++
    if (tokens[start]?.value === ',') start++
    token = tokens[start]
  }

  if (token?.cap && openers.has(token.lower) && !adverbOpeners.has(token.lower)) {
    const opener = start
    while (start < tokens.length && start - opener < openerReach && tokens[start]?.value !== ',') start++
    if (tokens[start]?.value !== ',') return undefined
    start++
  }

  const end = readForward(tokens, start)
  if (end <= start) return undefined
  const span = classifyPhrase(text, tokens, start, end, 'said')
  if (!span || span.pronoun) return undefined
  let pronoun: 'he' | 'she' | undefined
  let honorific = false
  for (let index = start; index < end; index++) {
    const word = tokens[index] as WordToken
    if (word.start >= span.start) break
    if (honorifics.has(word.lower)) {
      honorific = true
      pronoun = honorificPronoun(word) ?? pronoun
    }
  }

  const single = end - start === 1
  return {
    name: span.name,
    // A lone capitalised word is unclear (`Nestle`, `Britain`, `Clarke`).
    kind: single && span.kind === 'organization' && !knownKind(span.name) && !hasOrganizationWord(tokens, start, end) ? 'other' : span.kind,
    start: span.start,
    end: span.end,
    head: bare(tokens[end - 1] as WordToken),
    role: span.role,
    honorific,
    pronoun,
    quoted: false,
    verb: isVerbLike(tokens, end),
    personal: isPersonal(tokens, end)
  }
}
