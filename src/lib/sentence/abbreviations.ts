/**
 * Words that end in a period without ending a sentence.
 *
 * @module
 */

/**
 * Titles and forms of address: never end a sentence (`Mr. Putin`).
 */
export const titleAbbreviations: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'sen', 'sens', 'rep',
  'reps', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'amb',
  'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'v', 'cf', 'e.g', 'i.e', 'approx',
  'dept', 'univ', 'natl', 'intl', 'assn'
])

/**
 * Abbreviations that end a sentence only when a capitalised word follows
 * that does not read as a continuation (`Feb. 22`, `Calif. governor`).
 */
export const softAbbreviations: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla',
  'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'etc', 'al', 'am', 'pm', 'a.m',
  'p.m', 'bln', 'mln', 'pct', 'yr', 'yrs', 'min', 'max', 'tel', 'ext',
  'ltd', 'corp', 'inc', 'co', 'bros', 'ave', 'blvd', 'rd', 'hwy', 'pt'
])

/**
 * Abbreviations that precede a number (`No. 5`, `Art. 3`) and end a
 * sentence otherwise.
 */
export const numberAbbreviations: ReadonlySet<string> = new Set([
  'no', 'nos', 'art', 'vol', 'sec', 'para', 'paras', 'fig', 'figs', 'op',
  'p', 'pp', 'ch'
])
