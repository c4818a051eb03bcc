// `tokenizeWindow` shares tokens between the header recognisers while
// `readHeader` runs, and only then.
import {afterEach, describe, expect, it} from 'vitest'
import {shareTokenWindows, tokenize, tokenizeWindow} from '../src/lib/header/tokenize.js'

describe('tokenizeWindow', () => {
  afterEach(() => {
    shareTokenWindows(false)
  })

  it('tokenises like tokenize up to the window end', () => {
    for (const on of [false, true]) {
      shareTokenWindows(on)
      const text = 'MOSCOW, February 22. /TASS/. Talks resumed on Tuesday.'
      expect(tokenizeWindow(text, 20)).toStrictEqual(tokenize(text, 0, 20))
      expect(tokenizeWindow(text, 500)).toStrictEqual(tokenize(text))
      expect(tokenizeWindow('', 20)).toStrictEqual([])
      expect(tokenizeWindow(text, 0)).toStrictEqual([])
    }
  })

  it('shares the tokens of the same characters while sharing is on', () => {
    shareTokenWindows(true)
    const line = 'Talks resume in Moscow after a long pause'
    const first = tokenizeWindow(line, 120)
    // The same characters from another string (a line and its block).
    expect(tokenizeWindow(line + '\nSecond line', 41)).toBe(first)
    expect(tokenizeWindow(line.slice(0), 120)).toBe(first)
    // Other characters, or another window, are tokenised anew.
    expect(tokenizeWindow(line, 10)).not.toBe(first)
    expect(tokenizeWindow(line + '\nSecond line', 120)).not.toBe(first)
  })

  it('forgets after four other windows', () => {
    shareTokenWindows(true)
    const first = tokenizeWindow('One two', 120)
    for (const other of ['a b', 'c d', 'e f', 'g h']) tokenizeWindow(other, 120)
    expect(tokenizeWindow('One two', 120)).not.toBe(first)
    expect(tokenizeWindow('One two', 120)).toStrictEqual(first)
  })

  it('shares nothing when sharing is off', () => {
    shareTokenWindows(true)
    const first = tokenizeWindow('One two', 120)
    shareTokenWindows(false)
    expect(tokenizeWindow('One two', 120)).not.toBe(first)
    expect(tokenizeWindow('One two', 120)).not.toBe(tokenizeWindow('One two', 120))
  })
})
