/**
 * Dictionaries of the header and date recognisers: month and weekday names,
 * time zones, time labels, wire names and meta keys.
 *
 * Everything the recognisers know about English news conventions lives here,
 * as data, so that the grammar in the other files stays small and so that
 * adding a spelling is a one-line change. Every table is a `Map` (or `Set`):
 * input text is only ever looked up, never used as an object key.
 *
 * @module
 */

import {nounOpeners} from '../util/noun-openers.js'
import type {DatelineRole} from '../types.js'

/**
 * Month names and abbreviations (lower case) to month numbers (1–12).
 *
 * `may` and `march` are also a verb and a noun: the grammar only takes them
 * as months next to a day number.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12]
])

/**
 * Full month names (lower case): these are not abbreviations, so a period
 * after them ends the sentence instead of belonging to the date.
 */
export const FULL_MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
])

/**
 * Weekday names and abbreviations (lower case) to day numbers (0 = Sunday,
 * as `Date#getUTCDay`).
 */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['sun', 0],
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tue', 2],
  ['tues', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6]
])

/**
 * Full weekday names (lower case). In running text only these count: `Sun`
 * and `Sat` are words and newspaper names before they are days.
 */
export const FULL_WEEKDAYS: ReadonlySet<string> = new Set([
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday'
])

/**
 * What a zone abbreviation says about its offset.
 *
 * - `fixed`: the offset in minutes east of UTC, certain on every date.
 * - `us`: a US generic zone (`ET`): standard offset in minutes, daylight
 *   saving by the US rules of the date.
 * - `ambiguous`: more than one zone uses the abbreviation (`IST`, `CST`).
 */
export type ZoneInfo =
  | {kind: 'fixed'; minutes: number}
  | {kind: 'us'; minutes: number}
  | {kind: 'ambiguous'}

/**
 * Zone abbreviations (as written, upper case) to what they say.
 *
 * Only abbreviations that name one offset are `fixed`; the summer/winter
 * pairs (`EST`/`EDT`, `CET`/`CEST`) name their own offsets, so they are
 * fixed too. Abbreviations shared by zones with different offsets are
 * `ambiguous`: the tree keeps the zone and leaves the offset out.
 */
export const ZONES: ReadonlyMap<string, ZoneInfo> = new Map<string, ZoneInfo>([
  // Universal.
  ['UTC', {kind: 'fixed', minutes: 0}],
  ['GMT', {kind: 'fixed', minutes: 0}],
  ['Z', {kind: 'fixed', minutes: 0}],
  // Europe.
  ['WET', {kind: 'fixed', minutes: 0}],
  ['WEST', {kind: 'fixed', minutes: 60}],
  ['BST', {kind: 'fixed', minutes: 60}],
  ['CET', {kind: 'fixed', minutes: 60}],
  ['CEST', {kind: 'fixed', minutes: 120}],
  ['EET', {kind: 'fixed', minutes: 120}],
  ['EEST', {kind: 'fixed', minutes: 180}],
  ['MSK', {kind: 'fixed', minutes: 180}],
  ['TRT', {kind: 'fixed', minutes: 180}],
  // Caucasus, Central Asia.
  ['GET', {kind: 'fixed', minutes: 240}],
  ['AZT', {kind: 'fixed', minutes: 240}],
  ['SAMT', {kind: 'fixed', minutes: 240}],
  ['GST', {kind: 'ambiguous'}],
  ['UZT', {kind: 'fixed', minutes: 300}],
  ['PKT', {kind: 'fixed', minutes: 300}],
  ['YEKT', {kind: 'fixed', minutes: 300}],
  ['IST', {kind: 'ambiguous'}],
  ['AMT', {kind: 'ambiguous'}],
  // Asia, Pacific.
  ['ICT', {kind: 'fixed', minutes: 420}],
  ['WIB', {kind: 'fixed', minutes: 420}],
  ['HKT', {kind: 'fixed', minutes: 480}],
  ['SGT', {kind: 'fixed', minutes: 480}],
  ['PHT', {kind: 'fixed', minutes: 480}],
  ['AWST', {kind: 'fixed', minutes: 480}],
  ['JST', {kind: 'fixed', minutes: 540}],
  ['KST', {kind: 'fixed', minutes: 540}],
  ['AEST', {kind: 'fixed', minutes: 600}],
  ['AEDT', {kind: 'fixed', minutes: 660}],
  ['NZST', {kind: 'fixed', minutes: 720}],
  ['NZDT', {kind: 'fixed', minutes: 780}],
  // Africa.
  ['WAT', {kind: 'fixed', minutes: 60}],
  ['CAT', {kind: 'fixed', minutes: 120}],
  ['SAST', {kind: 'fixed', minutes: 120}],
  ['EAT', {kind: 'fixed', minutes: 180}],
  // Americas: the summer and winter names are explicit offsets.
  ['EST', {kind: 'fixed', minutes: -300}],
  ['EDT', {kind: 'fixed', minutes: -240}],
  ['CDT', {kind: 'fixed', minutes: -300}],
  ['MST', {kind: 'fixed', minutes: -420}],
  ['MDT', {kind: 'fixed', minutes: -360}],
  ['PST', {kind: 'fixed', minutes: -480}],
  ['PDT', {kind: 'fixed', minutes: -420}],
  ['AKST', {kind: 'fixed', minutes: -540}],
  ['AKDT', {kind: 'fixed', minutes: -480}],
  ['HST', {kind: 'fixed', minutes: -600}],
  ['CST', {kind: 'ambiguous'}],
  ['AST', {kind: 'ambiguous'}],
  ['BRT', {kind: 'fixed', minutes: -180}],
  ['ART', {kind: 'fixed', minutes: -180}],
  // US generic zones: summer or winter by the date.
  ['ET', {kind: 'us', minutes: -300}],
  ['CT', {kind: 'us', minutes: -360}],
  ['MT', {kind: 'us', minutes: -420}],
  ['PT', {kind: 'us', minutes: -480}]
])

/**
 * Zone words that take a written offset after them (`UTC+3`, `GMT+05:30`).
 */
export const OFFSET_BASES: ReadonlySet<string> = new Set(['UTC', 'GMT'])

/**
 * Labels (lower case, words joined by one space) that make a header line a
 * stamp, to the role of the dateline they make. Longer labels are tried
 * first, so `last updated` wins over `updated`.
 */
export const TIME_LABELS: ReadonlyMap<string, DatelineRole> = new Map<
  string,
  DatelineRole
>([
  ['date', 'published'],
  ['dated', 'published'],
  ['published', 'published'],
  ['published on', 'published'],
  ['published at', 'published'],
  ['published time', 'published'],
  ['published date', 'published'],
  ['first published', 'published'],
  ['first published on', 'published'],
  ['publication date', 'published'],
  ['date published', 'published'],
  ['posted', 'published'],
  ['posted on', 'published'],
  ['posted at', 'published'],
  ['issued', 'published'],
  ['issued on', 'published'],
  ['issued at', 'published'],
  ['released', 'published'],
  ['released on', 'published'],
  ['updated', 'updated'],
  ['updated on', 'updated'],
  // A running story's notice of each update (`Update on Jan. 3, 2021 at
  // 3:15 p.m.`): the noun, with the date after `on` or `at`.
  ['update on', 'updated'],
  // `Update: 12.03.2024` (only with its colon: see `readLabel`).
  ['update', 'updated'],
  ['update at', 'updated'],
  ['updated at', 'updated'],
  ['last updated', 'updated'],
  ['last updated on', 'updated'],
  ['last updated at', 'updated'],
  ['modified', 'updated'],
  ['last modified', 'updated'],
  ['date modified', 'updated'],
  ['filed', 'filed'],
  ['filed at', 'filed'],
  ['filed on', 'filed']
])

/**
 * Wire names as they are spelled in datelines (lower case, spaces and
 * hyphens kept) to the spelling the tree uses. A parenthesised or slashed
 * name that is not listed here still counts when the dateline's shape is
 * unmistakable (`--(NAME)--`, `/NAME/`).
 */
export const AGENCIES: ReadonlyMap<string, string> = new Map([
  ['reuters', 'Reuters'],
  ['reuter', 'Reuters'],
  ['ap', 'AP'],
  ['associated press', 'AP'],
  ['afp', 'AFP'],
  ['agence france-presse', 'AFP'],
  ['agence france presse', 'AFP'],
  ['tass', 'TASS'],
  ['itar-tass', 'ITAR-TASS'],
  ['interfax', 'Interfax'],
  ['ria novosti', 'RIA Novosti'],
  ['xinhua', 'Xinhua'],
  ['upi', 'UPI'],
  ['dpa', 'dpa'],
  ['efe', 'EFE'],
  ['ansa', 'ANSA'],
  ['kyodo', 'Kyodo'],
  ['yonhap', 'Yonhap'],
  ['bernama', 'Bernama'],
  ['anadolu', 'Anadolu'],
  ['aa', 'AA'],
  ['ani', 'ANI'],
  ['ians', 'IANS'],
  ['pti', 'PTI'],
  ['apa', 'APA'],
  ['trend', 'Trend'],
  ['azertac', 'AzerTAc'],
  ['kazinform', 'Kazinform'],
  ['uza', 'UzA'],
  ['report', 'Report'],
  ['news.az', 'News.az'],
  ['belta', 'BelTA'],
  ['armenpress', 'Armenpress'],
  ['akipress', 'AKIpress'],
  ['kabar', 'Kabar'],
  ['tasnim', 'Tasnim'],
  ['irna', 'IRNA'],
  ['wam', 'WAM'],
  ['sana', 'SANA'],
  ['kuna', 'KUNA'],
  ['spa', 'SPA'],
  ['mena', 'MENA'],
  ['xinhuanet', 'Xinhua'],
  ['ukrinform', 'Ukrinform'],
  ['unian', 'UNIAN'],
  ['pap', 'PAP'],
  ['ctk', 'CTK'],
  ['mti', 'MTI'],
  ['bta', 'BTA'],
  ['hina', 'HINA'],
  ['tanjug', 'Tanjug'],
  ['lusa', 'Lusa'],
  ['europa press', 'Europa Press'],
  ['jiji', 'Jiji'],
  ['antara', 'Antara'],
  ['antara news', 'ANTARA News'],
  ['vna', 'VNA'],
  ['pna', 'PNA'],
  ['nna', 'NNA'],
  ['kpl', 'KPL'],
  ['dpa-afx', 'dpa-AFX'],
  ['sputnik', 'Sputnik'],
  ['ria', 'RIA'],
  ['prime', 'PRIME'],
  ['cgtn', 'CGTN'],
  ['bbc', 'BBC'],
  ['al jazeera', 'Al Jazeera'],
  ['nan', 'NAN'],
  ['gna', 'GNA'],
  ['cna', 'CNA'],
  ['bloomberg', 'Bloomberg'],
  ['cnn', 'CNN'],
  ['prnewswire', 'PRNewswire'],
  ['pr newswire', 'PR Newswire'],
  ['prnewswire-usnewswire', 'PRNewswire-USNewswire'],
  ['business wire', 'BUSINESS WIRE'],
  ['businesswire', 'BUSINESS WIRE'],
  ['globe newswire', 'GLOBE NEWSWIRE'],
  ['globenewswire', 'GLOBE NEWSWIRE'],
  ['accesswire', 'ACCESSWIRE'],
  ['newsfile', 'Newsfile'],
  ['einpresswire', 'EINPresswire'],
  ['einpresswire.com', 'EINPresswire.com'],
  ['marketwire', 'Marketwire'],
  ['24-7pressrelease', '24-7PressRelease']
])

/**
 * Outlet words: a trailing `, Reuters` or `| The Times` after a byline's
 * names is the outlet, not a person.
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news',
  'press',
  'times',
  'post',
  'journal',
  'herald',
  'tribune',
  'agency',
  'wire',
  'newswire',
  'daily',
  'gazette',
  'telegraph',
  'guardian',
  'observer',
  'magazine',
  'radio',
  'tv',
  'television',
  'media',
  'online',
  'network',
  'service',
  'staff',
  'bureau',
  'desk',
  'reporters',
  'correspondents'
])

/**
 * Role words: a byline part made of these (`Staff Writer`, `Reporter`,
 * `Senior Correspondent`) is the author's role, not a name.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'writer',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'contributor',
  'analyst',
  'producer',
  'photographer',
  'staff',
  'senior',
  'chief',
  'special',
  'business',
  'political',
  'economics',
  'diplomatic',
  'foreign',
  'national',
  'science',
  'technology',
  'health',
  'sports',
  'legal',
  'white',
  'house',
  'global',
  'managing',
  'deputy',
  'associate',
  'contributing',
  'investigative',
  'freelance',
  'writers',
  'reporters',
  'correspondents',
  'editors',
  'for',
  'the',
  'in',
  'of'
])

/**
 * Words that may be lower case inside a person's name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'ter',
  'zu'
])

/**
 * Capitalised words that start sentences or name things and therefore never
 * start a byline's name (`By Tuesday`, `By The Way`).
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...nounOpeners,
  'then',
  'now',
  'all',
  'some',
  'most',
  'far',
  'contrast',
  'comparison',
  'law',
  'way',
  'noon',
  'midnight',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'early',
  'late',
  'mid',
  'next',
  'last',
  'order',
  'using',
  'taking',
  'making',
  'doing',
  'being'
])

/**
 * Meta keys (lower case) that a line may give without a colon:
 * `URL https://…`, `Tags Russia, Azerbaijan`.
 */
export const BARE_META_KEYS: ReadonlySet<string> = new Set([
  'url',
  'tags',
  'keywords',
  'category',
  'categories',
  'topics'
])

/**
 * Meta keys (lower case) that are known even with capitalised values, so
 * that `Title: Big News Today` is meta while `Lavrov: Russia Will Respond`
 * (a headline with a colon) is not.
 */
export const KNOWN_META_KEYS: ReadonlySet<string> = new Set([
  'title',
  'headline',
  'subtitle',
  'url',
  'url source',
  'source url',
  'link',
  'canonical',
  'source',
  'sources',
  'tags',
  'tag',
  'keywords',
  'category',
  'categories',
  'section',
  'topic',
  'topics',
  'author',
  'authors',
  'byline',
  'language',
  'lang',
  'description',
  'summary',
  'image',
  'photo',
  'picture',
  'caption',
  'credit',
  'credits',
  'copyright',
  'id',
  'slug',
  'feed',
  'publisher',
  'location',
  'place',
  'region',
  'country',
  'markdown content',
  'content',
  'type',
  'format',
  'views',
  'rubric',
  'series',
  'theme',
  // A release's contact over its headline (`Contact: Jane Doe`).
  'contact',
  'contacts',
  'media contact',
  'press contact',
  'investor contact'
])

/**
 * Kicker words: a line such as `AP Exclusive: …` or `ANALYSIS: …` is a
 * headline with a label, not a meta line.
 */
export const KICKER_WORDS: ReadonlySet<string> = new Set([
  'exclusive',
  'breaking',
  'analysis',
  'opinion',
  'update',
  'watch',
  'live',
  'explainer',
  'factbox',
  'interview',
  'review',
  'editorial',
  'comment',
  'feature',
  'insight',
  'focus',
  'timeline',
  'correction',
  'urgent',
  'flash',
  'alert',
  'video',
  'photos',
  'podcast'
])

/**
 * Links that author widgets put after the author's name (`Jane Doe Read
 * more`, `Jane Doe View profile`), lower case: a line of names that ends
 * in one is a byline. Only phrases of two or more words: a lone `More` or
 * `Follow` could end a headline in title case.
 */
export const AUTHOR_LINKS: readonly string[] = [
  'read more',
  'see more',
  'more articles',
  'all articles',
  'all posts',
  'view all posts',
  'view profile'
]

/**
 * The meta key of page chrome in the header: lines that belong to the page
 * around the article rather than to it (menu items, section labels,
 * tickers, photo captions, the headline repeated), kept so that nothing is
 * lost.
 */
export const CHROME_KEY = 'chrome'
