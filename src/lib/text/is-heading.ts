/**
 * Decide whether a line standing alone is a subheading.
 *
 * @module
 */

import {recognizeCredits} from '../sources/recognize-credit.js'

/** Longest line that can be a heading, in characters. */
const maxLength = 120

/** Most words a heading can have. */
const maxWords = 16

/**
 * Lines of page widgets that scrapes keep between and after paragraphs,
 * lower case, without trailing punctuation: buttons and links (`Print`,
 * `Learn More`, `Skip to main content`), never the head of a part of the
 * article.
 */
const widgetLines: ReadonlySet<string> = new Set([
  'advertisement',
  'advertising',
  'sponsored',
  'skip to main content',
  'skip to content',
  'skip to navigation',
  'back to top',
  'print',
  'print this article',
  'print article',
  'email',
  'share',
  'tweet',
  'learn more',
  'read more',
  'see more',
  'show more',
  'load more',
  'view more',
  'subscribe',
  'sign up',
  'log in',
  'sign in',
  // A video's or a recording's button under its player (`Watch Video`).
  'watch video',
  'play video',
  // An account's buttons over a comment form (`Log in or Register`).
  'log in or register',
  'login or register',
  'sign in or register',
  // A comment form's head, and the links between a blog's posts.
  ...pageEndLines()
])

/**
 * Lines that close the article on a page, lower case, without trailing
 * punctuation: a comment form's head (`Your Comment`, `Leave a Reply`),
 * the links between a blog's posts (`Previous Post`, `Next Post`), the
 * head of a list of other headlines (`More Headlines`). Whatever follows
 * them is the page's, not the article's. They are widget lines too.
 *
 * @returns
 *   The lines.
 */
function pageEndLines(): string[] {
  return [
    'your comment',
    'your comments',
    'leave a reply',
    'post a comment',
    'add a comment',
    'add comment',
    'write a comment',
    'leave a comment',
    'post your comment',
    // A news site's box for readers' letters under the article.
    'post your say',
    'have your say',
    'previous post',
    'next post',
    'previous article',
    'next article',
    'previous story',
    'next story',
    'older post',
    'newer post',
    'more headlines',
    // A blog's comment count over its form, and its sidebar's archive
    // (`No comments:`, `Blog Archive`).
    'no comments',
    'blog archive'
  ]
}

/** See {@link pageEndLines}. */
const pageEnds: ReadonlySet<string> = new Set(pageEndLines())

/**
 * Lines that only hold a place in a scraped article, lower case: the label
 * of an ad slot (`ADVERTISEMENT`) or a scraper's rendering of an empty
 * field (`None`, `null`). They hold none of its words.
 */
const placeholderLines: ReadonlySet<string> = new Set(['advertisement', 'advertising', 'none', 'null', 'undefined'])

/**
 * A release's line that links to its logo, picture or multimedia version,
 * in brackets (`(Logo: https://example.com/logo.jpg )`, `(To view the
 * Multimedia News Release, go to: https://example.com/mnr/1 )`): a wire
 * sets it between the paragraphs where the picture goes. It holds none of
 * the release's words. The closing bracket may be lost with the line's end.
 */
const mediaLink =
  /^\((?:(?:logo|photos?|images?|video|audio|infographic|multimedia)[\w ]{0,30}|to (?:view|watch|download|see) [\w ]{0,60}, go to): ?https?:\/\/\S+ ?\)?$/i

/** Longest line that links to a release's media, in characters. */
const mediaLinkMax = 400

/**
 * A page's reading-time label on a line of its own (`3 min`, `4 min read`,
 * `5 minutes read`, `6-minute read`): page meta, not a heading, and none of
 * the article's words.
 */
const readingTime = /^\d{1,3}[- ]?min(?:s|utes?)?\.?(?: read)?$/i

/** Longest widget line, in characters. */
const widgetMax = 24

/**
 * A browser's prompt to allow a site's push notifications (`Click it and
 * Unblock the Notifications`, `Allow notifications`): a widget.
 */
const notificationPrompt = /\b(?:unblock|allow|enable|turn on) (?:the )?(?:push )?notifications$/

/** Longest notification prompt, in characters. */
const promptMax = 60

/**
 * A page's own stamps under an article: when it was last updated or
 * changed (`Last Update on 10/07/2018`, `Last updated: 3 March 2024
 * 14:02`, `Last modified: March 3, 2004`), how often it was read (`This
 * news has been read 109 times`, `Views: 1,204`) and a blog post's comment
 * count (`3 comments:`). They close the article: the rest of the page's
 * furniture follows them.
 */
const pageStamp =
  /^(?:last (?:updated?|changed|modified)(?: on| at)? ?:? ?(?:\d[\d ./:-]{0,40}(?:[ap]\.?m\.?)?|(?:[a-z]{3,9}\.? \d{1,2},?|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?,?) \d{4}(?: \d{1,2}:\d{2}(?::\d{2})?)?)|this (?:news|article|story|post|page) has been (?:read|viewed) [\d,]{1,15} times|(?:views|hits|reads) ?: ?[\d,]{1,15}|\d{1,6} comments?)$/

/**
 * A site's cookie notice (`This website uses cookies to improve your
 * experience. … Accept`, `We use cookies on this site`): scrapes keep its
 * banner after the article, and the page's furniture goes with it.
 */
const cookieNotice = /^(?:this (?:web)?site uses|we use) cookies\b/i

/** Longest cookie notice, in characters. */
const cookieNoticeMax = 300

/**
 * A syndicator's tracking code on its own line under the article: a word
 * of capitals and at least ten digits, no spaces (`NEWSFEED24102024000231ID1108`).
 * Syndication feeds stamp each story so, over their disclaimer; it heads
 * nothing and ends the article.
 */
const trackingCode = /^\p{Lu}{2,12}\d{10,30}(?:\p{Lu}{1,4}\d{4,30}){0,3}$/u

/**
 * Links to a listing (`View all Press Releases`, `See all stories`): a
 * button, not a heading.
 */
const listingLink = /^(?:view|see|show|browse) all /

/**
 * Company forms that end a release's `About Acme Inc.` heading with a full
 * stop that ends no sentence, lower case.
 */
const companyForms: ReadonlySet<string> = new Set(['inc.', 'corp.', 'co.', 'ltd.', 'llc.', 'plc.', 'l.p.', 'n.v.', 's.a.', 'ag.', 'gmbh.'])

/**
 * A figure's or table's caption (`Figure 1: Land holdings`, `Table 2.
 * Results by region`, `Fig. 3 – The plant`): the label, a number, then a
 * colon, a full stop or a dash. It names a picture, it heads no words.
 */
const captionLabel = /^(?:fig(?:ure)?\.?|table|chart|exhibit|graph|map|diagram) ?\d{1,3}[a-z]?(?:[:.]| [-–—|])/i

/**
 * Closed-class words that end no heading, lower case: a headline that a
 * scrape broke over lines (`Woman Charged with Murder after`) ends with one.
 */
const danglingWords: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'of', 'after', 'than'])

/**
 * Connectives that open a sentence with a comma after them, lower case
 * (`Meanwhile, the army said…`): a line that opens with one is the start
 * of a sentence that a scrape broke off (`Meanwhile, the U.S. Navy's
 * Pacific` over `Fleet said on Monday…`), never a subheading.
 */
const connectives: ReadonlySet<string> = new Set([
  'meanwhile',
  'however',
  'moreover',
  'furthermore',
  'additionally',
  'earlier',
  'later',
  'separately',
  'similarly',
  'likewise',
  'nevertheless',
  'nonetheless',
  'instead',
  'therefore',
  'thus',
  'hence',
  'besides',
  'meantime',
  'also'
])

/** Longest connective in {@link connectives}, with its comma. */
const connectiveMax = 13

/** An e-mail address in a line (`Media contact – jane@example.com`). */
const emailAddress = /\S@[\w-]+\./

/** A letter or a digit: a line without one (`—`) heads nothing. */
const letterOrDigit = /[\p{L}\p{N}]/u

/** Most words of an `About Acme Inc.` heading. */
const aboutWords = 8

/**
 * Whether a line standing alone reads as a subheading rather than a
 * sentence: short, no terminal or continuing punctuation at its end, and
 * starting with a capital, a digit, a quote or a dash; and no widget of the
 * page (`Print`, `View all Press Releases`, a link `Read the report »`).
 *
 * @param content
 *   The line's content, trimmed.
 * @returns
 *   Whether it can be a heading.
 */
export function isHeadingLine(content: string): boolean {
  if (content.length === 0 || content.length > maxLength) return false
  let end = content.length - 1
  let last = content.charCodeAt(end)
  // A link's arrow after a space (`Read the full report »`); a closing
  // guillemet after a space closes a quote only when one opens
  // (`« Nous sommes prêts »`).
  if ((last === 0xbb || last === 0x203a || last === 0x2192) && content.charCodeAt(end - 1) === 32 && !content.includes('\u00ab')) {
    return false
  }

  // A sentence in quotes or brackets: `"We are ready."`, ``(…)''`.
  while (end > 0 && (last === 34 || last === 39 || last === 41 || last === 0x201d || last === 0x2019 || last === 0xbb || last === 32)) {
    end--
    last = content.charCodeAt(end)
  }

  // `.`, `!`, `?`, `:`, `;`, `,`, `…`.
  if (last === 46 && isAboutCompany(content)) return true
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 44 || last === 0x2026) {
    return false
  }

  let words = 1
  let letters = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code === 32) words++
    else if (code > 64) letters++
  }

  if (words > maxWords || letters === 0 || isWidgetLine(content) || isNoHeading(content, end)) return false
  const first = content.charAt(0)
  if (first !== first.toLowerCase()) return true
  if (first >= '0' && first <= '9') return true
  // Quotes and dashes that open a heading (`– ‘On the front line’ –`).
  return '"“‘\'«–—'.includes(first)
}

/**
 * Whether a short line without end punctuation is still no heading: a
 * caption (`Figure 1: Land holdings`), a line broken off a headline
 * (`Woman Charged with Murder after`) or off a sentence after its
 * connective (`Meanwhile, the army's`), a deck of two clauses (`Two Held;
 * Both Hotels Closed`), a dateline (`PORT ELLIS, Calif. –`) or a lone
 * dash, a contact line with an e-mail address, a picture's credit
 * (`Photo | Valley Post`), or a syndicator's tracking code (see
 * {@link trackingCode}).
 *
 * @param content
 *   The line's content, trimmed.
 * @param end
 *   Index of its last character before closing quotes and brackets.
 * @returns
 *   Whether it is none.
 */
function isNoHeading(content: string, end: number): boolean {
  const last = content.charCodeAt(end)
  const first = content.charCodeAt(0)
  // A dash at the end, unless one opens the line too (`– ‘On the front line’ –`).
  if ((last === 45 || last === 0x2013 || last === 0x2014) && first !== 45 && first !== 0x2013 && first !== 0x2014) return true
  if (!letterOrDigit.test(content) || trackingCode.test(content)) return true
  // A sentence broken off after its connective (`Meanwhile, the …`).
  const comma = content.indexOf(', ')
  if (comma > 0 && comma < connectiveMax && connectives.has(content.slice(0, comma).toLowerCase())) return true
  if (content.includes('; ') || captionLabel.test(content) || (content.includes('@') && emailAddress.test(content))) return true
  // A picture's credit (`Photo | Valley Post`, `Images: Jane Doe`), also
  // in brackets after the caption (`The new plant (Photo: Acme Corp.)`).
  if (recognizeCredits(content)?.[0]?.role === 'photo') return true
  const close = content.length - 1
  if (content.charCodeAt(close) === 41 /* ) */) {
    const open = content.lastIndexOf('(', close)
    if (open > 0 && recognizeCredits(content.slice(open + 1, close))?.[0]?.role === 'photo') return true
  }

  const space = content.lastIndexOf(' ', end)
  return space !== -1 && danglingWords.has(content.slice(space + 1, end + 1))
}

/**
 * Whether a line is a page widget (`Print`, `Learn More`, `View all Press
 * Releases`; see {@link widgetLines}), or a browser's prompt for the
 * site's notifications (see {@link notificationPrompt}), rather than words
 * of the article.
 *
 * @param content
 *   The line's content, trimmed.
 * @returns
 *   Whether it is one.
 */
export function isWidgetLine(content: string): boolean {
  const lower = content.toLowerCase()
  if (listingLink.test(lower)) return true
  if (content.length > promptMax) return false
  const words = bare(lower)
  if (words.endsWith('notifications') && notificationPrompt.test(words)) return true
  return content.length <= widgetMax && widgetLines.has(words)
}

/**
 * Whether a line closes the article on a page (see {@link pageEndLines}
 * and {@link pageStamp}): a comment form's head, a link to the next post,
 * a stamp of the page's last update or of its readers, a site's cookie
 * notice (see {@link cookieNotice}) or a syndicator's tracking code (see
 * {@link trackingCode}).
 *
 * @param content
 *   The line's content, trimmed.
 * @returns
 *   Whether it is one.
 */
export function isPageEnd(content: string): boolean {
  if (content.length <= cookieNoticeMax && cookieNotice.test(content)) return true
  if (trackingCode.test(content)) return true
  if (content.length > promptMax) return false
  const lower = bare(content.toLowerCase())
  return pageEnds.has(lower) || pageStamp.test(lower)
}

/**
 * Whether a line only holds a place (see {@link placeholderLines}): a
 * scrape keeps the label of each ad slot between the paragraphs
 * (`ADVERTISEMENT`), and a scraper may write an empty field as `None`.
 * A reading-time label (`4 min read`, see {@link readingTime}) is such a
 * line too: a page shows it under the title, a scrape can leave it
 * between the lead and the rest; so is a release's bracketed link to its
 * logo or multimedia version (see {@link mediaLink}).
 *
 * @param content
 *   The line's content, trimmed.
 * @returns
 *   Whether it is one.
 */
export function isPlaceholderLine(content: string): boolean {
  if (content.charCodeAt(0) === 40 /* ( */ && content.length <= mediaLinkMax && mediaLink.test(content)) return true
  if (content.length > widgetMax) return false
  return placeholderLines.has(bare(content.toLowerCase())) || readingTime.test(content)
}

/**
 * A release's boilerplate heading over the issuer's profile, whose name
 * ends in a company form with a full stop (`About Acme Inc.`): short,
 * `About` then a capital, the last word a form in {@link companyForms}.
 *
 * @param content
 *   The line's content, trimmed, ending with `.`.
 * @returns
 *   Whether it is one.
 */
function isAboutCompany(content: string): boolean {
  if (!content.startsWith('About ') || content.length > 60) return false
  const second = content.charAt(6)
  if (second === second.toLowerCase()) return false
  let words = 1
  for (let index = 0; index < content.length; index++) if (content.charCodeAt(index) === 32) words++
  if (words > aboutWords) return false
  return companyForms.has(content.slice(content.lastIndexOf(' ') + 1).toLowerCase())
}

/**
 * Drop trailing punctuation and marks around a widget's words (`Print:`,
 * `Learn more >`).
 *
 * @param lower
 *   Lower-cased line.
 * @returns
 *   The words.
 */
function bare(lower: string): string {
  let end = lower.length
  while (end > 0 && ' .:>|»›→'.includes(lower.charAt(end - 1))) end--
  return lower.slice(0, end)
}
