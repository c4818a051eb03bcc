/**
 * Runtime check that a value is a valid newsast tree.
 *
 * Like `unist-util-assert`, but for the core newsast tree: every node, field,
 * enumeration and content model of `SPEC.md` is checked, and the error names
 * the path of the first fault (`children[2].children[0].depth`) so that a
 * broken fixture or a bad JSON payload can be fixed without a debugger.
 *
 * The walk is iterative (untrusted JSON can nest quotes ten thousand deep
 * without overflowing the stack) and visits nodes in document order, so that
 * “first fault” means the first one a reader of the tree would meet; source
 * references are checked last, once every `source` has been seen.
 *
 * @module
 */

import type {Root} from './types.js'

/**
 * Error thrown by {@link assert}: its message names the path of the first
 * fault, and `path` holds that path on its own.
 *
 * @example
 * ```ts
 * import {assert, InvalidTreeError} from 'newsast'
 *
 * try {
 *   assert({type: 'root', children: [{type: 'section', children: [{type: 'heading', depth: 7, children: []}]}]})
 * } catch (error) {
 *   if (error instanceof InvalidTreeError) console.log(error.path)
 *   // => 'children[0].children[0].depth'
 * }
 * ```
 */
export class InvalidTreeError extends Error {
  /**
   * Path of the faulty value from the root (`children[2].children[0].depth`);
   * empty when the value itself is at fault.
   */
  readonly path: string

  /**
   * Create an error for a fault at `path`.
   *
   * @param path
   *   Path of the faulty value from the root (`children[0].depth`).
   * @param fault
   *   What is wrong, starting with a verb (`should be a string, not 3`).
   */
  constructor(path: string, fault: string) {
    super('`' + (path || 'tree') + '` ' + fault)
    this.name = 'InvalidTreeError'
    this.path = path
  }
}

/**
 * Assert that `value` is a valid newsast tree.
 *
 * Checks, recursively: every node's `type`, its fields (types, enumerations,
 * `date`/`time`/`utcOffset`/`datetime` formats), its `position` (1-based
 * `line` and `column`, 0-based `offset`, start not after end), that `data` is
 * an object, the content model of every parent (which children it allows,
 * and in which order), that derived nodes (`sources`, `source`) have no
 * position, that `source` identifiers are unique, and that every
 * `attribution` identifier and `quote` source refers to a `source`.
 *
 * Unknown fields inside `data` are accepted; unknown fields on nodes and
 * unknown node types are not: `assert` checks the core tree, so node types
 * added by augmenting the content maps need a check of their own.
 *
 * @param value
 *   Thing to check (a parsed tree, a fixture, untrusted JSON).
 * @returns
 *   Nothing; `value` is narrowed to {@link Root}.
 * @throws {InvalidTreeError}
 *   When `value` is not a valid tree; the message names the path of the
 *   first fault (`` `children[0].children[0].depth` should be an integer
 *   from 1 to 6, not 7 ``).
 *
 * @example
 * ```ts
 * import {assert} from 'newsast'
 *
 * const value: unknown = JSON.parse('{"type": "root", "children": []}')
 * assert(value)
 * value.children // `value` is a `Root` from here on.
 * ```
 */
export function assert(value: unknown): asserts value is Root {
  new Walker().run(value)
}

/**
 * Check whether `value` is a valid newsast tree, without throwing.
 *
 * @param value
 *   Thing to check.
 * @returns
 *   Whether {@link assert} accepts `value`.
 *
 * @example
 * ```ts
 * import {isRoot} from 'newsast'
 *
 * isRoot({type: 'root', children: []}) // => true
 * isRoot({type: 'root'}) // => false
 * ```
 */
export function isRoot(value: unknown): value is Root {
  try {
    assert(value)
    return true
  } catch (error) {
    if (error instanceof InvalidTreeError) return false
    throw error
  }
}

// ---------------------------------------------------------------------------
// Field checks.

/** Check one field value; throws an {@link InvalidTreeError} at `path`. */
type Check = (value: unknown, path: string) => undefined

/** A field of a node: whether it must be present, and how to check it. */
interface Field {
  /** Whether the field must be present. */
  required: boolean
  /** Check of its value (only called when present, or when required). */
  check: Check
}

const own = Object.prototype.hasOwnProperty

// Linear patterns (no nested quantifiers): one fixed-width token each.
const month = '(?:0[1-9]|1[0-2])'
const day = '(?:0[1-9]|[12]\\d|3[01])'
const clock = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?'
const offset = '[+-](?:[01]\\d|2[0-3]):[0-5]\\d'
const datePattern = new RegExp('^(?:\\d{4}-|--)' + month + '-' + day + '$')
const timePattern = new RegExp('^' + clock + '$')
const offsetPattern = new RegExp('^' + offset + '$')
const datetimePattern = new RegExp(
  '^\\d{4}-' + month + '-' + day + 'T' + clock + '(?:Z|' + offset + ')?$'
)
const blankPattern = /\s/u

const datelineRoles = ['published', 'updated', 'filed']
const creditRoles = [
  'signature',
  'reporting',
  'writing',
  'editing',
  'additional-reporting',
  'source',
  'photo',
  'copyright',
  'contact',
  'other'
]
const sourceKinds = [
  'outlet',
  'person',
  'organization',
  'document',
  'anonymous',
  'other'
]
const formats = ['text', 'markdown']

/**
 * Show a value in a message: strings quoted as in TypeScript, structures
 * abbreviated.
 *
 * @param value
 *   Anything.
 * @returns
 *   Short, readable representation.
 */
function view(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? value.slice(0, 39) + '…' : value
    return "'" + JSON.stringify(short).slice(1, -1).replaceAll("'", "\\'") + "'"
  }

  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]'
  if (value === null) return 'null'
  if (typeof value === 'object') return '{…}'
  if (typeof value === 'function') return 'a function'
  return String(value)
}

/**
 * Join a path and a key.
 *
 * @param path
 *   Path so far (empty at the root).
 * @param key
 *   Property name.
 * @returns
 *   Joined path.
 */
function join(path: string, key: string): string {
  return path ? path + '.' + key : key
}

/**
 * Throw an {@link InvalidTreeError}.
 *
 * @param path
 *   Where.
 * @param fault
 *   What.
 * @returns
 *   Never.
 */
function fail(path: string, fault: string): never {
  throw new InvalidTreeError(path, fault)
}

/**
 * Whether `value` is a non-null, non-array object.
 *
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a record.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Check a string.
 *
 * @param value
 *   Value.
 * @param path
 *   Its path.
 */
const string: Check = function (value, path) {
  if (typeof value !== 'string') fail(path, 'should be a string, not ' + view(value))
  return undefined
}

/**
 * Check a list of strings.
 *
 * @param value
 *   Value.
 * @param path
 *   Its path.
 */
const strings: Check = function (value, path) {
  if (!Array.isArray(value)) fail(path, 'should be an array of strings, not ' + view(value))
  for (const [index, item] of value.entries()) string(item, path + '[' + index + ']')
  return undefined
}

/**
 * Make a check for a string that matches `pattern`.
 *
 * @param pattern
 *   Anchored pattern.
 * @param label
 *   Human description of the format.
 * @returns
 *   Check.
 */
function matching(pattern: RegExp, label: string): Check {
  return function (value, path) {
    if (typeof value !== 'string' || !pattern.test(value)) {
      fail(path, 'should match ' + label + ', not ' + view(value))
    }

    return undefined
  }
}

/**
 * Make a check for one of a few strings.
 *
 * @param values
 *   Allowed values.
 * @returns
 *   Check.
 */
function oneOf(values: ReadonlyArray<string>): Check {
  const label = values.map((value) => view(value)).join(', ')
  return function (value, path) {
    if (typeof value !== 'string' || !values.includes(value)) {
      fail(path, 'should be one of ' + label + ', not ' + view(value))
    }

    return undefined
  }
}

/**
 * Check a boolean.
 *
 * @param value
 *   Value.
 * @param path
 *   Its path.
 */
const boolean: Check = function (value, path) {
  if (typeof value !== 'boolean') fail(path, 'should be a boolean, not ' + view(value))
  return undefined
}

/**
 * Check a heading depth.
 *
 * @param value
 *   Value.
 * @param path
 *   Its path.
 */
const depth: Check = function (value, path) {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 6) {
    fail(path, 'should be an integer from 1 to 6, not ' + view(value))
  }

  return undefined
}

/**
 * Make a check for an integer of at least `minimum`.
 *
 * @param minimum
 *   Smallest allowed value.
 * @returns
 *   Check.
 */
function integer(minimum: number): Check {
  return function (value, path) {
    if (!Number.isInteger(value) || (value as number) < minimum) {
      fail(path, 'should be an integer of at least ' + minimum + ', not ' + view(value))
    }

    return undefined
  }
}

/**
 * Check a lower-case slug: non-empty, no white space, no capitals.
 *
 * @param value
 *   Value.
 * @param path
 *   Its path.
 */
const slug: Check = function (value, path) {
  if (
    typeof value !== 'string' ||
    value === '' ||
    blankPattern.test(value) ||
    value !== value.toLowerCase()
  ) {
    fail(path, 'should be a lower-case slug without white space, not ' + view(value))
  }

  return undefined
}

const date = matching(datePattern, '`YYYY-MM-DD` or `--MM-DD`')
const time = matching(timePattern, '`HH:MM` or `HH:MM:SS` (24-hour)')
const utcOffset = matching(offsetPattern, '`+HH:MM` or `-HH:MM`')
const datetime = matching(
  datetimePattern,
  '`YYYY-MM-DDTHH:MM`, with optional `:SS` and `Z` or `±HH:MM`'
)

/**
 * Make a required field.
 *
 * @param check
 *   Check of its value.
 * @returns
 *   Field.
 */
function required(check: Check): Field {
  return {required: true, check}
}

/**
 * Make an optional field.
 *
 * @param check
 *   Check of its value.
 * @returns
 *   Field.
 */
function optional(check: Check): Field {
  return {required: false, check}
}

const dateFields: Record<string, Field> = {
  date: optional(date),
  time: optional(time),
  utcOffset: optional(utcOffset),
  zone: optional(string),
  datetime: optional(datetime)
}

// ---------------------------------------------------------------------------
// Node specifications.

/** What a node type looks like. */
interface NodeSpec {
  /** `parent` has `children`, `literal` has `value`, `void` has neither. */
  kind: 'parent' | 'literal' | 'void'
  /** Fields besides `type`, `position`, `data`, `children` and `value`. */
  fields: Record<string, Field>
  /** Known fields of `data`; other `data` fields are not checked. */
  data?: Record<string, Field>
  /** Child types a parent allows. */
  children?: ReadonlyArray<string>
  /** Derived nodes have no position. */
  derived?: boolean
}

const phrasing = ['text', 'quote', 'attribution', 'time', 'link']

const specs: Record<string, NodeSpec> = {
  root: {
    kind: 'parent',
    fields: {},
    data: {format: optional(oneOf(formats))},
    children: ['header', 'section', 'footer', 'sources']
  },
  header: {
    kind: 'parent',
    fields: {},
    children: ['meta', 'title', 'subtitle', 'byline', 'dateline']
  },
  meta: {kind: 'literal', fields: {key: required(string)}},
  title: {kind: 'parent', fields: {}, children: phrasing},
  subtitle: {kind: 'parent', fields: {}, children: phrasing},
  byline: {
    kind: 'parent',
    fields: {authors: required(strings)},
    children: phrasing
  },
  dateline: {
    kind: 'parent',
    fields: {
      role: required(oneOf(datelineRoles)),
      place: optional(string),
      agency: optional(string),
      ...dateFields
    },
    children: ['text']
  },
  section: {
    kind: 'parent',
    fields: {},
    children: ['heading', 'paragraph', 'list', 'blockquote']
  },
  heading: {kind: 'parent', fields: {depth: required(depth)}, children: phrasing},
  paragraph: {kind: 'parent', fields: {}, children: ['sentence']},
  list: {
    kind: 'parent',
    fields: {ordered: required(boolean)},
    children: ['listItem']
  },
  listItem: {kind: 'parent', fields: {}, children: ['sentence']},
  blockquote: {kind: 'parent', fields: {}, children: ['paragraph']},
  sentence: {kind: 'parent', fields: {}, children: phrasing},
  text: {kind: 'literal', fields: {}},
  quote: {kind: 'parent', fields: {source: optional(string)}, children: phrasing},
  attribution: {
    kind: 'parent',
    fields: {identifier: required(string), cue: required(string)},
    data: {role: optional(string)},
    children: ['text']
  },
  time: {kind: 'parent', fields: {...dateFields}, children: ['text']},
  link: {kind: 'parent', fields: {url: required(string)}, children: phrasing},
  footer: {kind: 'parent', fields: {}, children: ['credit']},
  credit: {
    kind: 'parent',
    fields: {role: required(oneOf(creditRoles)), names: required(strings)},
    children: phrasing
  },
  sources: {kind: 'parent', fields: {}, children: ['source'], derived: true},
  source: {
    kind: 'void',
    fields: {
      identifier: required(slug),
      name: required(string),
      kind: required(oneOf(sourceKinds)),
      cues: required(strings),
      mentions: required(integer(0))
    },
    data: {aliases: optional(strings), roles: optional(strings)},
    derived: true
  }
}

/** Rank of each root child: they must come in this order. */
const rootRanks: Record<string, number> = {
  header: 0,
  section: 1,
  footer: 2,
  sources: 3
}

/** Header children that occur at most once. */
const headerSingles = new Set(['title', 'subtitle', 'byline'])

// ---------------------------------------------------------------------------
// Walker.

/** A node waiting to be visited. */
interface Frame {
  /** The node. */
  node: unknown
  /** Its path. */
  path: string
  /** Type of its parent (`undefined` for the root). */
  parent: string | undefined
  /** Content-model fault found by the parent, reported on arrival. */
  fault: string | undefined
}

/** A reference from an attribution or quote to a source. */
interface Reference {
  /** Path of the field that refers. */
  path: string
  /** The identifier it refers to. */
  identifier: string
}

/**
 * One run of the check over one tree.
 */
class Walker {
  /** Nodes seen so far, to catch circular or shared nodes. */
  readonly seen = new Map<object, string>()
  /** Source identifiers, to paths of their `source` nodes. */
  readonly sources = new Map<string, string>()
  /** References to sources, checked once all sources are known. */
  readonly references: Reference[] = []

  /**
   * Check a tree.
   *
   * @param value
   *   Thing to check.
   */
  run(value: unknown): undefined {
    const stack: Frame[] = [
      {node: value, path: '', parent: undefined, fault: undefined}
    ]

    let frame = stack.pop()

    while (frame) {
      const children = this.visit(frame)
      let index = children.length

      while (index--) {
        stack.push(children[index] as Frame)
      }

      frame = stack.pop()
    }

    for (const reference of this.references) {
      if (!this.sources.has(reference.identifier)) {
        fail(
          reference.path,
          'should be the identifier of a `source` in `sources`, not ' +
            view(reference.identifier)
        )
      }
    }

    return undefined
  }

  /**
   * Check one node, and return its children to visit.
   *
   * @param frame
   *   The node and where it is.
   * @returns
   *   Frames for its children, in order.
   */
  visit(frame: Frame): Frame[] {
    const {node, path, parent} = frame

    if (!isRecord(node)) fail(path, 'should be a node object, not ' + view(node))

    const type = node.type

    if (parent === undefined) {
      if (type !== 'root') fail(join(path, 'type'), "should be 'root', not " + view(type))
    } else if (frame.fault) {
      fail(path, frame.fault)
    }

    const spec = typeof type === 'string' && own.call(specs, type) ? specs[type] : undefined

    if (!spec) {
      fail(join(path, 'type'), 'should be a newsast node type, not ' + view(type))
    }

    const earlier = this.seen.get(node)

    if (earlier !== undefined) {
      fail(path, 'should not be the same object as `' + (earlier || 'tree') + '` (a node occurs once in a tree)')
    }

    this.seen.set(node, path)

    this.position(node, path, spec, type as string)
    this.fields(node, path, spec, type as string)

    if (type === 'source') {
      this.source(node, path)
    } else if (type === 'attribution') {
      this.references.push({path: join(path, 'identifier'), identifier: node.identifier as string})
    } else if (type === 'quote' && node.source !== undefined) {
      this.references.push({path: join(path, 'source'), identifier: node.source as string})
    }

    if (spec.kind !== 'parent') return []

    const children = node.children as unknown[]
    const faults = contentModel(type as string, children)

    return children.map(function (child, index) {
      return {
        node: child,
        path: join(path, 'children[' + index + ']'),
        parent: type as string,
        fault: faults[index]
      }
    })
  }

  /**
   * Check `position`.
   *
   * @param node
   *   Node.
   * @param path
   *   Its path.
   * @param spec
   *   Its specification.
   * @param type
   *   Its type.
   */
  position(
    node: Record<string, unknown>,
    path: string,
    spec: NodeSpec,
    type: string
  ): undefined {
    const position = node.position
    const at = join(path, 'position')

    if (position === undefined) return undefined

    if (spec.derived) {
      fail(at, 'should not exist: `' + type + '` is derived, not read from the input')
    }

    if (!isRecord(position)) fail(at, 'should be an object, not ' + view(position))

    for (const key of Object.keys(position)) {
      if (key !== 'start' && key !== 'end' && position[key] !== undefined) {
        fail(join(at, key), 'should not exist on a position (only `start` and `end`)')
      }
    }

    const start = point(position.start, join(at, 'start'))
    const end = point(position.end, join(at, 'end'))

    const before =
      start.offset !== undefined && end.offset !== undefined
        ? end.offset < start.offset
        : end.line < start.line ||
          (end.line === start.line && end.column < start.column)

    if (before) fail(join(at, 'end'), 'should not come before `start`')

    return undefined
  }

  /**
   * Check the fields of a node (and the known fields of its `data`).
   *
   * @param node
   *   Node.
   * @param path
   *   Its path.
   * @param spec
   *   Its specification.
   * @param type
   *   Its type.
   */
  fields(
    node: Record<string, unknown>,
    path: string,
    spec: NodeSpec,
    type: string
  ): undefined {
    if (spec.kind === 'literal') {
      string(node.value, join(path, 'value'))
    } else if (spec.kind === 'parent' && !Array.isArray(node.children)) {
      fail(join(path, 'children'), 'should be an array, not ' + view(node.children))
    }

    for (const [key, field] of Object.entries(spec.fields)) {
      const value = node[key]
      if (field.required || value !== undefined) field.check(value, join(path, key))
    }

    for (const key of Object.keys(node)) {
      if (
        node[key] !== undefined &&
        key !== 'type' &&
        key !== 'position' &&
        key !== 'data' &&
        !(spec.kind === 'parent' && key === 'children') &&
        !(spec.kind === 'literal' && key === 'value') &&
        !own.call(spec.fields, key)
      ) {
        fail(
          join(path, key),
          'should not exist on a `' + type + '` node (extra information goes in `data`)'
        )
      }
    }

    const data = node.data

    if (data !== undefined) {
      const at = join(path, 'data')
      if (!isRecord(data)) fail(at, 'should be an object, not ' + view(data))

      for (const [key, field] of Object.entries(spec.data ?? {})) {
        if (data[key] !== undefined) field.check(data[key], join(at, key))
      }
    }

    return undefined
  }

  /**
   * Record a source identifier; it must be unique.
   *
   * @param node
   *   Source node (fields already checked).
   * @param path
   *   Its path.
   */
  source(node: Record<string, unknown>, path: string): undefined {
    const identifier = node.identifier as string
    const earlier = this.sources.get(identifier)

    if (earlier !== undefined) {
      fail(
        join(path, 'identifier'),
        'should be unique, but ' + view(identifier) + ' is also the identifier of `' + earlier + '`'
      )
    }

    this.sources.set(identifier, path)
    return undefined
  }
}

/**
 * Check a point.
 *
 * @param value
 *   Thing to check.
 * @param path
 *   Its path.
 * @returns
 *   The point.
 */
function point(
  value: unknown,
  path: string
): {line: number; column: number; offset?: number | undefined} {
  if (!isRecord(value)) fail(path, 'should be a point object, not ' + view(value))

  integer(1)(value.line, join(path, 'line'))
  integer(1)(value.column, join(path, 'column'))
  if (value.offset !== undefined) integer(0)(value.offset, join(path, 'offset'))

  for (const key of Object.keys(value)) {
    if (
      key !== 'line' &&
      key !== 'column' &&
      key !== 'offset' &&
      value[key] !== undefined
    ) {
      fail(join(path, key), 'should not exist on a point (only `line`, `column` and `offset`)')
    }
  }

  return value as {line: number; column: number; offset?: number | undefined}
}

/**
 * Find the content-model fault of each child of a parent, if any: a type the
 * parent does not allow, or one in the wrong place.
 *
 * Children that are not nodes at all are left to their own visit.
 *
 * @param type
 *   Type of the parent.
 * @param children
 *   Its children.
 * @returns
 *   A fault per child index (`undefined` when it is fine).
 */
function contentModel(
  type: string,
  children: ReadonlyArray<unknown>
): Array<string | undefined> {
  const allowed = specs[type]?.children ?? []
  const counts = new Map<string, string>()
  const faults: Array<string | undefined> = []
  let rank = -1
  let previous = ''

  for (const [index, child] of children.entries()) {
    const childType = isRecord(child) ? child.type : undefined
    let fault: string | undefined

    if (typeof childType !== 'string') {
      // Reported by the child's own visit.
    } else if (!allowed.includes(childType)) {
      fault =
        'should be ' +
        allowed.map((name) => '`' + name + '`').join(', ') +
        ' in `' +
        type +
        '`, not `' +
        childType +
        '`'
    } else if (type === 'root') {
      const childRank = rootRanks[childType] as number

      if (childRank < rank) {
        fault = '(`' + childType + '`) should not come after `' + previous + '`: the order is header, sections, footer, sources'
      } else if (childRank === rank && childType !== 'section') {
        fault = '(`' + childType + '`) should occur at most once in `root`'
      }

      rank = childRank
      previous = childType
    } else if (type === 'header' && headerSingles.has(childType)) {
      const earlier = counts.get(childType)
      if (earlier === undefined) {
        counts.set(childType, String(index))
      } else {
        fault = '(`' + childType + '`) should occur at most once in `header`'
      }
    } else if (type === 'section' && childType === 'heading' && index !== 0) {
      fault = '(`heading`) should only be the first child of `section`'
    }

    faults.push(fault)
  }

  return faults
}
