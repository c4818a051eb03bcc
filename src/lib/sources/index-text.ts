/**
 * Read what the whole text says about names, for the resolver: full
 * personal names (`Chen Guiqiu` for a later `Chen`), acronyms spelled out
 * (`National Rifle Association (NRA)`), document titles (`Declaration on
 * Allied Cooperation`) and names after a role (`correspondent Paul Adams`).
 *
 * @module
 */

import {
  anonymousHeads,
  documentHeads,
  nameParticles,
  notNames,
  organizationWords,
  outletWords,
  roleWords
} from './constants-names.js'
import {bare, tokenizeWords, type WordToken} from './tokenize-words.js'

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
   * A name written right after a role word (`correspondent Paul Adams`).
   *
   * @param role
   *   Lower-case role word.
   * @returns
   *   Name, if any.
   */
  nameAfterRole(role: string): string | undefined
}

/** A document title and where it is. */
interface Title {
  sentence: number
  title: string
  head: string
}

/**
 * A test for sentences that may hold an acronym in parentheses: `(`, white
 * space, two to six capitals, white space, `)`, as tokens `(`, `NRA`, `)`.
 */
const acronymTest = /\(\s*[A-Z]{2,6}\s*\)/

/**
 * A test for sentences that may hold a document title: a document head word
 * anywhere, in any case (`u` folds the Kelvin sign to `k`, as lower-casing
 * does).
 */
const titleTest = new RegExp([...documentHeads].map((head) => escape(head)).join('|'), 'iu')

/**
 * Distinct full-name questions answered by scanning before the whole name
 * map is built instead: keeps a text with many names linear.
 */
const lazyNameQuestions = 8

/**
 * Index the sentences of an article.
 *
 * Nothing is read up front: most articles ask the index nothing or only a
 * few questions, so each part is built on the first question, and only from
 * the sentences a native substring test finds can answer it (tokenising
 * every sentence was the largest cost of resolving sources).
 *
 * @param sentences
 *   Sentence texts in order.
 * @returns
 *   The index.
 */
export function readTextIndex(sentences: readonly string[]): TextIndex {
  const tokenized: Array<WordToken[] | undefined> = []
  const sentenceNames: Array<Map<string, string> | undefined> = []
  const fullNames = new Map<string, string | undefined>()
  let allNames: Map<string, string> | undefined
  let acronyms: Map<string, string> | undefined
  let titles: Title[] | undefined
  const roles = new Map<string, string | undefined>()
  const runs = new Map<string, string | undefined>()

  /**
   * Tokens of a sentence, tokenised on first use.
   *
   * @param sentence
   *   Sentence index.
   * @returns
   *   Tokens.
   */
  const tokensOf = (sentence: number): WordToken[] => {
    let tokens = tokenized[sentence]
    if (tokens === undefined) {
      tokens = tokenizeWords(sentences[sentence] ?? '')
      tokenized[sentence] = tokens
    }

    return tokens
  }

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
      readNames(sentences[sentence] ?? '', tokensOf(sentence), names)
      sentenceNames[sentence] = names
    }

    return names
  }

  return {
    fullName(key) {
      if (allNames) return allNames.get(key)
      if (fullNames.has(key)) return fullNames.get(key)
      let name: string | undefined
      if (fullNames.size < lazyNameQuestions) {
        // A sentence can only give a key it contains (in any case).
        const test = containsTest(key)
        for (let sentence = 0; sentence < sentences.length && name === undefined; sentence++) {
          if (test && !test.test(sentences[sentence] ?? '')) continue
          name = namesOf(sentence).get(key)
        }

        fullNames.set(key, name)
        return name
      }

      // Many questions: build the map of the whole text once, first mention
      // first, as the answers above read it.
      allNames = new Map()
      for (let sentence = 0; sentence < sentences.length; sentence++) {
        for (const [each, full] of namesOf(sentence)) if (!allNames.has(each)) allNames.set(each, full)
      }

      return allNames.get(key)
    },
    acronym(acronym) {
      if (!acronyms) {
        acronyms = new Map()
        for (const [sentence, text] of sentences.entries()) {
          if (acronymTest.test(text)) readAcronyms(text, tokensOf(sentence), acronyms)
        }
      }

      return acronyms.get(acronym)
    },
    titleBefore(sentence, head) {
      if (!titles) {
        titles = []
        for (const [at, text] of sentences.entries()) {
          if (titleTest.test(text)) readTitles(text, tokensOf(at), at, titles)
        }
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
      const run = findRunEndingWith(sentences, tokensOf, phrase)
      runs.set(phrase, run)
      return run
    },
    nameAfterRole(role) {
      if (roles.has(role)) return roles.get(role)
      const name = findNameAfterRole(sentences, tokensOf, role)
      roles.set(role, name)
      return name
    }
  }
}

/**
 * A test whether a text may hold a word that lower-cases (curly apostrophes
 * made straight) to `word` or starts with it: the word in any case, either
 * apostrophe. Beyond ASCII, lower-casing can change a string's length
 * (`İ`), so there is no test.
 *
 * @param word
 *   Word.
 * @returns
 *   Test, or `undefined` when every text may hold it.
 */
export function containsTest(word: string): RegExp | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007F]/.test(word)) return undefined
  // `u`: the Kelvin sign, the one other character whose lower case is
  // ASCII (`k`), matches `k`.
  return new RegExp(escape(word).replaceAll("'", "['’]"), 'iu')
}

/**
 * Escape a string for a regular expression with the `u` flag.
 *
 * @param value
 *   String.
 * @returns
 *   Pattern matching it literally.
 */
function escape(value: string): string {
  return value.replaceAll(/[$()*+./?[\\\]^{|}]/g, String.raw`\$&`)
}

/**
 * Find the first capitalised run that ends with a phrase.
 *
 * @param sentences
 *   Sentence texts.
 * @param tokensOf
 *   Tokens of a sentence.
 * @param phrase
 *   Phrase as written in names.
 * @returns
 *   The run, if any.
 */
function findRunEndingWith(sentences: readonly string[], tokensOf: (sentence: number) => WordToken[], phrase: string): string | undefined {
  const words = phrase.split(' ')
  // A sentence without the phrase's first word cannot have the phrase.
  const test = containsTest((words[0] ?? '').toLowerCase())
  for (const [sentence, text] of sentences.entries()) {
    if (test && !test.test(text)) continue
    const tokens = tokensOf(sentence)
    for (let at = 0; at + words.length <= tokens.length; at++) {
      if (!words.every((word, offset) => bare(tokens[at + offset] as WordToken) === word.toLowerCase())) continue
      let start = at
      while (start > 0 && at - start < 4 && tokens[start - 1]?.cap && !notNames.has(bare(tokens[start - 1] as WordToken))) start--
      const first = tokens[start]
      const lastToken = tokens[at + words.length - 1]
      if (first && lastToken) {
        const run = text.slice(first.start, lastToken.end).replaceAll(/\s+/g, ' ')
        return run.endsWith("'s") || run.endsWith('’s') ? run.slice(0, -2) : run
      }
    }
  }

  return undefined
}

/**
 * Find a name written right after a role word.
 *
 * @param sentences
 *   Sentence texts.
 * @param tokensOf
 *   Tokens of a sentence.
 * @param role
 *   Lower-case role word.
 * @returns
 *   Name, if any.
 */
function findNameAfterRole(sentences: readonly string[], tokensOf: (sentence: number) => WordToken[], role: string): string | undefined {
  // A sentence without the role word cannot have it as a token.
  const test = containsTest(role)
  for (const [sentence, text] of sentences.entries()) {
    if (test && !test.test(text)) continue
    const tokens = tokensOf(sentence)
    for (const [at, token] of tokens.entries()) {
      if (token.lower !== role) continue
      const end = nameEnd(tokens, at + 1)
      const first = tokens[at + 1]
      const lastToken = tokens[end - 1]
      if (end - (at + 1) >= 2 && first && lastToken) return text.slice(first.start, lastToken.end).replaceAll(/\s+/g, ' ')
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
  const word = bare(token)
  return !notNames.has(word) && !roleWords.has(word) && !organizationWords.has(word) && !outletWords.has(word) && !documentHeads.has(word) && !anonymousHeads.has(word) && !isUpperCase(token.value)
}

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
function nameEnd(tokens: readonly WordToken[], start: number): number {
  let at = start
  while (at < tokens.length && at - start < 4) {
    const token = tokens[at]
    if (isNameWord(token)) {
      at++
      continue
    }

    if (token && (token.value === '&' || nameParticles.has(token.lower)) && at > start && isNameWord(tokens[at + 1])) {
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
 * @param text
 *   Sentence.
 * @param tokens
 *   Tokens.
 * @param fullNames
 *   Map to fill.
 * @returns
 *   Nothing.
 */
function readNames(text: string, tokens: readonly WordToken[], fullNames: Map<string, string>): undefined {
  let at = 0
  while (at < tokens.length) {
    if (!isNameWord(tokens[at]) || (at > 0 && isNameWord(tokens[at - 1]))) {
      at++
      continue
    }

    const end = nameEnd(tokens, at)
    const first = tokens[at]
    const lastToken = tokens[end - 1]
    const length = end - at
    if (length >= 2 && length <= 3 && first && lastToken && !tokens[end]?.cap) {
      const name = text.slice(first.start, lastToken.end).replaceAll(/\s+/g, ' ')
      for (const token of [first, lastToken]) {
        const key = bare(token)
        if (!fullNames.has(key)) fullNames.set(key, name)
        const written = token.value.replaceAll('’', "'").replace(/'s$/, '')
        if (!fullNames.has(written)) fullNames.set(written, name)
      }
    }

    at = Math.max(end, at + 1)
  }

  return undefined
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
function readAcronyms(text: string, tokens: readonly WordToken[], acronyms: Map<string, string>): undefined {
  for (const [at, token] of tokens.entries()) {
    const acronym = tokens[at + 1]
    if (token.value !== '(' || !acronym || tokens[at + 2]?.value !== ')') continue
    if (!/^[A-Z]{2,6}$/.test(acronym.value)) continue
    let start = at
    let letters = ''
    while (start > 0 && at - start < 10) {
      const before = tokens[start - 1]
      if (!before || !before.word) break
      if (before.cap && !notNames.has(before.lower)) letters = (before.value[0] ?? '') + letters
      else if (before.lower !== 'of' && before.lower !== 'for' && before.lower !== 'and' && before.lower !== 'the' && before.lower !== 'on') break
      start--
      if (letters.toUpperCase() === acronym.value) break
    }

    const first = tokens[start]
    const lastToken = tokens[at - 1]
    if (letters.toUpperCase() === acronym.value && first && lastToken && !acronyms.has(acronym.value)) {
      acronyms.set(acronym.value, text.slice(first.start, lastToken.end).replaceAll(/\s+/g, ' '))
    }
  }

  return undefined
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
function readTitles(text: string, tokens: readonly WordToken[], sentence: number, titles: Title[]): undefined {
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
      titles.push({sentence, title: text.slice(first.start, lastToken.end).replaceAll(/\s+/g, ' '), head})
    }

    at = Math.max(end, at + 1)
  }

  return undefined
}
