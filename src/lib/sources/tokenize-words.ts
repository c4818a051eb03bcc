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
 * A token of a {@link TokenList}: offsets and flags are set as the text is
 * read, its strings are made only when a recogniser reads them (most tokens
 * are only looked at by their character codes).
 */
export class Token implements WordToken {
  /** Start offset. */
  start = 0
  /** End offset (exclusive). */
  end = 0
  /** Whether this is a word (letters or digits), not punctuation. */
  word = false
  /** Whether the word starts with a capital letter. */
  cap = false
  /**
   * Whether the token is read by character codes alone: ASCII and `’` only,
   * so that its lower case has the same length and, but for `’`, the ASCII
   * lower case of each character.
   */
  ascii = false
  /** Whether the token is its own lower case (no capital, no `’`). */
  plain = false
  /** The list, whose text the token is part of. */
  readonly list: TokenSink
  /** The value, once made. */
  cachedValue: string | undefined = undefined
  /** The lower case, once made. */
  cachedLower: string | undefined = undefined

  /**
   * Create a token.
   *
   * @param list
   *   The list it belongs to.
   */
  constructor(list: TokenSink) {
    this.list = list
  }

  /**
   * Drop the strings made from the text, before the token is refilled or
   * let go (they would keep the text alive).
   */
  forget(): undefined {
    this.cachedValue = undefined
    this.cachedLower = undefined
  }

  /**
   * The token as written.
   *
   * @returns
   *   Value.
   */
  get value(): string {
    let value = this.cachedValue
    if (value === undefined) {
      value = this.list.text.slice(this.start, this.end)
      this.cachedValue = value
    }

    return value
  }

  /**
   * Lower case, curly apostrophes made straight.
   *
   * @returns
   *   Lower-case value.
   */
  get lower(): string {
    let lower = this.cachedLower
    if (lower === undefined) {
      lower = this.value
      if (!this.plain) {
        lower = lower.toLowerCase()
        if (lower.includes('’')) lower = lower.replaceAll('’', "'")
      }

      this.cachedLower = lower
    }

    return lower
  }
}

/**
 * What the tokeniser fills: a text, and tokens made or refilled in order.
 */
interface TokenSink {
  /** The text the tokens are part of. */
  text: string
  /** Number of tokens read so far. */
  length: number
  /** Get the next token to fill. */
  next(): Token
}

/**
 * Reusable storage for the tokens of one text at a time: the token objects
 * are made once and refilled for each sentence, so that tokenising allocates
 * no object and no string per word (that, and the garbage it left, was much
 * of the cost of finding attributions). Read a text, use its tokens, then
 * clear the list.
 */
export class TokenList implements TokenSink {
  /** Text read last. */
  text = ''
  /** Number of tokens of {@link text}. */
  length = 0
  /** Token objects; the first {@link length} are those of {@link text}. */
  readonly pool: Token[] = []

  /**
   * Tokenise a text into this list, dropping the tokens of the text before.
   *
   * @param text
   *   Sentence text.
   * @returns
   *   The tokens, in a new array (an array of exactly the text's tokens, so
   *   that reading past either end gives `undefined`); they stay valid until
   *   the list is cleared.
   */
  read(text: string): Token[] {
    // Tokens reuse their objects: drop the strings of the text before, in
    // case the list was not cleared.
    if (this.length > 0) this.clear()
    this.text = text
    scan(this, text)
    return this.pool.slice(0, this.length)
  }

  /**
   * Let go of the text and the strings made from it (they would keep a
   * document alive between parses), and of the tokens beyond the first few
   * thousand (a huge sentence would keep a huge pool).
   */
  clear(): undefined {
    const pool = this.pool
    for (let index = 0; index < this.length; index++) pool[index]!.forget()

    if (pool.length > maximumPool) pool.length = maximumPool
    this.text = ''
    this.length = 0
  }

  /**
   * Get the next token to fill (its strings were cleared with the list).
   *
   * @returns
   *   Token.
   */
  next(): Token {
    let token = this.pool[this.length]
    if (token === undefined) {
      token = new Token(this)
      this.pool.push(token)
    }

    this.length++
    return token
  }
}

/** Most tokens a {@link TokenList} keeps between texts. */
const maximumPool = 4096

/**
 * The tokens of one long text, read a stretch at a time, for a reader that
 * walks them in order and looks only a bounded way around where it is.
 *
 * All of a sentence's tokens at once, as {@link TokenList} holds them, are
 * millions of live objects for a sentence of megabytes: a sentence of 12.8M
 * characters spent three fifths of its time in the garbage collector, and
 * the share grew with the length. A stream holds a window instead: the
 * first tokens (which a reader may always look at), and those near the
 * reader's position. Tokens keep their index in the text: {@link tokens}
 * is as long as the tokens read so far, with `undefined` where tokens were
 * let go, and let-go token objects are refilled further on.
 */
export class TokenStream implements TokenSink {
  /** Text being read. */
  text = ''
  /** Number of tokens read so far (let go or not). */
  length = 0
  /** The tokens read so far, by index; `undefined` where let go. */
  readonly tokens: Array<Token | undefined> = []
  /** Token objects let go, for reuse. */
  private readonly free: Token[] = []
  /** Offset in the text where reading goes on. */
  private offset = 0
  /** Tokens below this index (and not in the kept prefix) are let go. */
  private released = 0
  /** Number of tokens at the start that are never let go. */
  private readonly keep: number

  /**
   * Create a stream.
   *
   * @param keep
   *   Number of tokens at the start of each text that stay readable.
   */
  constructor(keep: number) {
    this.keep = keep
  }

  /**
   * Start on a text; tokens are read by {@link fill}.
   *
   * @param text
   *   Text.
   * @returns
   *   The token array, which {@link fill} extends.
   */
  start(text: string): Array<Token | undefined> {
    if (this.length > 0) this.clear()
    this.text = text
    return this.tokens
  }

  /**
   * Make sure the token at `index` is read, if the text has one.
   *
   * @param index
   *   Token index.
   * @param batch
   *   How many tokens past `index` to read while at it.
   */
  fill(index: number, batch: number): undefined {
    if (index < this.tokens.length || this.offset >= this.text.length) return
    this.offset = scan(this, this.text, this.offset, index + 1 + batch)
  }

  /**
   * Let go of the tokens below `index` (but for the kept prefix): reading
   * them afterwards gives `undefined`.
   *
   * @param index
   *   First token index to keep.
   */
  release(index: number): undefined {
    const tokens = this.tokens
    for (let at = Math.max(this.released, this.keep); at < index; at++) {
      const token = tokens[at]
      if (token === undefined) continue
      token.forget()
      this.free.push(token)
      tokens[at] = undefined
    }

    if (index > this.released) this.released = index
  }

  /**
   * Add a token (used by the tokeniser).
   *
   * @returns
   *   Token.
   */
  next(): Token {
    const token = this.free.pop() ?? new Token(this)
    this.tokens.push(token)
    this.length++
    return token
  }

  /**
   * Let go of the text, its tokens and their strings.
   */
  clear(): undefined {
    for (const token of this.tokens) {
      if (token === undefined) continue
      token.forget()
      if (this.free.length < maximumPool) this.free.push(token)
    }

    if (this.free.length > maximumPool) this.free.length = maximumPool
    this.tokens.length = 0
    this.text = ''
    this.length = 0
    this.offset = 0
    this.released = 0
  }
}

/** The list {@link tokenizeWords} reads into before copying. */
const shared = new TokenList()

/**
 * Tokenise a sentence into plain objects that stay valid after the shared
 * list moves on to another sentence: every field made at once. The parser
 * itself reads {@link TokenList}, which makes strings only when read; this
 * is the same tokens in a form that can be kept and compared.
 *
 * @param text
 *   Sentence text.
 * @returns
 *   Tokens in order; white space is dropped.
 */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (const token of shared.read(text)) {
    tokens.push({value: token.value, lower: token.lower, start: token.start, end: token.end, word: token.word, cap: token.cap})
  }

  shared.clear()
  return tokens
}

/**
 * Tokenise a text into a list, or a stretch of it.
 *
 * @param list
 *   List to fill (empty, or holding the tokens before `from`).
 * @param text
 *   Text.
 * @param from
 *   Offset to start at (the end of a token, or 0).
 * @param until
 *   Stop before a token once the list holds this many.
 * @returns
 *   Offset where tokenising stopped (the text's length when done).
 */
function scan(list: TokenSink, text: string, from = 0, until = Number.POSITIVE_INFINITY): number {
  const length = text.length
  let index = from
  while (index < length) {
    if (list.length >= until) return index
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
        punctuation(list, index)
        index++
        continue
      }

      const end = asciiWordEnd(text, index)
      if (end > 0) {
        index = pushWord(list, text, index, end, plainWord, true)
        continue
      }
    }

    space.lastIndex = index
    if (space.test(text)) {
      index = space.lastIndex
      continue
    }

    word.lastIndex = index
    if (word.test(text)) {
      index = pushWord(list, text, index, word.lastIndex, false, false)
      continue
    }

    punctuation(list, index)
    index++
  }

  return length
}

/**
 * Add a punctuation token (one code unit).
 *
 * @param list
 *   List.
 * @param index
 *   Its offset.
 */
function punctuation(list: TokenSink, index: number): undefined {
  const token = list.next()
  token.start = index
  token.end = index + 1
  token.word = false
  token.cap = false
  token.ascii = false
  token.plain = true
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
 * @param list
 *   List.
 * @param text
 *   Text.
 * @param start
 *   Start of the word.
 * @param matchEnd
 *   End of the word as matched.
 * @param plain
 *   Whether the word is known to be its own lower case.
 * @param ascii
 *   Whether the word is known to be ASCII (and `’`).
 * @returns
 *   Where to go on.
 */
function pushWord(list: TokenSink, text: string, start: number, matchEnd: number, plain: boolean, ascii: boolean): number {
  let end = matchEnd
  // The value is made only when a test below needs it.
  let value: string | undefined
  // Keep the period of an abbreviation (`Inc.`, `U.S.`, `Mr.`) and of a
  // middle initial (`David G. Victor`).
  if (text.charCodeAt(end) === 46 /* `.` */) {
    const length = end - start
    value = text.slice(start, end)
    if (value.includes('.') || (length <= 8 && abbreviations.has(plain ? value : value.toLowerCase())) || isInitial(text, start, end)) {
      end++
      value += '.'
    }
  }

  // Markdown copy may glue a cue to a bold name (`said**Jane Doe**` reads
  // `saidJane Doe`): split a known cue from a capitalised word.
  const first = text.charCodeAt(start)
  // Glued cues start with `s`, `a`, `n` or `e`, and a word known to have no
  // capital has none glued to it.
  if (!plain && end - start > 4 && (first === 115 || first === 97 || first === 110 || first === 101)) {
    value ??= text.slice(start, end)
    const glued = gluedCue(value)
    if (glued > 0) {
      end = start + glued
      value = value.slice(0, glued)
    }
  }

  const token = list.next()
  token.start = start
  token.end = end
  token.word = true
  token.cachedValue = value
  token.cap = first < 128 ? first >= 65 && first <= 90 : upper.test(value ?? token.value)
  token.ascii = ascii
  token.plain = plain
  return end
}

/**
 * Whether a one-letter word before a period is an initial inside a name: a
 * capital, then `.`, one white space, and another initial or a capitalised
 * surname that ends the name (`George H. W. Bush`, `Jane Q. Public said`).
 * Its period is no full stop, so the name is read on past it. A capital
 * word after the surname says the period ended something else (`Plan B.
 * Jane Doe said`). The characters looked at are a fixed few.
 *
 * @param text
 *   Text.
 * @param start
 *   Start of the word.
 * @param end
 *   End of the word (the index of the period).
 * @returns
 *   Whether it is.
 */
function isInitial(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false
  const letter = text.charCodeAt(start)
  if (letter < 65 || letter > 90) return false
  const gap = text.charCodeAt(end + 1)
  if (gap !== 32 && gap !== 10 && gap !== 9) return false
  const next = text.charCodeAt(end + 2)
  if (!(next >= 65 && next <= 90)) return false
  // Another initial (`H. W.`), or a surname not followed by a capital.
  let at = end + 3
  const limit = Math.min(text.length, at + maximumSurname)
  while (at < limit && isAsciiWord(text.charCodeAt(at))) at++
  if (at >= text.length) return true
  const after = text.charCodeAt(at)
  // Longer than any surname.
  if (isAsciiWord(after)) return false
  if (at === end + 3 && after === 46) return true
  if (after !== 32 && after !== 10 && after !== 9) return true
  const word = text.charCodeAt(at + 1)
  return !(word >= 65 && word <= 90)
}

/** Most characters of a surname after its first that {@link isInitial} looks at. */
const maximumSurname = 24

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
