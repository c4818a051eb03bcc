/**
 * Split a stretch of text into words, numbers, white space and punctuation.
 *
 * The date grammar works on these tokens instead of on regular expressions
 * over whole paragraphs: one linear pass, and only over the window a
 * recogniser asks for.
 *
 * @module
 */

/**
 * What kind of characters a token holds.
 */
export type TokenKind = 'word' | 'number' | 'space' | 'punct'

/**
 * A run of characters of one kind (punctuation: one character).
 */
export interface Token {
  /** Kind of the run. */
  kind: TokenKind
  /** The characters. */
  value: string
  /** Start offset in the tokenised string. */
  start: number
  /** End offset (exclusive). */
  end: number
}

const letterTest = /\p{L}|\p{M}/u

/** Kind codes in {@link kindTable}; `0` means not classified yet. */
const wordCode = 1
const numberCode = 2
const spaceCode = 3
const punctCode = 4

/** Kind names by code. */
const kindNames: readonly TokenKind[] = ['punct', 'word', 'number', 'space', 'punct']

/**
 * Kind of every UTF-16 code unit, filled on first sight. Classifying a
 * non-ASCII code unit takes a Unicode regular expression test on a
 * one-character string; curly quotes and dashes are common in news, so
 * each code unit is classified once per process instead of once per
 * occurrence.
 */
const kindTable = new Uint8Array(65_536)

/**
 * Classify one UTF-16 code unit.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Its kind code.
 */
function classifyUncached(code: number): number {
  if (code >= 48 && code <= 57) return numberCode
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return wordCode
  if (code === 32 || code === 9 || code === 10 || code === 13) return spaceCode
  if (code < 128) return punctCode
  if (
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f
  )
    return spaceCode
  return letterTest.test(String.fromCharCode(code)) ? wordCode : punctCode
}

/**
 * Classify one UTF-16 code unit, from the table.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Its kind code.
 */
function classify(code: number): number {
  let kind = kindTable[code]!
  if (kind === 0) {
    kind = classifyUncached(code)
    kindTable[code] = kind
  }

  return kind
}

/**
 * Kind of the token a UTF-16 code unit belongs to (for scanners that check
 * token boundaries without tokenising).
 *
 * @param code
 *   Code unit.
 * @returns
 *   Its kind.
 */
export function kindOf(code: number): TokenKind {
  return kindNames[classify(code)]!
}

/**
 * End of the token that starts at `index` (for scanners that read the first
 * few tokens of a line without tokenising all of it).
 *
 * @param text
 *   The string.
 * @param index
 *   Start of a token.
 * @param stop
 *   Where tokenising stops (exclusive).
 * @returns
 *   Index after the token.
 */
export function tokenEnd(text: string, index: number, stop: number): number {
  const kind = classify(text.charCodeAt(index))
  let next = index + 1
  if (kind !== punctCode) {
    while (next < stop && classify(text.charCodeAt(next)) === kind) next++
  }

  return next
}

/**
 * Tokenise `text` from `start` to `end`.
 *
 * @param text
 *   The string.
 * @param start
 *   Where to start (default 0).
 * @param end
 *   Where to stop (exclusive, default the end of `text`).
 * @returns
 *   Tokens, in order, covering the range.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  tokenizeInto(tokens, text, start, Math.min(end, text.length), Number.POSITIVE_INFINITY)
  return tokens
}

/**
 * Append to `tokens` the tokens of `text` from `start`, stopping at `end`
 * or once `tokens` holds `limit` tokens, whichever comes first.
 *
 * For scanners that tokenise only a window ahead of where they read, and
 * grow it as they go: `findTimes` on a 1 MB sentence of `1.2.3.` needs the
 * tokens of one candidate, not a million token objects.
 *
 * @param tokens
 *   Tokens to append to (mutated).
 * @param text
 *   The string.
 * @param start
 *   Where to start (a token start).
 * @param end
 *   Where to stop (exclusive, at most `text.length`).
 * @param limit
 *   Length of `tokens` at which to stop.
 * @returns
 *   Index after the last token appended (`start` when none was).
 */
export function tokenizeInto(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  limit: number
): number {
  let index = start
  while (index < end && tokens.length < limit) {
    const kind = classify(text.charCodeAt(index))
    let next = index + 1
    if (kind !== punctCode) {
      while (next < end && classify(text.charCodeAt(next)) === kind) next++
    }

    tokens.push({kind: kindNames[kind]!, value: text.slice(index, next), start: index, end: next})
    index = next
  }

  return index
}

/** How many windows {@link tokenizeWindow} remembers. */
const windowCacheSize = 4

/** Texts of the windows remembered (empty: none yet). */
const windowTexts: string[] = Array.from({length: windowCacheSize}, () => '')

/** Tokens of the windows remembered. */
const windowTokens: Token[][] = Array.from({length: windowCacheSize}, () => [])

/** Slot the next window to remember goes to. */
let windowNext = 0

/** Whether windows are remembered (see {@link shareTokenWindows}). */
let sharing = false

/**
 * Start or stop sharing tokens between calls of {@link tokenizeWindow}.
 * Stopping forgets the windows, so that no document outlives its parse in
 * memory (a window is a slice that keeps its whole string alive).
 *
 * @param on
 *   Whether to share.
 */
export function shareTokenWindows(on: boolean): undefined {
  sharing = on
  if (!on) {
    windowTexts.fill('')
    windowTokens.fill([])
    windowNext = 0
  }

  return undefined
}

/**
 * Tokenise `text` from its start to `end`, sharing the tokens with the last
 * few calls for the same characters while sharing is on (see
 * {@link shareTokenWindows}).
 *
 * The header recognisers ask for the same line more than once: the stamp
 * and dateline recognisers read each header line, and the title check
 * asks them again about the same line, as does the look-ahead for a byline
 * about the lines after it. The tokens depend only on the characters
 * tokenised, so they are made once.
 *
 * The tokens are shared: callers must not change the array or its tokens.
 *
 * @param text
 *   The string.
 * @param end
 *   Where to stop (exclusive).
 * @returns
 *   Tokens, in order, covering `text` up to `end`.
 */
export function tokenizeWindow(text: string, end: number): Token[] {
  if (!sharing) return tokenize(text, 0, end)
  const stop = Math.min(end, text.length)
  if (stop === 0) return []
  const window = stop === text.length ? text : text.slice(0, stop)
  for (let index = 0; index < windowCacheSize; index++) {
    if (windowTexts[index] === window) return windowTokens[index]!
  }

  const tokens = tokenize(window)
  windowTexts[windowNext] = window
  windowTokens[windowNext] = tokens
  windowNext = (windowNext + 1) % windowCacheSize
  return tokens
}
