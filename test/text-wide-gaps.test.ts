// Wide gaps in a document of one line: the search that jumps from space to
// space must split where stepping over every character did.
import {describe, expect, it} from "vitest"
import {readLines} from "../src/lib/text/read-lines.js"
import {splitBlocks} from "../src/lib/text/split-blocks.js"

describe("splitBlocks at wide gaps", () => {
  it("splits \"Title here\\n\\nThe vote passed.  A tweet sent later. It said no.  Officials agreed.\"", () => {
    expect(splitBlocks("Title here\n\nThe vote passed.  A tweet sent later. It said no.  Officials agreed.", readLines("Title here\n\nThe vote passed.  A tweet sent later. It said no.  Officials agreed."))).toStrictEqual([{"lines":[{"start":0,"end":10,"contentStart":0,"contentEnd":10,"indent":0}]},{"lines":[{"start":12,"end":28,"contentStart":12,"contentEnd":28,"indent":0}]},{"lines":[{"start":30,"end":61,"contentStart":30,"contentEnd":61,"indent":0}]},{"lines":[{"start":63,"end":80,"contentStart":63,"contentEnd":80,"indent":0}]}])
  })

  it("splits \"One.  Two. Three.\"", () => {
    expect(splitBlocks("One.  Two. Three.", readLines("One.  Two. Three."))).toStrictEqual([{"lines":[{"start":0,"end":4,"contentStart":0,"contentEnd":4,"indent":0}]},{"lines":[{"start":6,"end":17,"contentStart":6,"contentEnd":17,"indent":0}]}])
  })

  it("splits \"All ends.  Are wide.  Here.\"", () => {
    expect(splitBlocks("All ends.  Are wide.  Here.", readLines("All ends.  Are wide.  Here."))).toStrictEqual([{"lines":[{"start":0,"end":27,"contentStart":0,"contentEnd":27,"indent":0}]}])
  })

  it("splits \"Safer?”  – ‘This Is Our Lane’ –  As someone said. Yes.\"", () => {
    expect(splitBlocks("Safer?”  – ‘This Is Our Lane’ –  As someone said. Yes.", readLines("Safer?”  – ‘This Is Our Lane’ –  As someone said. Yes."))).toStrictEqual([{"lines":[{"start":0,"end":7,"contentStart":0,"contentEnd":7,"indent":0}]},{"lines":[{"start":9,"end":31,"contentStart":9,"contentEnd":31,"indent":0}]},{"lines":[{"start":33,"end":54,"contentStart":33,"contentEnd":54,"indent":0}]}])
  })

  it("splits \"No gaps at all. None.\"", () => {
    expect(splitBlocks("No gaps at all. None.", readLines("No gaps at all. None."))).toStrictEqual([{"lines":[{"start":0,"end":21,"contentStart":0,"contentEnd":21,"indent":0}]}])
  })

  it("splits \"Trailing gap.  \"", () => {
    expect(splitBlocks("Trailing gap.  ", readLines("Trailing gap.  "))).toStrictEqual([{"lines":[{"start":0,"end":15,"contentStart":0,"contentEnd":13,"indent":0}]}])
  })
})
