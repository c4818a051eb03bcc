/**
 * Dictionaries of attribution cues: the verbs and phrases with which news
 * copy says where information comes from.
 *
 * Each verb form maps to the kinds of subject it may attribute to, so that a
 * verb that only reports for a document (`the declaration permitted`) does
 * not turn every person who `permitted` something into a source.
 *
 * @module
 */

import {nounOpeners} from '../util/noun-openers.js'
import type {SourceKind} from '../types.js'

/** Subjects a cue verb may attribute to. */
export type CueSubjects = 'any' | 'institutional' | 'document'

/**
 * Speech and report verbs, every inflected form, each with the subjects it
 * may attribute to:
 *
 * - `any`: people, organisations, outlets, documents and anonymous groups
 *   (`said`, `told`, `reported`);
 * - `institutional`: documents, organisations, outlets and groups, never a
 *   named person alone (`found`, `showed`: `the study found`);
 * - `document`: only documents (`the declaration permitted`).
 */
export const cueVerbs: ReadonlyMap<string, CueSubjects> = new Map(
  [
    ...forms('any', ['say', 'says', 'said']),
    ...forms('any', ['tell', 'tells', 'told']),
    ...forms('any', ['add', 'adds', 'added']),
    ...forms('any', ['note', 'notes', 'noted']),
    ...forms('any', ['state', 'states', 'stated']),
    ...forms('any', ['announce', 'announces', 'announced']),
    ...forms('any', ['report', 'reports', 'reported']),
    ...forms('any', ['write', 'writes', 'wrote']),
    ...forms('any', ['confirm', 'confirms', 'confirmed']),
    ...forms('any', ['warn', 'warns', 'warned']),
    ...forms('any', ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised']),
    ...forms('any', ['stress', 'stresses', 'stressed']),
    ...forms('any', ['claim', 'claims', 'claimed']),
    ...forms('any', ['complain', 'complains', 'complained']),
    ...forms('any', ['reckon', 'reckons', 'reckoned']),
    ...forms('any', ['promise', 'promises', 'promised']),
    ...forms('any', ['concede', 'concedes', 'conceded']),
    ...forms('any', ['allege', 'alleges', 'alleged']),
    ...forms('any', ['argue', 'argues', 'argued']),
    ...forms('any', ['insist', 'insists', 'insisted']),
    ...forms('any', ['explain', 'explains', 'explained']),
    ...forms('any', ['admit', 'admits', 'admitted']),
    ...forms('any', ['tweet', 'tweets', 'tweeted']),
    ...forms('any', ['predict', 'predicts', 'predicted']),
    ...forms('any', ['expect', 'expects']),
    ...forms('any', ['estimate', 'estimates', 'estimated']),
    ...forms('any', ['underline', 'underlines', 'underlined']),
    ...forms('any', ['underscore', 'underscores', 'underscored']),
    ...forms('any', ['suggest', 'suggests', 'suggested']),
    ...forms('any', ['testify', 'testifies', 'testified']),
    ...forms('any', ['believe', 'believes']),
    ...forms('any', ['acknowledge', 'acknowledges', 'acknowledged']),
    ...forms('any', ['reveal', 'reveals', 'revealed']),
    ...forms('any', ['recall', 'recalls', 'recalled']),
    ...forms('any', ['reply', 'replies', 'replied']),
    ...forms('any', ['assert', 'asserts', 'asserted']),
    ...forms('any', ['observe', 'observes', 'observed']),
    ...forms('any', ['comment', 'comments', 'commented']),
    ...forms('any', ['remark', 'remarks', 'remarked']),
    ...forms('any', ['highlighted']),
    ...forms('any', ['vow', 'vows', 'vowed']),
    ...forms('any', ['pledge', 'pledges', 'pledged']),
    ...forms('any', ['urge', 'urges', 'urged']),
    ...forms('any', ['conclude', 'concludes', 'concluded']),
    ...forms('any', ['cite', 'cites', 'cited']),
    // Only before a clause (see `clauseVerbs`): `the ministry denied that
    // …`, `police denied reports that …`.
    ...forms('any', ['deny', 'denies', 'denied']),
    // Only before a clause (see `clauseVerbs`): `the firm disclosed that
    // …`; `disclosed the figures` tells no one's words.
    ...forms('any', ['disclose', 'discloses', 'disclosed']),
    ...forms('any', ['blame', 'blames', 'blamed']),
    // Only before a clause (see `clauseVerbs`): `the minister assured
    // that …`, `Jane Roe informed the council that …`; `informed the
    // police` and `reassured investors` tell no one's words.
    ...forms('any', ['assure', 'assures', 'assured', 'reassure', 'reassures', 'reassured', 'inform', 'informs', 'informed']),
    // Only before a clause (see `clauseVerbs`): `the court ruled that …`.
    ...forms('any', ['ruled']),
    // Only before a clause (see `clauseVerbs`): `the league maintains that
    // …`; `maintained the road` tells no one's words.
    ...forms('any', ['maintain', 'maintains', 'maintained']),
    ...forms('institutional', ['quote', 'quotes', 'quoted']),
    ...forms('institutional', ['find', 'finds', 'found']),
    ...forms('institutional', ['show', 'shows', 'showed']),
    ...forms('institutional', ['signal', 'signals', 'signaled', 'signalled']),
    ...forms('institutional', ['indicate', 'indicates', 'indicated']),
    ...forms('document', ['read', 'reads']),
    ...forms('document', ['cover', 'covers', 'covered']),
    ...forms('document', ['permit', 'permits', 'permitted']),
    ...forms('document', ['stipulate', 'stipulates', 'stipulated']),
    ...forms('document', ['envisage', 'envisages', 'envisaged']),
    ...forms('document', ['provide', 'provides']),
    ...forms('document', ['consolidate', 'consolidates', 'consolidated']),
    ...forms('document', ['showing'])
  ]
)

/**
 * Cue verbs that may come before their subject after a quote or a clause
 * (`"…," said Jane Doe`, `…, says BT, …`, `…, notes David Roe`).
 */
export const invertedCues: ReadonlySet<string> = new Set([
  'said',
  'says',
  'added',
  'adds',
  'noted',
  'notes',
  'wrote',
  'writes',
  'stated',
  'states',
  'complains',
  'complained',
  'promises',
  'promised',
  'explained',
  'explains',
  'warned',
  'warns',
  'insisted',
  'insists',
  'argued',
  'argues',
  'concluded',
  'continued',
  'read',
  'reads',
  'asked',
  'asks',
  'recalled',
  'tweeted',
  'reported',
  'reports'
])

/**
 * Phrases whose object is the source (`according to Jane Doe`,
 * `citing officials`, `with reference to TASS`), longest first so the
 * recogniser tries `with reference to` before `with reference`.
 */
export const prepositionCues: ReadonlyArray<{words: readonly string[]; cue: string}> = [
  {words: ['according', 'to'], cue: 'according to'},
  {words: ['with', 'reference', 'to'], cue: 'with reference to'},
  {words: ['with', 'reference'], cue: 'with reference'},
  {words: ['in', 'the', 'words', 'of'], cue: 'in the words of'},
  {words: ['citing'], cue: 'citing'},
  {words: ['quoting'], cue: 'quoting'},
  {words: ['quoted', 'by'], cue: 'quoted by'},
  {words: ['reported', 'by'], cue: 'reported by'},
  {words: ['cited', 'by'], cue: 'cited by'},
  {words: ['surveyed', 'by'], cue: 'surveyed by'},
  {words: ['polled', 'by'], cue: 'polled by'}
]

/** First words of the phrases in {@link prepositionCues}, for a cheap precheck. */
export const prepositionCueStarts: ReadonlySet<string> = new Set(prepositionCues.map((d) => d.words[0] ?? ''))

/**
 * Words that, right before a cue verb, make it no report: a determiner
 * (`the said agreement`), or a form of `be` (`it was emphasized`, `revenue
 * was reported as`), or `to` (`is expected to say`).
 */
export const blockingBefore: ReadonlySet<string> = new Set([
  ...nounOpeners,
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'to',
  'not',
  'so-called',
  'aforementioned',
  // `Please note that …`: an imperative, addressed to the reader.
  'please',
  'kindly'
])

/**
 * Auxiliaries and adverbs that may stand between a subject and its cue
 * (`has alleged`, `reportedly told`, `also said`).
 */
export const skippableBefore: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'also',
  'again',
  'later',
  'earlier',
  'previously',
  'recently',
  'now',
  'then',
  'today',
  'yesterday',
  'tonight',
  'once',
  'further',
  'however',
  'separately',
  'repeatedly',
  'publicly',
  'reportedly',
  'officially',
  'first',
  'last',
  'night',
  'week',
  'month',
  'year',
  'this',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday'
])

/** Cues that need the `reported`-style guess: an unknown name is an outlet. */
export const outletCues: ReadonlySet<string> = new Set(['reported', 'reports', 'report'])

/**
 * Cues after which a one-word name that no dictionary knows is guessed to be
 * an outlet (`AzerTAc reported`, `with reference to Sputnik`).
 */
export const outletGuessCues: ReadonlySet<string> = new Set([
  ...outletCues,
  'with reference to',
  'with reference',
  'citing',
  'quoting',
  'quoted by',
  'cited by',
  'reported by'
])

/** Kinds a cue's subject filter accepts. */
export const subjectKinds: Readonly<Record<CueSubjects, ReadonlySet<SourceKind>>> = {
  any: new Set(['outlet', 'person', 'organization', 'document', 'anonymous', 'other']),
  institutional: new Set(['outlet', 'organization', 'document']),
  document: new Set(['document'])
}

/**
 * Pair each word with a subject filter.
 *
 * @param subjects
 *   Which subjects the verb may attribute to.
 * @param words
 *   Inflected forms.
 * @returns
 *   Map entries.
 */
function forms(subjects: CueSubjects, words: readonly string[]): Array<[string, CueSubjects]> {
  return words.map((word) => [word, subjects])
}

/** Cue words that are also nouns (`a National Audit Office report says`). */
export const nounLike: ReadonlySet<string> = new Set(['comment', 'comments', 'remark', 'remarks', 'reply', 'replies', 'highlight', 'highlights', 'pledge', 'pledges', 'vow', 'vows', 'recall', 'urge', 'report', 'reports', 'note', 'notes', 'claim', 'claims', 'estimate', 'estimates', 'tweet', 'tweets', 'promise', 'promises', 'find', 'finds', 'show', 'shows', 'state', 'states', 'read', 'reads', 'cover', 'covers', 'signal', 'signals', 'stress', 'warn', 'add'])

/** Verbs that report only with a clause unless a document is the subject. */
export const findingVerbs: ReadonlySet<string> = new Set(['find', 'finds', 'found', 'show', 'shows', 'showed'])

/**
 * Cues that report only before a `that` clause: `records showing that …`
 * attributes to the records, `a video showing police …` to nothing.
 */
export const clauseCues: ReadonlySet<string> = new Set(['showing'])

/**
 * Clause verbs whose `that` must come right after them: `the league
 * maintains that …` reports, `the council maintained the road that leads
 * …` does not.
 */
export const thatNextVerbs: ReadonlySet<string> = new Set(['maintain', 'maintains', 'maintained'])

/** Auxiliaries that follow a noun subject (`the report was`). */
export const auxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'also'])

/** Words after a cue that make it no report (`argued over custody`, `reports of`). */
export const notSpeechAfter: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['argued', new Set(['over', 'with', 'about'])],
  ['argue', new Set(['over', 'with', 'about'])],
  ['report', new Set([',', 'on', 'of', 'from', 'into', 'by', 'for', 'which'])],
  ['reports', new Set([',', 'on', 'of', 'from', 'into', 'by', 'for', 'which'])],
  ['told', new Set(['to'])],
  ['found', new Set(['dead', 'guilty', 'in'])],
  // `the man blamed for the attack`: a participle, not a report.
  ['blamed', new Set(['for', 'on'])],
  ['blame', new Set(['for', 'on'])],
  // `a firm cited for safety breaches`, `the figures cited in the report`,
  // `police cited him`: a participle or a ticket, not a citation.
  ['cited', new Set(['for', 'in', 'him', 'them', 'us', 'above'])],
  ['cites', new Set(['for', 'him', 'them', 'us'])],
  // `the ministry denied him entry`: a refusal, not a statement.
  ['denied', new Set(['him', 'them', 'us', 'me', 'access', 'entry', 'bail', 'permission', 'visas'])],
  ['denies', new Set(['him', 'them', 'us', 'me', 'access', 'entry', 'bail', 'permission', 'visas'])],
  ['deny', new Set(['him', 'them', 'us', 'me', 'access', 'entry', 'bail', 'permission', 'visas'])],
  ['read', new Set(['out', 'by', 'the', 'a'])]
])

/**
 * Words before `states` that make it a noun (`the bloc's member states`,
 * `the Gulf states said`): read as a verb, the word before would become a
 * source and hide the subject of the real cue after it.
 */
export const statesModifiers: ReadonlySet<string> = new Set([
  'member',
  'island',
  'nation',
  'city',
  'border',
  'coastal',
  'sovereign',
  'neighbouring',
  'neighboring',
  'frontline',
  'federal',
  'other',
  'several',
  'many',
  'both',
  'all',
  'gulf',
  'baltic',
  'arab',
  'western',
  'eastern',
  'southern',
  'northern'
])

/**
 * Words after which `report`, `reports` and the like go on reporting past a
 * comma that would otherwise end them (`Azernews reports, citing the
 * ministry`): the report names where it has its news from.
 */
export const citingAfterComma: ReadonlySet<string> = new Set(['citing', 'quoting', 'with'])

/**
 * Verbs that take a plain object as often as a clause (`Jane Doe added 14
 * points`, `the firm adds 300 jobs`): in the ordinary order they report only
 * when no number, no `to` and no object noun phrase that ends the sentence
 * follows them.
 */
export const objectVerbs: ReadonlySet<string> = new Set(['add', 'adds', 'added'])

/**
 * Number words that, right after an {@link objectVerbs} verb, open its
 * object (`added two goals`, `adds thousands of jobs`).
 */
export const numberWords: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'dozens',
  'millions',
  'billions'
])

/** Currency signs that open an amount (`added $5m`). */
export const currencySigns: ReadonlySet<string> = new Set(['$', '£', '€', '¥'])

/**
 * Words that show a clause after an {@link objectVerbs} verb and a noun
 * phrase (`he added the talks would resume`) besides the auxiliaries and
 * modals, which `clauseWords` already holds: forms of `do` and verbs that
 * take a complement.
 */
export const finiteWords: ReadonlySet<string> = new Set(['did', 'does', 'do', 'needs', 'remains', 'remained'])

/**
 * Verbs that report only with a `that` clause within a few words (`the
 * court ruled on Monday that …`, `the firm denied reports that …`; `the
 * party ruled the country` and `the court denied the motion` are none).
 */
export const clauseVerbs: ReadonlySet<string> = new Set([
  'ruled',
  'maintain',
  'maintains',
  'maintained',
  'deny',
  'denies',
  'denied',
  'disclose',
  'discloses',
  'disclosed',
  'assure',
  'assures',
  'assured',
  'reassure',
  'reassures',
  'reassured',
  'inform',
  'informs',
  'informed'
])

/**
 * Verb forms that may take `to` + infinitive as the subject's own act (`he
 * claimed to have seen it`); the other cue forms followed by `to be` or
 * `to have` are passive raising (`people alleged to have traded songs`,
 * `a man said to be in his forties`), which attributes to no one.
 */
export const controlVerbs: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'claimed',
  'promise',
  'promises',
  'promised',
  'pledge',
  'pledges',
  'pledged',
  'vow',
  'vows',
  'vowed',
  'admit',
  'admits',
  'admitted',
  'expect',
  'expects',
  'urge',
  'urges',
  'urged',
  'deny',
  'denies',
  'denied'
])

/** Infinitives after `to` that make a passive raising (`alleged to have`). */
export const raisingInfinitives: ReadonlySet<string> = new Set(['be', 'have', 'been', 'having'])

/** Possessive determiners: never a subject, and before a cue word a noun's. */
export const possessives: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])

/**
 * Conjunctions that open a condition: a subject right after them says
 * nothing yet (`If a chatbot says something wrong, …`).
 */
export const conditionWords: ReadonlySet<string> = new Set(['if', 'unless', 'whenever'])

/** Participles that report for the sentence's subject (`…, saying`). */
export const participleCues: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'asking', 'stressing', 'explaining', 'warning', 'claiming', 'arguing', 'insisting', 'stating', 'writing'])

/** Two-word cues: verb → particles (`made clear`, `pointed out`, `pointed to`). */
export const phrasalCues: ReadonlyMap<string, readonly string[]> = new Map([
  ['made', ['clear']],
  ['make', ['clear']],
  ['makes', ['clear']],
  ['pointed', ['out', 'to']],
  ['points', ['out', 'to']]
])

/**
 * Two-word cues that report only for a named person: figures and things
 * point to something without saying it (`the data points to a slowdown`,
 * `the sign pointed to the exit`), a minister who points to a need says it.
 */
export const personalPhrasalCues: ReadonlySet<string> = new Set(['pointed to', 'points to'])

/** Capitalised openers after which the subject follows a comma. */
export const openers: ReadonlySet<string> = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'following', 'earlier', 'later', 'meanwhile', 'however', 'separately', 'last', 'speaking', 'since', 'while', 'when', 'as', 'for', 'according', 'despite', 'amid', 'under', 'with', 'to', 'by', 'from', 'also', 'still'])
