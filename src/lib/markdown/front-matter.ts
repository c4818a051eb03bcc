/**
 * YAML front matter: find the `---` block at the top of a Markdown article
 * and turn its keys into header nodes.
 *
 * @module
 */

import {recognizeByline} from '../header/recognize-byline.js'
import {recognizeStamp} from '../header/recognize-stamp.js'
import {text} from '../phrasing/build-phrasing.js'
import {copyDateFields} from '../phrasing/make-sentences.js'
import type {DateFields} from '../recognizer-types.js'
import {contextAt, report, type State} from '../state.js'
import type {Byline, Dateline, DatelineRole, HeaderContent, Meta} from '../types.js'
import {readFrontMatterYaml, readLooseYaml, type FrontMatterValue} from './front-matter-yaml.js'

/**
 * Where the front matter is.
 */
export interface FrontMatter {
  /** Offset of the first character of the YAML (after the opening fence). */
  contentStart: number
  /** Offset just past the YAML (before the closing fence). */
  contentEnd: number
  /** Offset just past the closing fence's line ending. */
  end: number
}

/**
 * Keys whose values are the published or updated time.
 *
 * A `Map` rather than an object: keys come from the input.
 */
const dateKeys = new Map<string, DatelineRole>([
  ['date', 'published'],
  ['published', 'published'],
  ['updated', 'updated'],
  ['modified', 'updated'],
  // WordPress exports (`post_date: 2024-03-05 09:15:00`) and Hugo
  // (`publishDate`, `lastmod`).
  ['post_date', 'published'],
  ['post_modified', 'updated'],
  ['publishdate', 'published'],
  ['lastmod', 'updated']
])

/**
 * Keys whose value is the title when there is no `title` key: WordPress
 * exports (`post_title: >` folded over lines) and schema-style `headline`.
 */
const titleKeys = new Set(['title', 'post_title', 'headline'])

/**
 * YAML booleans: a `published: true` flag (Jekyll's draft switch) is no
 * date.
 */
const booleans = new Set(['true', 'false', 'yes', 'no', 'on', 'off'])

/**
 * Words that name a role or a desk, not a person: an `author` made only of
 * them (`Staff Writer`, `admin`, `News Desk`) is a placeholder the
 * publishing tool filled in, not a byline. So is a scraper's filler for a
 * page with no author (`Unknown`, `Anonymous`, `None`).
 */
const roleWords = new Set([
  'admin',
  'administrator',
  'anonymous',
  'author',
  'none',
  'unknown',
  'bureau',
  'contributor',
  'contributors',
  'correspondent',
  'desk',
  'editor',
  'editorial',
  'editors',
  'guest',
  'news',
  'newsroom',
  'reporter',
  'reporters',
  'staff',
  'team',
  'web',
  'writer',
  'writers'
])

/** Character references a publishing tool leaves in front matter text. */
const characterReference = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi

/** Values of the named references in {@link characterReference}. */
const namedReferences = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00A0']
])

/** ISO 8601 date, with optional time and offset. */
const isoDate =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?[ \t]*(Z|[+-]\d\d:?\d\d)?$/

/**
 * Find front matter: a first line that is `---` (after an optional BOM),
 * and a later line that is `---` or `...`. Linear.
 *
 * @param value
 *   The document.
 * @returns
 *   Where it is, or `undefined`.
 */
export function findFrontMatter(value: string): FrontMatter | undefined {
  let index = value.charCodeAt(0) === 0xfeff ? 1 : 0
  if (!value.startsWith('---', index)) return undefined
  index += 3
  while (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9) index++
  const opening = lineEnd(value, index)
  if (opening === undefined) return undefined
  const contentStart = opening
  let start = opening

  while (start < value.length) {
    let end = start
    while (end < value.length && value.charCodeAt(end) !== 10 && value.charCodeAt(end) !== 13) end++
    let content = end
    while (content > start && (value.charCodeAt(content - 1) === 32 || value.charCodeAt(content - 1) === 9)) content--
    const line = value.slice(start, content)
    const next = lineEnd(value, end) ?? value.length
    if (line === '---' || line === '...') return {contentStart, contentEnd: start, end: next}
    if (next === start) break
    start = next
  }

  return undefined
}

/**
 * Offset after the line ending at `index`, when `index` is a line ending.
 *
 * @param value
 *   The document.
 * @param index
 *   Offset.
 * @returns
 *   Offset of the next line, or `undefined` when `index` is no line ending.
 */
function lineEnd(value: string, index: number): number | undefined {
  const code = value.charCodeAt(index)
  if (code === 10) return index + 1
  if (code === 13) return value.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
  if (index >= value.length) return index
  return undefined
}

/**
 * Blank out front matter so a Markdown parser sees empty lines there while
 * every later offset stays the same.
 *
 * @param value
 *   The document.
 * @param frontMatter
 *   Where the front matter is.
 * @returns
 *   The document with spaces for every character of the front matter that
 *   is not a line ending.
 */
export function blankFrontMatter(value: string, frontMatter: FrontMatter): string {
  const head = value.slice(0, frontMatter.end)
  let blank = ''
  let from = 0
  for (let index = 0; index < head.length; index++) {
    const code = head.charCodeAt(index)
    if (code === 10 || code === 13) {
      blank += ' '.repeat(index - from) + head.charAt(index)
      from = index + 1
    }
  }

  return blank + ' '.repeat(head.length - from) + value.slice(frontMatter.end)
}

/**
 * Turn front matter into header nodes, in the order of its keys:
 * `title` → `title`; `date`, `published` → published `dateline`;
 * `updated`, `modified` → updated `dateline`; `author`, `authors` →
 * `byline`; every other key → `meta`, nested values flattened to dotted
 * keys (`publisher.name`).
 *
 * Keys are data: they are only ever compared and copied into nodes, never
 * used as property names of program objects.
 *
 * @param state
 *   Parse state.
 * @param frontMatter
 *   Where the front matter is.
 * @returns
 *   Header nodes.
 */
export function readFrontMatter(state: State, frontMatter: FrontMatter): HeaderContent[] {
  const base = frontMatter.contentStart
  const source = state.value.slice(base, frontMatter.contentEnd)
  const nodes: HeaderContent[] = []
  if (source.trim() === '') return nodes
  let yaml = readFrontMatterYaml(source)

  if ('error' in yaml) {
    // Lines of `key: value` with a colon in a value are read as such, not
    // lost (`title: Ferry link: talks end`).
    const loose = readLooseYaml(source)
    report(
      state,
      'Unexpected invalid YAML in front matter: `' + yaml.error + '`' + (loose ? ', read as `key: value` lines' : ''),
      'invalid-front-matter',
      base + yaml.start,
      base + yaml.end
    )
    if (!loose) return nodes
    yaml = {pairs: loose}
  }

  if ('notMap' in yaml) {
    report(state, 'Unexpected front matter that is not a mapping', 'invalid-front-matter', base, frontMatter.contentEnd)
    return nodes
  }

  let title = false
  let byline = false
  // `title` wins over the other title keys wherever it is.
  const hasTitle = yaml.pairs.some((pair) => pair.key?.toLowerCase() === 'title')

  for (const pair of yaml.pairs) {
    if (pair.key === undefined) continue
    const key = pair.key
    const lower = key.toLowerCase()
    const value = pair.value
    const keyStart = base + (pair.keyStart ?? 0)
    const scalar = value?.kind === 'scalar' ? value.text : undefined
    const valueStart = base + (startOf(value) ?? pair.keyEnd ?? 0)
    const valueEnd = base + (endOf(value) ?? pair.keyEnd ?? 0)

    if (
      titleKeys.has(lower) &&
      (lower === 'title' || !hasTitle) &&
      scalar !== undefined &&
      scalar.trim() !== '' &&
      !title
    ) {
      title = true
      nodes.push({
        type: 'title',
        children: [literal(state, decodeReferences(scalar.trim()), valueStart, valueEnd)],
        position: state.locator.position(valueStart, valueEnd)
      })
      continue
    }

    const role = dateKeys.get(lower)
    if (role && scalar !== undefined && scalar.trim() !== '' && !booleans.has(scalar.trim().toLowerCase())) {
      nodes.push(dateline(state, role, scalar, valueStart, valueEnd))
      continue
    }

    if ((lower === 'author' || lower === 'authors') && !byline) {
      const found = bylineNode(state, value, scalar, valueStart, valueEnd)
      if (found) {
        byline = true
        nodes.push(found)
        continue
      }
    }

    flatten(state, key.toLowerCase(), value, keyStart, valueEnd, base, nodes)
  }

  return nodes
}

/**
 * Whether a front matter entry `key: "value"` is read back as `meta` with
 * that key and value rather than as a title, dateline or byline: how
 * `stringify` knows which meta it may write there.
 *
 * @param key
 *   Meta key.
 * @param value
 *   Meta value.
 * @param hasTitle
 *   Whether the front matter also holds a `title` entry.
 * @returns
 *   Whether it reads back as that meta.
 * @example
 *   ```ts
 *   readsAsMeta('published', 'true', false) // => true (a flag, no date)
 *   readsAsMeta('published', '2024-03-05', false) // => false (a dateline)
 *   ```
 */
export function readsAsMeta(key: string, value: string, hasTitle: boolean): boolean {
  const lower = key.toLowerCase()
  const trimmed = value.trim()
  if (titleKeys.has(lower)) return lower !== 'title' && hasTitle && trimmed !== ''
  if (dateKeys.has(lower)) return booleans.has(trimmed.toLowerCase())
  if (lower === 'author' || lower === 'authors') return trimmed !== '' && (isRole(trimmed) || isHandle(trimmed))
  return true
}

/**
 * Start offset of a value (relative to the YAML).
 *
 * @param value
 *   Value.
 * @returns
 *   Offset, or `undefined` when it has none.
 */
function startOf(value: FrontMatterValue | undefined): number | undefined {
  return value === undefined || value.kind === 'map' ? undefined : value.start
}

/**
 * End offset of a value (relative to the YAML).
 *
 * @param value
 *   Value.
 * @returns
 *   Offset, or `undefined` when it has none.
 */
function endOf(value: FrontMatterValue | undefined): number | undefined {
  return value === undefined || value.kind === 'map' ? undefined : value.end
}

/**
 * Add `meta` nodes for a key and its value, flattening maps (`a.b`) and
 * sequences that hold more than scalars (`a.0.b`); a sequence of scalars
 * becomes one value joined by `, `.
 *
 * @param state
 *   Parse state.
 * @param key
 *   Dotted key so far.
 * @param value
 *   YAML value.
 * @param start
 *   Start offset of the key.
 * @param end
 *   End offset of the value.
 * @param base
 *   Offset of the YAML in the document.
 * @param nodes
 *   Where nodes go.
 */
function flatten(
  state: State,
  key: string,
  value: FrontMatterValue | undefined,
  start: number,
  end: number,
  base: number,
  nodes: HeaderContent[]
): undefined {
  if (value?.kind === 'map') {
    for (const pair of value.pairs) {
      if (pair.key === undefined) continue
      const child = pair.value
      flatten(
        state,
        key + '.' + pair.key.toLowerCase(),
        child,
        base + (pair.keyStart ?? 0),
        base + (endOf(child) ?? pair.keyEnd ?? 0),
        base,
        nodes
      )
    }

    return
  }

  if (value?.kind === 'seq' && value.items.length > 0 && !value.items.every((item) => item?.kind === 'scalar')) {
    for (let index = 0; index < value.items.length; index++) {
      const item = value.items[index]
      const from = base + (startOf(item) ?? 0)
      flatten(state, key + '.' + index, item, from, base + (endOf(item) ?? 0), base, nodes)
    }

    return
  }

  let text = ''
  if (value?.kind === 'seq') text = value.items.map((item) => (item?.kind === 'scalar' ? item.text : '')).join(', ')
  else if (value?.kind === 'scalar') text = value.text
  const node: Meta = {type: 'meta', key, value: text, position: state.locator.position(start, Math.max(start, end))}
  nodes.push(node)
}

/**
 * Decode the character references publishing tools leave in front matter
 * text (`Talks resume &#8211; report`, `Q&amp;A`): numeric ones and the
 * few XML names. Others stay as written.
 *
 * @param value
 *   Text.
 * @returns
 *   Decoded text.
 */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(characterReference, (all, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return namedReferences.get(name.toLowerCase()) ?? all
    const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal)
    // No control characters, surrogates or out-of-range code points.
    if (code < 0x20 || code > 0x10_ffff || (code >= 0xd8_00 && code <= 0xdf_ff)) return all
    return String.fromCodePoint(code)
  })
}

/**
 * Whether an author value names only a role or a desk (`Staff Writer`,
 * `admin`): all its words are {@link roleWords} (or `the`, `our`, `&`,
 * `and`, and at least one role word).
 *
 * @param value
 *   Author value.
 * @returns
 *   Whether it is such a placeholder.
 */
function isRole(value: string): boolean {
  let role = false
  for (const word of value.toLowerCase().split(/[\s,]+/)) {
    if (roleWords.has(word)) role = true
    else if (word !== '' && word !== 'the' && word !== 'our' && word !== 'and' && word !== '&') return false
  }

  return role
}

/** Longest user handle, in characters. */
const handleMax = 40

/**
 * Whether an `author` value is a user handle, not a name: one token of
 * lower-case letters, digits, `.`, `_` or `-`, maybe after an `@`
 * (`jdoe`, `harbour_fan42`, `@ana.l`). Link archives and forums write
 * who posted the page there, not who wrote the article; a name has a
 * capital or a space (`Ana Lind`, `bell hooks`), and a script without
 * case (`李明`) is no handle either.
 *
 * @param value
 *   Author value, trimmed.
 * @returns
 *   Whether it is a handle.
 */
function isHandle(value: string): boolean {
  return value.length <= handleMax && /^@?[\p{Ll}\d._-]+$/u.test(value) && /\p{Ll}/u.test(value)
}

/**
 * Make a text node whose value comes from YAML (so it may differ from the
 * source slice: quotes, escapes).
 *
 * @param state
 *   Parse state.
 * @param value
 *   Value.
 * @param start
 *   Start offset of the YAML value.
 * @param end
 *   End offset.
 * @returns
 *   Text node.
 */
function literal(state: State, value: string, start: number, end: number) {
  if (state.value.slice(start, end) === value) return text(state, start, end)
  return {type: 'text' as const, value, position: state.locator.position(start, end)}
}

/**
 * Make a dateline from a front matter value: an ISO 8601 date or date-time,
 * or anything the stamp recogniser reads.
 *
 * @param state
 *   Parse state.
 * @param role
 *   Role from the key.
 * @param value
 *   The value.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Dateline.
 */
function dateline(state: State, role: DatelineRole, value: string, start: number, end: number): Dateline {
  const node: Dateline = {type: 'dateline', role, children: [literal(state, value, start, end)]}
  const trimmed = value.trim()
  const fields = isoFields(trimmed) ?? recognizeStamp(trimmed, contextAt(state, start))

  if (fields) {
    copyDateFields(fields, node)
  } else {
    report(state, 'Cannot read front matter date `' + trimmed.slice(0, 60) + '`', 'unparsed-date', start, end)
  }

  node.position = state.locator.position(start, end)
  return node
}

/**
 * Read an ISO 8601 date (`2024-03-05`, `2024-03-05T15:14:00+01:00`).
 *
 * @param value
 *   Value.
 * @returns
 *   Fields, or `undefined`.
 */
export function isoFields(value: string): DateFields | undefined {
  const match = isoDate.exec(value)
  if (!match) return undefined
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const fields: DateFields = {date: match[1] + '-' + match[2] + '-' + match[3]}
  if (match[4] !== undefined) {
    if (Number(match[4]) > 23 || Number(match[5]) > 59) return undefined
    fields.time = match[4] + ':' + match[5] + (match[6] !== undefined && match[6] !== '00' ? ':' + match[6] : '')
  }

  if (match[7] !== undefined) {
    const zone = match[7]
    fields.utcOffset = zone === 'Z' ? '+00:00' : zone.length === 5 ? zone.slice(0, 3) + ':' + zone.slice(3) : zone
    if (fields.time !== undefined) fields.datetime = fields.date + 'T' + fields.time + fields.utcOffset
  }

  return fields
}

/**
 * Make a byline from an `author` or `authors` value: a string (read by the
 * byline recogniser when it can, as `By …`) or a sequence of names (or of
 * maps with a `name`).
 *
 * @param state
 *   Parse state.
 * @param value
 *   YAML value.
 * @param scalar
 *   Its text when it is a scalar.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Byline, or `undefined` when there are no names.
 */
function bylineNode(
  state: State,
  value: FrontMatterValue | undefined,
  scalar: string | undefined,
  start: number,
  end: number
): Byline | undefined {
  let authors: string[] = []
  let words: string

  if (scalar !== undefined) {
    words = scalar.trim()
    if (words === '') return undefined
    const found = recognizeByline(words) ?? recognizeByline('By ' + words)
    authors = isHandle(words) || isRole(words) ? [] : found && found.authors.length > 0 ? found.authors : [words]
  } else if (value?.kind === 'seq') {
    for (const item of value.items) {
      if (item?.kind === 'scalar') {
        const name = item.text.trim()
        if (name) authors.push(name)
      } else if (item?.kind === 'map') {
        const name = item.pairs.find((pair) => pair.key === 'name')
        if (name?.value?.kind === 'scalar') authors.push(name.value.text.trim())
      }
    }

    authors = authors.filter(Boolean)
    words = authors.join(', ')
  } else {
    return undefined
  }

  if (authors.length === 0) return undefined
  return {
    type: 'byline',
    authors,
    children: [literal(state, words, start, end)],
    position: state.locator.position(start, end)
  }
}
