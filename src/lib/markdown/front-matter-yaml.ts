/**
 * Read the YAML of front matter into the little the header needs: keys,
 * scalar texts, nesting, and offsets.
 *
 * The `yaml` package reads any YAML, but costs more than the rest of the
 * header: front matter as exported by most tools (`key: value` lines,
 * nested maps of such lines, values folded over indented lines, quoted
 * strings, `[]`) is read here directly, with the same result. Anything
 * else, or anything that is not certain, goes to the `yaml` package.
 *
 * @module
 */

import {isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode} from 'yaml'

/**
 * A YAML value, as far as the header needs it. Offsets are relative to the
 * YAML source; `start` and `end` are `undefined` where the `yaml` package
 * gives a node no range.
 */
export type FrontMatterValue =
  | {
      /** A scalar. */
      kind: 'scalar'
      /** Plain scalars as written, quoted and block scalars as their value. */
      text: string
      /** Start offset. */
      start: number | undefined
      /** End offset of the value. */
      end: number | undefined
    }
  | {
      /** A mapping with at least one pair. */
      kind: 'map'
      /** Its pairs. */
      pairs: FrontMatterPair[]
    }
  | {
      /** A sequence. */
      kind: 'seq'
      /** Its items (`undefined` for an item the `yaml` package left empty). */
      items: Array<FrontMatterValue | undefined>
      /** Start offset. */
      start: number | undefined
      /** End offset of the value. */
      end: number | undefined
    }
  | {
      /** Anything else (an empty mapping, an alias, a pair in a sequence). */
      kind: 'other'
      /** Start offset. */
      start: number | undefined
      /** End offset of the value. */
      end: number | undefined
    }

/**
 * A key and its value.
 */
export interface FrontMatterPair {
  /** The key as a string, or `undefined` when it is not a scalar. */
  key: string | undefined
  /** Start offset of the key. */
  keyStart: number | undefined
  /** End offset of the key. */
  keyEnd: number | undefined
  /** The value (`undefined` when there is none). */
  value: FrontMatterValue | undefined
}

/**
 * What the YAML of front matter holds: the pairs of its top-level mapping,
 * the first error, or neither when it is no mapping.
 */
export type FrontMatterYaml =
  | {
      /** Pairs of the top-level mapping. */
      pairs: FrontMatterPair[]
    }
  | {
      /** Error code. */
      error: string
      /** Start offset of the error. */
      start: number
      /** End offset of the error. */
      end: number
    }
  | {
      /** The document is not a mapping. */
      notMap: true
    }

/**
 * Read the YAML of front matter: directly when it is of the common simple
 * kind, else with the `yaml` package.
 *
 * @param source
 *   The YAML.
 * @returns
 *   What it holds.
 */
export function readFrontMatterYaml(source: string): FrontMatterYaml {
  const pairs = readSimpleYaml(source)
  return pairs ? {pairs} : readYaml(source)
}

/**
 * Read front matter that is no valid YAML as lines of `key: value`, each
 * value the rest of its line: scrapers write titles with a colon in them
 * unquoted (`title: Ferry link: talks end`), which YAML rejects. Every
 * line that is not blank must be such a line, at the start of the line,
 * with a key that {@link readSimpleYaml} would take and a value that opens
 * no YAML syntax.
 *
 * @param source
 *   The YAML.
 * @returns
 *   Pairs of scalars, or `undefined` when a line is of another kind.
 */
export function readLooseYaml(source: string): FrontMatterPair[] | undefined {
  const pairs: FrontMatterPair[] = []
  let start = 0

  while (start < source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let contentEnd = end
    while (contentEnd > start && (source.charCodeAt(contentEnd - 1) === 32 || source.charCodeAt(contentEnd - 1) === 13)) contentEnd--

    if (contentEnd > start) {
      const colon = keyColon(source, start, contentEnd)
      if (colon === -1 || source.charCodeAt(colon + 1) !== 32) return undefined
      const key = source.slice(start, colon)
      let valueStart = colon + 1
      while (source.charCodeAt(valueStart) === 32) valueStart++
      // A value that opens YAML syntax (`[oops`, `"…`) is broken YAML, not text.
      if (valueStart >= contentEnd || indicators.has(source.charAt(valueStart))) return undefined
      pairs.push({key, keyStart: start, keyEnd: colon, value: {kind: 'scalar', text: source.slice(valueStart, contentEnd), start: valueStart, end: contentEnd}})
    }

    start = end + 1
  }

  return pairs.length > 0 ? pairs : undefined
}

/**
 * Read YAML with the `yaml` package.
 *
 * @param source
 *   The YAML.
 * @returns
 *   What it holds.
 */
export function readYaml(source: string): FrontMatterYaml {
  const document = parseDocument(source, {uniqueKeys: false, prettyErrors: false})

  if (document.errors.length > 0) {
    const error = document.errors[0]!
    return {error: error.code, start: error.pos[0], end: error.pos[1]}
  }

  const contents = document.contents
  if (!isMap(contents)) return {notMap: true}
  return {pairs: contents.items.map((pair) => fromPair(pair))}
}

/**
 * Turn an item of a `yaml` mapping into a pair.
 *
 * @param pair
 *   Item.
 * @returns
 *   Pair.
 */
function fromPair(pair: unknown): FrontMatterPair {
  if (!isPair(pair) || !isScalar(pair.key)) {
    return {key: undefined, keyStart: undefined, keyEnd: undefined, value: undefined}
  }

  const value = pair.value as YamlNode | null
  return {
    key: String(pair.key.value ?? ''),
    keyStart: pair.key.range?.[0],
    keyEnd: pair.key.range?.[1],
    value: value ? fromNode(value) : undefined
  }
}

/**
 * Turn a `yaml` node into a value.
 *
 * @param node
 *   Node.
 * @returns
 *   Value.
 */
function fromNode(node: YamlNode): FrontMatterValue {
  const start = node.range?.[0]
  const end = node.range?.[1]
  if (isScalar(node)) {
    const text =
      node.type === 'PLAIN' && typeof node.source === 'string'
        ? node.source
        : node.value === null || node.value === undefined
          ? ''
          : String(node.value)
    return {kind: 'scalar', text, start, end}
  }

  if (isMap(node) && node.items.length > 0) return {kind: 'map', pairs: node.items.map((pair) => fromPair(pair))}
  if (isSeq(node)) {
    return {
      kind: 'seq',
      items: node.items.map((item) => (item ? fromNode(item as YamlNode) : undefined)),
      start,
      end
    }
  }

  return {kind: 'other', start, end}
}

/**
 * Characters the direct reader accepts at all: printable ASCII, line
 * endings, and printable non-ASCII outside surrogates (no tabs, no BOM, no
 * line or paragraph separators, nothing YAML would refuse), and a carriage
 * return only before a line feed. Anything else goes to the `yaml` package.
 */
const unsupported = /[^\n\r\u0020-\u007E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|\r(?!\n)/

/** A key the direct reader accepts: a word that YAML reads as a string. */
const simpleKey = /^[a-z_][\w.-]*$/i

/** Keys YAML 1.2 reads as booleans or null, not strings. */
const nonStringKeys = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL'])

/** Longest key the direct reader accepts (YAML limits implicit keys). */
const maxKey = 256

/**
 * Characters that may not start a plain scalar the direct reader accepts
 * (YAML indicators, and space).
 */
const indicators = new Set('-?:,[]{}#&*!|>\'"%@` ')

/**
 * Read YAML of the common simple kind directly: lines of `key: value` and
 * `key:` followed by a more indented such mapping, where a value is a
 * plain scalar (maybe folded over more indented lines), a one-line quoted
 * string without escapes, or `[]`; lines end in a line feed or a carriage
 * return and line feed. No comments, blank lines, tabs, trailing spaces or
 * anything else.
 *
 * @param source
 *   The YAML.
 * @returns
 *   Pairs of the top-level mapping, or `undefined` when the source is not
 *   of that kind (the `yaml` package reads it then).
 */
export function readSimpleYaml(source: string): FrontMatterPair[] | undefined {
  if (unsupported.test(source)) return undefined
  const reader = new SimpleReader(source)
  const pairs = reader.map(0)
  // Everything read, ending in one line feed (the line before the fence).
  return pairs && pairs.length > 0 && reader.position === source.length ? pairs : undefined
}

/**
 * The colon after a simple key at `start` on a line that ends at `end`: a
 * word that YAML reads as a string, at most {@link maxKey} long.
 *
 * @param source
 *   The YAML.
 * @param start
 *   Start of the key.
 * @param end
 *   End of the line.
 * @returns
 *   Offset of the colon, or `-1` when there is no such key.
 */
function keyColon(source: string, start: number, end: number): number {
  const colon = source.indexOf(':', start)
  if (colon === -1 || colon >= end || colon - start > maxKey) return -1
  const key = source.slice(start, colon)
  return simpleKey.test(key) && !nonStringKeys.has(key) ? colon : -1
}

/**
 * State of the direct reader: where the next line starts.
 */
class SimpleReader {
  /** The YAML. */
  readonly source: string
  /** Offset of the next line to read. */
  position = 0

  /**
   * Create a reader.
   *
   * @param source
   *   The YAML.
   */
  constructor(source: string) {
    this.source = source
  }

  /**
   * End of the line starting at `start`: the offset of its line ending (a
   * line feed, or a carriage return before one).
   *
   * @param start
   *   Line start.
   * @returns
   *   Line end, or `-1` when the line does not end in a line feed.
   */
  lineEnd(start: number): number {
    const feed = this.source.indexOf('\n', start)
    return feed > start && this.source.charCodeAt(feed - 1) === 13 /* \r */ ? feed - 1 : feed
  }

  /**
   * Start of the line after the one that ends at `end`.
   *
   * @param end
   *   Line end (see {@link SimpleReader.lineEnd}).
   * @returns
   *   Offset after its line ending.
   */
  nextLine(end: number): number {
    return end + (this.source.charCodeAt(end) === 13 /* \r */ ? 2 : 1)
  }

  /**
   * Indentation of the line at `start`.
   *
   * @param start
   *   Line start.
   * @returns
   *   Number of leading spaces.
   */
  indentOf(start: number): number {
    let index = start
    while (this.source.charCodeAt(index) === 32) index++
    return index - start
  }

  /**
   * Read the pairs of a mapping whose keys are indented by `indent`,
   * up to the first line indented less (or the end).
   *
   * @param indent
   *   Indentation of its keys.
   * @returns
   *   Pairs, or `undefined` when something is not simple.
   */
  map(indent: number): FrontMatterPair[] | undefined {
    const source = this.source
    const pairs: FrontMatterPair[] = []

    while (this.position < source.length) {
      const lineStart = this.position
      const lineEnd = this.lineEnd(lineStart)
      // A line without a line feed, or a blank line: not simple.
      if (lineEnd === -1 || lineEnd === lineStart) return undefined
      const own = this.indentOf(lineStart)
      if (own < indent) break
      if (own > indent) return undefined

      const keyStart = lineStart + indent
      const colon = keyColon(source, keyStart, lineEnd)
      if (colon === -1) return undefined
      const key = source.slice(keyStart, colon)
      this.position = this.nextLine(lineEnd)
      let value: FrontMatterValue | undefined

      if (colon + 1 === lineEnd) {
        // `key:` with a more indented mapping below.
        if (this.position >= source.length) return undefined
        const inner = this.indentOf(this.position)
        if (inner <= indent) return undefined
        const innerPairs = this.map(inner)
        if (!innerPairs || innerPairs.length === 0) return undefined
        // The mapping must end at this level or an outer one, not between.
        if (this.position < source.length && this.indentOf(this.position) > indent) return undefined
        value = {kind: 'map', pairs: innerPairs}
      } else {
        if (source.charCodeAt(colon + 1) !== 32) return undefined
        let valueStart = colon + 1
        while (source.charCodeAt(valueStart) === 32) valueStart++
        if (valueStart >= lineEnd) return undefined
        value = this.value(indent, valueStart, lineEnd)
        if (!value) return undefined
      }

      pairs.push({key, keyStart, keyEnd: colon, value})
    }

    return pairs
  }

  /**
   * Read a value that starts on a key's line.
   *
   * @param indent
   *   Indentation of the key.
   * @param start
   *   Start of the value.
   * @param lineEnd
   *   End of the key's line.
   * @returns
   *   Value, or `undefined` when it is not simple.
   */
  value(indent: number, start: number, lineEnd: number): FrontMatterValue | undefined {
    const source = this.source
    const first = source.charAt(start)
    // No trailing spaces (YAML trims them; the direct reader does not).
    if (source.charCodeAt(lineEnd - 1) === 32) return undefined
    let value: FrontMatterValue

    if (first === "'" || first === '"') {
      // One-line quoted string: closed at the line's end, no escapes.
      if (lineEnd - start < 2 || source.charAt(lineEnd - 1) !== first) return undefined
      const inner = source.slice(start + 1, lineEnd - 1)
      if (inner.includes(first) || inner.includes('\\')) return undefined
      value = {kind: 'scalar', text: inner, start, end: lineEnd}
    } else if (first === '[') {
      // Only the empty sequence.
      if (lineEnd - start !== 2 || source.charAt(start + 1) !== ']') return undefined
      value = {kind: 'seq', items: [], start, end: lineEnd}
    } else {
      if (indicators.has(first) || !plainLine(source, start, lineEnd)) return undefined
      let text = source.slice(start, lineEnd)
      let end = lineEnd

      // Lines indented more than the key continue the value, folded into
      // one space each.
      while (this.position < source.length) {
        const next = this.position
        const nextEnd = this.lineEnd(next)
        if (nextEnd === -1 || nextEnd === next) return undefined
        const own = this.indentOf(next)
        if (own <= indent) break
        const contentStart = next + own
        if (
          contentStart >= nextEnd ||
          indicators.has(source.charAt(contentStart)) ||
          source.charCodeAt(nextEnd - 1) === 32 ||
          !plainLine(source, contentStart, nextEnd)
        ) {
          return undefined
        }

        text += ' ' + source.slice(contentStart, nextEnd)
        end = nextEnd
        this.position = this.nextLine(nextEnd)
      }

      return {kind: 'scalar', text, start, end}
    }

    // A quoted string or `[]` is one line: nothing may continue it.
    if (this.position < source.length && this.indentOf(this.position) > indent) return undefined
    return value
  }
}

/**
 * Whether `[start, end)` can be (part of) a plain scalar as written: no
 * `: ` or `:` at the end (a mapping), no ` #` (a comment).
 *
 * @param source
 *   The YAML.
 * @param start
 *   Start.
 * @param end
 *   End.
 * @returns
 *   Whether it can.
 */
function plainLine(source: string, start: number, end: number): boolean {
  // A slice, so that each search stays inside the line (linear overall).
  const line = source.slice(start, end)
  return !line.includes(': ') && !line.endsWith(':') && !line.includes(' #')
}
