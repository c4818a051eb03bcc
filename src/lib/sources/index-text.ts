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
import {bare, takeWords, type WordToken} from './tokenize-words.js'

/** What the text says about names. */
export interface TextIndex {
  /** First and last words of personal names → the full name. */
  fullNames: Map<string, string>
  /** Acronyms → what they stand for. */
  acronyms: Map<string, string>
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
 * Index the sentences of an article.
 *
 * @param sentences
 *   Sentence texts in order.
 * @returns
 *   The index.
 */
export function readTextIndex(sentences: readonly string[]): TextIndex {
  const fullNames = new Map<string, string>()
  const acronyms = new Map<string, string>()
  const titles: Title[] = []
  const tokenized: Array<{text: string; tokens: WordToken[]}> = []

  for (const [sentence, text] of sentences.entries()) {
    const tokens = takeWords(text)
    tokenized.push({text, tokens})
    readNames(text, tokens, fullNames)
    // An acronym is spelled out before it in parentheses.
    if (text.includes('(')) readAcronyms(text, tokens, acronyms)
    readTitles(text, tokens, sentence, titles)
  }

  const roles = new Map<string, string | undefined>()
  return {
    fullNames,
    acronyms,
    titleBefore(sentence, head) {
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
      const words = phrase.split(' ')
      for (const {text, tokens} of tokenized) {
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
    },
    nameAfterRole(role) {
      if (roles.has(role)) return roles.get(role)
      const name = findNameAfterRole(tokenized, role)
      roles.set(role, name)
      return name
    }
  }
}

/**
 * Find a name written right after a role word.
 *
 * @param tokenized
 *   Sentences and their tokens.
 * @param role
 *   Lower-case role word.
 * @returns
 *   Name, if any.
 */
function findNameAfterRole(tokenized: ReadonlyArray<{text: string; tokens: WordToken[]}>, role: string): string | undefined {
  for (const {text, tokens} of tokenized) {
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
