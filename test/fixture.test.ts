/**
 * `toFixture`: a tree as a TypeScript module or JSON, with or without
 * positions.
 */
import {u} from 'unist-builder'
import {describe, expect, it} from 'vitest'
import {assert} from '../src/lib/assert.js'
import {toFixture} from '../src/lib/fixture.js'
import type {Root} from '../src/lib/types.js'

const tree: Root = {
  type: 'root',
  children: [
    {
      type: 'header',
      children: [
        {
          type: 'dateline',
          role: 'filed',
          place: 'MOSCOW',
          agency: 'TASS',
          date: '--02-22',
          children: [
            {
              type: 'text',
              value: 'MOSCOW, February 22. /TASS/.',
              position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 29, offset: 28}}
            }
          ],
          position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 29, offset: 28}}
        }
      ],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 29, offset: 28}}
    }
  ],
  data: {format: 'text'}
}

describe('toFixture', () => {
  it('the fixture tree is valid', () => {
    expect(() => assert(tree)).not.toThrow()
  })

  it('writes a TypeScript module by default', () => {
    expect(toFixture(tree)).toBe(
      [
        "import type {Root} from 'newsast'",
        '',
        'export const tree = {',
        "  type: 'root',",
        '  children: [',
        '    {',
        "      type: 'header',",
        '      children: [',
        '        {',
        "          type: 'dateline',",
        "          role: 'filed',",
        "          place: 'MOSCOW',",
        "          agency: 'TASS',",
        "          date: '--02-22',",
        '          children: [',
        '            {',
        "              type: 'text',",
        "              value: 'MOSCOW, February 22. /TASS/.',",
        '              position: {',
        '                start: {line: 1, column: 1, offset: 0},',
        '                end: {line: 1, column: 29, offset: 28}',
        '              }',
        '            }',
        '          ],',
        '          position: {',
        '            start: {line: 1, column: 1, offset: 0},',
        '            end: {line: 1, column: 29, offset: 28}',
        '          }',
        '        }',
        '      ],',
        '      position: {',
        '        start: {line: 1, column: 1, offset: 0},',
        '        end: {line: 1, column: 29, offset: 28}',
        '      }',
        '    }',
        '  ],',
        "  data: {format: 'text'}",
        '} satisfies Root',
        ''
      ].join('\n')
    )
  })

  it('leaves positions out with `positions: false`, and names the constant', () => {
    expect(toFixture(tree, {positions: false, name: 'wire'})).toBe(
      [
        "import type {Root} from 'newsast'",
        '',
        'export const wire = {',
        "  type: 'root',",
        '  children: [',
        '    {',
        "      type: 'header',",
        '      children: [',
        '        {',
        "          type: 'dateline',",
        "          role: 'filed',",
        "          place: 'MOSCOW',",
        "          agency: 'TASS',",
        "          date: '--02-22',",
        "          children: [{type: 'text', value: 'MOSCOW, February 22. /TASS/.'}]",
        '        }',
        '      ]',
        '    }',
        '  ],',
        "  data: {format: 'text'}",
        '} satisfies Root',
        ''
      ].join('\n')
    )
  })

  it('does not change the tree when leaving positions out', () => {
    const copy = structuredClone(tree)
    toFixture(tree, {positions: false})
    expect(tree).toStrictEqual(copy)
  })

  it('writes JSON', () => {
    expect(toFixture(u('root', [u('section', [])]), {format: 'json'})).toBe(
      '{\n  "type": "root",\n  "children": [\n    {\n      "type": "section",\n      "children": []\n    }\n  ]\n}\n'
    )
    expect(JSON.parse(toFixture(tree, {format: 'json', positions: false}))).toStrictEqual({
      type: 'root',
      children: [
        {
          type: 'header',
          children: [
            {
              type: 'dateline',
              role: 'filed',
              place: 'MOSCOW',
              agency: 'TASS',
              date: '--02-22',
              children: [{type: 'text', value: 'MOSCOW, February 22. /TASS/.'}]
            }
          ]
        }
      ],
      data: {format: 'text'}
    })
  })

  it('types a fixture of any node by its interface', () => {
    expect(toFixture({type: 'text', value: 'Hi'})).toBe(
      "import type {Text} from 'newsast'\n\nexport const tree = {type: 'text', value: 'Hi'} satisfies Text\n"
    )
    expect(
      toFixture({type: 'listItem', children: []}, {typeName: 'Nodes', module: '../src/index.js'})
    ).toBe(
      "import type {Nodes} from '../src/index.js'\n\nexport const tree = {type: 'listItem', children: []} satisfies Nodes\n"
    )
  })

  it('leaves `undefined` fields out', () => {
    expect(toFixture({type: 'quote', source: undefined, children: []})).toBe(
      "import type {Quote} from 'newsast'\n\nexport const tree = {type: 'quote', children: []} satisfies Quote\n"
    )
  })

  it('escapes strings and keys', () => {
    const text = {type: 'text', value: 'it\'s a "test"\n\\', data: {'a-b': 1, __proto__x: 2}}
    expect(toFixture(text as never)).toBe(
      "import type {Text} from 'newsast'\n\nexport const tree = {\n  type: 'text',\n  value: 'it\\'s a \"test\"\\n\\\\',\n  data: {'a-b': 1, __proto__x: 2}\n} satisfies Text\n"
    )
    expect(toFixture({type: 'text', value: "it's"})).toBe(
      "import type {Text} from 'newsast'\n\nexport const tree = {type: 'text', value: \"it's\"} satisfies Text\n"
    )
  })

  it('keeps `__proto__` keys as own properties', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>
    const source = toFixture({type: 'root', children: [], data}, {positions: false})
    expect(source).toBe(
      "import type {Root} from 'newsast'\n\nexport const tree = {\n  type: 'root',\n  children: [],\n  data: {['__proto__']: {polluted: true}}\n} satisfies Root\n"
    )
    const json = toFixture({type: 'root', children: [], data}, {format: 'json', positions: false})
    expect(Object.keys((JSON.parse(json) as Root).data ?? {})).toStrictEqual(['__proto__'])
  })

  it('throws on a bad format or name', () => {
    expect(() => toFixture(tree, {format: 'yaml' as 'json'})).toThrow(
      new TypeError("Expected `format` to be `'ts'` or `'json'`, not `yaml`")
    )
    expect(() => toFixture(tree, {name: 'my tree'})).toThrow(
      new TypeError('Expected `name` to be a JavaScript identifier, not `my tree`')
    )
    expect(() => toFixture(tree, {typeName: 'Root<'})).toThrow(
      new TypeError('Expected `typeName` to be a JavaScript identifier, not `Root<`')
    )
  })
})
