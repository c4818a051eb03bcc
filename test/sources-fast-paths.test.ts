import {describe, expect, it} from 'vitest'
import {cueVerbs, participleCues, phrasalCues, prepositionCueStarts} from '../src/lib/sources/constants-cues.js'
import {findAttributions, mayHaveCue, recognizers} from '../src/lib/sources/find-attributions.js'
import {cleanName, knownKind} from '../src/lib/sources/classify-phrase.js'
import {organizationNames, outletNames} from '../src/lib/sources/constants-names.js'
import {slug} from '../src/lib/sources/slug.js'
import type {AttributionSpan} from '../src/lib/recognizer-types.js'
import {TokenList, tokenizeWords, type WordToken} from '../src/lib/sources/tokenize-words.js'

// The tokeniser as it was before its fast path for ASCII: one sticky
// regular expression per token. The fast path must give the same tokens.
const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy
const space = /\s+/y
const upper = /^\p{Lu}/u
const gluedCues = ['said', 'says', 'added', 'adds', 'noted', 'explained', 'according to']
const abbreviations = new Set(['inc', 'corp', 'co', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'capt', 'prof', 'no'])
// A middle initial keeps its period: a capital, `.`, a white space, then
// another initial or a surname of at most 25 characters that no capital
// word follows (`George H. W. Bush`, not `Plan B. Jane Doe`).
const initial = /^[ \n\t][A-Z](?:\.|[A-Za-z\d]{0,24}(?![A-Za-z\d])(?![ \n\t][A-Z]))/

function reference(text: string): WordToken[] {
  const tokens: WordToken[] = []
  let index = 0
  while (index < text.length) {
    space.lastIndex = index
    if (space.test(text)) {
      index = space.lastIndex
      continue
    }

    word.lastIndex = index
    const match = word.exec(text)
    if (match) {
      let end = word.lastIndex
      let value = match[0]
      const isInitial = /^[A-Z]$/.test(value) && initial.test(text.slice(end + 1))
      if (text.charCodeAt(end) === 46 && (value.includes('.') || abbreviations.has(value.toLowerCase()) || isInitial)) {
        end++
        value += '.'
      }

      for (const cue of gluedCues) {
        if (value.length > cue.length + 1 && value.startsWith(cue) && upper.test(value.charAt(cue.length))) {
          end = index + cue.length
          value = value.slice(0, cue.length)
          break
        }
      }

      tokens.push({value, lower: value.toLowerCase().replaceAll('’', "'"), start: index, end, word: true, cap: upper.test(value)})
      index = end
      continue
    }

    const value = text.charAt(index)
    tokens.push({value, lower: value, start: index, end: index + 1, word: false, cap: false})
    index++
  }

  return tokens
}

const isCue = (token: WordToken) =>
  token.word && (prepositionCueStarts.has(token.lower) || (!token.cap && (cueVerbs.has(token.lower) || participleCues.has(token.lower) || phrasalCues.has(token.lower))))

const samples = [
  '',
  'Jane Doe said on Tuesday.',
  '“We are ready,” said Jane Doe, a lawyer.',
  'Berlin’s mayor, Christian-Oliver Müller, told U.S. officials at 12:40 GMT.',
  'saidJane Doe and addedÉmile Zola',
  'Mr. Roe of Acme Inc. met Dr. Smith; no. 5 is U.S.-led.',
  'George H. W. Bush, Jane Q. Public said, Plan B. Jane Doe, X. Y, Jane Q. Abcdefghijklmnopqrstuvwxyz said, Jane Q. O’Brien',
  'according to the ministry — citing sources — “quoting” officials…',
  'In the words of the minister, with reference to TASS, it was reported by RIA.',
  'said— says… told” wrote’ noted\u00a0added\u2028stated',
  'Straße said, Ωmega says, 東京 reported, 𝐀lpha said, emoji 😀said',
  'don’t can\'t it’s-a-trap 1.5 2-3 a.b.c. word’ ’word KELVIN \u212Aelvin said\u212A',
  'SAID Said saId, ACCORDING to, According To',
  'Prices rose, saidAccording to the ministry.',
  'Prices rose, \u212Aaid the ministry.',
  'The minister ma\u212Aes clear, SAYS Jane, sAid Roe; IN the words of X, With reference to TASS, QUOTED by RIA.',
  'he’s said’s saying’ said.’ Said- -said in’ ’in told\u00e9 t\u00f6ld reportedly according-to'
]

const textPieces = ['said', 'Said', 'saidJ', 'according', ' ', ' ', ' ', '.', ',', 'J. ', 'Q', 'Bush', 'Plan B. ', '\t', '’', "'", '-', '“', '”', 'é', 'É', 'ß', '\u00a0', '\n', 'Jane', 'doe', 'U', 'S', 'inc', 'Mr', '😀', '𝐀', '\u212A', 'told', 'words', 'reference', 'in', 'the', 'of', 'x', '1', '—', 'saying', 'made', 'clear']

/**
 * Join `size` pieces picked by a linear congruential generator from `seed`:
 * the same text for the same seed, run after run.
 */
function joinPieces(pieces: readonly string[], seed: number, size: number): string {
  let state = seed
  let text = ''
  for (let index = 0; index < size; index++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    text += pieces[state % pieces.length]
  }

  return text
}

function randomText(seed: number, size: number): string {
  return joinPieces(textPieces, seed, size)
}

describe('sources fast paths', () => {
  it('tokenizeWords gives the tokens of the regular-expression tokeniser', () => {
    for (const text of samples) expect(tokenizeWords(text)).toEqual(reference(text))
    for (let seed = 1; seed < 3000; seed++) {
      const text = randomText(seed, 1 + (seed % 40))
      expect(tokenizeWords(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  it('a reused TokenList gives the tokens of tokenizeWords, sentence after sentence', () => {
    const list = new TokenList()
    const plain = (tokens: readonly WordToken[]) =>
      tokens.map((token) => ({value: token.value, lower: token.lower, start: token.start, end: token.end, word: token.word, cap: token.cap}))
    for (let seed = 1; seed < 3000; seed++) {
      const text = seed < samples.length ? (samples[seed] ?? '') : randomText(seed * 3, 1 + (seed % 60))
      expect(plain(list.read(text)), JSON.stringify(text)).toEqual(reference(text))
      // Cleared or not, the next text gets its own strings.
      if (seed % 2 === 0) list.clear()
    }

    list.clear()
    expect(list.text).toBe('')
    expect(list.pool.length).toBeLessThanOrEqual(4096)
    expect(list.read('a '.repeat(10_000)).length).toBe(10_000)
    list.clear()
    expect(list.pool.length).toBe(4096)
  })

  it('mayHaveCue is true whenever a recogniser finds something at a cue token', () => {
    for (let seed = 1; seed < 3000; seed++) {
      const text = seed < samples.length ? (samples[seed] ?? '') : randomText(seed * 7, 1 + (seed % 30))
      const tokens = reference(text)
      const sentence = {text, tokens}
      const found = tokens.some((token, index) => isCue(token) && recognizers.some((recognizer) => recognizer.extract(sentence, index) !== undefined))
      if (found) expect(mayHaveCue(text), JSON.stringify(text)).toBe(true)
    }
  })

  it('mayHaveCue is true whenever a recogniser finds something, around `_` and glued cues too', () => {
    const pieces = ['said', 'SAID', 'Says', 'saidJ', 'SAIDJ', 'saidÉ', 'dJ', 'sX', '_', '__', ' ', '.', ',', '-', '’', 'é', 'É', '\u212A', 'according', 'to', 'Jane', 'Doe', 'the', 'ministry', 'told', 'x', '1', 'reported', 'by', 'with', 'reference']
    for (let seed = 1; seed < 6000; seed++) {
      const text = joinPieces(pieces, seed, 1 + (seed % 25))
      const tokens = reference(text)
      const sentence = {text, tokens}
      const found = tokens.some((token, index) => isCue(token) && recognizers.some((recognizer) => recognizer.extract(sentence, index) !== undefined))
      if (found) expect(mayHaveCue(text), JSON.stringify(text)).toBe(true)
    }
  })

  it('mayHaveCue looks past `_`, which `\\b` counts as a word character, and finds glued cues at a word start only', () => {
    expect(mayHaveCue('_said_')).toBe(true)
    expect(mayHaveCue('Jane Doe_said')).toBe(true)
    expect(mayHaveCue('x_said2')).toBe(false)
    expect(mayHaveCue('saidJane')).toBe(true)
    expect(mayHaveCue('addsX')).toBe(true)
    expect(mayHaveCue('asaidJane')).toBe(false)
    expect(mayHaveCue('saidjane')).toBe(true)
    expect(mayHaveCue('SAIDJANE')).toBe(true)
    expect(mayHaveCue('said\u00c9mile')).toBe(true)
    expect(mayHaveCue('a\u212A')).toBe(true)
  })

  it('mayHaveCue reads whole words in any case, glued cues and the Kelvin sign', () => {
    expect(mayHaveCue('Jane Doe SAID so.')).toBe(true)
    expect(mayHaveCue('“Yes,” said—Jane')).toBe(true)
    expect(mayHaveCue('According to the ministry')).toBe(true)
    expect(mayHaveCue('saidAccording')).toBe(true)
    expect(mayHaveCue('the \u212Aelvin scale')).toBe(true)
    expect(mayHaveCue('The reporter’s unsaid words2 were sayings.')).toBe(false)
    expect(mayHaveCue('asaid, said2, 2said')).toBe(false)
  })

  it('findAttributions gives the spans of trying the recognisers at every cue token', () => {
    // The loop as it was, without prechecks: every token, exact cue test.
    const expected = (text: string): AttributionSpan[] => {
      const tokens = reference(text)
      const sentence = {text, tokens}
      const spans: AttributionSpan[] = []
      let index = 0
      while (index < tokens.length) {
        const token = tokens[index]
        let found: {spans: AttributionSpan[]; next: number} | undefined
        if (token && isCue(token)) {
          for (const recognizer of recognizers) {
            found = recognizer.extract(sentence, index)
            if (found) break
          }
        }

        if (!found) {
          index++
          continue
        }

        for (const span of found.spans) {
          let overlaps = false
          for (let other = spans.length - 1; other >= 0 && spans.length - other <= 4; other--) {
            const previous = spans[other]
            if (previous && previous.start < span.end && span.start < previous.end) overlaps = true
          }

          if (!overlaps) spans.push(span)
        }

        index = Math.max(index + 1, found.next)
      }

      return spans.sort((a, b) => a.start - b.start)
    }

    for (const text of samples) expect(findAttributions(text), JSON.stringify(text)).toEqual(expected(text))
    for (let seed = 1; seed < 3000; seed++) {
      const text = randomText(seed * 13, 1 + (seed % 40))
      expect(findAttributions(text), JSON.stringify(text)).toEqual(expected(text))
    }
  })

  it('slug skips decomposition for ASCII names only', () => {
    const reference = (name: string) =>
      name
        .normalize('NFKD')
        .replaceAll(/\p{M}+/gu, '')
        .toLowerCase()
        .replaceAll(/['’]s\b/g, 's')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join('-')
    for (const name of ['Vestnik Kavkaza', "Reuters's desk", 'Agence France-Presse', 'Émile Zola', 'Beatrix von Storch’s', 'ﬁnance', '\u212Aelvin', 'İlham', '', '--', 'A\u0000B']) {
      expect(slug(name), name).toBe(reference(name))
    }

    expect(slug('Vestnik Kavkaza')).toBe('vestnik-kavkaza')
    expect(slug('Émile Zola')).toBe('emile-zola')
    expect(slug('Jane Doe 2')).toBe('jane-doe-2')
    expect(slug('Jane  Doe')).toBe('jane-doe')
    const pieces = ['Jane', 'DOE', 'x', '2', ' ', ' ', '  ', '\t', "'s", '’s', '-', 'É', '\u212A', 'ß', 'İ', '_', '.']
    for (let seed = 1; seed < 5000; seed++) {
      const name = joinPieces(pieces, seed, seed % 7)
      expect(slug(name), JSON.stringify(name)).toBe(reference(name))
    }
  })

  it('cleanName and knownKind give what their patterns give', () => {
    const pieces = ['Jane', 'Doe', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u2028', '\u3000', '\ufeff', '\u0000', '’', 'é', 'News', '.az', '.com', '-', 'İ', 'TASS', 'x']
    let domains = 0
    for (let seed = 1; seed < 5000; seed++) {
      const name = joinPieces(pieces, seed, seed % 9)
      expect(cleanName(name), JSON.stringify(name)).toBe(name.replaceAll(/\s+/g, ' ').trim())
      const domain = /^[\p{L}\p{N}-]+\.(?:az|kz|ru|com|org|net|uz|am|ge|ua|by|kg|tj|tm|info|news|io|co|uk|de|fr|in|cn|tr)$/iu
      if (domain.test(name)) {
        expect(knownKind(name), JSON.stringify(name)).toBe('outlet')
        domains++
      }
    }

    expect(domains).toBeGreaterThan(10)

    expect(knownKind('News.az')).toBe('outlet')
    expect(knownKind('Reuters')).toBe('outlet')
  })

  it('knownKind gives what lower-casing and looking up every name gives', () => {
    const plain = (name: string) => {
      const lower = name.toLowerCase().replaceAll('’', "'")
      if (outletNames.has(lower)) return 'outlet'
      if (organizationNames.has(lower)) return 'organization'
      return /^[\p{L}\p{N}-]+\.(?:az|kz|ru|com|org|net|uz|am|ge|ua|by|kg|tj|tm|info|news|io|co|uk|de|fr|in|cn|tr)$/iu.test(name) ? 'outlet' : undefined
    }

    const known = [...outletNames, ...organizationNames]
    let found = 0
    for (const name of known) {
      const variants = [name, name.toUpperCase(), name.replaceAll("'", '’'), name.charAt(0).toUpperCase() + name.slice(1), name + 's', 'x' + name, name.replaceAll('i', 'İ'), name.replaceAll(' ', '  ')]
      for (const variant of variants) {
        expect(knownKind(variant), JSON.stringify(variant)).toBe(plain(variant))
        if (plain(variant)) found++
      }
    }

    expect(found).toBeGreaterThan(known.length * 3)
    const pieces = ['Jane', 'Doe', 'Reuters', 'White', 'House', 'the', 'THE', ' ', '’', "'", 'İ', 'i', 'é', 'News', '.az', 'TASS', 'Kremlin', 'x', '1']
    for (let seed = 1; seed < 5000; seed++) {
      const name = joinPieces(pieces, seed, seed % 6)
      expect(knownKind(name), JSON.stringify(name)).toBe(plain(name))
    }
  })

  it('mayHaveCue is false for a sentence without cue words', () => {
    expect(mayHaveCue('The weather in Moscow was cold on Tuesday, with snow.')).toBe(false)
    expect(mayHaveCue('Das Wetter in München war kalt.')).toBe(false)
  })
})
