/**
 * Find the edges of the noun phrase next to a cue: backwards from a verb to
 * its subject (`Jane Doe, a lawyer, said`), forwards from an inverted verb or
 * a preposition to its object (`said Jane Doe at`, `according to the
 * ministry.`).
 *
 * Both readers look at a bounded number of tokens, so a sentence is read in
 * linear time whatever its length.
 *
 * @module
 */

import {cueVerbs, nounLike, skippableBefore} from './constants-cues.js'
import {
  anonymousHeads,
  clauseWords,
  companyWords,
  dataWords,
  determiners,
  documentHeads,
  nameParticles,
  notNames,
  nounPrepositions,
  organizationWords,
  outletHeads,
  portfolioWords,
  roleWords,
  titleAdjectives
} from './constants-names.js'
import {bare, type WordToken} from './tokenize-words.js'

/** Longest noun phrase, in tokens. */
const maximum = 16
/** Longest appositive (`, a former senator from Texas,`), in tokens. */
const maximumAppositive = 24

const closing = new Set([')', ']'])

/** Words that make a weekday a holiday's name (`Good Friday`, `Cyber Monday`). */
const holidayWords: ReadonlySet<string> = new Set(['good', 'black', 'cyber', 'holy', 'easter', 'ash', 'super'])

/** Weekday names, lower case. */
const weekdays: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Words in `-ly` that are no adverbs. */
const notAdverbs = new Set(['family', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'assembly', 'supply', 'reply', 'rally', 'ally', 'italy', 'july', 'holy', 'only'])

/**
 * Speech verbs that are never nouns nor adjectives (`say`, `tells`,
 * `insists`; not `report`, `claims` or `alleged`): a subject read backwards
 * stops at one (`…, and say blockchain analysis shows`).
 */
const speechVerbs: ReadonlySet<string> = new Set(
  [...cueVerbs].filter(([word, subjects]) => subjects === 'any' && !nounLike.has(word) && !word.endsWith('ed')).map(([word]) => word)
)

/** Time words that end a subject read backwards (`last night Citibank`). */
const timeWords = new Set(['last', 'night', 'week', 'month', 'year', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'morning', 'evening', 'afternoon', 'ago'])

/**
 * Skip auxiliaries, adverbs, time phrases and parentheticals between a
 * subject and its cue (`has alleged`, `on Monday reported`, `(ASF) today
 * announced`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the cue.
 * @returns
 *   Index of the last token of the subject (may be `-1`).
 */
export function skipBack(tokens: readonly WordToken[], index: number): number {
  let at = index - 1
  let steps = 0
  while (at >= 0 && steps < 8) {
    const token = tokens[at]
    if (!token) break
    if (token.word && !token.cap && (skippableBefore.has(token.lower) || isAdverb(token.lower))) {
      at--
      steps++
      continue
    }

    // Weekdays after `on` (`on Monday`).
    if (token.word && token.cap && skippableBefore.has(token.lower) && tokens[at - 1]?.lower === 'on') {
      at -= 2
      steps += 2
      continue
    }

    // A bare weekday after the subject (`Senator Jane Roe Friday said`, `The
    // ministry Tuesday announced`), as South Asian and some US papers write
    // it: after a word that is no preposition or determiner.
    const previous = tokens[at - 1]
    if (token.word && token.cap && weekdays.has(token.lower) && previous?.word && !nounPrepositions.has(previous.lower) && !determiners.has(previous.lower) && !weekdays.has(previous.lower) && !holidayWords.has(previous.lower)) {
      at--
      steps++
      continue
    }

    if (closing.has(token.value)) {
      let open = at - 1
      while (open >= 0 && at - open < 8 && tokens[open]?.value !== '(' && tokens[open]?.value !== '[') open--
      if (open >= 0 && at - open < 8) {
        at = open - 1
        steps++
        continue
      }
    }

    break
  }

  return at
}

/**
 * Read a noun phrase backwards from its last token.
 *
 * @param tokens
 *   Tokens.
 * @param last
 *   Index of the phrase's last token.
 * @returns
 *   Index of the phrase's first token, or `-1` when there is no phrase.
 */
export function readBackward(tokens: readonly WordToken[], last: number): number {
  let at = last
  let first = -1
  while (at >= 0 && last - at < maximum) {
    const token = tokens[at]
    if (!token) break
    if (!token.word) {
      // `&` inside a name (`Langlands & Bell`).
      if (token.value === '&' && tokens[at - 1]?.cap && tokens[at + 1]?.cap) {
        at--
        continue
      }

      break
    }

    const word = token.lower
    if (determiners.has(word)) {
      first = at
      // A determiner after a preposition is inside the phrase
      // (`a source in the ministry`).
      const before = tokens[at - 1]
      if (before?.word && !before.cap && nounPrepositions.has(before.lower)) {
        at--
        continue
      }

      break
    }

    if (token.cap && notNames.has(bare(token)) && !isNameSaid(tokens, at)) break
    if (!token.cap && (timeWords.has(word) || speechVerbs.has(word))) break
    if (!token.cap && word === 'and') {
      // `and` inside an institution's name (`Ministry of Health and Family
      // Welfare`).
      if (joinsName(tokens, at)) {
        at--
        continue
      }

      break
    }

    if (!token.cap && clauseWords.has(word) && !nounPrepositions.has(word)) break
    first = at
    at--
  }

  return first
}

/**
 * Read a noun phrase forwards from its first token.
 *
 * @param tokens
 *   Tokens.
 * @param first
 *   Index of the phrase's first token.
 * @returns
 *   End (exclusive) of the phrase; `first` when there is none.
 */
export function readForward(tokens: readonly WordToken[], first: number): number {
  let at = first
  let head = false
  let capitals = 0
  let afterName = false
  let lowerBeforeHead = 0
  let prepositional = false
  while (at < tokens.length && at - first < maximum) {
    const token = tokens[at]
    if (!token) break
    if (!token.word) {
      if (token.value === '&' && capitals > 0 && tokens[at + 1]?.cap) {
        at++
        continue
      }

      break
    }

    const word = token.lower
    const next = tokens[at + 1]
    if (determiners.has(word)) {
      if (at === first || nounPrepositions.has(tokens[at - 1]?.lower ?? '')) {
        at++
        continue
      }

      break
    }

    if (token.cap) {
      if (notNames.has(bare(token)) && !isNameSaid(tokens, at)) break
      capitals++
      if (organizationWords.has(bare(token)) || documentHeads.has(bare(token)) || anonymousHeads.has(bare(token))) head = true
      // `Former harbour master Jane Doe`: an adjective of titles, not a
      // name, before the title in lower case.
      afterName = !roleWords.has(bare(token)) && !anonymousHeads.has(bare(token)) && !(at === first && titleAdjectives.has(token.lower))
      at++
      continue
    }

    if (nameParticles.has(word) && capitals > 0 && next?.cap) {
      at++
      continue
    }

    if (word === 'and') {
      if (capitals > 0 && joinsName(tokens, at)) {
        at++
        continue
      }

      break
    }

    if (nounPrepositions.has(word)) {
      if (prepositional && head) {
        at++
        continue
      }

      // A prepositional phrase after a common-noun head (`a person with
      // knowledge of the operation`), or `of`/`for`/`on` inside a name
      // (`Centers for Disease Control`).
      const nextWord = next ? bare(next) : ''
      const nextIsName = next !== undefined && next.cap && !notNames.has(nextWord)
      const nextIsThe = next?.lower === 'the' && tokens[at + 2]?.cap === true
      if ((word === 'of' || word === 'for' || word === 'on') && (nextIsName || nextIsThe) && capitals > 0) {
        at++
        continue
      }

      if (head && !afterName && next?.word && (determiners.has(next.lower) || !notNames.has(nextWord)) && !timeWords.has(next.lower)) {
        prepositional = true
        at++
        continue
      }

      break
    }

    if (clauseWords.has(word)) break
    const wordBare = bare(token)
    const isHead = dataWords.has(wordBare) || anonymousHeads.has(wordBare) || documentHeads.has(wordBare) || organizationWords.has(wordBare) || outletHeads.has(wordBare) || roleWords.has(wordBare)
    if (prepositional && !isHead) {
      if (timeWords.has(word) || tokens[at - 1]?.cap) break
      at++
      continue
    }

    // Adjectives between a name and its head (`Reuters technical analyst`).
    if (afterName && !isHead && !headAhead(tokens, at)) break
    // A possessive head owns the noun phrase after it (`the ministry's
    // press service`, `the agency's chief economist`): read on to that.
    if (isHead && word.endsWith("'s") && next?.word && !next.cap && !clauseWords.has(next.lower) && !nounPrepositions.has(next.lower) && !determiners.has(next.lower)) {
      head = false
      lowerBeforeHead = 0
      at++
      continue
    }

    if (isHead) {
      head = true
      afterName = false
      at++
      continue
    }

    // `said Acme Bank Oslo branch manager Jane Roe`: a firm's office and a
    // title in lower case before a person's name.
    if (head && afterName && roleAhead(tokens, at)) {
      head = false
      afterName = false
      at++
      continue
    }

    // Adjectives before the head (`one top Republican strategist`).
    if (head || lowerBeforeHead >= 4) break
    if (afterName) afterName = false
    lowerBeforeHead++
    at++
  }

  // Do not end on a preposition or a determiner.
  while (at > first) {
    const token = tokens[at - 1]
    if (token && token.word && !token.cap && (nounPrepositions.has(token.lower) || determiners.has(token.lower) || token.lower === 'and')) at--
    else break
  }

  return at
}

/**
 * Skip back over an appositive or a relative clause between a subject and
 * its cue (`Jane Doe, a former judge, said`, `the report, which says`).
 *
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma right before the cue (or before `which`).
 * @returns
 *   Index of the last token before the appositive, or `-1`.
 */
export function skipAppositive(tokens: readonly WordToken[], comma: number): number {
  let at = comma - 1
  while (at >= 0 && comma - at < maximumAppositive) {
    const token = tokens[at]
    if (!token) return -1
    // `about 20,000 workers`: a comma between digits is part of a number.
    if (token.value === ',' && inNumber(tokens, at)) {
      at--
      continue
    }

    if (token.value === ',') {
      const opener = tokens[at + 1]
      if (!opener || !opener.word) return -1
      const word = bare(opener)
      if (!opener.cap || determiners.has(opener.lower) || roleWords.has(word) || opener.lower === 'who' || opener.lower === 'which') return at - 1
      // `Jane Doe, Fjordland's foreign minister, said`: a title in the
      // appositive.
      for (let index = at + 1; index < comma; index++) {
        const inner = tokens[index]
        if (inner && (roleWords.has(bare(inner)) || anonymousHeads.has(bare(inner)))) return at - 1
      }

      return -1
    }

    if (!token.word && token.value !== '&' && token.value !== '-' && token.value !== '(' && token.value !== ')') return -1
    at--
  }

  return -1
}

/**
 * Whether a comma is a thousands separator: digits on both sides with no
 * space between (`20,000`).
 *
 * @param tokens
 *   Tokens.
 * @param comma
 *   Index of the comma.
 * @returns
 *   Whether it is.
 */
function inNumber(tokens: readonly WordToken[], comma: number): boolean {
  const before = tokens[comma - 1]
  const after = tokens[comma + 1]
  const mark = tokens[comma]
  if (!before || !after || !mark || before.end !== mark.start || after.start !== mark.end) return false
  const last = before.value.charCodeAt(before.value.length - 1)
  const first = after.value.charCodeAt(0)
  return last >= 48 && last <= 57 && first >= 48 && first <= 57
}

/**
 * Whether a title in lower case and a capitalised word after it come
 * within three words (`branch manager Jane`, `vice president Jane`).
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of a lower-case word.
 * @returns
 *   Whether they do.
 */
function roleAhead(tokens: readonly WordToken[], at: number): boolean {
  for (let index = at; index < at + 3; index++) {
    const token = tokens[index]
    if (!token || !token.word || token.cap) return false
    if (roleWords.has(bare(token)) && tokens[index + 1]?.cap) return true
  }

  return false
}

/**
 * Whether a common-noun head comes within three words (`technical analyst`).
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of a lower-case word.
 * @returns
 *   Whether a head follows.
 */
function headAhead(tokens: readonly WordToken[], at: number): boolean {
  for (let index = at; index < at + 3; index++) {
    const token = tokens[index]
    if (!token || !token.word || token.cap) return false
    const word = bare(token)
    if (anonymousHeads.has(word) || documentHeads.has(word) || organizationWords.has(word) || roleWords.has(word)) return true
  }

  return false
}

/**
 * Whether a lower-case word is an adverb in `-ly` (`reportedly`), not a
 * noun such as `family`.
 *
 * @param word
 *   Lower-case word.
 * @returns
 *   Whether it is an adverb.
 */
function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !notAdverbs.has(word)
}

/** Most capitalised words {@link joinsName} looks at on either side of `and`. */
const maximumSide = 6

/**
 * Whether the `and` at `at` joins the words of one name rather than two
 * sources. It does inside `X of Y and Z` (`Ministry of Health and Family
 * Welfare`), and after a single capitalised word when the words after it
 * end in a public body (`Food and Drug Administration`), go on with `of`
 * (`Rock and Roll Hall of Fame`) or, after a portfolio, end in a title
 * (`Energy and Mines Minister Jane Roe`). Two names
 * of several words each are two sources (`J.D. Power and LMC Automotive`,
 * `Pfizer and Acme Inc`). A bounded few words on either side are looked at.
 *
 * @param tokens
 *   Tokens.
 * @param at
 *   Index of a lower-case `and`.
 * @returns
 *   Whether it does.
 */
function joinsName(tokens: readonly WordToken[], at: number): boolean {
  const left = tokens[at - 1]
  if (!left?.word || !left.cap || !tokens[at + 1]?.cap) return false
  let start = at - 1
  while (start > 0 && at - start < maximumSide && isCapitalName(tokens[start - 1])) start--
  // `X of Y and Z`.
  const link = tokens[start - 1]
  if (link && !link.cap && (link.lower === 'of' || link.lower === 'for') && tokens[start - 2]?.cap) return true
  if (start !== at - 1) return false
  const portfolio = portfolioWords.has(bare(left))
  for (let index = at + 1; index < at + 1 + maximumSide; index++) {
    const token = tokens[index]
    if (!token?.word) break
    // `Rock and Roll Hall of Fame`.
    if (!token.cap) return (token.lower === 'of' || token.lower === 'for') && index > at + 1 && tokens[index + 1]?.cap === true
    const word = bare(token)
    if (organizationWords.has(word) && !companyWords.has(word)) return true
    if (portfolio && roleWords.has(word)) return true
  }

  return false
}

/**
 * Whether a token is a capitalised word that may be part of a name (no
 * `The`, `In`, `However`).
 *
 * @param token
 *   Token.
 * @returns
 *   Whether it is.
 */
function isCapitalName(token: WordToken | undefined): boolean {
  return token !== undefined && token.word && token.cap && !determiners.has(token.lower) && !notNames.has(bare(token))
}

/**
 * Whether a capitalised `Said` is a name (`General Said Hamdan`, `Edward
 * Said wrote`), not the verb of a title-case headline: a capitalised word
 * that may be part of a name comes before it, and after it another one, a
 * comma, a cue verb in lower case or `of` (`Edward Said of Kestrel
 * University`); or it opens the sentence before a name (`Said Karimi
 * said`).
 *
 * @param tokens
 *   Tokens.
 * @param index
 *   Index of the token.
 * @returns
 *   Whether it is a name.
 */
export function isNameSaid(tokens: readonly WordToken[], index: number): boolean {
  if (tokens[index]?.value !== 'Said') return false
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (!after) return false
  // First in the sentence, before a name (`Said Karimi said`).
  if (index === 0) return after.word && after.cap && !notNames.has(bare(after))
  if (!before?.word || !before.cap || notNames.has(bare(before))) return false
  if (!after.word) return after.value === ','
  return after.cap ? !notNames.has(bare(after)) : cueVerbs.has(after.lower) || after.lower === 'of'
}
