/**
 * Bold subheadings split into several bold runs by page converters, and
 * bold questions that head a part.
 */
import {describe, expect, it} from 'vitest'
import {parse, type Root} from '../src/index.js'

/**
 * Kinds and texts of the section blocks.
 *
 * @param tree
 *   Tree.
 * @returns
 *   `heading: …` and `paragraph: …` strings.
 */
function blocks(tree: Root): string[] {
  const words = (node: unknown): string => {
    const value = node as {type: string; value?: string; children?: unknown[]}
    return value.value ?? (value.children ?? []).map((child) => words(child)).join(value.type === 'paragraph' ? ' ' : '')
  }

  const found: string[] = []
  for (const child of tree.children) {
    if (child.type === 'section') for (const block of child.children) found.push(`${block.type}: ${words(block)}`)
  }

  return found
}

const before = ['# Ferry strike ends', '', 'The ferry strike ended on Thursday after nine days of talks.', '']

describe('markdown: bold runs apart by spaces', () => {
  it('reads a line of bold runs apart by spaces as one subheading', () => {
    const tree = parse([...before, '**May 2, 2024 at 9 a.m. -** **Crews return to the north pier**', '', 'The first crossing left at six.', ''].join('\n'), {
      format: 'markdown'
    })
    expect(blocks(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'heading: May 2, 2024 at 9 a.m. - Crews return to the north pier',
      'paragraph: The first crossing left at six.'
    ])
  })

  it('keeps bold runs followed by plain words as a paragraph', () => {
    const tree = parse([...before, '**Harbour** **board** members met the union again on Friday.', ''].join('\n'), {format: 'markdown'})
    expect(blocks(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: Harbour board members met the union again on Friday.'
    ])
  })
})

describe('markdown: bold words that open a sentence', () => {
  it('keeps bold words glued to a comma or a lower-case word in their paragraph', () => {
    const tree = parse(
      [...before, '**The rule should be to close the quay**, not the whole port, the harbour master said.', '', '**Crews will be back**on Friday.', ''].join('\n'),
      {format: 'markdown'}
    )
    expect(blocks(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'paragraph: The rule should be to close the quay, not the whole port, the harbour master said.',
      'paragraph: Crews will be backon Friday.'
    ])
  })

  it('still reads bold words glued to a capital as a subheading', () => {
    const tree = parse([...before, '**Back at sea**The first crossing left at six.', ''].join('\n'), {format: 'markdown'})
    expect(blocks(tree)).toStrictEqual([
      'paragraph: The ferry strike ended on Thursday after nine days of talks.',
      'heading: Back at sea',
      'paragraph: The first crossing left at six.'
    ])
  })
})

describe('markdown: a bold question as a subheading', () => {
  const lead = 'The ferry strike ended on Thursday after nine days of talks.'
  const after = 'Crews will return to work on Friday, the union said.'

  it('reads a bold paragraph that is only a question of three words or more as a heading', () => {
    const value = ['# Ferry strike ends', '', lead, '', '**What is a ferry levy?**', '', after, ''].join('\n')
    expect(blocks(parse(value, {format: 'markdown'}))).toStrictEqual(['paragraph: ' + lead, 'heading: What is a ferry levy?', 'paragraph: ' + after])
  })

  it('keeps a short bold question, one after a sentence, and one with words after it as paragraphs', () => {
    for (const bold of ['**Why now?**', '**The fleet sank. Why did it?**', '**What is a ferry levy?** It is a fee on tickets.']) {
      const value = ['# Ferry strike ends', '', lead, '', bold, '', after, ''].join('\n')
      const words = bold.replaceAll('**', '')
      expect(blocks(parse(value, {format: 'markdown'}))).toStrictEqual(['paragraph: ' + lead, 'paragraph: ' + words, 'paragraph: ' + after])
    }
  })
})
