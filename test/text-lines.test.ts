// Lines: endings (`\r\n`, `\r`, `\n`), content edges and indent, found with
// a native search for line endings.
import {describe, expect, it} from 'vitest'
import {readLines} from '../src/lib/text/read-lines.js'

describe('readLines', () => {
  it("splits \"a\\r\\nb\\rc\\n\"", () => {
    expect(readLines("a\r\nb\rc\n")).toStrictEqual([{"start":0,"end":1,"contentStart":0,"contentEnd":1,"indent":0},{"start":3,"end":4,"contentStart":3,"contentEnd":4,"indent":0},{"start":5,"end":6,"contentStart":5,"contentEnd":6,"indent":0},{"start":7,"end":7,"contentStart":7,"contentEnd":7,"indent":0}])
  })

  it("splits \"  x \\t\\n\\t y \\n\\n\"", () => {
    expect(readLines("  x \t\n\t y \n\n")).toStrictEqual([{"start":0,"end":5,"contentStart":2,"contentEnd":3,"indent":2},{"start":6,"end":10,"contentStart":8,"contentEnd":9,"indent":5},{"start":11,"end":11,"contentStart":11,"contentEnd":11,"indent":0},{"start":12,"end":12,"contentStart":12,"contentEnd":12,"indent":0}])
  })

  it("splits \"\"", () => {
    expect(readLines("")).toStrictEqual([{"start":0,"end":0,"contentStart":0,"contentEnd":0,"indent":0}])
  })

  it("splits \"\\n\"", () => {
    expect(readLines("\n")).toStrictEqual([{"start":0,"end":0,"contentStart":0,"contentEnd":0,"indent":0},{"start":1,"end":1,"contentStart":1,"contentEnd":1,"indent":0}])
  })

  it("splits \" 　 \"", () => {
    expect(readLines(" 　 ")).toStrictEqual([{"start":0,"end":3,"contentStart":3,"contentEnd":3,"indent":3}])
  })

  it("splits \"one\\r\"", () => {
    expect(readLines("one\r")).toStrictEqual([{"start":0,"end":3,"contentStart":0,"contentEnd":3,"indent":0},{"start":4,"end":4,"contentStart":4,"contentEnd":4,"indent":0}])
  })
})
