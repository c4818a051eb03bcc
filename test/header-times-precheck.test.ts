// The precheck that lets `findTimes` skip tokenising sentences whose
// numbers and words cannot start a date (`12 people`, `in 2022,`): it
// must pass every sentence that holds one.
import {describe, expect, it} from 'vitest'
import {findTimes} from '../src/lib/header/find-times.js'
import type {RecognizeContext} from '../src/lib/recognizer-types.js'

/**
 * Find times, with each span's text.
 *
 * @param text
 *   Sentence.
 * @returns
 *   Spans and texts.
 */
function times(text: string) {
  const context: RecognizeContext = {referenceDate: '2023-02-22', report: () => undefined}
  return findTimes(text, context).map((span) => ({text: text.slice(span.start, span.end), ...span}))
}

describe('findTimes precheck', () => {
  it("reads \"Some 12 people came.\"", () => {
    expect(times("Some 12 people came.")).toStrictEqual([])
  })

  it("reads \"In 2022, prices rose.\"", () => {
    expect(times("In 2022, prices rose.")).toStrictEqual([])
  })

  it("reads \"It cost $1,200 in COP29 talks.\"", () => {
    expect(times("It cost $1,200 in COP29 talks.")).toStrictEqual([])
  })

  it("reads \"Filed 2023-02-22 at noon.\"", () => {
    expect(times("Filed 2023-02-22 at noon.")).toStrictEqual([{"text":"2023-02-22","start":6,"end":16,"date":"2023-02-22"}])
  })

  it("reads \"By 0307 GMT the market fell.\"", () => {
    expect(times("By 0307 GMT the market fell.")).toStrictEqual([{"text":"0307 GMT","start":3,"end":11,"time":"03:07","zone":"GMT","utcOffset":"+00:00"}])
  })

  it("reads \"He left at 11am on Monday.\"", () => {
    expect(times("He left at 11am on Monday.")).toStrictEqual([{"text":"11am on Monday","start":11,"end":25,"date":"2023-02-20","time":"11:00"}])
  })

  it("reads \"She spoke at 3 p.m. and 4 P.M.\"", () => {
    expect(times("She spoke at 3 p.m. and 4 P.M.")).toStrictEqual([{"text":"3 p.m.","start":13,"end":19,"time":"15:00"},{"text":"4 P.M.","start":24,"end":30,"time":"16:00"}])
  })

  it("reads \"On the 15 of April they met.\"", () => {
    expect(times("On the 15 of April they met.")).toStrictEqual([{"text":"15 of April","start":7,"end":18,"date":"2023-04-15"}])
  })

  it("reads \"Clocks read 12:40 and 12.40 GMT.\"", () => {
    expect(times("Clocks read 12:40 and 12.40 GMT.")).toStrictEqual([{"text":"12:40","start":12,"end":17,"time":"12:40"},{"text":"12.40 GMT","start":22,"end":31,"time":"12:40","zone":"GMT","utcOffset":"+00:00"}])
  })

  it("reads \"The 5th March deadline.\"", () => {
    expect(times("The 5th March deadline.")).toStrictEqual([{"text":"5th March","start":4,"end":13,"date":"2023-03-05"}])
  })

  it("reads \"Due MaY 5 or JUNE 6.\"", () => {
    expect(times("Due MaY 5 or JUNE 6.")).toStrictEqual([{"text":"MaY 5","start":4,"end":9,"date":"2023-05-05"},{"text":"JUNE 6","start":13,"end":19,"date":"2023-06-06"}])
  })

  it("reads \"Set for 5 March.\"", () => {
    expect(times("Set for 5 March.")).toStrictEqual([{"text":"5 March","start":8,"end":15,"date":"2023-03-05"}])
  })

  it("reads \"Vote on 05.05.2023 or 22/02/2023.\"", () => {
    expect(times("Vote on 05.05.2023 or 22/02/2023.")).toStrictEqual([{"text":"05.05.2023","start":8,"end":18,"date":"2023-05-05"},{"text":"22/02/2023","start":22,"end":32,"date":"2023-02-22"}])
  })

  it("reads \"Held November 9-10, 2020.\"", () => {
    expect(times("Held November 9-10, 2020.")).toStrictEqual([{"text":"November 9-10, 2020","start":5,"end":24,"date":"2020-11-09"}])
  })

  it("reads \"Opened 2024 UTC+3.\"", () => {
    expect(times("Opened 2024 UTC+3.")).toStrictEqual([{"text":"2024 UTC+3","start":7,"end":17,"time":"20:24","utcOffset":"+03:00"}])
  })

  it("reads \"Item 12 of 40 sold.\"", () => {
    expect(times("Item 12 of 40 sold.")).toStrictEqual([])
  })

  it("reads \"Mayor Marchetti met on Thursday.\"", () => {
    expect(times("Mayor Marchetti met on Thursday.")).toStrictEqual([{"text":"Thursday","start":23,"end":31,"date":"2023-02-16"}])
  })

  it("reads \"AéMay 5 test.\"", () => {
    expect(times("AéMay 5 test.")).toStrictEqual([])
  })

  it("reads \"Ends 2 Febr.\"", () => {
    expect(times("Ends 2 Febr.")).toStrictEqual([])
  })

  it("reads \"Page 10\"", () => {
    expect(times("Page 10")).toStrictEqual([])
  })

  it("reads \"Year 2024\"", () => {
    expect(times("Year 2024")).toStrictEqual([])
  })
})

describe("findTimes from the first possible start", () => {
  it("looks back two tokens in \"Prime Minister Theresa May 5 times said no.\"", () => {
    expect(times("Prime Minister Theresa May 5 times said no.")).toStrictEqual([])
  })

  it("looks back two tokens in \"Talks with May 5 allies.\"", () => {
    expect(times("Talks with May 5 allies.")).toStrictEqual([{"text":"May 5","start":11,"end":16,"date":"2023-05-05"}])
  })

  it("looks back two tokens in \"In mid May 5 deals closed.\"", () => {
    expect(times("In mid May 5 deals closed.")).toStrictEqual([{"text":"May 5","start":7,"end":12,"date":"2023-05-05"}])
  })

  it("looks back two tokens in \"It cost COP29 March delegates.\"", () => {
    expect(times("It cost COP29 March delegates.")).toStrictEqual([])
  })

  it("looks back two tokens in \"x May 7\"", () => {
    expect(times("x May 7")).toStrictEqual([{"text":"May 7","start":2,"end":7,"date":"2023-05-07"}])
  })

  it("looks back two tokens in \"May 7\"", () => {
    expect(times("May 7")).toStrictEqual([{"text":"May 7","start":0,"end":5,"date":"2023-05-07"}])
  })
})

describe("findTimes precheck on days, months and meridiems", () => {
  it("reads \"During the 29th session of the 21st Century forum.\"", () => {
    expect(times("During the 29th session of the 21st Century forum.")).toStrictEqual([])
  })

  it("reads \"It happened in March last year.\"", () => {
    expect(times("It happened in March last year.")).toStrictEqual([])
  })

  it("reads \"Held March. 5 and June. 6 and Sept. 7.\"", () => {
    expect(times("Held March. 5 and June. 6 and Sept. 7.")).toStrictEqual([{"text":"June. 6","start":18,"end":25,"date":"2023-06-06"},{"text":"Sept. 7","start":30,"end":37,"date":"2022-09-07"}])
  })

  it("reads \"On the 5th-6th March and 9-10 March.\"", () => {
    expect(times("On the 5th-6th March and 9-10 March.")).toStrictEqual([{"text":"5th-6th March","start":7,"end":20,"date":"2023-03-05"},{"text":"9-10 March","start":25,"end":35,"date":"2023-03-09"}])
  })

  it("reads \"The 2024-2025 plan starts 2024/02/22.\"", () => {
    expect(times("The 2024-2025 plan starts 2024/02/22.")).toStrictEqual([{"text":"2024/02/22","start":26,"end":36,"date":"2024-02-22"}])
  })

  it("reads \"Due 12 Jan or 12 of April or 12 of 40.\"", () => {
    expect(times("Due 12 Jan or 12 of April or 12 of 40.")).toStrictEqual([{"text":"12 Jan","start":4,"end":10,"date":"2023-01-12"},{"text":"12 of April","start":14,"end":25,"date":"2023-04-12"}])
  })

  it("reads \"At 3 A.M. or 3 a.m. or 11PM or 2 p.m.\"", () => {
    expect(times("At 3 A.M. or 3 a.m. or 11PM or 2 p.m.")).toStrictEqual([{"text":"3 A.M.","start":3,"end":9,"time":"03:00"},{"text":"3 a.m.","start":13,"end":19,"time":"03:00"},{"text":"11PM","start":23,"end":27,"time":"23:00"},{"text":"2 p.m.","start":31,"end":37,"time":"14:00"}])
  })

  it("reads \"Up 1.7bn, 0.1 percent, at 5:30 and 5.30 GMT.\"", () => {
    expect(times("Up 1.7bn, 0.1 percent, at 5:30 and 5.30 GMT.")).toStrictEqual([{"text":"5:30","start":26,"end":30,"time":"05:30"},{"text":"5.30 GMT","start":35,"end":43,"time":"05:30","zone":"GMT","utcOffset":"+00:00"}])
  })

  it("reads \"Dated 5/6/2023 and 22/02/2023.\"", () => {
    expect(times("Dated 5/6/2023 and 22/02/2023.")).toStrictEqual([{"text":"22/02/2023","start":19,"end":29,"date":"2023-02-22"}])
  })

  it("reads \"See you FRIDAY or Tuesday.\"", () => {
    expect(times("See you FRIDAY or Tuesday.")).toStrictEqual([{"text":"FRIDAY","start":8,"end":14,"date":"2023-02-17"},{"text":"Tuesday","start":18,"end":25,"date":"2023-02-21"}])
  })

  it("reads \"Jan. 5 and Jan 5th, 2024.\"", () => {
    expect(times("Jan. 5 and Jan 5th, 2024.")).toStrictEqual([{"text":"Jan. 5","start":0,"end":6,"date":"2023-01-05"},{"text":"Jan 5th, 2024","start":11,"end":24,"date":"2024-01-05"}])
  })

  it("reads \"The 5th of May.\"", () => {
    expect(times("The 5th of May.")).toStrictEqual([{"text":"5th of May","start":4,"end":14,"date":"2023-05-05"}])
  })

  it("reads \"A 40-year-old and 20-fold rise.\"", () => {
    expect(times("A 40-year-old and 20-fold rise.")).toStrictEqual([])
  })

  it("reads \"The 3D model and 4Q results.\"", () => {
    expect(times("The 3D model and 4Q results.")).toStrictEqual([])
  })

  it("reads \"Type 45 Destroyer.\"", () => {
    expect(times("Type 45 Destroyer.")).toStrictEqual([])
  })

  it("reads \"On 5– 7 May.\"", () => {
    expect(times("On 5– 7 May.")).toStrictEqual([{"text":"7 May","start":6,"end":11,"date":"2023-05-07"}])
  })

  it("reads \"About 5 am.\"", () => {
    expect(times("About 5 am.")).toStrictEqual([{"text":"5 am","start":6,"end":10,"time":"05:00"}])
  })

  it("reads \"05 May\"", () => {
    expect(times("05 May")).toStrictEqual([{"text":"05 May","start":0,"end":6,"date":"2023-05-05"}])
  })

  it("reads \"Monday\"", () => {
    expect(times("Monday")).toStrictEqual([{"text":"Monday","start":0,"end":6,"date":"2023-02-20"}])
  })
})
