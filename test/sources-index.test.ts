/**
 * The resolver's text index is built lazily, from the sentences a substring
 * test picks: its answers must be those of reading every sentence.
 */
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {acronymTest, nameEnd, readAcronyms, readNames, readTextIndex, readTitles, mayHaveTitle, type Title} from '../src/lib/sources/index-text.js'
import {tokenizeWords} from '../src/lib/sources/tokenize-words.js'

/** Index sentences, counting which are read. */
function index(sentences: string[]) {
  const read: number[] = []
  const textIndex = readTextIndex(sentences.length, (sentence) => {
    read.push(sentence)
    return sentences[sentence] ?? ''
  })
  return {index: textIndex, read}
}

/** The full-name map of reading every sentence, first mention first. */
function allNames(sentences: string[]) {
  const names = new Map<string, string>()
  for (const text of sentences) readNames(text, tokenizeWords(text), names)
  return names
}

const pieces = [
  'Chen', 'Guiqiu', 'chen', 'Jane', 'Doe', 'O’Brien', "O'Brien’s", 'von', 'Storch', '&', 'Von', '\u212Aarenina', 'Karenina', 'İlham', 'Aliyev',
  'ΟΔΟΣ', 'Σ', ':', 'said', 'the', 'Report', 'REPORT', 'Declaration', 'on', 'of', 'Treaty', 'Communiqué', 'COMMUNIQUÉ', '\u212Award',
  '(', ')', 'NRA', 'National', 'Rifle', 'Association', 'Federal', 'Reserve', 'U.S.', 'correspondent', 'Paul', 'Adams',
  ' ', ' ', ' ', '  ', '\n', '.', ',', '’s', "'s", 'Mr.', 'saidJane', 'x',
  'Jean-Luc', 'JEAN-luc', 'D’Arcy', "d'Arcy", 'Smith', 'İlham\u212A', "NATO's", 'NATO’s', 'NATO', 'BT’s', "Doe's"
]

/**
 * Sentences made of `words` from a seeded generator: one to `most.sentences`
 * sentences of one to `most.pieces` words, a third of them glued to the next.
 */
function randomSentences(seed: number, words: readonly string[] = pieces, most = {sentences: 6, pieces: 30}): string[] {
  let state = seed
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0)
  const sentences: string[] = []
  const count = 1 + (next() % most.sentences)
  for (let sentence = 0; sentence < count; sentence++) {
    let text = ''
    const size = 1 + (next() % most.pieces)
    for (let index = 0; index < size; index++) {
      const piece = words[next() % words.length] ?? ''
      text += piece + (next() % 3 === 0 ? '' : ' ')
    }

    sentences.push(text)
  }

  return sentences
}

describe('text index', () => {
  it('answers questions about names, acronyms, titles and roles', () => {
    const sentences = [
      'The weather was fine.',
      'Chen Guiqiu, a lawyer, said the National Rifle Association (NRA) and the U.S. Federal Reserve agreed.',
      'They signed a Declaration on Allied Cooperation.',
      'BBC correspondent Paul Adams reported it.',
      'Anna \u212Aarenina and Beatrix von Storch’s aide left.'
    ]
    const {index: textIndex, read} = index(sentences)
    expect(read).toEqual([])
    expect(textIndex.fullName('chen')).toBe('Chen Guiqiu')
    expect(textIndex.fullName('Guiqiu')).toBe('Chen Guiqiu')
    expect(textIndex.fullName('guiqiu')).toBe('Chen Guiqiu')
    expect(textIndex.fullName('karenina')).toBe('Anna \u212Aarenina')
    expect(textIndex.fullName('storch')).toBe('Beatrix von Storch')
    expect(textIndex.fullName('Putin')).toBeUndefined()
    expect(textIndex.acronym('NRA')).toBe('National Rifle Association')
    expect(textIndex.acronym('Putin')).toBeUndefined()
    expect(textIndex.titleBefore(0, undefined)).toBeUndefined()
    expect(textIndex.titleBefore(2, 'declaration')).toBe('Declaration on Allied Cooperation')
    expect(textIndex.titleBefore(4, undefined)).toBe('Declaration on Allied Cooperation')
    expect(textIndex.titleBefore(4, 'treaty')).toBeUndefined()
    expect(textIndex.runEndingWith('Federal Reserve')).toBe('U.S. Federal Reserve')
    expect(textIndex.runEndingWith('Bank of England')).toBeUndefined()
    expect(textIndex.nameAfterRole('correspondent')).toBe('Paul Adams')
    expect(textIndex.nameAfterRole('minister')).toBeUndefined()
    // Every sentence is read once at most.
    expect(new Set(read).size).toBe(read.length)
  })

  it('spells out an acronym of a name in another language, not one of a place or a time', () => {
    const {index: textIndex} = index([
      'On Monday the State Harbour Service (SHK) of Fjordland opened a case.',
      'The talks in Geneva (GVA) and at noon Moscow Time (MSK) went on.'
    ])
    expect(textIndex.acronym('SHK')).toBe('State Harbour Service')
    expect(textIndex.acronym('GVA')).toBeUndefined()
    expect(textIndex.acronym('MSK')).toBeUndefined()
    const tree = parse('Harbour case opened\n\nThe State Harbour Service (SHK) of Fjordland opened a case. The SHK urged crews to stay in port.\n')
    const sources = tree.children.at(-1)
    expect(sources?.type === 'sources' && sources.children.map((source) => [source.name, source.kind, source.data?.aliases])).toStrictEqual([
      ['State Harbour Service', 'organization', ['SHK']]
    ])
  })

  it('reads no sentence when asked nothing, or asked for what cannot be an acronym', () => {
    const {index: textIndex, read} = index(['The National Rifle Association (NRA) said so.'])
    expect(textIndex.acronym('nra')).toBeUndefined()
    expect(read).toEqual([])
  })

  it('gives the full names of reading every sentence, whether asked few questions or many', () => {
    for (let seed = 1; seed < 1500; seed++) {
      const sentences = randomSentences(seed)
      const names = allNames(sentences)
      const keys = [...names.keys(), 'chen', 'Chen', 'karenina', 'Karenina', 'o\'brien', 'O’Brien', 'οδος', 'οδοσ', 'i̇lham', 'storch', 'nobody', 'jean-luc', 'Jean-Luc', "d'arcy", "D'Arcy", 'smith', 'ilhamk', 'NATO', 'NRA', 'BT', 'Doe', 'Jane', 'Smith', 'Storch', 'nato']
      // Few questions: each answered by scanning the sentences that may hold it.
      const few = index(sentences).index
      for (const key of keys.slice(0, 7)) expect(few.fullName(key), JSON.stringify({sentences, key})).toBe(names.get(key))
      // Each question alone, answered by the substring search.
      for (const key of keys) expect(index(sentences).index.fullName(key), JSON.stringify({sentences, key})).toBe(names.get(key))
      // Many questions: the whole map is built once.
      const many = index(sentences).index
      for (const key of keys) expect(many.fullName(key), JSON.stringify({sentences, key})).toBe(names.get(key))
    }
  })

  it('gives the full names of reading every sentence when names stand beside punctuation', () => {
    // Keys alone (`in Baku,`) and in names, beside separators, particles,
    // possessives, periods and glued words.
    const near = [
      'Baku', 'Baku’s', "Baku's", 'BT’s', "BT's", 'BT', 'Aliyev', 'İlham', 'Ilham', 'Jane', 'Doe', 'von', 'de', '&', 'and', 'in',
      '(', ')', ',', '.', ';', '"', '“', '”', '—', '-', '’', "'", 's', 'S', '2024', 'said', 'saidBaku', 'Mr.', 'U.S.', 'Baku.az',
      'Baku-based', 'xBaku', 'Bakux', 'É', 'éa', '\u00A0', '\t', '_', '/', ''
    ]
    for (let seed = 1; seed < 4000; seed++) {
      const sentences = randomSentences(seed, near, {sentences: 4, pieces: 14})
      const names = allNames(sentences)
      for (const key of [...names.keys(), 'Baku', 'BT', 'Aliyev', 'Jane', 'Doe', 'Ilham', 'İlham', 'Bakux']) {
        expect(index(sentences).index.fullName(key), JSON.stringify({sentences, key})).toBe(names.get(key))
      }
    }
  })

  it('gives the title before a sentence of reading every sentence, whatever the order of questions', () => {
    const heads = [undefined, 'report', 'declaration', 'treaty', 'communiqué']
    for (let seed = 1; seed < 1500; seed++) {
      const sentences = randomSentences(seed)
      const titles: Title[] = []
      for (const [at, text] of sentences.entries()) readTitles(text, tokenizeWords(text), at, titles)
      const expected = (sentence: number, head: string | undefined) => {
        const before = titles.filter((title) => title.sentence <= sentence)
        for (let index = before.length - 1; index >= 0 && before.length - index <= 50; index--) {
          const title = before[index]
          if (title && (head === undefined || title.head === head)) return title.title
        }

        return undefined
      }

      const textIndex = index(sentences).index
      // Forwards, then backwards, then beyond either end.
      const order = [...sentences.keys(), ...[...sentences.keys()].reverse(), -2, -1, sentences.length + 3]
      for (const sentence of order) {
        const head = heads[(seed + sentence + 2) % heads.length]
        expect(textIndex.titleBefore(sentence, head), JSON.stringify({sentences, sentence, head})).toBe(expected(sentence, head))
      }
    }
  })

  it('gives the name after a role of reading every sentence', () => {
    const roles = ['correspondent', 'doctor', 'minister', "o'brien", 'jane', 'karenina', 'chen', 'von', 'report', 'x']
    for (let seed = 1; seed < 1500; seed++) {
      const sentences = randomSentences(seed).map((text, index) => (index % 2 === 0 ? 'BBC correspondent ' : 'the Doctor  ') + text)
      for (const role of roles) {
        let expected: string | undefined
        for (const text of sentences) {
          const tokens = tokenizeWords(text)
          for (const [at, token] of tokens.entries()) {
            if (token.lower !== role) continue
            const end = nameEnd(tokens, at + 1)
            if (end - (at + 1) >= 2) {
              expected = text
                .slice(tokens[at + 1]!.start, tokens[end - 1]!.end)
                .replaceAll(/\s+/g, ' ')
                .replace(/['’]s$/, '')
              break
            }
          }

          if (expected !== undefined) break
        }

        expect(index(sentences).index.nameAfterRole(role), JSON.stringify({sentences, role})).toBe(expected)
      }
    }
  })

  it('answers the same when a document has more sentences than it keeps tokens for', () => {
    // Sentence 3 and sentence 3 + 256 share a slot of the token cache: each
    // question below reads tokens of sentences far apart, in both orders.
    const sentences = Array.from({length: 700}, (_, sentence) => 'Talks went on in round ' + sentence + '.')
    sentences[3] = 'The U.S. Federal Reserve said correspondent Paul Adams was there.'
    sentences[259] = 'The Bank of England said minister Jane Doe was not.'
    sentences[515] = 'A correspondent said the European Central Bank agreed.'
    sentences[690] = 'Jane Doe and Paul Adams met John Roe.'
    const {index: textIndex} = index(sentences)
    expect(textIndex.nameAfterRole('minister')).toBe('Jane Doe')
    expect(textIndex.nameAfterRole('correspondent')).toBe('Paul Adams')
    expect(textIndex.runEndingWith('Central Bank')).toBe('European Central Bank')
    expect(textIndex.runEndingWith('Federal Reserve')).toBe('U.S. Federal Reserve')
    expect(textIndex.runEndingWith('of England')).toBe('Bank of England')
    for (const key of ['adams', 'doe', 'roe', 'jane', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9']) {
      expect(textIndex.fullName(key), key).toBe(allNames(sentences).get(key))
    }

    expect(textIndex.fullName('roe')).toBe('John Roe')
    expect(textIndex.fullName('adams')).toBe('Paul Adams')
  })

  it('tests positive for every sentence with a title or an acronym', () => {
    for (let seed = 1; seed < 3000; seed++) {
      for (const text of randomSentences(seed)) {
        const tokens = tokenizeWords(text)
        const titles: Title[] = []
        readTitles(text, tokens, 0, titles)
        if (titles.length > 0) expect(mayHaveTitle(text), JSON.stringify(text)).toBe(true)
        const acronyms = new Map<string, string>()
        readAcronyms(text, tokens, acronyms)
        if (acronyms.size > 0) expect(text.includes('(') && acronymTest.test(text), JSON.stringify(text)).toBe(true)
      }
    }

    expect(mayHaveTitle('The Minsk Communiqué')).toBe(true)
    expect(mayHaveTitle('the reporters’ lawyer made a statement, a Report')).toBe(true)
    expect(mayHaveTitle('the reporters’ lawyer made a statement')).toBe(false)
    expect(mayHaveTitle('The weather was fine.')).toBe(false)
  })
})
