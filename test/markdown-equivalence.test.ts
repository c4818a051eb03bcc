/**
 * Each plain-text fixture, rewritten as Markdown, gives the same tree as its
 * text form: positions aside, and except what Markdown adds (links).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {comparable} from './fixtures/markdown/compare.js'

const textFolder = new URL('fixtures/text/', import.meta.url)
const markdownFolder = new URL('fixtures/markdown/', import.meta.url)
const names = readdirSync(markdownFolder)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))

describe('markdown: same tree as the text fixtures', () => {
  it('has a Markdown twin for every text fixture', () => {
    const texts = readdirSync(textFolder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => name.slice(0, -4))
    expect(names.sort()).toEqual(texts.sort())
  })

  for (const name of names) {
    it(name, () => {
      const text = readFileSync(new URL(name + '.txt', textFolder), 'utf8')
      const markdown = readFileSync(new URL(name + '.md', markdownFolder), 'utf8')
      const fromText = parse(text, {format: 'text'})
      const fromMarkdown = parse(markdown, {format: 'auto'})
      expect(fromMarkdown.data).toStrictEqual({format: 'markdown'})
      expect(comparable(fromMarkdown)).toStrictEqual(comparable(fromText))
    })
  }
})
