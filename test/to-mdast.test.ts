/**
 * The Markdown path's own mdast compiler (`toMdast`) against
 * mdast-util-from-markdown, which remark-parse runs: the same tree, node
 * for node and position for position, on every construct of CommonMark, on
 * the fixtures and seed, and on generated Markdown; and no state carried
 * from one document to the next.
 */
import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {parse} from 'micromark'
import {canReuse, toMdast} from '../src/lib/markdown/to-mdast.js'

const seed = 20_261_127

/**
 * Compare the two compilers on one document.
 *
 * @param value
 *   Markdown.
 */
function same(value: string): void {
  expect(toMdast(value)).toStrictEqual(fromMarkdown(value))
}

/** One document per construct (and its edge cases). */
const constructs: Record<string, string> = {
  empty: '',
  blank: '\n\n  \n',
  'atx headings': '# One\n\n## Two ##\n\n###### Six\n\n####### seven',
  'setext headings': 'Title\n=====\n\nSub *title*\nspread\n---\n',
  paragraphs: 'First line\nsecond line.\n\nNext paragraph.',
  'hard breaks': 'Trailing spaces  \nand a backslash\\\nend.',
  emphasis: '*a* _b_ **c** __d__ ***e*** *unclosed',
  'inline code': 'Use `code` and `` a ` b `` here.',
  'fenced code': '```js title="x"\nlet a = 1\n```\n\n~~~\nno info\n~~~\n\n```\nunclosed',
  'indented code': '    code line\n    more\n\ntext',
  'html flow': '<div>\n*not emphasis*\n</div>\n\n<!-- comment -->',
  'html text': 'A <span class="x">span</span> and <br/>.',
  'inline links': '[text](http://example.com "Title") [empty]() [angle](<a b>)',
  images: '![alt *text*](/src.png "t") ![ref][x] ![x][] ![x]\n\n[x]: /image.png',
  references: '[full][Label] [collapsed][] [shortcut] [missing]\n\n[label]: http://example.com \'Title\'\n[shortcut]: <x y>',
  definitions: '[a]: /url\n[B]: /url "title"\n[ c  d ]:\n  /url\n  (title)',
  autolinks: '<http://example.com/a?b> and <user@example.com>',
  'character references': '&amp; &copy; &#35; &#x22; &#0; &nosuch; &#xD800;',
  escapes: '\\*not\\* \\[x\\] \\\\ \\a',
  'thematic breaks': '***\n- - -\n___',
  'tight lists': '- a\n- b\n  - nested\n- c\n\n1. one\n2. two\n\n7) seven\n8) eight',
  'loose lists': '- a\n\n- b\n\n  para in b\n- c\n\n3. x\n\n   y',
  'list edge cases': '-\n  item after an empty marker\n-   \n\n- a\n> quote in between\n\n*\ta tab',
  blockquotes: '> quoted\nlazy line\n> > nested\n>\n> - list\n>   in quote\n\n>\n',
  'line endings': 'one\r\ntwo\rthree\n\r\n# head\r\n- a\r\n\r\n- b',
  tabs: '\t\tcode with tabs\n\n-\tone\n\n>\tquote',
  'unicode and nul': 'Ünïcödé — “quotes” \u0000 nul \uD800 lone \u2028 sep'
}

describe('toMdast: the tree mdast-util-from-markdown makes', () => {
  for (const [name, value] of Object.entries(constructs)) {
    it(name, () => {
      same(value)
    })
  }

  it('makes the same trees for every fixture and the seed article', () => {
    const folders = ['fixtures/markdown/', 'fixtures/text/', '../seeds/']
    let count = 0
    for (const folder of folders) {
      const url = new URL(folder, import.meta.url)
      for (const name of readdirSync(url)) {
        if (!/\.(?:md|txt)$/.test(name)) continue
        same(readFileSync(new URL(name, url), 'utf8'))
        count++
      }
    }

    // Six fixtures in each format, and the seed.
    expect(count).toBeGreaterThanOrEqual(13)
  })

  it('carries no definitions from one document to the next', () => {
    const defining = toMdast('[x]: /url\n\n[x]')
    expect(defining.children.map((node) => node.type)).toStrictEqual(['definition', 'paragraph'])
    expect(defining.children[1]).toMatchObject({children: [{type: 'linkReference', identifier: 'x'}]})
    const next = toMdast('[x]')
    expect(next.children).toMatchObject([{type: 'paragraph', children: [{type: 'text', value: '[x]'}]}])
    same('[x]')
  })

  it('shares micromark\'s parse context only while it knows every field', () => {
    // The installed micromark: one context serves every document.
    expect(canReuse(parse())).toBe(true)
    // A later micromark with more state per document: a new one each time.
    expect(canReuse({...parse(), footnotes: []} as ReturnType<typeof parse>)).toBe(false)
    const fewer: Partial<ReturnType<typeof parse>> = parse()
    delete fewer.lazy
    expect(canReuse(fewer as ReturnType<typeof parse>)).toBe(false)
  })

  it('carries no lazy lines from one document to the next', () => {
    // A lazy continuation on line 2 of the first document; line 2 of the
    // second is a plain paragraph after a block quote.
    same('> a\nb')
    same('> a\n\nb\nc')
    expect(toMdast('> a\n\nb\nc').children.map((node) => node.type)).toStrictEqual(['blockquote', 'paragraph'])
  })
})

/** Pieces of Markdown syntax, put together at random. */
const piece = fc.constantFrom(
  'word',
  'Two words',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '  \n',
  '\\\n',
  '# ',
  '## ',
  '===',
  '---',
  '***',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  '    ',
  '```',
  '~~~',
  '`',
  '*',
  '_',
  '**',
  '[',
  ']',
  '(',
  ')',
  '![',
  ']: ',
  '/url',
  '"title"',
  '<',
  '>',
  '<http://a.b/c>',
  '<me@a.b>',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '&amp;',
  '&#35;',
  '&#x41;',
  '&bogus;',
  '\\*',
  '\\',
  '“',
  'é',
  '\u0000'
)

/** Generated Markdown: pieces, or any code units. */
const markdown = fc.oneof(
  {weight: 4, arbitrary: fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 80})}
)

describe('toMdast: generated Markdown', () => {
  it('makes the same tree as mdast-util-from-markdown', () => {
    fc.assert(
      fc.property(markdown, (value) => {
        same(value)
      }),
      {seed, numRuns: 3000}
    )
  })

  it('makes the same trees for documents parsed one after another', () => {
    fc.assert(
      fc.property(fc.array(markdown, {minLength: 2, maxLength: 4}), (values) => {
        const ours = values.map((value) => toMdast(value))
        expect(ours).toStrictEqual(values.map((value) => fromMarkdown(value)))
      }),
      {seed, numRuns: 500}
    )
  })
})
