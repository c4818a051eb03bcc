/**
 * Dictionaries of footer credits: the labels that open a credit clause and
 * the role each gives.
 *
 * @module
 */

import type {CreditRole} from '../types.js'

/**
 * Labels followed by `by` (`Reporting by`, `Editing by`), lower case, longest
 * first so that `additional reporting` wins over `reporting`.
 */
export const byLabels: ReadonlyArray<{label: string; role: CreditRole}> = [
  {label: 'with additional reporting', role: 'additional-reporting'},
  {label: 'additional reporting', role: 'additional-reporting'},
  {label: 'with reporting', role: 'reporting'},
  {label: 'additional writing', role: 'writing'},
  {label: 'additional editing', role: 'editing'},
  {label: 'reporting', role: 'reporting'},
  {label: 'reported', role: 'reporting'},
  {label: 'writing', role: 'writing'},
  {label: 'written', role: 'writing'},
  {label: 'compiled', role: 'writing'},
  {label: 'editing', role: 'editing'},
  {label: 'edited', role: 'editing'},
  {label: 'photos', role: 'photo'},
  {label: 'photo', role: 'photo'},
  {label: 'photography', role: 'photo'},
  {label: 'graphics', role: 'other'},
  {label: 'produced', role: 'other'},
  {label: 'translated', role: 'other'},
  {label: 'translation', role: 'other'},
  {label: 'translating', role: 'other'},
  {label: 'fact-checking', role: 'other'},
  {label: 'research', role: 'other'}
]

/** Labels followed by a colon (`Source: TASS`, `Photo: AP`), lower case. */
export const colonLabels: ReadonlyMap<string, CreditRole> = new Map([
  ['source', 'source'],
  ['sources', 'source'],
  // A blog's line under the article that names where the news came from
  // (`News Source: Example Wire`): a source credit as `Source:` is.
  ['news source', 'source'],
  ['photo', 'photo'],
  ['photos', 'photo'],
  ['photo credit', 'photo'],
  // Where a picture came from (`Photo source: Harbour Office`).
  ['photo source', 'photo'],
  ['image source', 'photo'],
  ['image credit', 'photo'],
  ['image', 'photo'],
  ['images', 'photo'],
  ['picture', 'photo'],
  ['фото', 'photo'],
  ['источник', 'source'],
  ['copyright', 'copyright'],
  ['media contact', 'contact'],
  ['media contacts', 'contact'],
  ['press contact', 'contact'],
  ['contact', 'contact'],
  ['contacts', 'contact'],
  ['investor contact', 'contact'],
  ['editing', 'editing'],
  ['editor', 'editing'],
  ['reporting', 'reporting'],
  ['writer', 'writing'],
  ['author', 'writing'],
  ['authors', 'writing'],
  ['original author', 'writing']
])

/** Lines that are a contact heading on their own (`Media Contact`). */
export const contactHeadings: ReadonlySet<string> = new Set([
  'contact',
  'contacts',
  'media contact',
  'media contacts',
  'press contact',
  'press contacts',
  'investor contact',
  'investor contacts',
  'media inquiries',
  'press inquiries',
  'for more information'
])

/** Wire signatures on a line of their own (`Reuter`, `-- AP`). */
export const signatures: ReadonlySet<string> = new Set([
  'reuter',
  'reuters',
  'ap',
  'afp',
  'tass',
  'xinhua',
  'dpa',
  'upi',
  'bloomberg',
  'interfax',
  'ria novosti'
])

/**
 * Lines that head a page's list of other stories (`Related news`, `Most
 * read`), lower case, without trailing punctuation: the article is over,
 * whatever follows (a list of headlines, or whole other stories). Each
 * names what follows as other news, so none opens a part of an article.
 */
export const sidebarHeads: ReadonlySet<string> = new Set([
  'related news',
  'related articles',
  'related stories',
  'related posts',
  'related content',
  'related materials',
  'related coverage',
  'relevant news',
  'similar news',
  'similar articles',
  'more news',
  'more stories',
  'more articles',
  'more on this story',
  'more on this topic',
  'other news',
  'other articles',
  'other stories',
  'latest news',
  'latest stories',
  'latest articles',
  'popular news',
  'popular articles',
  'most popular',
  'most read',
  'most viewed',
  'most commented',
  'important news',
  'top news',
  'top stories',
  'main news',
  'news feed',
  'recommended stories',
  'recommended articles',
  'recommended for you',
  'you may also like',
  'you might also like',
  'you may be interested in',
  'you might be interested in',
  "editor's picks",
  'editors’ picks',
  "editors' picks",
  'editor’s picks'
])

/**
 * Words before a sidebar head that still name other news (`All news`, `All
 * of the latest news`), lower case, longest first.
 */
export const sidebarPrefixes: readonly string[] = ['all of the ', 'all the ', 'all ']

/**
 * Sidebar heads after {@link sidebarPrefixes} that are not heads alone
 * (`All news`, `All stories`; a bare `News` is a section label).
 */
export const sidebarAfterAll: ReadonlySet<string> = new Set(['news', 'stories', 'articles', 'latest', 'headlines'])

/**
 * The first words of the line that closes a release as a wire sends it,
 * lower case: the wire's link to the release (`View source version on
 * businesswire.com: …`, `View original content: …`), or a feed's note on a
 * republished post (`The post … appeared first on …`). Whatever follows
 * (contacts, the wire's and the site's furniture) is no part of the text.
 */
export const releaseEnds: readonly string[] = [
  'view source version on ',
  'view original content',
  // A distributor's own link back (`View the original release on
  // www.example.com`), worded as the others are.
  'view the original release on ',
  '(end) '
]

/**
 * Agencies' end marks on a line of their own (`-0-`, `Enditem`, `-30-`):
 * the copy is over, whatever follows.
 */
export const endMarks: ReadonlySet<string> = new Set(['-0-', '-30-', '- 30 -', '-end-', 'enditem', 'end item', '(end)', 'end', 'ends', '-ends-', '###', '# # #', '#'])

/**
 * Lines of page chrome that may close an article, lower case, without
 * trailing punctuation (`Tags:`, `Share this article`, `Read also`, `■`):
 * the article is over only when nothing but short lines follows them, as
 * some also stand in the middle of a page (a `Read also` box between two
 * paragraphs, share buttons under the headline).
 */
export const chromeLines: ReadonlySet<string> = new Set([
  'tags',
  'tag',
  'keywords',
  'topics',
  'categories',
  'filed under',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share this page',
  'share article',
  'share the article',
  'share on social media',
  'read also',
  'also read',
  'read more',
  'see also',
  'related',
  'related topics',
  'more',
  'comments',
  'leave a comment',
  'currently reading',
  '\u25a0' /* ■ */
])

/**
 * Labels of chrome lines that may carry their values on the line (`Tags:
 * Baku, energy`).
 */
export const chromeLabels: ReadonlySet<string> = new Set(['tags', 'tag', 'keywords', 'topics', 'categories', 'filed under'])
