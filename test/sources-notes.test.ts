/**
 * The readers record each sentence's text for the source resolver, which
 * uses it instead of the text of the sentence's children: the two must be
 * equal, in both formats and on messy input.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/lib/markdown/from-markdown.js'
import {createState} from '../src/lib/state.js'
import {fromText} from '../src/lib/text/from-text.js'
import type {Nodes} from '../src/lib/types.js'

/** Text of a node, as the resolver builds it. */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map((child) => textOf(child)).join('')
  return ''
}

/** Fixture texts and generated messy strings. */
function inputs(): string[] {
  const directory = path.join(import.meta.dirname, 'fixtures')
  const files = fs.readdirSync(directory, {recursive: true, encoding: 'utf8'}).filter((file) => /\.(?:md|txt)$/.test(file))
  const values = files.map((file) => fs.readFileSync(path.join(directory, file), 'utf8'))
  const pieces = ['said', ' ', '\n', '\n\n', '. ', '“', '”', '"', '(NRA)', 'Mr. ', 'Jane Doe', 'according to', '*', '**', '[a](b)', '&amp;', '\\*', '# ', '- ', '`x`', 'é', '\r\n', '\t', 'İ', 'Σ']
  let seed = 11
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0)
  for (let count = 0; count < 200; count++) {
    let value = ''
    const size = 5 + (next() % 80)
    for (let index = 0; index < size; index++) value += pieces[next() % pieces.length]
    values.push(value)
  }

  return values
}

describe('source notes', () => {
  it('records each sentence’s text as its children spell it', () => {
    let checked = 0
    for (const value of inputs()) {
      for (const read of [fromText, fromMarkdown]) {
        const state = createState(value, new VFile({value}), undefined)
        read(state)
        for (const [sentence, text] of state.attributions.texts) {
          expect(text).toBe(textOf(sentence))
          checked++
        }
      }
    }

    expect(checked).toBeGreaterThan(100)
  })
})
