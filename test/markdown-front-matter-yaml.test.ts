/**
 * The direct reader of simple front matter YAML must read exactly what the
 * `yaml` package reads, and leave everything else to it.
 */
import {describe, expect, it} from 'vitest'
import {readFrontMatterYaml, readSimpleYaml, readYaml} from '../src/lib/markdown/front-matter-yaml.js'

describe('readSimpleYaml', () => {
  it('reads flat keys, nested maps, folded plain values, quotes and `[]`', () => {
    const source = "title: Rates rise\nmeta:\n  tags: []\n  note: 'x: y'\n  text: one\n    two\ndate: \"2024-03-05\"\n"
    expect(readSimpleYaml(source)).toStrictEqual([
      {key: 'title', keyStart: 0, keyEnd: 5, value: {kind: 'scalar', text: 'Rates rise', start: 7, end: 17}},
      {
        key: 'meta',
        keyStart: 18,
        keyEnd: 22,
        value: {
          kind: 'map',
          pairs: [
            {key: 'tags', keyStart: 26, keyEnd: 30, value: {kind: 'seq', items: [], start: 32, end: 34}},
            {key: 'note', keyStart: 37, keyEnd: 41, value: {kind: 'scalar', text: 'x: y', start: 43, end: 49}},
            {key: 'text', keyStart: 52, keyEnd: 56, value: {kind: 'scalar', text: 'one two', start: 58, end: 69}}
          ]
        }
      },
      {key: 'date', keyStart: 70, keyEnd: 74, value: {kind: 'scalar', text: '2024-03-05', start: 76, end: 88}}
    ])
    expect(readSimpleYaml(source)).toStrictEqual((readYaml(source) as {pairs: unknown}).pairs)
  })

  it('leaves anything else to the `yaml` package', () => {
    for (const source of [
      'a: b # comment\n',
      'a: b\n\nc: d\n',
      'a: b \n',
      'a:\tb\n',
      'a: b\r',
      'a: b\rc: d\n',
      'a: b\r\r\n',
      'a: b\r\n\r\nc: d\r\n',
      'true: b\n',
      '- a\n',
      'a: [b]\n',
      "a: 'it''s'\n",
      'a: "x\\ty"\n',
      'a: b: c\n',
      'a:\nb: c\n',
      '  a: b\n',
      'a: b'
    ]) {
      expect(readSimpleYaml(source)).toBe(undefined)
    }

    expect(readFrontMatterYaml('a: [b, c]\n')).toStrictEqual(readYaml('a: [b, c]\n'))
  })

  it('reads what the `yaml` package reads, on generated YAML', () => {
    let seed = 11
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
    const pick = (list: string[]): string => list[Math.floor(random() * list.length)]!
    const keys = ['title', 'a', 'Date', '_x', 'a.b', 'a-b', 'x1', 'name', 'author']
    const oddKeys = ['true', 'null', 'é', '1', 'a b', '-a', 'a:b']
    const values = [
      'word',
      'two words',
      'a, b',
      'a:b',
      'a#b',
      "'q'",
      "''",
      '"dq"',
      '""',
      "'a: b, c'",
      '[]',
      '~',
      'null',
      'true',
      '2024-03-05',
      '2024-03-05T10:00:00+01:00',
      'http://x.y/z',
      'a "b" c',
      "a 'b' c",
      'a [b] {c}',
      '...',
      'a - b',
      'x?',
      '1.0',
      'é ü',
      '<b>'
    ]
    const oddValues = [
      'x: y',
      'a #b',
      'end:',
      "'it''s'",
      '"a\\"b"',
      '[a]',
      '{}',
      '- x',
      '---',
      '&a x',
      '*a',
      '!t x',
      '|',
      '>',
      '%x',
      '@x',
      '?x',
      '😀',
      'a\u2028b',
      'x ',
      ''
    ]
    const separators = [': ', ': ', ': ', ':  ']
    const oddSeparators = [':', ' : ', ':\t']
    const breaks = ['\n', '\n', '\n', '\n', '\n  ', '\n  ', '\n    ', '\n ', '\n   ']
    const oddBreaks = ['\n\n', '\r', '\n\t']
    const sometimes = (common: string[], odd: string[]): string => pick(random() < 0.05 ? odd : common)
    let accepted = 0
    let nested = 0
    let folded = 0
    let crlf = 0

    for (let round = 0; round < 30_000; round++) {
      let source = ''
      const lines = 1 + Math.floor(random() * 6)
      for (let line = 0; line < lines; line++) {
        const roll = random()
        if (roll < 0.2) source += sometimes(keys, oddKeys) + ':'
        else if (roll < 0.35) source += sometimes(values, oddValues)
        else source += sometimes(keys, oddKeys) + sometimes(separators, oddSeparators) + sometimes(values, oddValues)
        source += sometimes(breaks, oddBreaks)
      }

      if (!source.endsWith('\n')) source += '\n'
      // Files written on Windows end their lines in CR LF.
      if (random() < 0.2) source = source.replaceAll('\n', '\r\n')
      const simple = readSimpleYaml(source)
      if (simple === undefined) continue
      accepted++
      expect({source, yaml: readYaml(source)}).toStrictEqual({source, yaml: {pairs: simple}})
    }

    // Nested maps and folded values, indented the way exporters write them.
    for (let round = 0; round < 5000; round++) {
      let source = ''
      let depth = 0
      const lines = 1 + Math.floor(random() * 10)
      for (let line = 0; line < lines; line++) {
        const roll = random()
        const indent = '  '.repeat(depth)
        if (roll < 0.25 && depth < 3) {
          source += indent + pick(keys) + ':\n'
          depth++
        } else if (roll < 0.4 && source.endsWith(': ' + pick(values) + '\n') === false && /: [^\n]+\n$/.test(source)) {
          source += indent + '  '.repeat(Math.floor(random() * 2)) + '  ' + pick(values) + '\n'
        } else {
          source += indent + pick(keys) + ': ' + pick(values) + '\n'
          if (random() < 0.3) depth = Math.floor(random() * (depth + 1))
        }
      }

      if (random() < 0.2) source = source.replaceAll('\n', '\r\n')
      const simple = readSimpleYaml(source)
      if (simple === undefined) continue
      accepted++
      if (source.includes('\r')) crlf++
      if (/:\r?\n {2}\w/.test(source)) nested++
      if (/\n {3,}\S/.test(source)) folded++
      expect({source, yaml: readYaml(source)}).toStrictEqual({source, yaml: {pairs: simple}})
    }

    // The generator must reach the direct reader often enough to test it.
    expect(accepted).toBeGreaterThan(3000)
    expect(nested).toBeGreaterThan(500)
    expect(folded).toBeGreaterThan(200)
    expect(crlf).toBeGreaterThan(500)
  })

  it('reads lines that end in CR LF, with offsets into the source', () => {
    const source = 'title: Rates rise\r\nmeta:\r\n  text: one\r\n    two\r\n'
    expect(readSimpleYaml(source)).toStrictEqual([
      {key: 'title', keyStart: 0, keyEnd: 5, value: {kind: 'scalar', text: 'Rates rise', start: 7, end: 17}},
      {
        key: 'meta',
        keyStart: 19,
        keyEnd: 23,
        value: {kind: 'map', pairs: [{key: 'text', keyStart: 28, keyEnd: 32, value: {kind: 'scalar', text: 'one two', start: 34, end: 46}}]}
      }
    ])
    expect(readSimpleYaml(source)).toStrictEqual((readYaml(source) as {pairs: unknown}).pairs)
  })
})
