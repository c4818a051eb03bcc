/**
 * Read the header of a plain-text article: the lines before the body.
 *
 * @module
 */

import {CHROME_KEY} from '../header/constants.js'
import {recognizeByline} from '../header/recognize-byline.js'
import {recognizeWireDateline} from '../header/recognize-dateline.js'
import {recognizeMeta} from '../header/recognize-meta.js'
import {recognizeStamp} from '../header/recognize-stamp.js'
import {type HeadlineChecks, isHeadline} from '../header/recognize-title.js'
import {shareTokenWindows} from '../header/tokenize.js'
import {text} from '../phrasing/build-phrasing.js'
import {toString} from '../to-string.js'
import {copyDateFields} from '../phrasing/make-sentences.js'
import type {DateFields, RecognizeContext} from '../recognizer-types.js'
import {contextAt, type State} from '../state.js'
import type {Byline, Dateline, DatelineRole, HeaderContent, Meta, Title} from '../types.js'
import {recognizeCredits} from '../sources/recognize-credit.js'
import {isLineEnding, isSpace} from '../util/white-space.js'
import {cursorAt, type Cursor} from './cursor.js'
import {isHeadingLine} from './is-heading.js'
import type {Block} from './split-blocks.js'

/**
 * The header's nodes and where the body starts.
 */
export interface HeaderResult {
  /** Header children, in document order. */
  children: HeaderContent[]
  /** Where the body starts. */
  body: Cursor
}

/**
 * Read header lines from the top until the first line of body text.
 *
 * Each line is offered to the recognisers in this order, and the first that
 * claims it wins:
 *
 * 1. a stamp (` date 2023-02-22 …`, `Published: …`): it is the most
 *    specific, and a labelled line would otherwise read as meta; what
 *    follows it on the same line may be a wire dateline, a byline, widget
 *    words before the headline (page chrome), or the body;
 * 2. a wire dateline (`MOSCOW, February 22. /TASS/.`): it opens the lead, so
 *    the body starts right after it (unless a headline ends its line, which
 *    is then the title); it wins over a byline;
 * 3. a byline (`By Jane Doe`), and a line under it that names only the
 *    outlet or role (`Associated Press`);
 * 4. a meta line (`Tags: …`);
 * 5. the headline again, under the title: page chrome;
 * 6. the title: the first headline that stands alone;
 * 7. a subtitle: a long headline-like line under the title.
 *
 * A line that is none of these starts the body, unless a stamp or wire
 * dateline follows within a few lines with only page chrome (menu items,
 * section labels, tickers, a caption) and the headline before it: those
 * lines are read as page chrome (`meta` with the key `chrome`) and the
 * headline as the title. So are short lines over a headline that the page
 * prints twice (its copies, equal but for runs of spaces, are chrome
 * too), a lone word over a headline that stands alone, and two or three
 * short one-line blocks over a wire dateline with its agency or date. Under the
 * title, a row of links makes a short title a widget's heading (the
 * headline after the row is the title); section tags and reading times
 * are chrome, a staff credit the byline.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @returns
 *   Header nodes and where the body starts.
 */
export function readHeader(state: State, blocks: Block[]): HeaderResult {
  // The recognisers ask about each line more than once (the title check and
  // the look-ahead for a byline ask again): tokenise each window once.
  shareTokenWindows(true)
  try {
    return readHeaderLines(state, blocks)
  } finally {
    shareTokenWindows(false)
  }
}

/**
 * Read header lines (see {@link readHeader}).
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   The document's blocks.
 * @returns
 *   Header nodes and where the body starts.
 */
function readHeaderLines(state: State, blocks: Block[]): HeaderResult {
  const value = state.value
  const children: HeaderContent[] = []
  let title = false
  // The title's words, to know the headline when the page repeats it.
  let titleText: string | undefined
  let subtitle = false
  // Whether the title is a widget's heading over a row of links (see
  // `isLinkRow`), and the article's headline may follow.
  let widgetTitle = false
  let byline: Byline | undefined
  // Where the byline starts in the document read (not in the input: the
  // Markdown reader hands this reader a document of its own).
  let bylineStart = 0
  // Set by `chromeAhead`: the lines before this one are page chrome, and
  // it is the title when `planned.title` says so.
  let planned: Plan | undefined

  blockLoop: for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const lines = blocks[blockIndex]!.lines
    const blockEnd = lines[lines.length - 1]!.contentEnd

    for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
      const line = lines[lineIndex]!
      const start = line.contentStart
      const end = line.contentEnd
      const content = value.slice(start, end)
      const context = contextAt(state, start)

      if (planned) {
        if (blockIndex < planned.block || (blockIndex === planned.block && lineIndex < planned.line)) {
          children.push(chromeOrMeta(state, content, start, end))
          continue
        }

        const plannedTitle = planned.title
        planned = undefined
        if (plannedTitle) {
          title = true
          titleText = content
          children.push(titleNode(state, start, end))
          continue
        }
      }

      const stamp = recognizeStamp(content, context)
      if (stamp) {
        const stampEnd = start + stamp.end
        children.push(dateline(state, start, stampEnd, stamp.role, stamp))
        let rest = stampEnd
        while (rest < end && isSpace(value.charCodeAt(rest))) rest++
        if (rest >= end) continue

        const wire = recognizeWireDateline(value.slice(rest, blockEnd), contextAt(state, rest))
        if (wire) {
          children.push(dateline(state, rest, rest + wire.end, 'filed', wire))
          const headed = title ? undefined : titleAfterDateline(state, blocks, blockIndex, lineIndex, rest + wire.bodyStart)
          if (headed) {
            children.push(headed.title)
            return {children, body: headed.body}
          }

          return {children, body: cursorAt(blocks, blockIndex, lineIndex, rest + wire.bodyStart)}
        }

        const found = recognizeByline(value.slice(rest, end))
        if (found && found.authors.length > 0 && !byline) {
          byline = bylineNode(state, rest, end, found.authors)
          bylineStart = rest
          children.push(byline)
          continue
        }

        // A meta line after a stamp on its line (` date 2024-11-24 Images |
        // Akorda`): meta, as on a line of its own.
        const labelled = recognizeMeta(value.slice(rest, end))
        if (labelled && labelled.value && labelled.key !== 'title') {
          children.push({type: 'meta', key: labelled.key, value: labelled.value, position: state.locator.position(rest, end)})
          continue
        }

        // Widget words after a stamp, before the headline (` date
        // 2024-01-10 Share counter` / `Ferry link agreed`), or a live clock
        // (` date 2024-01-10 Time in Oslo: 09:15:02`): page chrome.
        if (
          !title &&
          (isLeftover(value.slice(rest, end)) || isClock(value.slice(rest, end))) &&
          headlineNext(state, blocks, blockIndex, lineIndex)
        ) {
          children.push(chrome(state, rest, end))
          continue
        }

        // Menus run onto the stamp's line (` date 2013-07-01 Markets Tech
        // Blog: Answers` / `Ferry link agreed` / … / `Ferry link agreed`),
        // or an update note before the headline again (`11.01.2014 -
        // Update : 11.01.2014` / `Ferry link agreed`): when the headline
        // follows and is printed twice, the header goes on and the words
        // are page chrome. A sentence there is the lead.
        if (!endsSentence(value.slice(rest, end))) {
          const plan = title ? undefined : repeatedHeadlineAhead(state, blocks, blockIndex, lineIndex + 1)
          if (plan || (title && titleNext(state, blocks, blockIndex, lineIndex, titleText!))) {
            children.push(chrome(state, rest, end))
            planned = plan
            continue
          }
        }

        // A headline on the stamp's line (` date 2024-05-02 Ministers agree
        // on ferry link` / the lead): the title. One or two words there are
        // more often a section's name.
        const headed =
          title || value.slice(rest, end).split(' ', 3).length < 3 ? undefined : titleAfterDateline(state, blocks, blockIndex, lineIndex, rest)
        if (headed) {
          // The header goes on under it (a deck, a stamp, a byline).
          children.push(headed.title)
          title = true
          titleText = toString(headed.title)
          blockIndex = headed.body.block - 1
          continue blockLoop
        }

        return {children, body: {block: blockIndex, line: lineIndex, offset: rest}}
      }

      const wire = recognizeWireDateline(value.slice(start, blockEnd), context)
      if (wire) {
        // A dateline alone on its line with its dash on the next (`OSLO` /
        // `—` / the body): the dash is the dateline's.
        const dash = start + wire.bodyStart >= blockEnd ? dashNext(state, blocks, blockIndex, lineIndex) : undefined
        if (dash) {
          children.push(dateline(state, start, dash.end, 'filed', wire))
          return {children, body: dash.body}
        }

        children.push(dateline(state, start, start + wire.end, 'filed', wire))
        const headed = title ? undefined : titleAfterDateline(state, blocks, blockIndex, lineIndex, start + wire.bodyStart)
        if (headed) {
          children.push(headed.title)
          return {children, body: headed.body}
        }

        return {children, body: cursorAt(blocks, blockIndex, lineIndex, start + wire.bodyStart)}
      }

      // An outlet or role line right under the byline belongs to it
      // (`By JANE DOE` / `Associated Press`).
      if (byline && lineIndex > 0 && children[children.length - 1] === byline && isAffiliation(content)) {
        byline.children = [text(state, bylineStart, end)]
        byline.position = state.locator.position(bylineStart, end)
        continue
      }

      const found = recognizeByline(content)
      if (found && found.authors.length > 0 && !byline) {
        byline = bylineNode(state, start, end, found.authors)
        bylineStart = start
        children.push(byline)
        continue
      }

      const meta = recognizeMeta(content)
      // A labelled title (`Title: …`, as reader services export pages) is
      // the title; the label is syntax, like a list marker.
      const valueStart = meta && meta.key === 'title' && meta.value ? content.lastIndexOf(meta.value) : -1
      if (meta && !title && valueStart > 0) {
        title = true
        titleText = meta.value
        children.push({
          type: 'title',
          children: [text(state, start + valueStart, start + valueStart + meta.value.length)],
          position: state.locator.position(start + valueStart, start + valueStart + meta.value.length)
        })
        continue
      }

      // A time on the line under a stamp that gives only the date (`Date:
      // 07 May 2024` / `Time: 09:15:02`), as board posts and older news
      // pages print them: the stamp's time.
      if (addTime(state, children, start, end, content)) continue

      // A release's letterhead under its contact line (`Contact: Jane Doe`
      // / `48 Harbour Road` / `Port Ellis, NY 11747` / `(555) 010-3600`):
      // page chrome, not the headline.
      if (!meta && !title && isLetterheadLine(content) && underContact(children)) {
        children.push(chrome(state, start, end))
        continue
      }

      if (meta) {
        children.push({
          type: 'meta',
          key: meta.key,
          value: meta.value,
          position: state.locator.position(start, end)
        })
        continue
      }

      // A release's label (`FOR IMMEDIATE RELEASE`, `NEWS RELEASE`): page
      // chrome, never the headline.
      if (isReleaseLabel(content)) {
        children.push(chrome(state, start, end))
        continue
      }

      // The headline again (a breadcrumb or page heading and the article's
      // own headline, or the headline over the text under the stamp):
      // page chrome, not the first heading of the body.
      if (title && sameHeadline(content, titleText!)) {
        children.push(chrome(state, start, end))
        continue
      }

      // Under the title: a section tag (`#World News`) or a reading time
      // (`4 min read`): page chrome, never the deck or the lead.
      if (title && (isTagLine(content) || isReadingTime(content))) {
        children.push(chrome(state, start, end))
        continue
      }

      // A staff credit under the title (`Harbour Gazette Staff`): the
      // byline, with the credit as its name, as front matter reads
      // `author: Harbour Gazette Staff`.
      if (title && !byline && isStaffCredit(content)) {
        const name = content.startsWith('By ') ? content.slice(3) : content
        byline = bylineNode(state, start, end, [name])
        bylineStart = start
        children.push(byline)
        continue
      }

      // A caption over a wire dateline, under the byline (`Ministers meet
      // in Oslo on Monday. REUTERS/Jane Doe` / `OSLO (Reuters) - …`): page
      // chrome, as the caption in the look-ahead below.
      if (byline && isCaption(content) && wireNext(state, blocks, blockIndex, lineIndex)) {
        children.push(chrome(state, start, end))
        continue
      }

      // Lines a page puts over the headline that are never one: a ticker,
      // a navigation link, an issue's masthead. (Not an empty label here:
      // `Key points:` may open a list; only before a stamp or dateline is
      // it chrome.)
      if (!title && !byline && (isTicker(content) || isNavigation(content) || isMasthead(content) || isPager(content))) {
        children.push(chrome(state, start, end))
        continue
      }

      // An issuer's street address between a stamp and the headline in one
      // block (`12 May 2024, 09:15` / `10 Harbour Street` / `Ferry link
      // agreed`): page chrome (see `underStamp`).
      if (
        !title &&
        !byline &&
        lineIndex === 1 &&
        lines.length === 3 &&
        blockIndex + 1 < blocks.length &&
        underStamp(lines.slice(0, 2), 1, children) &&
        isLetterheadLine(content)
      ) {
        children.push(chrome(state, start, end))
        continue
      }

      // A publisher's source line between the stamp and the headline
      // (`Harbour Gazette (Port Ellis)`), as news aggregators print it
      // over every story they carry: page chrome, not the title.
      if (
        !title &&
        !byline &&
        lines.length === 1 &&
        children[children.length - 1]?.type === 'dateline' &&
        isSourceLine(content) &&
        headlineBlockAt(state, blocks, blockIndex + 1)
      ) {
        children.push(chrome(state, start, end))
        continue
      }

      // Here the line is no stamp (it would have been read above), and,
      // while there is no byline yet, no byline either (it would be one).
      // The last line of a block is no dateline either: the dateline
      // recogniser was given the same text (the rest of the block).
      const checks = byline ? undefined : lineIndex === lines.length - 1 ? lastLineNegatives : knownNegatives
      const alone =
        lines.length === 1 ||
        (lineIndex === 0 && lines.length <= 3 && !endsSentence(content)) ||
        (lineIndex === 0 && lines.length === 4 && isHeadBlock(state, lines)) ||
        // As on the stamp's own line (see `titleAfterDateline`).
        (blockIndex + 1 < blocks.length && underStamp(lines, lineIndex, children) && isHeadingLine(content)) ||
        // The last line of a block under a release's letterhead.
        (lineIndex > 0 && lineIndex === lines.length - 1 && underContact(children) && isLetterheadLine(value.slice(lines[lineIndex - 1]!.contentStart, lines[lineIndex - 1]!.contentEnd)))
      if (
        !title &&
        !byline &&
        alone &&
        (isHeadline(content, checks) || (lines.length === 1 && blockIndex + 1 < blocks.length && isTitleCaseSentence(content))) &&
        !(lineIndex === 0 && lines.length > 1 && headlineBelow(state, blocks, blockIndex, lineIndex))
      ) {
        title = true
        // A page title with the site's name after it, when the page prints
        // the headline alone below: the title is the headline.
        const headline = withoutSite(state, blocks, blockIndex, lineIndex, content) ?? siteFirst(state, end, content)
        const from = headline?.start ?? 0
        const to = headline?.end ?? content.length
        titleText = content.slice(from, to)
        // The site's name is kept, as `meta` with the key `site`.
        if (from > 0) {
          const site = content.slice(0, from - 3).trim()
          children.push({type: 'meta', key: 'site', value: site, position: state.locator.position(start, start + from)})
        }

        children.push(titleNode(state, start + from, start + to))
        if (to < content.length) {
          const site = content.slice(to + 3).trim()
          children.push({type: 'meta', key: 'site', value: site, position: state.locator.position(start + to, end)})
        }

        continue
      }

      // A headline broken over the two lines of its block, both in title
      // case (`Harbour Workers` / `Strike Over Pay`): one title.
      const previous = children[children.length - 1]
      if (
        previous?.type === 'title' &&
        !subtitle &&
        lineIndex === 1 &&
        lines.length === 2 &&
        previous.position!.start.offset === lines[0]!.contentStart &&
        isBrokenHeadline(titleText!, content)
      ) {
        const from = previous.position!.start.offset!
        previous.children = [text(state, from, end)]
        previous.position = state.locator.position(from, end)
        titleText = value.slice(from, end)
        continue
      }

      // A row of links under a short title (`Off the wire` / `Ferry link
      // agreed • Rates rise • Storm hits coast`): the title was a widget's
      // heading, and the row is page chrome. The article's headline, alone
      // in its block after the row (and empty labels such as `You are
      // here:`), is the title; the widget's heading becomes chrome.
      if (title && !byline && !subtitle && (isLinkRow(content) || (widgetTitle && isEmptyLabel(content)))) {
        if (isLinkRow(content) && children[children.length - 1]?.type === 'title' && isChromeLine(titleText!)) widgetTitle = true
        children.push(chrome(state, start, end))
        continue
      }

      if (widgetTitle && lines.length === 1 && isHeadline(content, checks)) {
        widgetTitle = false
        titleText = content
        retitle(state, children, start, end)
        continue
      }

      widgetTitle = false

      // A blog's archive page: the blog's name, the day's date, then each
      // post's headline over the post's own stamp (`Harbour Notes` /
      // `Monday, May 6, 2024` / `Ferry link agreed` / `May 6, 2024 09:15`).
      // The name took the title; the post's headline is the title, and
      // the name page chrome.
      if (title && !byline && !subtitle && lines.length === 1 && isPostHeadline(state, blocks, blockIndex, children, titleText!, content)) {
        titleText = content
        retitle(state, children, start, end)
        continue
      }

      // A long headline-like line under the title is the subtitle: alone in
      // its block, or right under the title in the title's block (`Ferry
      // link agreed` / `Ministers hail the new timetable for the islands`).
      if (
        title &&
        !subtitle &&
        !byline &&
        (lines.length === 1 || (lineIndex === 1 && previous?.type === 'title' && previous.position!.start.offset === lines[0]!.contentStart)) &&
        blockIndex + 1 < blocks.length &&
        isHeadline(content, checks) &&
        content.split(' ').length >= 6
      ) {
        subtitle = true
        children.push({type: 'subtitle', children: [text(state, start, end)], position: state.locator.position(start, end)})
        continue
      }

      // Under the title, notes and summary bullets that come before a
      // byline or dateline are the deck (`(Adds comments)`, `* Gold rises`).
      // Several such lines make one deck. So is a line of words right
      // between the title and a stamp (`Ferry link agreed` / `Ministers
      // hail the new timetable.` / `Published: 6 May 2024 09:15`).
      const last = children[children.length - 1]
      if (
        title &&
        !byline &&
        ((!subtitle || last?.type === 'subtitle') && bylineAhead(state, blocks, blockIndex, lineIndex) ||
          (last?.type === 'title' && isDeckOverStamp(state, blocks, blockIndex, lineIndex, content)))
      ) {
        if (last?.type === 'subtitle') {
          const from = last.position!.start.offset!
          last.children = [text(state, from, end)]
          last.position = state.locator.position(from, end)
        } else {
          subtitle = true
          children.push({type: 'subtitle', children: [text(state, start, end)], position: state.locator.position(start, end)})
        }

        continue
      }

      // A line of names alone right above a stamp is the byline (`Jane Doe`
      // over `Wed 22 Feb 2023 12.40 GMT`).
      if (!byline && stampNext(state, blocks, blockIndex, lineIndex)) {
        const bare = recognizeByline(content, {bare: true})
        if (bare && bare.authors.length > 0) {
          byline = bylineNode(state, start, end, bare.authors)
          bylineStart = start
          children.push(byline)
          continue
        }
      }

      // Page chrome over the headline, or between it and the stamp (`Home`
      // / `Login` / `Minister opens bridge` / `17.01.2013 13:06`): read on
      // when a stamp or wire dateline follows within a few lines.
      if (!byline) {
        const plan = chromeAhead(state, blocks, blockIndex, lineIndex, !title, titleText)
        if (plan) {
          if (plan.title && plan.block === blockIndex && plan.line === lineIndex) {
            title = true
            titleText = content
            children.push(titleNode(state, start, end))
          } else {
            children.push(chrome(state, start, end))
            planned = plan
          }

          continue
        }
      }

      // Short lines over a headline that the page prints twice (`National`
      // / `0` / `Ferry link agreed` / `Ferry link agreed`): page chrome, and
      // the headline is the title. The repeat (a page heading and the
      // article's) is what tells the headline from a short first paragraph.
      if (!title && !byline) {
        const plan = repeatedHeadlineAhead(state, blocks, blockIndex, lineIndex)
        if (plan) {
          children.push(chrome(state, start, end))
          planned = plan
          continue
        }
      }

      // Short one-line blocks piled over a wire dateline that names its
      // agency or date and opens a block (`Northport City Council.` /
      // `News and notices from the council.` / `NORTHPORT, May 2 (AP) -
      // …`): a site's name, its tagline, leaked page code. The dateline
      // opens the lead, so they are the page's. One paragraph over it may
      // be an aside of the story, and stays body.
      if (!byline) {
        const plan = wireAhead(state, blocks, blockIndex, lineIndex)
        if (plan) {
          children.push(chromeOrMeta(state, content, start, end))
          planned = plan
          continue
        }
      }

      // A word over a headline that stands alone (`more` / `Ferry link
      // agreed` / the body), under a stamp or at the top: a section label
      // or a link, page chrome; the headline is the title.
      if (
        !title &&
        !byline &&
        children.every((child) => child.type === 'dateline' || child.type === 'meta') &&
        isLoneWord(content) &&
        headlineAloneNext(state, blocks, blockIndex, lineIndex)
      ) {
        children.push(chrome(state, start, end))
        planned = lineIndex + 1 < lines.length ? {block: blockIndex, line: lineIndex + 1, title: true} : {block: blockIndex + 1, line: 0, title: true}
        continue
      }

      // The rest of a block that page chrome opens at the top of the page
      // (`Skip to main content` / `Latest news` / a label in another
      // script), over a headline that stands alone (`Ferry link agreed` /
      // the body): the menus and labels a scrape keeps under the skip
      // link, page chrome too; the headline is the title. (Short lines
      // alone over the headline may be the article's: `Harbour` / `7`.)
      if (
        !title &&
        !byline &&
        lineIndex > 0 &&
        children.length > 0 &&
        children.every((child) => child.type === 'meta') &&
        children[children.length - 1]!.position!.end.offset === lines[lineIndex - 1]!.contentEnd &&
        chromeBlockOverHeadline(state, blocks, blockIndex, lineIndex)
      ) {
        children.push(chrome(state, start, end))
        if (lineIndex === lines.length - 1) planned = {block: blockIndex + 1, line: 0, title: true}
        continue
      }

      // A section label at the top of the page over the headline (`News` /
      // `Harbour official leaves city` / the body): page chrome, and the
      // headline is the title.
      if (children.length === 0 && isSectionLabel(content) && headlineNext(state, blocks, blockIndex, lineIndex)) {
        children.push(chrome(state, start, end))
        planned = lineIndex + 1 < lines.length ? {block: blockIndex, line: lineIndex + 1, title: true} : {block: blockIndex + 1, line: 0, title: true}
        continue
      }

      return {children, body: {block: blockIndex, line: lineIndex, offset: start}}
    }
  }

  return {children, body: {block: blocks.length, line: 0, offset: value.length}}
}

/**
 * Where `chromeAhead` found the header to go on: a line of a block, and
 * whether that line is the title (else it is the stamp or dateline).
 */
interface Plan {
  /** Index of the block. */
  block: number
  /** Index of the line in the block. */
  line: number
  /** Whether the line is the title. */
  title: boolean
}

/**
 * A line `chromeAhead` has read.
 */
interface Seen {
  /** Index of the block. */
  block: number
  /** Index of the line in the block. */
  line: number
  /** Its content. */
  content: string
  /** Whether it is shaped like chrome ({@link isChromeLine}). */
  chrome: boolean
  /** Whether it ends like a sentence. */
  sentence: boolean
}

/** How many lines `chromeAhead` reads, the current one included. */
const aheadLines = 8

/** Most words and characters in a line of page chrome. */
const chromeWords = 6
const chromeLength = 64

/** Most words in widget words after a stamp. */
const leftoverWords = 4

/** Most words in a title on the rest of a wire dateline's line. */
const restTitleWords = 16

/** How much of a block the dateline recogniser is shown in a look-ahead. */
const aheadWindow = 256

/** A context that drops messages: look-aheads only ask questions. */
const quiet: RecognizeContext = {report: () => undefined}

/**
 * Whether a line is shaped like page chrome: a menu item, a section label,
 * a ticker, a short caption (`Home`, `top of page`, `498.51`, `Jane Doe.
 * Photo from open sources.`). At most {@link chromeWords} words and
 * {@link chromeLength} characters, and no colon: a colon makes a label
 * (`Tags:`) or a clock time, which other recognisers read.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isChromeLine(content: string): boolean {
  if (content.length > chromeLength) return false
  let words = 1
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === 58 /* : */) return false
    if (code === 32 && ++words > chromeWords) return false
  }

  return true
}

/** Fewest bullets between the links of a row of links. */
const rowBullets = 2

/**
 * Whether a line is a row of links: items separated by a bullet with
 * white space around it (`Rates rise • Storm hits coast • Ferry link
 * agreed`), at least {@link rowBullets} times. Tickers of other stories
 * print so; an article's sentence does not.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isLinkRow(content: string): boolean {
  let found = 0
  let from = 0
  while (found < rowBullets) {
    const index = content.indexOf('\u2022', from)
    if (index <= 0) return false
    const before = content.charCodeAt(index - 1)
    const after = content.charCodeAt(index + 1)
    if ((before === 32 || before === 160) && (after === 32 || after === 160)) found++
    from = index + 1
  }

  return true
}

/** Most words in a label whose value the page left out. */
const labelWords = 3

/**
 * Whether a line is a label whose value the page left out (`ID :`,
 * `Author:`): one to {@link labelWords} words of letters and a colon that
 * ends the line. Such form fields stand between a site's menus and the
 * headline; nothing else reads them, as they have no value.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isEmptyLabel(content: string): boolean {
  if (content.length > chromeLength || content.charCodeAt(content.length - 1) !== 58 /* : */) return false
  let words = 1
  let letters = 0
  for (let index = 0; index < content.length - 1; index++) {
    const code = content.charCodeAt(index)
    if (code === 32) {
      // `ID :`: one space may stand before the colon.
      if (index === content.length - 2) break
      if (++words > labelWords) return false
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && content.charAt(index).toLowerCase() !== content.charAt(index).toUpperCase())) {
      letters++
    } else {
      return false
    }
  }

  return letters > 1
}

/** How far from the end of a line a caption's credit may open. */
const creditReach = 80

/** Words that make a closing bracket a picture credit. */
const pictureWords: ReadonlySet<string> = new Set(['photo', 'photos', 'photograph', 'picture', 'image', 'images', 'file'])

/**
 * Whether a line is a picture caption: it ends in a bracketed credit that
 * names a picture (`Crowds fill the square on Monday. (AP Photo/Jane
 * Doe)`, `(Photo: Jane Doe)`, `(Getty Images)`). Captions of any length
 * stand over the lead of scraped wire copy.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isCaption(content: string): boolean {
  if (content.charCodeAt(content.length - 1) !== 41 /* ) */) return isAgencyCaption(content)
  // Only the end is searched: a line may be megabytes long.
  const tail = content.slice(-creditReach)
  const open = tail.lastIndexOf('(')
  if (open < 0 || (open === 0 && tail.length === content.length)) return false
  const credit = tail.slice(open + 1, -1)
  let start = 0
  for (let index = 0; index <= credit.length; index++) {
    const code = index < credit.length ? credit.charCodeAt(index) : 32
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (letter) continue
    if (index > start && pictureWords.has(credit.slice(start, index).toLowerCase())) return true
    start = index + 1
  }

  return false
}

/** Most words of a photographer's name after an agency's slash. */
const creditNameWords = 4

/**
 * Whether a line is a caption that ends in an agency's picture credit
 * after its last sentence: the agency in capitals, a slash and the
 * photographer's name (`Ferries wait in Oslo on May 2, 2024.
 * NORDPRESS/Jane Doe`).
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isAgencyCaption(content: string): boolean {
  const tail = content.slice(-creditReach)
  const slash = tail.lastIndexOf('/')
  if (slash < 3) return false
  let start = slash
  while (start > 0 && tail.charCodeAt(start - 1) >= 65 && tail.charCodeAt(start - 1) <= 90) start--
  // Two capitals or more, after the full stop of the caption's sentence.
  if (slash - start < 2 || start < 2 || tail.charAt(start - 1) !== ' ' || tail.charAt(start - 2) !== '.') return false
  const words = tail.slice(slash + 1).trim().split(' ')
  if (words.length > creditNameWords) return false
  for (const word of words) {
    const first = word.charCodeAt(0)
    if (!(first >= 65 && first <= 90)) return false
  }

  return true
}

/** Most pairs of a code and a quote in a ticker line. */
const tickerPairs = 6

/**
 * Whether a line is a market ticker: pairs of a code in letters (`USD`,
 * `usd/kzt`, `Brent`) and a decimal quote (`84.77`, `1,204.50`, `-0.3%`),
 * and nothing else (`USD 84.77`, `usd/kzt 447.9 eur/kzt 482.16`). The
 * decimal point is what keeps a headline with a number (`G7 2024`,
 * `Apollo 11`) out.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isTicker(content: string): boolean {
  if (content.length > chromeLength) return false
  const words = content.split(' ')
  if (words.length % 2 !== 0 || words.length > tickerPairs * 2) return false
  for (let index = 0; index < words.length; index += 2) {
    if (!/^[a-z]{2,8}(?:\/[a-z]{2,8})?$/i.test(words[index]!)) return false
    if (!/^[+\u2212-]?\d{1,3}(?:,\d{3})*\.\d+%?$/.test(words[index + 1]!)) return false
  }

  return true
}

/** Verbs of a navigation link (`Skip to main content`, `Go to the main site`). */
const navigationVerbs: ReadonlySet<string> = new Set(['back', 'go', 'jump', 'return', 'skip'])

/**
 * Whether a line is a navigation link: a verb of {@link navigationVerbs},
 * `to`, and a few words, with no full stop (`Skip to main content`, `Go
 * to the main site`, `Back to top`). A headline does not start so; a
 * sentence that does (`Go to the polls, the mayor urged.`) has
 * punctuation or more words. A link to a list (`All news`, `More
 * stories`) is one too.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isNavigation(content: string): boolean {
  if (!isChromeLine(content) || /[.,!?;]/.test(content)) return false
  // A link to a list of items: `All news`, `More stories`.
  if (/^(?:all|more) (?:news|stories|articles|posts|videos|headlines|topics)$/i.test(content)) return true
  const words = content.split(' ')
  return words.length >= 3 && words[1] === 'to' && navigationVerbs.has(words[0]!.toLowerCase())
}

/** Fewest page numbers in a pager line. */
const pagerNumbers = 3

/** Marks a pager line has between its page numbers. */
const pagerMarks: ReadonlySet<string> = new Set(['\u00ab', '\u00bb', '\u2039', '\u203a', '<', '>', '<<', '>>', '...', '\u2026', '|'])

/**
 * Whether a line is a pager: page numbers (the current one may be in
 * brackets) and marks of {@link pagerMarks} only, at least
 * {@link pagerNumbers} numbers (`\u00ab 1 ... 41 42 (43) 44 ... 90 \u00bb`).
 * Listings and forums print it over each item; no headline is only
 * numbers.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isPager(content: string): boolean {
  if (content.length > maxPagerLength) return false
  let numbers = 0
  for (const item of content.split(' ')) {
    if (/^[([]?\d{1,5}[)\]]?$/.test(item)) numbers++
    else if (item !== '' && !pagerMarks.has(item)) return false
  }

  return numbers >= pagerNumbers
}

/** Most characters in a pager line. */
const maxPagerLength = 160

/**
 * Whether a line is an issue's masthead: `Volume XVI, Number 240`, `Vol.
 * 12, No. 3`, `Vol 4 Issue 17`. Journals and newsletters print it over
 * the headline; it is never the title.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isMasthead(content: string): boolean {
  return (
    content.length <= chromeLength &&
    /^vol(?:ume|\.)? ?(?:\d{1,4}|[ivxlc]{1,8}),? (?:number|no\.|issue) ?\d{1,5}$/i.test(content)
  )
}

/**
 * Whether a line is a section tag: `#` and a word, at most three words
 * (`#World News`, `#Politics`). Pages print it under the headline.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isTagLine(content: string): boolean {
  if (content.charCodeAt(0) !== 35 /* # */ || content.length > sectionLabelLength + 1) return false
  const first = content.charAt(1)
  return first.toLowerCase() !== first.toUpperCase() && content.split(' ', 4).length <= 3
}

/**
 * Whether a line is a reading time: `1 Min Read`, `4 min read`, `3
 * minute read`, `5 minutes read`.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isReadingTime(content: string): boolean {
  return content.length <= 24 && /^\d{1,3} min(?:ute)?s? read$/i.test(content)
}

/**
 * Labels press releases print over their headline, in lower case.
 */
const releaseLabels: ReadonlySet<string> = new Set([
  'for immediate release',
  'immediate release',
  'for release',
  'news release',
  'press release',
  'media release',
  'joint press release',
  'joint news release',
  'news advisory',
  'media advisory',
  'press advisory',
  'press statement'
])

/**
 * Whether a line is a release's label (`FOR IMMEDIATE RELEASE`, `News
 * Release:`), in any case, with a colon or full stop after it.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isReleaseLabel(content: string): boolean {
  if (content.length > 26) return false
  const last = content.charAt(content.length - 1)
  const label = last === ':' || last === '.' ? content.slice(0, -1).trimEnd() : content
  return releaseLabels.has(label.toLowerCase())
}

/**
 * Whether the header read so far ends with a contact line and the
 * letterhead lines under it (see {@link isLetterheadLine}).
 *
 * @param children
 *   Header nodes so far.
 * @returns
 *   Whether it does.
 */
function underContact(children: HeaderContent[]): boolean {
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type !== 'meta') return false
    if (child.key === 'contact' || child.key === 'contacts' || child.key.endsWith(' contact')) return true
    if (child.key !== CHROME_KEY || !isLetterheadLine(child.value)) return false
  }

  return false
}

/** Longest letterhead line. */
const letterheadMax = 60

/**
 * Whether a line is part of a letterhead: a phone number or e-mail
 * address, a street address (`48 Harbour Road`), or a town with its state
 * and postcode (`Port Ellis, NY 11747`).
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isLetterheadLine(content: string): boolean {
  if (content.length > letterheadMax) return false
  if (recognizeCredits(content)?.[0]?.role === 'contact') return true
  return /^\d{1,6} [A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,5}$/.test(content) || /^[A-Z][A-Za-z.' -]{0,40}, [A-Z]{2} \d{5}(?:-\d{4})?$/.test(content)
}

/** Most words before `Staff` in a staff credit. */
const staffWords = 3

/**
 * Whether a line is a staff credit: one to {@link staffWords} capitalised
 * words and `Staff`, maybe after `By` (`Harbour Gazette Staff`, `By Metro
 * Desk Staff`). The byline recogniser drops `Staff` as a role and finds no
 * name; under a headline the credit is the byline.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isStaffCredit(content: string): boolean {
  if (content.length > chromeLength || !content.endsWith(' Staff')) return false
  const words = content.split(' ')
  if (words[0] === 'By') words.shift()
  if (words.length < 2 || words.length > staffWords + 1) return false
  for (const word of words) {
    const first = word.charAt(0)
    if (first === first.toLowerCase()) return false
  }

  return true
}

/** Most characters of a lone word over the headline. */
const loneWordLength = 16

/**
 * Whether a line is one word of letters or a number, in any case (`more`,
 * `archive`, `National`, `0`): a link, a section label or a counter.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isLoneWord(content: string): boolean {
  if (content.length === 0 || content.length > loneWordLength) return false
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && content.charAt(index).toLowerCase() !== content.charAt(index).toUpperCase())
    if (!letter && !(code >= 48 && code <= 57)) return false
  }

  return true
}

/** Most characters of a section label over the headline (`World News`). */
const sectionLabelLength = 24

/**
 * Whether a line is a section label (`News`, `World News`, `Sport`): one or
 * two words, a capital first, letters only.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isSectionLabel(content: string): boolean {
  if (content.length === 0 || content.length > sectionLabelLength) return false
  const first = content.charAt(0)
  if (first === first.toLowerCase()) return false
  let spaces = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === 32) {
      if (++spaces > 1) return false
    } else if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127)) {
      return false
    }
  }

  return true
}

/**
 * Whether the words after a stamp on its line are widget words (`Share
 * counter`, `Yandex metrika counter`): at most {@link leftoverWords} words,
 * not starting in lower case (a sentence going on), and no punctuation
 * that a sentence or a label has.
 *
 * @param rest
 *   The words after the stamp.
 * @returns
 *   Whether they are.
 */
function isLeftover(rest: string): boolean {
  if (rest.length === 0 || rest.length > chromeLength) return false
  const first = rest.charAt(0)
  if (first !== first.toUpperCase()) return false
  let words = 1
  for (let index = 0; index < rest.length; index++) {
    const code = rest.charCodeAt(index)
    // `.`, `!`, `?`, `,`, `:`, `;`.
    if (code === 46 || code === 33 || code === 63 || code === 44 || code === 58 || code === 59) return false
    if (code === 32 && ++words > leftoverWords) return false
  }

  return true
}

/** Marks between a page title's headline and the site's name. */
const siteMarks: readonly string[] = [' | ', ' - ', ' \u2013 ', ' \u2014 ']

/** Most words in the site's name after a page title's headline. */
const siteWords = 8

/**
 * Where a headline stands in a line: offsets relative to the line.
 */
interface Span {
  /** Start offset. */
  start: number
  /** End offset. */
  end: number
}

/**
 * The headline of a page title that ends in the site's name (`Harbour
 * reopens after storm | Port Authority`, `… - City Police`), when the same
 * headline stands alone on one of the next {@link aheadLines} lines.
 * Without the repeat, a mark in a headline (`Rates rise - again`) cannot
 * be told from a site's name.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the line.
 * @param lineIndex
 *   The line.
 * @param content
 *   Its content.
 * @returns
 *   Where the headline is in `content`, or `undefined` when the line is
 *   no such page title.
 */
function withoutSite(state: State, blocks: Block[], blockIndex: number, lineIndex: number, content: string): Span | undefined {
  let cut = -1
  for (const mark of siteMarks) cut = Math.max(cut, content.lastIndexOf(mark))
  if (cut <= 0 || content.slice(cut + 3).split(' ').length > siteWords) return undefined
  const headline = content.slice(0, cut)
  let block = blockIndex
  let line = lineIndex + 1
  for (let seen = 0; seen < aheadLines && block < blocks.length; seen++) {
    const lines = blocks[block]!.lines
    if (line >= lines.length) {
      block++
      line = 0
      continue
    }

    const next = lines[line]!
    if (next.contentEnd - next.contentStart === headline.length && state.value.slice(next.contentStart, next.contentEnd) === headline)
      return {start: 0, end: cut}
    line++
  }

  return undefined
}

/** Marks between a site's name and the headline in a page title that starts with the name. */
const prefixMarks: readonly string[] = [...siteMarks, ' : ']

/** How far below a page title the headline may be printed alone, in characters. */
const siteReach = 4096

/**
 * The headline of a page title that starts with the site's name (`Port
 * Authority - Harbour reopens after storm`, `Harbour Gazette : …`), when
 * the page prints the headline alone on a line within {@link siteReach}
 * characters below (menus may stand between). The name has at most
 * {@link siteWords} words, before the first mark.
 *
 * @param state
 *   Parse state.
 * @param end
 *   End offset of the line.
 * @param content
 *   Its content.
 * @returns
 *   Where the headline is in `content`, or `undefined`.
 */
function siteFirst(state: State, end: number, content: string): Span | undefined {
  let cut = -1
  for (const mark of prefixMarks) {
    const index = content.indexOf(mark)
    if (index > 0 && (cut < 0 || index < cut)) cut = index
  }

  if (cut <= 0 || content.slice(0, cut).split(' ').length > siteWords) return undefined
  const headline = content.slice(cut + 3)
  return headline.length > 0 && printedAlone(state.value, end, headline) ? {start: cut + 3, end: content.length} : undefined
}

/**
 * Whether a headline is printed alone on a line (white space aside) that
 * starts within {@link siteReach} characters after an offset.
 *
 * @param value
 *   Document.
 * @param from
 *   Offset to search from.
 * @param headline
 *   The headline.
 * @returns
 *   Whether it is.
 */
function printedAlone(value: string, from: number, headline: string): boolean {
  const window = value.slice(from, from + siteReach + headline.length)
  let index = window.indexOf(headline)
  while (index !== -1 && index < siteReach) {
    let before = from + index
    while (value.charCodeAt(before - 1) === 32 || value.charCodeAt(before - 1) === 9) before--
    let after = from + index + headline.length
    while (value.charCodeAt(after) === 32 || value.charCodeAt(after) === 9) after++
    if (isLineEnding(value.charCodeAt(before - 1)) && (after >= value.length || isLineEnding(value.charCodeAt(after)))) return true
    index = window.indexOf(headline, index + 1)
  }

  return false
}

/**
 * Whether the words after a stamp are a live clock: a label of letters
 * and a colon, then a time with seconds (`Time in Oslo: 09:15:02`, `Local
 * time 09:15:02, 4 May`). Seconds tick on a widget; a stamp of the
 * article gives minutes.
 *
 * @param rest
 *   The words after the stamp.
 * @returns
 *   Whether they are.
 */
function isClock(rest: string): boolean {
  return rest.length <= chromeLength && /^[a-z][a-z ]{0,30}:? \d{1,2}:\d{2}:\d{2}(?:[, ]|$)/i.test(rest)
}

/** Fewest words in a title-case headline that ends in a full stop. */
const titleCaseWords = 7

/**
 * Whether a line is a headline in title case that ends in a full stop
 * (`Harbour Authority Opens New Ferry Terminal in Northport.`): without
 * the stop it reads as a headline, and it has at least
 * {@link titleCaseWords} words, each word of four letters or more
 * capitalised. Sentences of a lead are not written so.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isTitleCaseSentence(content: string): boolean {
  if (content.length > maxTitleCaseLength || content.charCodeAt(content.length - 1) !== 46 /* . */) return false
  const words = content.split(' ')
  if (words.length < titleCaseWords) return false
  for (const word of words) {
    const first = word.charAt(0)
    if (word.length >= 4 && first === first.toLowerCase() && first !== first.toUpperCase()) return false
  }

  const headline = content.slice(0, -1)
  return !endsSentence(headline) && isHeadline(headline)
}

/** Most characters in a title-case headline that ends in a full stop. */
const maxTitleCaseLength = 160

/**
 * Whether a block of four lines is a header: the headline, its deck and
 * two short lines (a dateline broken over lines, `Acme Wire` / `OSLO`),
 * none of them ending a sentence, the second starting with a capital. A
 * paragraph broken over lines ends a sentence on its last line, and its
 * second line mostly starts in lower case.
 *
 * @param state
 *   Parse state.
 * @param lines
 *   The block's lines.
 * @returns
 *   Whether it is.
 */
function isHeadBlock(state: State, lines: Block['lines']): boolean {
  for (const line of lines) {
    if (line.contentEnd - line.contentStart > maxLength || endsSentence(state.value.slice(line.contentStart, line.contentEnd))) return false
  }

  const second = state.value.charAt(lines[1]!.contentStart)
  return second !== second.toLowerCase()
}

/** Most characters in a line of a four-line header block. */
const maxLength = 300

/** Most words in each line of a headline broken over two lines. */
const brokenHeadlineWords = 8

/**
 * Whether two lines are one headline broken in two: each of two to
 * {@link brokenHeadlineWords} words in title case (every word of four or
 * more letters capitalised), the first not ending a sentence
 * (`Harbour Workers` / `Strike Over Pay`). A deck under a headline is a
 * sentence, not title case.
 *
 * @param first
 *   The first line.
 * @param second
 *   The second line.
 * @returns
 *   Whether they are.
 */
function isBrokenHeadline(first: string, second: string): boolean {
  if (endsSentence(first) || /[:;,]$/.test(first)) return false
  return (isTitleCase(first) && isTitleCase(second)) || isRunOn(first, second)
}

/**
 * Whether a headline in sentence case runs on over its line break: the
 * second line opens with a lower-case word and ends no sentence, and both
 * are short (`Harbour mayor can't` / `stand the city's traffic`), as
 * pages that wrap their headline at a fixed width print it. A new line of
 * its own opens with a capital.
 *
 * @param first
 *   The first line (not ending a sentence).
 * @param second
 *   The second line.
 * @returns
 *   Whether they are.
 */
function isRunOn(first: string, second: string): boolean {
  const start = second.charAt(0)
  if (start === start.toUpperCase() || endsSentence(second) || second.length > chromeLength || first.length > chromeLength) return false
  const words = second.split(' ').length
  return words >= 2 && words <= brokenHeadlineWords && first.split(' ').length <= brokenHeadlineWords
}

/**
 * Whether the headline is further down, in a block of its own over a stamp
 * or wire dateline, with only chrome-like lines from here to it (see
 * `chromeAhead`): then a block of short name lines at the top of the page
 * (an embassy's or ministry's letterhead, its name in several languages)
 * is no headline.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether it is.
 */
function headlineBelow(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const plan = chromeAhead(state, blocks, blockIndex, lineIndex, true)
  return plan !== undefined && plan.title && plan.block > blockIndex && blocks[plan.block]!.lines.length === 1
}

/**
 * Whether a short line is in title case (see {@link isBrokenHeadline}).
 *
 * @param line
 *   Line.
 * @returns
 *   Whether it is.
 */
function isTitleCase(line: string): boolean {
  if (line.length > chromeLength) return false
  const words = line.split(' ')
  if (words.length < 2 || words.length > brokenHeadlineWords) return false
  let capitalised = 0
  for (const word of words) {
    const first = word.charAt(0)
    const upper = first !== first.toLowerCase()
    if (upper) capitalised++
    else if (word.length >= 4) return false
  }

  return capitalised >= 2
}

/**
 * The line after a dateline alone on its line, when it is only a dash
 * (`-`, `--`, `–`, `—`): where it ends and where the body starts.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the dateline.
 * @param lineIndex
 *   Line of the dateline.
 * @returns
 *   The dash's end and the body's cursor, or `undefined`.
 */
function dashNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number): {end: number; body: Cursor} | undefined {
  const lines = blocks[blockIndex]!.lines
  const same = lineIndex + 1 < lines.length
  const next = same ? lines[lineIndex + 1] : blocks[blockIndex + 1]?.lines[0]
  if (!next) return undefined
  const content = state.value.slice(next.contentStart, next.contentEnd)
  if (!/^(?:--?|\u2013|\u2014)$/.test(content)) return undefined
  const block = same ? blockIndex : blockIndex + 1
  const line = same ? lineIndex + 1 : 0
  const after = line + 1 < blocks[block]!.lines.length ? {block, line: line + 1} : {block: block + 1, line: 0}
  const body = blocks[after.block]?.lines[after.line]
  return {
    end: next.contentEnd,
    body: {block: after.block, line: after.line, offset: body ? body.contentStart : state.value.length}
  }
}

/**
 * Whether two lines are the same headline: equal but for runs of white
 * space (a page may print its heading with two spaces where the article's
 * has one).
 *
 * @param line
 *   A line.
 * @param headline
 *   The headline.
 * @returns
 *   Whether they are.
 */
function sameHeadline(line: string, headline: string): boolean {
  if (line === headline) return true
  let a = 0
  let b = 0
  while (a < line.length && b < headline.length) {
    const x = line.charCodeAt(a)
    const y = headline.charCodeAt(b)
    if (x === 32 && y === 32) {
      while (line.charCodeAt(a + 1) === 32) a++
      while (headline.charCodeAt(b + 1) === 32) b++
    } else if (x !== y) {
      return false
    }

    a++
    b++
  }

  return a === line.length && b === headline.length
}

/**
 * Whether a line is a headline printed twice with a space between (a
 * scraped picture's or link's title run into its text): each half the
 * headline, equal but for runs of white space and the style of
 * apostrophes and quotation marks (`Port\u2019s ferry` and `Port's ferry`).
 *
 * @param line
 *   A line.
 * @param headline
 *   The headline.
 * @returns
 *   Whether it is.
 */
function isDoubledHeadline(line: string, headline: string): boolean {
  if (line.length !== headline.length * 2 + 1 || line.charCodeAt(headline.length) !== 32) return false
  const folded = foldQuotes(headline)
  return foldQuotes(line.slice(0, headline.length)) === folded && foldQuotes(line.slice(headline.length + 1)) === folded
}

/**
 * Write curly apostrophes and quotation marks straight.
 *
 * @param value
 *   Text.
 * @returns
 *   The text with `\u2018`, `\u2019` as `'` and `\u201C`, `\u201D` as `"`.
 */
function foldQuotes(value: string): string {
  return value.replaceAll(/[\u2018\u2019]/g, "'").replaceAll(/[\u201C\u201D]/g, '"')
}

/** Fewest words in a headline that `repeatedHeadlineAhead` takes. */
const repeatedWords = 3

/**
 * Look a few lines ahead, from a line that would start the body, for a
 * headline that the page prints twice (its page heading and the
 * article's), with only lines shaped like chrome before it:
 *
 * ```text
 * National
 * 0
 *
 * Ferry link to the islands agreed
 *
 * Ferry link to the islands agreed
 * ```
 *
 * Between the two copies may stand anything the header holds (a stamp, a
 * section tag, a deck); the look reads {@link aheadLines} lines.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line (may be past the end of its block).
 * @returns
 *   The headline's place, as a plan with `title`, or `undefined`.
 */
function repeatedHeadlineAhead(state: State, blocks: Block[], blockIndex: number, lineIndex: number): Plan | undefined {
  const value = state.value
  let block = blockIndex
  let line = lineIndex
  let headline: Plan | undefined
  let headlineText = ''

  for (let seen = 0; block < blocks.length && seen < aheadLines; ) {
    const lines = blocks[block]!.lines
    if (line >= lines.length) {
      block++
      line = 0
      continue
    }

    const current = lines[line]!
    const content = value.slice(current.contentStart, current.contentEnd)
    if (headline) {
      if (sameHeadline(content, headlineText)) return headline
    } else if (isHeadline(content) && content.split(' ', repeatedWords).length === repeatedWords) {
      headline = {block, line, title: true}
      headlineText = content
    } else if (!isChromeLine(content) && !isEmptyLabel(content)) {
      return undefined
    }

    seen++
    line++
  }

  return undefined
}

/**
 * Whether the line after the given one (in the same block or the next) is
 * the title again.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @param titleText
 *   The title.
 * @returns
 *   Whether it is.
 */
function titleNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number, titleText: string): boolean {
  const lines = blocks[blockIndex]!.lines
  const next = lineIndex + 1 < lines.length ? lines[lineIndex + 1] : blocks[blockIndex + 1]?.lines[0]
  return next !== undefined && sameHeadline(state.value.slice(next.contentStart, next.contentEnd), titleText)
}

/** Fewest and most blocks over a wire dateline that `wireAhead` reads as the page's. */
const wireBlocksMin = 2
const wireBlocksMax = 3

/** Most characters in each of their lines. */
const wireLineLength = 160

/**
 * Look a few blocks ahead, from a line that would start the body, for a
 * block that opens with a wire dateline naming its agency or date, with
 * {@link wireBlocksMin} to {@link wireBlocksMax} blocks of one line of at
 * most {@link wireLineLength} characters before it, none a stamp or a
 * dateline.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   The dateline's place, as a plan, or `undefined`.
 */
function wireAhead(state: State, blocks: Block[], blockIndex: number, lineIndex: number): Plan | undefined {
  if (lineIndex !== 0) return undefined
  for (let block = blockIndex; block < blocks.length && block <= blockIndex + wireBlocksMax; block++) {
    const lines = blocks[block]!.lines
    const first = lines[0]!
    if (block > blockIndex) {
      const blockEnd = Math.min(lines[lines.length - 1]!.contentEnd, first.contentStart + aheadWindow)
      const wire = recognizeWireDateline(state.value.slice(first.contentStart, blockEnd), quiet)
      if (wire) {
        const dated = wire.agency !== undefined || wire.date !== undefined
        return dated && block - blockIndex >= wireBlocksMin ? {block, line: 0, title: false} : undefined
      }

      // A stamp on the way is the header's own: the lines are read one by
      // one.
      if (recognizeStamp(state.value.slice(first.contentStart, first.contentEnd), quiet)) return undefined
    }

    if (lines.length > 1 || first.contentEnd - first.contentStart > wireLineLength) return undefined
  }

  return undefined
}

/**
 * Whether the line after the given one is a wire dateline.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether it is.
 */
function wireNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const same = lineIndex + 1 < blocks[blockIndex]!.lines.length
  const lines = same ? blocks[blockIndex]!.lines : blocks[blockIndex + 1]?.lines
  const next = same ? lines![lineIndex + 1] : lines?.[0]
  if (!lines || !next) return false
  const blockEnd = Math.min(lines[lines.length - 1]!.contentEnd, next.contentStart + aheadWindow)
  return recognizeWireDateline(state.value.slice(next.contentStart, blockEnd), quiet) !== undefined
}

/**
 * Whether the line after the given one is a headline that stands alone:
 * it ends its block, and a block follows (as a title does).
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether it is.
 */
function headlineAloneNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const same = lineIndex + 1 < blocks[blockIndex]!.lines.length
  const block = same ? blockIndex : blockIndex + 1
  const lines = blocks[block]?.lines
  const line = same ? lineIndex + 1 : 0
  if (!lines || line !== lines.length - 1 || block + 1 >= blocks.length) return false
  const next = lines[line]!
  const content = state.value.slice(next.contentStart, next.contentEnd)
  return isHeadline(content)
}

/**
 * The value of a `Time:` line (`Time: 09:15:02`, `Time : 9.15 am`), or
 * `undefined` for any other line.
 *
 * @param content
 *   Line content.
 * @returns
 *   The words after the label.
 */
function timeValue(content: string): string | undefined {
  if (content.length > chromeLength || !/^time ?:/i.test(content)) return undefined
  return content.slice(content.indexOf(':') + 1).trim()
}

/**
 * Give the stamp on the line above a `Time:` line that line's time: when
 * the last header node is a stamp (a `published` or `updated` dateline)
 * with a date and no time, and the stamp recogniser reads the stamp's
 * words with the time after them as one stamp of the same date. The
 * stamp then spans both lines.
 *
 * @param state
 *   Parse state.
 * @param children
 *   The header read so far.
 * @param start
 *   Start offset of the `Time:` line.
 * @param end
 *   End offset of the line.
 * @param content
 *   Its content.
 * @returns
 *   Whether the stamp took the time.
 */
function addTime(state: State, children: HeaderContent[], start: number, end: number, content: string): boolean {
  const time = timeValue(content)
  if (!time) return false
  const stamp = children[children.length - 1]
  if (stamp?.type !== 'dateline' || stamp.role === 'filed' || stamp.date === undefined || stamp.time !== undefined) return false
  const from = stamp.position!.start.offset!
  const above = stamp.position!.end.offset!
  // Only white space and one line break between the two (`\r\n` is one).
  let breaks = 0
  for (let index = above; index < start; index++) {
    const code = state.value.charCodeAt(index)
    if (code === 10 || (code === 13 && state.value.charCodeAt(index + 1) !== 10)) breaks++
    else if (code !== 13 && !isSpace(code)) return false
  }

  if (breaks !== 1) return false
  const words = state.value.slice(from, above) + ' ' + time
  const found = recognizeStamp(words, quiet)
  if (!found || found.end !== words.length || found.date !== stamp.date || found.time === undefined) return false
  copyDateFields(found, stamp)
  stamp.children = [text(state, from, end)]
  stamp.position = state.locator.position(from, end)
  return true
}

/** Most words in a blog's name that took the title (`Harbour Notes`). */
const blogNameWords = 4

/**
 * Whether a line alone in its block is a post's headline on a blog's
 * archive page: the header so far is a short title of at most
 * {@link blogNameWords} words (the blog's name) and a stamp with a date
 * and no time right under it (the day's heading), the line reads as a
 * headline, and the next block opens with a stamp (the post's own). A
 * deck under a stamp (`Talks to resume on Friday`) has a wire dateline
 * after it, not a second stamp.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the line.
 * @param children
 *   The header read so far.
 * @param titleText
 *   The title's words.
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isPostHeadline(state: State, blocks: Block[], blockIndex: number, children: HeaderContent[], titleText: string, content: string): boolean {
  const stamp = children[children.length - 1]
  const name = children[children.length - 2]
  if (
    name?.type !== 'title' ||
    children.slice(0, -2).some((child) => child.type !== 'meta') ||
    stamp?.type !== 'dateline' ||
    stamp.role !== 'published' ||
    stamp.date === undefined ||
    stamp.time !== undefined
  )
    return false
  if (titleText.split(' ').length > blogNameWords || !isHeadline(content, lastLineNegatives)) return false
  const next = blocks[blockIndex + 1]?.lines[0]
  return next !== undefined && recognizeStamp(state.value.slice(next.contentStart, next.contentEnd), quiet) !== undefined
}

/** Fewest words in a deck between the title and a stamp. */
const deckWords = 6

/**
 * Whether a line right under the title is the deck because a stamp is on
 * the next line: news sites print the headline, the standfirst and the
 * date so. The line has at least {@link deckWords} words (a site's name
 * or a section label there is page chrome) and is no line of names (the
 * byline over a stamp), and the stamp fills its line.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the line.
 * @param lineIndex
 *   The line.
 * @param content
 *   Its content.
 * @returns
 *   Whether it is.
 */
function isDeckOverStamp(state: State, blocks: Block[], blockIndex: number, lineIndex: number, content: string): boolean {
  if (content.split(' ', deckWords).length < deckWords || content.length > maxLength) return false
  const lines = blocks[blockIndex]!.lines
  const next = lineIndex + 1 < lines.length ? lines[lineIndex + 1] : blocks[blockIndex + 1]?.lines[0]
  if (!next) return false
  // The stamp fills its line: a dated heading (`May 2 at 9 a.m. - Crews
  // return`) goes on after its date.
  const stamp = recognizeStamp(state.value.slice(next.contentStart, next.contentEnd), quiet)
  if (!stamp || stamp.end < next.contentEnd - next.contentStart) return false
  const bare = recognizeByline(content, {bare: true})
  return !bare || bare.authors.length === 0
}

/** Most words in a publisher's name and in its place on a source line. */
const sourceNameWords = 6
const sourcePlaceWords = 3

/**
 * Words in brackets that end headlines, not a publisher's place: `(Video)`,
 * `(Updated)`.
 */
const headlineLabels: ReadonlySet<string> = new Set([
  'Analysis',
  'Audio',
  'Editorial',
  'Exclusive',
  'Explainer',
  'Interview',
  'Live',
  'Opinion',
  'Photo',
  'Photos',
  'Podcast',
  'Update',
  'Updated',
  'Video',
  'Videos',
  'Watch'
])

/**
 * Whether a line is a publisher's source line: a name of one to
 * {@link sourceNameWords} capitalised words and its place in brackets
 * (`Harbour Gazette (Port Ellis)`, `Fjordland Children's Fund (New
 * York)`). Short joining words in lower case may stand inside either (`of`,
 * `es`). Aggregators that carry many publishers' stories print it between
 * the date and the headline.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isSourceLine(content: string): boolean {
  if (content.length > chromeLength || content.charCodeAt(content.length - 1) !== 41 /* ) */) return false
  const open = content.lastIndexOf(' (')
  if (open <= 0) return false
  const place = content.slice(open + 2, -1).split(' ')
  if (place.length > sourcePlaceWords || headlineLabels.has(place[0]!)) return false
  return isNameWords(content.slice(0, open).split(' '), sourceNameWords) && isNameWords(place, sourcePlaceWords)
}

/**
 * Whether words make a name: the first capitalised, the others capitalised
 * or short joining words in lower case (`of`, `es`), none with digits or
 * marks other than `'`, `’`, `.` and `-`.
 *
 * @param words
 *   Words.
 * @param most
 *   Most words.
 * @returns
 *   Whether they do.
 */
function isNameWords(words: string[], most: number): boolean {
  if (words.length === 0 || words.length > most) return false
  for (const [index, word] of words.entries()) {
    if (word.length === 0) return false
    const first = word.charAt(0)
    const capital = first !== first.toLowerCase()
    if (!capital && (index === 0 || word.length > 3)) return false
    for (let at = 0; at < word.length; at++) {
      const char = word.charAt(at)
      if (char.toLowerCase() === char.toUpperCase() && !"'\u2019.-".includes(char)) return false
    }
  }

  return true
}

/**
 * Whether a block is one line that reads as a headline, with a block after
 * it.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   The block.
 * @returns
 *   Whether it is.
 */
function headlineBlockAt(state: State, blocks: Block[], blockIndex: number): boolean {
  const lines = blocks[blockIndex]?.lines
  if (lines?.length !== 1 || blockIndex + 1 >= blocks.length) return false
  return isHeadline(state.value.slice(lines[0]!.contentStart, lines[0]!.contentEnd))
}

/**
 * Whether a line is a meta line with a value (`News ID: 52729`,
 * `Category: World`), other than a labelled title. News sites print such
 * lines between the headline and the date.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it is.
 */
function isMetaLine(content: string): boolean {
  const meta = recognizeMeta(content)
  return meta !== undefined && meta.value !== '' && meta.key !== 'title'
}

/**
 * Whether a line and the rest of its block, a block of two lines or more,
 * are all shaped like page chrome ({@link isChromeLine}, none ending a
 * sentence), and the next block is one line that reads as a headline with
 * a block after it. A lead's first block is no run of such short lines.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether they are.
 */
function chromeBlockOverHeadline(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const lines = blocks[blockIndex]!.lines
  const next = blocks[blockIndex + 1]?.lines
  if (lines.length < 2 || next?.length !== 1 || blockIndex + 2 >= blocks.length) return false
  for (let index = lineIndex; index < lines.length; index++) {
    const content = state.value.slice(lines[index]!.contentStart, lines[index]!.contentEnd)
    if (!isChromeLine(content) || endsSentence(content)) return false
  }

  return isHeadline(state.value.slice(next[0]!.contentStart, next[0]!.contentEnd))
}

/**
 * Whether the line after the given one (in the same block or the next)
 * reads as a headline.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether a headline follows.
 */
function headlineNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const lines = blocks[blockIndex]!.lines
  const next = lineIndex + 1 < lines.length ? lines[lineIndex + 1] : blocks[blockIndex + 1]?.lines[0]
  return next !== undefined && isHeadline(state.value.slice(next.contentStart, next.contentEnd))
}

/**
 * Look a few lines ahead, from a line that would start the body, for a
 * stamp or a wire dateline with only page chrome before it, and, when
 * there is no title yet, the headline directly above it:
 *
 * ```text
 * Home
 * Login
 * Minister opens bridge
 * 17.01.2013 13:06
 * The minister …
 * ```
 *
 * The lines above the headline must each be shaped like chrome
 * ({@link isChromeLine}) or be meta lines (`News ID: 52729`, read as
 * meta); so must all lines before the stamp when there is a title
 * already, where the title again (or twice on one line) is chrome too. When the line above the headline is the same headline
 * (a page heading and the article's), the first copy is the title. A
 * byline, or a line that is neither chrome nor a headline, ends the look.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @param wantTitle
 *   Whether the title is still to be found.
 * @param titleText
 *   The title, when there is one.
 * @returns
 *   Where the header goes on, or `undefined`.
 */
function chromeAhead(
  state: State,
  blocks: Block[],
  blockIndex: number,
  lineIndex: number,
  wantTitle: boolean,
  titleText?: string
): Plan | undefined {
  const value = state.value
  const seen: Seen[] = []
  let block = blockIndex
  let line = lineIndex

  while (block < blocks.length && seen.length < aheadLines) {
    const lines = blocks[block]!.lines
    if (line >= lines.length) {
      block++
      line = 0
      continue
    }

    const current = lines[line]!
    const content = value.slice(current.contentStart, current.contentEnd)

    if (seen.length > 0) {
      const blockEnd = Math.min(lines[lines.length - 1]!.contentEnd, current.contentStart + aheadWindow)
      if (
        recognizeStamp(content, quiet) !== undefined ||
        recognizeWireDateline(value.slice(current.contentStart, blockEnd), quiet) !== undefined
      ) {
        return planAt(seen, {block, line, title: false}, wantTitle)
      }

      // Only the line directly above the stamp may be more than chrome.
      if (!seen[seen.length - 1]!.chrome) return undefined
      const found = recognizeByline(content)
      if (found && found.authors.length > 0) return undefined
    }

    const chrome =
      isChromeLine(content) ||
      isEmptyLabel(content) ||
      isCaption(content) ||
      isMetaLine(content) ||
      (titleText !== undefined && (sameHeadline(content, titleText) || isDoubledHeadline(content, titleText)))
    if (!chrome && !(wantTitle && isHeadline(content))) return undefined
    seen.push({block, line, content, chrome, sentence: endsSentence(content)})
    line++
  }

  return undefined
}

/**
 * Decide the plan once `chromeAhead` has found the stamp or dateline.
 *
 * @param seen
 *   The lines before it, from the current one.
 * @param anchor
 *   The stamp or dateline line.
 * @param wantTitle
 *   Whether the title is still to be found.
 * @returns
 *   Where the header goes on, or `undefined`.
 */
function planAt(seen: Seen[], anchor: Plan, wantTitle: boolean): Plan | undefined {
  let last = seen.length - 1
  if (wantTitle && isHeadline(seen[last]!.content)) {
    if (last > 0 && seen[last - 1]!.content === seen[last]!.content) last--
    for (let index = 0; index < last; index++) if (!seen[index]!.chrome) return undefined
    return {block: seen[last]!.block, line: seen[last]!.line, title: true}
  }

  // Without a headline to vouch for them, sentences are body (`Talks
  // resume.` / `12.05.2023 10:00` is a short note and its stamp).
  for (const item of seen) if (!item.chrome || item.sentence) return undefined
  return anchor
}

/**
 * A title on the rest of a wire dateline's or stamp's line (`FJORDLAND,
 * May 2 - Ministers agree on ferry link`, ` date 2024-05-02 Ministers agree
 * on ferry link`), when that line ends its block and
 * another block follows; or, when the dateline ends its block, a lone
 * line in the next block (as the tree is written back). The words must
 * read as a headline (no full stop at the end) of at most
 * {@link restTitleWords} words, with a block after them: the lead is then
 * that block.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the dateline.
 * @param lineIndex
 *   Line of the dateline.
 * @param bodyStart
 *   Offset after the dateline and its separator.
 * @returns
 *   The title and where the body starts, or `undefined`.
 */
function titleAfterDateline(
  state: State,
  blocks: Block[],
  blockIndex: number,
  lineIndex: number,
  bodyStart: number
): {title: Title; body: Cursor} | undefined {
  const lines = blocks[blockIndex]!.lines
  const line = lines[lineIndex]!
  if (lineIndex !== lines.length - 1 || bodyStart > line.contentEnd) return undefined
  let start = bodyStart
  let end = line.contentEnd
  let after = blockIndex + 1
  if (start >= end) {
    const next = blocks[after]?.lines
    if (next?.length !== 1) return undefined
    start = next[0]!.contentStart
    end = next[0]!.contentEnd
    after++
  }

  const following = blocks[after]
  if (!following) return undefined
  const words = state.value.slice(start, end)
  // `isHeadingLine` also says no to a sentence that ends inside quotes
  // (`… he said: "We will respond."`), which a lead may be.
  if (!isHeadingLine(words) || !isHeadline(words) || words.split(' ').length > restTitleWords) return undefined
  return {title: titleNode(state, start, end), body: {block: after, line: 0, offset: following.lines[0]!.contentStart}}
}

/**
 * Make a page chrome node: `meta` with the key {@link CHROME_KEY} and the
 * line as its value.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Meta.
 */
function chrome(state: State, start: number, end: number): Meta {
  return {type: 'meta', key: CHROME_KEY, value: state.value.slice(start, end), position: state.locator.position(start, end)}
}

/**
 * Make a node for a line that `chromeAhead` passed over: meta when it is a
 * meta line (`Tags: …`), else page chrome.
 *
 * @param state
 *   Parse state.
 * @param content
 *   Line content.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Meta.
 */
function chromeOrMeta(state: State, content: string, start: number, end: number): Meta {
  const meta = recognizeMeta(content)
  if (!meta) return chrome(state, start, end)
  return {type: 'meta', key: meta.key, value: meta.value, position: state.locator.position(start, end)}
}

/**
 * Make the title read so far page chrome, and a line after it the title.
 *
 * @param state
 *   Parse state.
 * @param children
 *   Header nodes so far (changed).
 * @param start
 *   Start offset of the new title.
 * @param end
 *   End offset of the new title.
 */
function retitle(state: State, children: HeaderContent[], start: number, end: number): undefined {
  const index = children.findIndex((child) => child.type === 'title')
  const old = children[index]!.position!
  children[index] = chrome(state, old.start.offset!, old.end.offset!)
  children.push(titleNode(state, start, end))
}

/**
 * Make a title node.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Title.
 */
function titleNode(state: State, start: number, end: number): Title {
  return {type: 'title', children: [text(state, start, end)], position: state.locator.position(start, end)}
}

/**
 * What `readHeaderLines` knows about a line by the time it asks whether it
 * is a headline without a byline read yet: no stamp and no byline.
 */
const knownNegatives: HeadlineChecks = {noStamp: true, noByline: true}

/** The same, on the last line of a block: no wire dateline either. */
const lastLineNegatives: HeadlineChecks = {noStamp: true, noWire: true, noByline: true}

/** How many lines ahead a byline or dateline may be for the lines before it to be the deck. */
const deckLines = 8

/**
 * Whether a byline or a wire dateline follows within a few lines, so that
 * the lines up to it still belong to the header.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether one follows.
 */
function bylineAhead(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  let seen = 0
  let line = lineIndex + 1
  for (let index = blockIndex; index < blocks.length && seen < deckLines; index++) {
    const lines = blocks[index]!.lines
    for (; line < lines.length && seen < deckLines; line++) {
      seen++
      const current = lines[line]!
      const content = state.value.slice(current.contentStart, current.contentEnd)
      const blockEnd = lines[lines.length - 1]!.contentEnd
      const context = contextAt(state, current.contentStart)
      if (recognizeWireDateline(state.value.slice(current.contentStart, blockEnd), context)) return true
      const found = recognizeByline(content)
      if (found && found.authors.length > 0) return true
      if (endsSentence(content)) return false
    }

    line = 0
  }

  return false
}

/**
 * Whether the line after the given one (in the same block or the next) is a
 * stamp.
 *
 * @param state
 *   Parse state.
 * @param blocks
 *   Blocks.
 * @param blockIndex
 *   Block of the current line.
 * @param lineIndex
 *   The current line.
 * @returns
 *   Whether a stamp follows.
 */
function stampNext(state: State, blocks: Block[], blockIndex: number, lineIndex: number): boolean {
  const lines = blocks[blockIndex]!.lines
  const next = lineIndex + 1 < lines.length ? lines[lineIndex + 1] : blocks[blockIndex + 1]?.lines[0]
  if (!next) return false
  const content = state.value.slice(next.contentStart, next.contentEnd)
  return recognizeStamp(content, contextAt(state, next.contentStart)) !== undefined
}

/**
 * Whether a line names only an outlet or a role (`Associated Press`,
 * `Staff Reporter`): one to four capitalised words, no digits, no
 * punctuation but `&`, `.` and `-`.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether it reads as an affiliation.
 */
function isAffiliation(content: string): boolean {
  const words = content.split(' ')
  if (words.length > 4 || content.length > 40) return false
  for (const word of words) {
    const first = word.charCodeAt(0)
    if (!(first >= 65 && first <= 90) && word !== '&') return false
    for (let index = 1; index < word.length; index++) {
      const code = word.charCodeAt(index)
      const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      if (!letter && code !== 46 && code !== 45 && code !== 38) return false
    }
  }

  return true
}

/**
 * Whether a line is the last of its block and sits right under a stamp
 * alone on the line above (`12 May 2024, 09:15` / `Ferry link agreed`):
 * pages that print the date over the headline, with no blank line between
 * them, give the headline a block of its own but for the stamp, so it
 * stands alone as a title does. An issuer's street address between them
 * (`12 May 2024, 09:15` / `10 Harbour Street` / `Ferry link agreed`), as
 * government offices named by their address print it, read as chrome,
 * does not count.
 *
 * @param lines
 *   The block's lines.
 * @param lineIndex
 *   The line.
 * @param children
 *   The header read so far.
 * @returns
 *   Whether it does.
 */
function underStamp(lines: Block['lines'], lineIndex: number, children: HeaderContent[]): boolean {
  if (lineIndex === 0 || lineIndex !== lines.length - 1) return false
  let previous = children[children.length - 1]
  let above = lines[lineIndex - 1]!
  if (
    lineIndex === 2 &&
    previous?.type === 'meta' &&
    previous.key === CHROME_KEY &&
    previous.position!.start.offset === above.contentStart
  ) {
    previous = children[children.length - 2]
    above = lines[0]!
  }

  return (
    previous?.type === 'dateline' &&
    previous.role !== 'filed' &&
    previous.position!.start.offset === above.contentStart &&
    previous.position!.end.offset === above.contentEnd
  )
}

/**
 * Whether a line ends like a sentence.
 *
 * @param content
 *   Line content.
 * @returns
 *   Whether its last character is a terminal mark.
 */
function endsSentence(content: string): boolean {
  const last = content.charCodeAt(content.length - 1)
  return last === 46 || last === 33 || last === 63
}

/**
 * Make a dateline node.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param role
 *   Role.
 * @param fields
 *   Recognised fields.
 * @returns
 *   Dateline.
 */
function dateline(
  state: State,
  start: number,
  end: number,
  role: DatelineRole,
  fields: DateFields & {place?: string | undefined; agency?: string | undefined}
): Dateline {
  const node: Dateline = {type: 'dateline', role, children: []}
  if (fields.place !== undefined) node.place = fields.place
  if (fields.agency !== undefined) node.agency = fields.agency
  copyDateFields(fields, node)
  node.children.push(text(state, start, end))
  node.position = state.locator.position(start, end)
  return node
}

/**
 * Make a byline node.
 *
 * @param state
 *   Parse state.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param authors
 *   Names.
 * @returns
 *   Byline.
 */
function bylineNode(state: State, start: number, end: number, authors: string[]): Byline {
  return {
    type: 'byline',
    authors,
    children: [text(state, start, end)],
    position: state.locator.position(start, end)
  }
}
