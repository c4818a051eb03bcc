/**
 * `detectFormat` answers `'text'` at once when no line starts with `#` or
 * `>` and there is no `](` or `**`: the answer must be the one the line
 * loop gives.
 */
import {describe, expect, it} from 'vitest'
import {detectFormat} from '../src/lib/detect-format.js'

/**
 * The line loop alone, as `detectFormat` was before its fast path.
 *
 * @param value
 *   The document.
 * @returns
 *   `'markdown'` or `'text'`.
 */
function reference(value: string): 'markdown' | 'text' {
  const head = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value
  if (head.startsWith('---\n') || head.startsWith('---\r\n')) return 'markdown'
  let signals = 0
  let index = value.length - head.length
  const limit = Math.min(value.length, 200_000)

  while (index < limit && signals < 2) {
    let end = value.indexOf('\n', index)
    if (end === -1 || end > limit) end = limit
    const code = value.charCodeAt(index)
    if (code === 35) {
      let hashes = index
      while (hashes < end && value.charCodeAt(hashes) === 35) hashes++
      if (hashes - index <= 6 && value.charCodeAt(hashes) === 32 && /^[#\t\r ]*(?:\n|$)/.test(value.slice(hashes)) === false) signals += 2
    } else if (code === 62 && value.charCodeAt(index + 1) === 32) {
      signals++
    }

    const line = value.slice(index, end)
    if (line.includes('](http') || line.includes('](/') || line.includes('](mailto:')) signals++
    if (line.includes('**')) signals++
    index = end + 1
  }

  return signals >= 2 ? 'markdown' : 'text'
}

describe('detectFormat fast path', () => {
  it('reads plain text as text', () => {
    expect(detectFormat('The bank raised rates.\nTalks resumed on Monday.')).toBe('text')
    expect(detectFormat('')).toBe('text')
    expect(detectFormat('\uFEFF')).toBe('text')
    expect(detectFormat('Score: 3 > 2 and #1 pick.\n')).toBe('text')
  })

  it('still counts signals', () => {
    expect(detectFormat('# Title\n\nBody.')).toBe('markdown')
    expect(detectFormat('\uFEFF# Title\n\nBody.')).toBe('markdown')
    expect(detectFormat('Intro\n> a\n> b\n')).toBe('markdown')
    expect(detectFormat('**Bold** and [a link](https://example.com).')).toBe('markdown')
    expect(detectFormat('**One** bold line only.')).toBe('text')
    expect(detectFormat('See [x](y) and **z**.')).toBe('text')
  })

  it('reads a release end mark as no heading', () => {
    expect(detectFormat('The plant opens in May.\n# # #\n')).toBe('text')
    expect(detectFormat('The plant opens in May.\n# # # # #\n-5-\n')).toBe('text')
    expect(detectFormat('The plant opens in May.\r\n# # #\r\n')).toBe('text')
    expect(detectFormat('The plant opens in May.\n# 2 #\n')).toBe('markdown')
    expect(detectFormat('The plant opens in May.\n## # Notes\n')).toBe('markdown')
  })

  it('ignores signals past the first 200,000 characters', () => {
    const filler = 'word '.repeat(40_000)
    expect(detectFormat(filler + '\n# Late heading\n')).toBe('text')
    expect(detectFormat('x'.repeat(199_999) + '\n# Heading')).toBe('text')
    expect(detectFormat('x'.repeat(199_998) + '\n# Heading')).toBe('markdown')
  })

  it('agrees with the line loop on mixed inputs', () => {
    const pieces = ['#', '# ', '####### ', '>', '> ', '](', '](http', '](/x', '](mailto:', '**', '*', '\n', '\r\n', '\r', 'a', ' ', '\uFEFF', '---']
    let seed = 7
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed
    }

    for (let round = 0; round < 3000; round++) {
      let value = ''
      const length = next() % 12
      for (let index = 0; index < length; index++) value += pieces[next() % pieces.length]
      expect([value, detectFormat(value)]).toStrictEqual([value, reference(value)])
    }
  })
})
