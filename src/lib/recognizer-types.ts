/**
 * Shapes shared by the recognisers and the readers that call them.
 *
 * Recognisers are pure functions over a string: they return offsets relative
 * to the string they were given, and the reader that called them turns those
 * offsets into positioned nodes. That keeps them usable by both the
 * plain-text reader and the Markdown bridge.
 *
 * @module
 */

import type {CreditRole, DatelineRole, SourceKind} from './types.js'

/**
 * Report a problem found in the string a recogniser was given.
 *
 * @param reason
 *   What went wrong; values in backticks.
 * @param ruleId
 *   Stable kebab-case identifier (`ambiguous-zone`, `unparsed-date`).
 * @param start
 *   Start offset, relative to the recogniser's string.
 * @param end
 *   End offset (exclusive), relative to the recogniser's string.
 */
export type Report = (
  reason: string,
  ruleId: string,
  start: number,
  end: number
) => undefined

/**
 * What recognisers may know about the article they are reading.
 */
export interface RecognizeContext {
  /**
   * The article's published date (`YYYY-MM-DD`) or the caller's reference
   * date, used to fill in years the text leaves out.
   */
  referenceDate?: string | undefined
  /** Where problems go. */
  report: Report
}

/**
 * The date and time fields of a `dateline` or `time` node.
 */
export interface DateFields {
  /** `YYYY-MM-DD` or `--MM-DD`. */
  date?: string | undefined
  /** `HH:MM` or `HH:MM:SS`, 24-hour. */
  time?: string | undefined
  /** `+03:00`, only when certain. */
  utcOffset?: string | undefined
  /** The zone as written. */
  zone?: string | undefined
  /** Full ISO 8601 when date, time and offset are known. */
  datetime?: string | undefined
}

/**
 * A stamp line: ` date 2023-02-22 22 Feb. 12:40 (UTC+3 MSK)`,
 * `Published: 5 March 2024, 15:14 GMT`, `Updated 3:14 PM EST, …`.
 */
export interface StampMatch extends DateFields {
  /** What the stamp says. */
  role: DatelineRole
  /** End (exclusive) of the stamp's raw text; what follows is not the stamp. */
  end: number
}

/**
 * A wire dateline at the start of a paragraph: `MOSCOW, February 22. /TASS/.`.
 */
export interface DatelineMatch extends DateFields {
  /** Place as written (`MOSCOW`, `JACKSON, Ga.`). */
  place?: string | undefined
  /** The wire (`TASS`, `Reuters`, `AP`). */
  agency?: string | undefined
  /** End (exclusive) of the dateline's raw text (`MOSCOW, February 22. /TASS/.`). */
  end: number
  /** Where the body text starts (after separators such as ` - ` or ` — `). */
  bodyStart: number
}

/**
 * A byline: `By Jane Doe and John Roe`.
 */
export interface BylineMatch {
  /** Clean names. */
  authors: string[]
}

/**
 * A labelled header line that names no time: `Tags: Russia`.
 */
export interface MetaMatch {
  /** Lower-cased label. */
  key: string
  /** The raw value. */
  value: string
}

/**
 * A date or time inside a sentence.
 */
export interface TimeSpan extends DateFields {
  /** Start offset, relative. */
  start: number
  /** End offset (exclusive), relative. */
  end: number
}

/**
 * A quotation: `start`/`end` include the marks, `contentStart`/`contentEnd`
 * are the words inside them.
 */
export interface QuoteSpan {
  /** Start of the opening mark, relative. */
  start: number
  /** End (exclusive) of the closing mark (or of the text when unclosed). */
  end: number
  /** Start of the words inside. */
  contentStart: number
  /** End (exclusive) of the words inside. */
  contentEnd: number
}

/**
 * The name of a source where a sentence attributes something to it.
 */
export interface AttributionSpan {
  /** Start of the name as written, relative. */
  start: number
  /** End (exclusive) of the name as written. */
  end: number
  /** The source's name, cleaned (titles and roles dropped). */
  name: string
  /** The cue (`said`, `according to`). */
  cue: string
  /** What kind of source it looks like. */
  kind: SourceKind
  /** A title or role written before the name (`Foreign Minister`). */
  role?: string | undefined
  /** Whether the name is a pronoun (`he said`) that refers back. */
  pronoun?: boolean | undefined
}

/**
 * One credit in a footer line (`Editing by Jane Doe`).
 */
export interface CreditSpan {
  /** Start, relative. */
  start: number
  /** End (exclusive), relative. */
  end: number
  /** What it credits. */
  role: CreditRole
  /** Names credited. */
  names: string[]
}
