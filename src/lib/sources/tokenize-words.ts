/**
 * Split a sentence into word and punctuation tokens, in one linear pass, for
 * the attribution recognisers.
 *
 * @module
 */

/** A word or a punctuation mark, with offsets into the sentence. */
export interface WordToken {
  /** The token as written. */
  value: string
  /** Lower case, curly apostrophes made straight. */
  lower: string
  /** Start offset. */
  start: number
  /** End offset (exclusive). */
  end: number
  /** Whether this is a word (letters or digits), not punctuation. */
  word: boolean
  /** Whether the word starts with a capital letter (or is a digit-free acronym). */
  cap: boolean
}

// A word: letters and digits, with inner apostrophes, hyphens, periods and
// slashes (`Berlin’s`, `Christian-Oliver`, `U.S`, `News.az`). Every repeat
// starts with a separator, so matching is linear.
const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy
const space = /\s+/y
const upper = /^\p{Lu}/u
const gluedCues = ['said', 'says', 'added', 'adds', 'noted', 'explained', 'according to']
const abbreviations = new Set(['inc', 'corp', 'co', 'ltd', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'gen', 'col', 'sen', 'rep', 'gov', 'lt', 'capt', 'prof', 'no'])

/**
 * Tokenise a sentence.
 *
 * @param text
 *   Sentence text.
 * @returns
 *   Tokens in order; white space is dropped.
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    // Fast path: ASCII white space, punctuation and words, by character
    // codes; anything beyond ASCII that could be part of a word or white
    // space goes to the regular expressions below.
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        index++
        continue
      }

      if (!isAsciiWord(code)) {
        const value = text.charAt(index)
        tokens.push({value, lower: value, start: index, end: index + 1, word: false, cap: false})
        index++
        continue
      }

      const end = asciiWordEnd(text, index)
      if (end > 0) {
        index = pushWord(tokens, text, index, end, text.slice(index, end), plainWord)
        continue
      }
    }

    space.lastIndex = index
    if (space.test(text)) {
      index = space.lastIndex
      continue
    }

    word.lastIndex = index
    const match = word.exec(text)
    if (match) {
      index = pushWord(tokens, text, index, word.lastIndex, match[0], false)
      continue
    }

    const value = text.charAt(index)
    tokens.push({value, lower: value, start: index, end: index + 1, word: false, cap: false})
    index++
  }

  return tokens
}

/**
 * Whether a character code is an ASCII letter or digit.
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}

/** Per character code: 0 not yet known, 1 letter or digit, 2 other. */
const wide = new Uint8Array(65_536)
const letterOrDigit = /^[\p{L}\p{N}]$/u

/**
 * Whether a character code beyond ASCII can end a word: it is no letter,
 * digit or surrogate (`”`, `—`, `…`).
 *
 * @param code
 *   Character code.
 * @returns
 *   Whether it is.
 */
function endsWord(code: number): boolean {
  if (code >= 0xd8_00 && code <= 0xdf_ff) return false
  let kind = wide[code]
  if (kind === 0) {
    kind = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2
    wide[code] = kind
  }

  return kind === 2
}

/**
 * End of the word of ASCII letters and digits (with inner `'`, `’`, `.`,
 * `-`) that starts at `start`, as the regular expression `word` reads it; 0
 * when a character beyond ASCII makes that unclear.
 *
 * @param text
 *   Text.
 * @param start
 *   Index of an ASCII letter or digit.
 * @returns
 *   End (exclusive), or 0.
 */
function asciiWordEnd(text: string, start: number): number {
  const length = text.length
  const first = text.charCodeAt(start)
  let plain = first < 65 || first > 90
  let end = start + 1
  for (;;) {
    while (end < length) {
      const code = text.charCodeAt(end)
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        end++
      } else if (code >= 65 && code <= 90) {
        plain = false
        end++
      } else {
        break
      }
    }

    plainWord = plain
    if (end >= length) return end
    const next = text.charCodeAt(end)
    if (next === 39 || next === 46 || next === 45 || next === 0x20_19) {
      const after = end + 1 < length ? text.charCodeAt(end + 1) : 32
      if (isAsciiWord(after)) {
        if (next === 0x20_19 || (after >= 65 && after <= 90)) plain = false
        end += 2
        continue
      }

      if (after < 128 || endsWord(after)) return end
      return 0
    }

    if (next < 128 || endsWord(next)) return end
    return 0
  }
}

/**
 * Whether the word {@link asciiWordEnd} read last has no capital and no `’`,
 * so that it is its own lower case: most words are, and `toLowerCase` and
 * the search for `’` were much of the cost of a token.
 */
let plainWord = false

/**
 * Push a word token.
 *
 * @param tokens
 *   Tokens.
 * @param text
 *   Text.
 * @param start
 *   Start of the word.
 * @param matchEnd
 *   End of the word as matched.
 * @param matched
 *   The word as matched.
 * @param plain
 *   Whether the word is known to be its own lower case.
 * @returns
 *   Where to go on.
 */
function pushWord(tokens: WordToken[], text: string, start: number, matchEnd: number, matched: string, plain: boolean): number {
  let end = matchEnd
  let value = matched
  // Keep the period of an abbreviation (`Inc.`, `U.S.`, `Mr.`).
  if (text.charCodeAt(end) === 46 /* `.` */ && (value.includes('.') || (value.length <= 8 && abbreviations.has(value.toLowerCase())))) {
    end++
    value += '.'
  }

  // Markdown copy may glue a cue to a bold name (`said**Jane Doe**` reads
  // `saidJane Doe`): split a known cue from a capitalised word.
  const first = value.charCodeAt(0)
  // Glued cues start with `s`, `a`, `n` or `e`, and a word known to have no
  // capital has none glued to it.
  const glued = !plain && value.length > 4 && (first === 115 || first === 97 || first === 110 || first === 101) ? gluedCue(value) : 0
  if (glued > 0) {
    end = start + glued
    value = value.slice(0, glued)
  }

  let lower = value
  if (!plain) {
    lower = value.toLowerCase()
    if (lower.includes('’')) lower = lower.replaceAll('’', "'")
  }
  const capital = value.charCodeAt(0)
  tokens.push({value, lower, start, end, word: true, cap: capital < 128 ? capital >= 65 && capital <= 90 : upper.test(value)})
  return end
}

/**
 * Length of a cue glued to a capitalised word (`saidJane` → 4), or 0.
 *
 * @param value
 *   Word.
 * @returns
 *   Length of the cue.
 */
function gluedCue(value: string): number {
  for (const cue of gluedCues) {
    if (value.length > cue.length + 1 && value.startsWith(cue) && upper.test(value.charAt(cue.length))) return cue.length
  }

  return 0
}

/**
 * Lower-case form of a word without a trailing period or possessive
 * (`Inc.` → `inc`, `Berlin’s` → `berlin`).
 *
 * @param token
 *   Token.
 * @returns
 *   Bare lower-case word.
 */
export function bare(token: WordToken): string {
  let value = token.lower
  if (value.endsWith('.')) value = value.slice(0, -1)
  if (value.endsWith("'s")) value = value.slice(0, -2)
  return value
}
