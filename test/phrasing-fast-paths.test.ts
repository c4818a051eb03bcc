/**
 * Fast paths of the per-sentence machinery: `findQuotes` jumping from mark
 * to mark, `buildPhrasing` with no or one span, `makeSentences` skipping
 * quotes and caller spans when a paragraph has none, and clipping caller
 * spans to sentences.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildPhrasing, type PhrasingSpan} from '../src/lib/phrasing/build-phrasing.js'
import {makeSentences} from '../src/lib/phrasing/make-sentences.js'
import {findQuotes} from '../src/lib/sources/find-quotes.js'
import {createState} from '../src/lib/state.js'
import type {PhrasingContent} from '../src/lib/types.js'

/** Point at a 1-line document offset. */
function point(offset: number) {
  return {line: 1, column: offset + 1, offset}
}

/** Position of `[start, end)` on line 1. */
function at(start: number, end: number) {
  return {start: point(start), end: point(end)}
}

describe('findQuotes fast path', () => {
  it('finds nothing in text without marks', () => {
    expect(findQuotes('The ministry said talks would resume on Tuesday.')).toStrictEqual([])
    expect(findQuotes('')).toStrictEqual([])
  })

  it('finds marks at the very start and end', () => {
    expect(findQuotes('"Yes"')).toStrictEqual([{start: 0, end: 5, contentStart: 1, contentEnd: 4}])
    expect(findQuotes('«Oui»')).toStrictEqual([{start: 0, end: 5, contentStart: 1, contentEnd: 4}])
  })

  it('skips apostrophes between quotes', () => {
    expect(findQuotes("It's the mayor's call, he said: “We're ready” and left.")).toStrictEqual([
      {start: 32, end: 45, contentStart: 33, contentEnd: 44}
    ])
  })

  it('ends an unclosed quote at the end after a long run without marks', () => {
    const text = '“Open ' + 'word '.repeat(200)
    expect(findQuotes(text)).toStrictEqual([{start: 0, end: text.length - 1, contentStart: 1, contentEnd: text.length - 1}])
  })
})

describe('buildPhrasing fast paths', () => {
  const value = 'One two three.'
  const state = createState(value, new VFile(), undefined)

  it('makes one text node without spans', () => {
    expect(buildPhrasing(state, 4, 13, [])).toStrictEqual([{type: 'text', value: 'two three', position: at(4, 13)}])
    expect(buildPhrasing(state, 4, 4, [])).toStrictEqual([])
  })

  it('nests a single span', () => {
    const span: PhrasingSpan = {start: 4, end: 7, make: (children) => ({type: 'quote', children})}
    expect(buildPhrasing(state, 0, 14, [span])).toStrictEqual([
      {type: 'text', value: 'One ', position: at(0, 4)},
      {type: 'quote', children: [{type: 'text', value: 'two', position: at(4, 7)}], position: at(4, 7)},
      {type: 'text', value: ' three.', position: at(7, 14)}
    ])
  })

  it('drops a single span outside the range or empty', () => {
    const make = (children: PhrasingContent[]): PhrasingContent => ({type: 'quote', children})
    const whole = [{type: 'text', value: 'One two', position: at(0, 7)}]
    expect(buildPhrasing(state, 0, 7, [{start: 4, end: 9, make}])).toStrictEqual(whole)
    expect(buildPhrasing(state, 0, 7, [{start: 4, end: 4, make}])).toStrictEqual(whole)
  })

  it('nests spans in spans', () => {
    const make = (children: PhrasingContent[]): PhrasingContent => ({type: 'quote', children})
    expect(buildPhrasing(state, 0, 7, [{start: 4, end: 7, make}, {start: 0, end: 7, make}])).toStrictEqual([
      {
        type: 'quote',
        children: [
          {type: 'text', value: 'One ', position: at(0, 4)},
          {type: 'quote', children: [{type: 'text', value: 'two', position: at(4, 7)}], position: at(4, 7)}
        ],
        position: at(0, 7)
      }
    ])
  })
})

describe('makeSentences fast paths', () => {
  it('makes plain sentences when there is nothing to find', () => {
    const value = 'Talks resumed. Nobody left.'
    const state = createState(value, new VFile(), undefined)
    expect(makeSentences(state, 0, value.length)).toStrictEqual([
      {type: 'sentence', children: [{type: 'text', value: 'Talks resumed.', position: at(0, 14)}], position: at(0, 14)},
      {type: 'sentence', children: [{type: 'text', value: 'Nobody left.', position: at(15, 27)}], position: at(15, 27)}
    ])
  })

  it('clips a quotation and a caller span to each sentence', () => {
    const value = 'A “b. C” d. E f.'
    const state = createState(value, new VFile(), undefined)
    const link: PhrasingSpan = {start: 0, end: 14, make: (children) => ({type: 'link', url: 'https://x', children})}
    const sentences = makeSentences(state, 0, value.length, [link])
    expect(sentences.map((sentence) => sentence.position)).toStrictEqual([at(0, 5), at(6, 11), at(12, 16)])
    expect(sentences[0]!.children).toStrictEqual([
      {
        type: 'link',
        url: 'https://x',
        children: [
          {type: 'text', value: 'A “', position: at(0, 3)},
          {type: 'quote', children: [{type: 'text', value: 'b.', position: at(3, 5)}], position: at(3, 5)}
        ],
        position: at(0, 5)
      }
    ])
    expect(sentences[1]!.children).toStrictEqual([
      {
        type: 'link',
        url: 'https://x',
        children: [
          {type: 'quote', children: [{type: 'text', value: 'C', position: at(6, 7)}], position: at(6, 7)},
          {type: 'text', value: '” d.', position: at(7, 11)}
        ],
        position: at(6, 11)
      }
    ])
    expect(sentences[2]!.children).toStrictEqual([
      {
        type: 'link',
        url: 'https://x',
        children: [{type: 'text', value: 'E ', position: at(12, 14)}],
        position: at(12, 14)
      },
      {type: 'text', value: 'f.', position: at(14, 16)}
    ])
  })

  it('reports problems at offsets of the sentence they are in', () => {
    const value = 'Talks went on. The vote is at 15:00 CST on Friday. It ends at 16:00 CST.'
    const file = new VFile()
    const state = createState(value, file, undefined)
    makeSentences(state, 0, value.length)
    expect(file.messages.map((message) => [message.ruleId, message.place])).toStrictEqual([
      ['ambiguous-zone', at(36, 39)],
      ['ambiguous-zone', at(68, 71)]
    ])
  })
})
