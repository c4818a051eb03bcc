// The cheap tests that keep lines which cannot be stamps or bylines from
// being tokenised (a title or lead with a digit, a line without a lead):
// every stamp and byline must still pass them.
import {describe, expect, it} from 'vitest'
import {recognizeByline} from '../src/lib/header/recognize-byline.js'
import {recognizeStamp} from '../src/lib/header/recognize-stamp.js'
import {isHeadline} from '../src/lib/header/recognize-title.js'

/**
 * Recognise a stamp, with the messages it reports.
 *
 * @param text
 *   Line.
 * @returns
 *   Match (or null) and messages.
 */
function stamp(text: string) {
  const reports: unknown[] = []
  const match = recognizeStamp(text, {
    report(...args: unknown[]) {
      reports.push(args)
    }
  })
  return [match ?? null, reports]
}

describe('recognizeStamp prechecks', () => {
  it("reads \"Published: 5 March 2024, 15:14 GMT\"", () => {
    expect(stamp("Published: 5 March 2024, 15:14 GMT")).toStrictEqual([{"role":"published","date":"2024-03-05","time":"15:14","zone":"GMT","utcOffset":"+00:00","datetime":"2024-03-05T15:14+00:00","end":34},[]])
  })

  it("reads \"Photo: example.kz 05.05.2023 14:16 2091\"", () => {
    expect(stamp("Photo: example.kz 05.05.2023 14:16 2091")).toStrictEqual([{"role":"published","date":"2023-05-05","time":"14:16","end":39},[]])
  })

  it("reads \"Source : TASS 05.05.2023 14:16\"", () => {
    expect(stamp("Source : TASS 05.05.2023 14:16")).toStrictEqual([{"role":"published","date":"2023-05-05","time":"14:16","end":30},[]])
  })

  it("reads \"Last updated on 2021-06-01 09:00\"", () => {
    expect(stamp("Last updated on 2021-06-01 09:00")).toStrictEqual([{"role":"updated","date":"2021-06-01","time":"09:00","end":32},[]])
  })

  it("reads \"The 5 best things to do\"", () => {
    expect(stamp("The 5 best things to do")).toStrictEqual([null,[]])
  })

  it("reads \"“We won” in 2024\"", () => {
    expect(stamp("“We won” in 2024")).toStrictEqual([null,[]])
  })

  it("reads \"Tue March 5, 2024\"", () => {
    expect(stamp("Tue March 5, 2024")).toStrictEqual([{"role":"published","date":"2024-03-05","end":17},[]])
  })

  it("reads \"Wed 22 Feb 2023 12.40 GMT\"", () => {
    expect(stamp("Wed 22 Feb 2023 12.40 GMT")).toStrictEqual([{"role":"published","date":"2023-02-22","time":"12:40","zone":"GMT","utcOffset":"+00:00","datetime":"2023-02-22T12:40+00:00","end":25},[]])
  })

  it("reads \"2024-12-24 15:00:33\"", () => {
    expect(stamp("2024-12-24 15:00:33")).toStrictEqual([{"role":"published","date":"2024-12-24","time":"15:00:33","end":19},[]])
  })

  it("reads \"Photo credit by X: 2023-01-01 10:00\"", () => {
    expect(stamp("Photo credit by X: 2023-01-01 10:00")).toStrictEqual([null,[]])
  })

  it("reads \"Updated rules for 2024\"", () => {
    expect(stamp("Updated rules for 2024")).toStrictEqual([null,[]])
  })

  it("reads \"Updated: a while ago\"", () => {
    expect(stamp("Updated: a while ago")).toStrictEqual([{"role":"updated","end":20},[["Unexpected date `a while ago`, expected a date or time","unparsed-date",9,20]]])
  })

  it("reads \"Posted 0:00 AM on 2023\"", () => {
    expect(stamp("Posted 0:00 AM on 2023")).toStrictEqual([{"role":"published","end":22},[["Unexpected date `0:00 AM on 2023`, expected a date or time","unparsed-date",7,22]]])
  })

  it("reads \"Mayor says 3 things\"", () => {
    expect(stamp("Mayor says 3 things")).toStrictEqual([null,[]])
  })
})

describe('recognizeByline leads', () => {
  it("reads \"By Jane Doe and John Roe\"", () => {
    expect(recognizeByline("By Jane Doe and John Roe") ?? null).toStrictEqual({"authors":["Jane Doe","John Roe"]})
  })

  it("reads \"BY JANE DOE, Reuters\"", () => {
    expect(recognizeByline("BY JANE DOE, Reuters") ?? null).toStrictEqual({"authors":["JANE DOE"]})
  })

  it("reads \"Reported by Jane Doe\"", () => {
    expect(recognizeByline("Reported by Jane Doe") ?? null).toStrictEqual({"authors":["Jane Doe"]})
  })

  it("reads \"REPORTED BY JANE DOE\"", () => {
    expect(recognizeByline("REPORTED BY JANE DOE") ?? null).toStrictEqual({"authors":["JANE DOE"]})
  })

  it("reads \"Byron Smith wins\"", () => {
    expect(recognizeByline("Byron Smith wins") ?? null).toStrictEqual(null)
  })

  it("reads \"Jane Doe | Reporter\"", () => {
    expect(recognizeByline("Jane Doe | Reporter") ?? null).toStrictEqual({"authors":["Jane Doe"]})
  })

  it("reads \"İBy Jane Doe\"", () => {
    expect(recognizeByline("İBy Jane Doe") ?? null).toStrictEqual(null)
  })
})

describe("isHeadline on a line that ends in a period", () => {
  it("reads \"Talks resumed in Geneva.\"", () => {
    expect(isHeadline("Talks resumed in Geneva.")).toBe(false)
  })

  it("reads \"Ministers meet Mr.\"", () => {
    expect(isHeadline("Ministers meet Mr.")).toBe(true)
  })

  it("reads \"Deal signed by J.\"", () => {
    expect(isHeadline("Deal signed by J.")).toBe(true)
  })

  it("reads \"Stocks rise 5.\"", () => {
    expect(isHeadline("Stocks rise 5.")).toBe(false)
  })

  it("reads \"Jobs return to the U.S.\"", () => {
    expect(isHeadline("Jobs return to the U.S.")).toBe(true)
  })

  it("reads \"Shares of Acme Inc.\"", () => {
    expect(isHeadline("Shares of Acme Inc.")).toBe(true)
  })

  it("reads \"Rally ends (again).\"", () => {
    expect(isHeadline("Rally ends (again).")).toBe(false)
  })

  it("reads \"Talks resumed in Geneva\"", () => {
    expect(isHeadline("Talks resumed in Geneva")).toBe(true)
  })

  it("reads \"Prices soar as café reopens.\"", () => {
    expect(isHeadline("Prices soar as café reopens.")).toBe(false)
  })

  it("reads \"Prices soar at the Café.\"", () => {
    expect(isHeadline("Prices soar at the Café.")).toBe(false)
  })

  it("reads \"Ωmega wins.\"", () => {
    expect(isHeadline("Ωmega wins.")).toBe(false)
  })
})
