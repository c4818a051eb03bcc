/**
 * The newsast syntax tree: node interfaces, content maps and derived unions.
 *
 * Modelled on `@types/mdast`: every node has a literal `type`, narrowed
 * `children`, and an optional `data` object. Users add node types by module
 * augmentation of the content maps.
 *
 * @module
 */

import type {
  Data as UnistData,
  Literal as UnistLiteral,
  Node as UnistNode,
  Parent as UnistParent
} from 'unist'

// ---------------------------------------------------------------------------
// Enumerations.

/**
 * What a dateline says about the article: when it was published, updated or
 * filed (a wire dateline such as `MOSCOW, February 22. /TASS/.`).
 *
 * @example
 * ```ts
 * const role: DatelineRole = 'published'
 * ```
 */
export type DatelineRole = 'published' | 'updated' | 'filed'

/**
 * What a footer credit gives credit for.
 *
 * @example
 * ```ts
 * const role: CreditRole = 'editing' // `Editing by Jane Doe`
 * ```
 */
export type CreditRole =
  | 'signature'
  | 'reporting'
  | 'writing'
  | 'editing'
  | 'additional-reporting'
  | 'source'
  | 'photo'
  | 'copyright'
  | 'contact'
  | 'other'

/**
 * What kind of thing a source is.
 *
 * @example
 * ```ts
 * const kind: SourceKind = 'outlet' // `Vestnik Kavkaza reported`
 * ```
 */
export type SourceKind =
  | 'outlet'
  | 'person'
  | 'organization'
  | 'document'
  | 'anonymous'
  | 'other'

/**
 * Heading rank: plain-text subheadings are `2`; Markdown keeps its depth.
 *
 * @example
 * ```ts
 * const depth: HeadingDepth = 2
 * ```
 */
export type HeadingDepth = 1 | 2 | 3 | 4 | 5 | 6

/**
 * Which reader made the tree.
 *
 * @example
 * ```ts
 * const format: Format = 'text'
 * ```
 */
export type Format = 'text' | 'markdown'

// ---------------------------------------------------------------------------
// Content maps.

/**
 * Nodes that can occur in {@link Root}.
 *
 * Add a node type by augmenting this map:
 *
 * @example
 * ```ts
 * declare module 'newsast' {
 *   interface RootContentMap {
 *     appendix: Appendix
 *   }
 * }
 * ```
 */
export interface RootContentMap {
  /** The article's header. */
  header: Header
  /** A section of the body. */
  section: Section
  /** Trailing credits. */
  footer: Footer
  /** The derived source list. */
  sources: Sources
}

/**
 * Nodes that can occur in {@link Header}, in document order.
 *
 * @example
 * ```ts
 * declare module 'newsast' {
 *   interface HeaderContentMap {
 *     kicker: Kicker
 *   }
 * }
 * ```
 */
export interface HeaderContentMap {
  /** A `key: value` line. */
  meta: Meta
  /** The headline. */
  title: Title
  /** The deck or standfirst. */
  subtitle: Subtitle
  /** The byline. */
  byline: Byline
  /** A stamp or wire dateline. */
  dateline: Dateline
}

/**
 * Flow content: blocks that can occur in a {@link Section}.
 *
 * @example
 * ```ts
 * declare module 'newsast' {
 *   interface FlowContentMap {
 *     table: Table
 *   }
 * }
 * ```
 */
export interface FlowContentMap {
  /** A paragraph. */
  paragraph: Paragraph
  /** A bulleted or numbered list. */
  list: List
  /** A block quote. */
  blockquote: Blockquote
}

/**
 * Nodes that can occur in a {@link Section}: a heading and flow content.
 *
 * @example
 * ```ts
 * type T = SectionContent['type'] // 'heading' | 'paragraph' | …
 * ```
 */
export interface SectionContentMap extends FlowContentMap {
  /** The section's heading. */
  heading: Heading
}

/**
 * Phrasing content: what sentences, titles, headings and quotes hold.
 *
 * @example
 * ```ts
 * declare module 'newsast' {
 *   interface PhrasingContentMap {
 *     mention: Mention
 *   }
 * }
 * ```
 */
export interface PhrasingContentMap {
  /** Plain text. */
  text: Text
  /** Quoted words. */
  quote: Quote
  /** The name of a source, where the text attributes to it. */
  attribution: Attribution
  /** A date or time. */
  time: Time
  /** A hyperlink. */
  link: Link
}

/**
 * Nodes that can occur in a {@link List}.
 *
 * @example
 * ```ts
 * type T = ListContent['type'] // 'listItem'
 * ```
 */
export interface ListContentMap {
  /** An item. */
  listItem: ListItem
}

/**
 * Nodes that can occur in a {@link Blockquote}.
 *
 * @example
 * ```ts
 * type T = BlockquoteContent['type'] // 'paragraph'
 * ```
 */
export interface BlockquoteContentMap {
  /** A paragraph. */
  paragraph: Paragraph
}

/**
 * Nodes that can occur in a {@link Paragraph} or {@link ListItem}.
 *
 * @example
 * ```ts
 * type T = ParagraphContent['type'] // 'sentence'
 * ```
 */
export interface ParagraphContentMap {
  /** A sentence. */
  sentence: Sentence
}

/**
 * Nodes that can occur in a {@link Footer}.
 *
 * @example
 * ```ts
 * type T = FooterContent['type'] // 'credit'
 * ```
 */
export interface FooterContentMap {
  /** A credit line. */
  credit: Credit
}

/**
 * Nodes that can occur in {@link Sources}.
 *
 * @example
 * ```ts
 * type T = SourcesContent['type'] // 'source'
 * ```
 */
export interface SourcesContentMap {
  /** One source. */
  source: Source
}

/**
 * Union of nodes that can occur in {@link Root}.
 *
 * @example
 * ```ts
 * const node: RootContent = {type: 'footer', children: []}
 * ```
 */
export type RootContent = RootContentMap[keyof RootContentMap]

/**
 * Union of nodes that can occur in {@link Header}.
 *
 * @example
 * ```ts
 * const node: HeaderContent = {type: 'meta', key: 'tags', value: 'Russia'}
 * ```
 */
export type HeaderContent = HeaderContentMap[keyof HeaderContentMap]

/**
 * Union of flow content.
 *
 * @example
 * ```ts
 * const node: FlowContent = {type: 'paragraph', children: []}
 * ```
 */
export type FlowContent = FlowContentMap[keyof FlowContentMap]

/**
 * Union of nodes that can occur in {@link Section}.
 *
 * @example
 * ```ts
 * const node: SectionContent = {type: 'heading', depth: 2, children: []}
 * ```
 */
export type SectionContent = SectionContentMap[keyof SectionContentMap]

/**
 * Union of phrasing content.
 *
 * @example
 * ```ts
 * const node: PhrasingContent = {type: 'text', value: 'Hi'}
 * ```
 */
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]

/**
 * Union of nodes that can occur in {@link List}.
 *
 * @example
 * ```ts
 * const node: ListContent = {type: 'listItem', children: []}
 * ```
 */
export type ListContent = ListContentMap[keyof ListContentMap]

/**
 * Union of nodes that can occur in {@link Blockquote}.
 *
 * @example
 * ```ts
 * const node: BlockquoteContent = {type: 'paragraph', children: []}
 * ```
 */
export type BlockquoteContent =
  BlockquoteContentMap[keyof BlockquoteContentMap]

/**
 * Union of nodes that can occur in {@link Paragraph} and {@link ListItem}.
 *
 * @example
 * ```ts
 * const node: ParagraphContent = {type: 'sentence', children: []}
 * ```
 */
export type ParagraphContent = ParagraphContentMap[keyof ParagraphContentMap]

/**
 * Union of nodes that can occur in {@link Footer}.
 *
 * @example
 * ```ts
 * const node: FooterContent = {type: 'credit', role: 'signature', names: [], children: []}
 * ```
 */
export type FooterContent = FooterContentMap[keyof FooterContentMap]

/**
 * Union of nodes that can occur in {@link Sources}.
 *
 * @example
 * ```ts
 * const node: SourcesContent = {type: 'source', identifier: 'tass', name: 'TASS', kind: 'outlet', cues: ['reported'], mentions: 1}
 * ```
 */
export type SourcesContent = SourcesContentMap[keyof SourcesContentMap]

// ---------------------------------------------------------------------------
// Abstract nodes.

/**
 * Info associated with newsast nodes by the ecosystem (unist `data`).
 *
 * @example
 * ```ts
 * declare module 'newsast' {
 *   interface Data {
 *     confidence?: number
 *   }
 * }
 * ```
 */
export interface Data extends UnistData {}

/**
 * Abstract newsast node: has a `type`, may have `position` and `data`.
 *
 * @example
 * ```ts
 * const node: Node = {type: 'text'}
 * ```
 */
export interface Node extends UnistNode {
  /** Info from the ecosystem. */
  data?: Data | undefined
}

/**
 * Abstract newsast node that contains other nodes.
 *
 * @example
 * ```ts
 * const node: Parent = {type: 'sentence', children: []}
 * ```
 */
export interface Parent extends Node {
  /** List of children. */
  children: Array<Exclude<Nodes, Root>>
}

/**
 * Abstract newsast node that contains a value.
 *
 * @example
 * ```ts
 * const node: Literal = {type: 'text', value: 'Hi'}
 * ```
 */
export interface Literal extends Node {
  /** Plain-text value. */
  value: string
}

// ---------------------------------------------------------------------------
// Concrete nodes.

/**
 * Info on a {@link Root}.
 *
 * @example
 * ```ts
 * const data: RootData = {format: 'text'}
 * ```
 */
export interface RootData extends Data {
  /** Which reader made the tree. */
  format?: Format | undefined
}

/**
 * The whole article.
 *
 * Can be used as the root of a tree, never as a child.
 *
 * @example
 * ```ts
 * const tree: Root = {type: 'root', children: [], data: {format: 'text'}}
 * ```
 */
export interface Root extends Parent {
  /** Node type of newsast root. */
  type: 'root'
  /** Header, sections, footer and sources, in that order. */
  children: RootContent[]
  /** Data associated with the root. */
  data?: RootData | undefined
}

/**
 * Everything before the body, in document order.
 *
 * Can be used in {@link Root}.
 *
 * @example
 * ```ts
 * const header: Header = {type: 'header', children: []}
 * ```
 */
export interface Header extends Parent {
  /** Node type of newsast header. */
  type: 'header'
  /** Meta lines, title, subtitle, byline, datelines. */
  children: HeaderContent[]
  /** Data associated with the header. */
  data?: HeaderData | undefined
}

/**
 * Info on a {@link Header}.
 *
 * @example
 * ```ts
 * const data: HeaderData = {}
 * ```
 */
export interface HeaderData extends Data {}

/**
 * A labelled line that names no time (`Tags: Russia`, `URL https://…`).
 *
 * Can be used in {@link Header}.
 *
 * @example
 * ```ts
 * const meta: Meta = {type: 'meta', key: 'tags', value: 'Russia, Azerbaijan'}
 * ```
 */
export interface Meta extends Literal {
  /** Node type of newsast meta. */
  type: 'meta'
  /** Lower-cased label (`tags`, `url`, `publisher.name`). */
  key: string
  /** The raw value. */
  value: string
  /** Data associated with the meta line. */
  data?: MetaData | undefined
}

/**
 * Info on a {@link Meta}.
 *
 * @example
 * ```ts
 * const data: MetaData = {}
 * ```
 */
export interface MetaData extends Data {}

/**
 * The headline.
 *
 * Can be used in {@link Header}.
 *
 * @example
 * ```ts
 * const title: Title = {type: 'title', children: [{type: 'text', value: 'Talks resume'}]}
 * ```
 */
export interface Title extends Parent {
  /** Node type of newsast title. */
  type: 'title'
  /** The headline's words. */
  children: PhrasingContent[]
  /** Data associated with the title. */
  data?: TitleData | undefined
}

/**
 * Info on a {@link Title}.
 *
 * @example
 * ```ts
 * const data: TitleData = {}
 * ```
 */
export interface TitleData extends Data {}

/**
 * The deck or standfirst under the headline.
 *
 * Can be used in {@link Header}.
 *
 * @example
 * ```ts
 * const subtitle: Subtitle = {type: 'subtitle', children: [{type: 'text', value: 'Both sides agree'}]}
 * ```
 */
export interface Subtitle extends Parent {
  /** Node type of newsast subtitle. */
  type: 'subtitle'
  /** The deck's words. */
  children: PhrasingContent[]
  /** Data associated with the subtitle. */
  data?: SubtitleData | undefined
}

/**
 * Info on a {@link Subtitle}.
 *
 * @example
 * ```ts
 * const data: SubtitleData = {}
 * ```
 */
export interface SubtitleData extends Data {}

/**
 * The byline: who wrote the article.
 *
 * Can be used in {@link Header}.
 *
 * @example
 * ```ts
 * const byline: Byline = {
 *   type: 'byline',
 *   authors: ['Jane Doe', 'John Roe'],
 *   children: [{type: 'text', value: 'By Jane Doe and John Roe'}]
 * }
 * ```
 */
export interface Byline extends Parent {
  /** Node type of newsast byline. */
  type: 'byline'
  /** Clean names: without `By`, without the outlet or role. */
  authors: string[]
  /** The raw words. */
  children: PhrasingContent[]
  /** Data associated with the byline. */
  data?: BylineData | undefined
}

/**
 * Info on a {@link Byline}.
 *
 * @example
 * ```ts
 * const data: BylineData = {}
 * ```
 */
export interface BylineData extends Data {}

/**
 * When (and where, and which wire) the article was filed, published or
 * updated: a stamp line (` date 2023-02-22 12:40`) or a wire dateline
 * (`MOSCOW, February 22. /TASS/.`).
 *
 * Can be used in {@link Header}.
 *
 * @example
 * ```ts
 * const dateline: Dateline = {
 *   type: 'dateline',
 *   role: 'filed',
 *   place: 'MOSCOW',
 *   agency: 'TASS',
 *   date: '--02-22',
 *   children: [{type: 'text', value: 'MOSCOW, February 22. /TASS/.'}]
 * }
 * ```
 */
export interface Dateline extends Parent {
  /** Node type of newsast dateline. */
  type: 'dateline'
  /** Whether it says when the article was published, updated or filed. */
  role: DatelineRole
  /** Place as written (`MOSCOW`, `JACKSON, Ga.`). */
  place?: string | undefined
  /** The wire (`TASS`, `Reuters`, `AP`). */
  agency?: string | undefined
  /**
   * ISO 8601 `YYYY-MM-DD`, or `--MM-DD` when the text gives no year.
   *
   * @pattern ^(?:\d{4}-|--)(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$
   */
  date?: string | undefined
  /**
   * `HH:MM` or `HH:MM:SS`, 24-hour.
   *
   * @pattern ^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$
   */
  time?: string | undefined
  /**
   * Offset from UTC (`+03:00`), only when certain.
   *
   * @pattern ^(?:\+|-)(?:[01]\d|2[0-3]):[0-5]\d$
   */
  utcOffset?: string | undefined
  /** The zone as written (`MSK`, `EST`). */
  zone?: string | undefined
  /**
   * Full ISO 8601 when date, time and offset are known
   * (`2023-02-22T12:40+03:00`).
   *
   * @pattern ^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)$
   */
  datetime?: string | undefined
  /** The raw words. */
  children: Text[]
  /** Data associated with the dateline. */
  data?: DatelineData | undefined
}

/**
 * Info on a {@link Dateline}.
 *
 * @example
 * ```ts
 * const data: DatelineData = {}
 * ```
 */
export interface DatelineData extends Data {}

/**
 * A heading and the blocks under it; the lead section has no heading.
 *
 * Can be used in {@link Root}.
 *
 * @example
 * ```ts
 * const section: Section = {type: 'section', children: []}
 * ```
 */
export interface Section extends Parent {
  /** Node type of newsast section. */
  type: 'section'
  /** An optional heading first, then flow content. */
  children: SectionContent[]
  /** Data associated with the section. */
  data?: SectionData | undefined
}

/**
 * Info on a {@link Section}.
 *
 * @example
 * ```ts
 * const data: SectionData = {}
 * ```
 */
export interface SectionData extends Data {}

/**
 * A subheading.
 *
 * Can be used in {@link Section}, as its first child.
 *
 * @example
 * ```ts
 * const heading: Heading = {type: 'heading', depth: 2, children: [{type: 'text', value: 'Background'}]}
 * ```
 */
export interface Heading extends Parent {
  /** Node type of newsast heading. */
  type: 'heading'
  /** Rank, 1 to 6; plain-text subheadings are 2. */
  depth: HeadingDepth
  /** The heading's words. */
  children: PhrasingContent[]
  /** Data associated with the heading. */
  data?: HeadingData | undefined
}

/**
 * Info on a {@link Heading}.
 *
 * @example
 * ```ts
 * const data: HeadingData = {}
 * ```
 */
export interface HeadingData extends Data {}

/**
 * A paragraph: sentences.
 *
 * Can be used in {@link Section} and {@link Blockquote}.
 *
 * @example
 * ```ts
 * const paragraph: Paragraph = {type: 'paragraph', children: []}
 * ```
 */
export interface Paragraph extends Parent {
  /** Node type of newsast paragraph. */
  type: 'paragraph'
  /** Sentences. */
  children: ParagraphContent[]
  /** Data associated with the paragraph. */
  data?: ParagraphData | undefined
}

/**
 * Info on a {@link Paragraph}.
 *
 * @example
 * ```ts
 * const data: ParagraphData = {}
 * ```
 */
export interface ParagraphData extends Data {}

/**
 * A bulleted or numbered list.
 *
 * Can be used in {@link Section}.
 *
 * @example
 * ```ts
 * const list: List = {type: 'list', ordered: false, children: []}
 * ```
 */
export interface List extends Parent {
  /** Node type of newsast list. */
  type: 'list'
  /** Whether the items are numbered. */
  ordered: boolean
  /** Items. */
  children: ListContent[]
  /** Data associated with the list. */
  data?: ListData | undefined
}

/**
 * Info on a {@link List}.
 *
 * @example
 * ```ts
 * const data: ListData = {}
 * ```
 */
export interface ListData extends Data {}

/**
 * A list item: sentences.
 *
 * Can be used in {@link List}.
 *
 * @example
 * ```ts
 * const item: ListItem = {type: 'listItem', children: []}
 * ```
 */
export interface ListItem extends Parent {
  /** Node type of newsast list item. */
  type: 'listItem'
  /** Sentences. */
  children: ParagraphContent[]
  /** Data associated with the list item. */
  data?: ListItemData | undefined
}

/**
 * Info on a {@link ListItem}.
 *
 * @example
 * ```ts
 * const data: ListItemData = {}
 * ```
 */
export interface ListItemData extends Data {}

/**
 * A block quote: quoted paragraphs set apart.
 *
 * Can be used in {@link Section}.
 *
 * @example
 * ```ts
 * const blockquote: Blockquote = {type: 'blockquote', children: []}
 * ```
 */
export interface Blockquote extends Parent {
  /** Node type of newsast block quote. */
  type: 'blockquote'
  /** Paragraphs. */
  children: BlockquoteContent[]
  /** Data associated with the block quote. */
  data?: BlockquoteData | undefined
}

/**
 * Info on a {@link Blockquote}.
 *
 * @example
 * ```ts
 * const data: BlockquoteData = {}
 * ```
 */
export interface BlockquoteData extends Data {}

/**
 * A sentence.
 *
 * Can be used in {@link Paragraph} and {@link ListItem}.
 *
 * @example
 * ```ts
 * const sentence: Sentence = {type: 'sentence', children: [{type: 'text', value: 'Talks resumed.'}]}
 * ```
 */
export interface Sentence extends Parent {
  /** Node type of newsast sentence. */
  type: 'sentence'
  /** The sentence's words. */
  children: PhrasingContent[]
  /** Data associated with the sentence. */
  data?: SentenceData | undefined
}

/**
 * Info on a {@link Sentence}.
 *
 * @example
 * ```ts
 * const data: SentenceData = {}
 * ```
 */
export interface SentenceData extends Data {}

/**
 * Plain text: on the plain-text path, exactly the slice of the input between
 * its offsets.
 *
 * Can be used in phrasing content.
 *
 * @example
 * ```ts
 * const text: Text = {type: 'text', value: 'Talks resumed.'}
 * ```
 */
export interface Text extends Literal {
  /** Node type of newsast text. */
  type: 'text'
  /** Data associated with the text. */
  data?: TextData | undefined
}

/**
 * Info on a {@link Text}.
 *
 * @example
 * ```ts
 * const data: TextData = {}
 * ```
 */
export interface TextData extends Data {}

/**
 * Quoted words; the children are the words inside the marks.
 *
 * Can be used in phrasing content.
 *
 * @example
 * ```ts
 * const quote: Quote = {type: 'quote', source: 'dmitry-peskov', children: [{type: 'text', value: 'We are ready'}]}
 * ```
 */
export interface Quote extends Parent {
  /** Node type of newsast quote. */
  type: 'quote'
  /** Identifier of the quoted {@link Source}, when the sentence says. */
  source?: string | undefined
  /** The words inside the marks. */
  children: PhrasingContent[]
  /** Data associated with the quote. */
  data?: QuoteData | undefined
}

/**
 * Info on a {@link Quote}.
 *
 * @example
 * ```ts
 * const data: QuoteData = {}
 * ```
 */
export interface QuoteData extends Data {}

/**
 * The name of a source, where the text attributes information to it.
 *
 * Can be used in phrasing content.
 *
 * @example
 * ```ts
 * const attribution: Attribution = {
 *   type: 'attribution',
 *   identifier: 'vestnik-kavkaza',
 *   cue: 'reported',
 *   children: [{type: 'text', value: 'Vestnik Kavkaza'}]
 * }
 * ```
 */
export interface Attribution extends Parent {
  /** Node type of newsast attribution. */
  type: 'attribution'
  /** Identifier of its {@link Source}. */
  identifier: string
  /** The cue: `said`, `reported`, `according to`, `told`, `citing`, … */
  cue: string
  /** The source's name as written. */
  children: Text[]
  /** Data associated with the attribution. */
  data?: AttributionData | undefined
}

/**
 * Info on an {@link Attribution}.
 *
 * @example
 * ```ts
 * const data: AttributionData = {role: 'Foreign Minister'}
 * ```
 */
export interface AttributionData extends Data {
  /** A title or role written before the name, dropped from the name. */
  role?: string | undefined
}

/**
 * A date or time in the text.
 *
 * Can be used in phrasing content.
 *
 * @example
 * ```ts
 * const time: Time = {type: 'time', date: '2022-02-22', children: [{type: 'text', value: 'February 22, 2022'}]}
 * ```
 */
export interface Time extends Parent {
  /** Node type of newsast time. */
  type: 'time'
  /**
   * ISO 8601 `YYYY-MM-DD`, or `--MM-DD` when the year is not known.
   *
   * @pattern ^(?:\d{4}-|--)(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$
   */
  date?: string | undefined
  /**
   * `HH:MM` or `HH:MM:SS`, 24-hour.
   *
   * @pattern ^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$
   */
  time?: string | undefined
  /**
   * Offset from UTC (`+03:00`), only when certain.
   *
   * @pattern ^(?:\+|-)(?:[01]\d|2[0-3]):[0-5]\d$
   */
  utcOffset?: string | undefined
  /** The zone as written (`GMT`). */
  zone?: string | undefined
  /**
   * Full ISO 8601 when date, time and offset are known.
   *
   * @pattern ^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:\d\d)$
   */
  datetime?: string | undefined
  /** The raw words. */
  children: Text[]
  /** Data associated with the time. */
  data?: TimeData | undefined
}

/**
 * Info on a {@link Time}.
 *
 * @example
 * ```ts
 * const data: TimeData = {}
 * ```
 */
export interface TimeData extends Data {}

/**
 * A hyperlink.
 *
 * Can be used in phrasing content.
 *
 * @example
 * ```ts
 * const link: Link = {type: 'link', url: 'https://example.com', children: [{type: 'text', value: 'report'}]}
 * ```
 */
export interface Link extends Parent {
  /** Node type of newsast link. */
  type: 'link'
  /** The address. */
  url: string
  /** The link's words. */
  children: PhrasingContent[]
  /** Data associated with the link. */
  data?: LinkData | undefined
}

/**
 * Info on a {@link Link}.
 *
 * @example
 * ```ts
 * const data: LinkData = {}
 * ```
 */
export interface LinkData extends Data {}

/**
 * Trailing credits.
 *
 * Can be used in {@link Root}.
 *
 * @example
 * ```ts
 * const footer: Footer = {type: 'footer', children: []}
 * ```
 */
export interface Footer extends Parent {
  /** Node type of newsast footer. */
  type: 'footer'
  /** Credit lines. */
  children: FooterContent[]
  /** Data associated with the footer. */
  data?: FooterData | undefined
}

/**
 * Info on a {@link Footer}.
 *
 * @example
 * ```ts
 * const data: FooterData = {}
 * ```
 */
export interface FooterData extends Data {}

/**
 * A credit line: `Reuter`, `Editing by Jane Doe`, `Source: TASS`, `© 2023 …`.
 *
 * Can be used in {@link Footer}.
 *
 * @example
 * ```ts
 * const credit: Credit = {
 *   type: 'credit',
 *   role: 'source',
 *   names: ['TASS'],
 *   children: [{type: 'text', value: 'Source: TASS'}]
 * }
 * ```
 */
export interface Credit extends Parent {
  /** Node type of newsast credit. */
  type: 'credit'
  /** What it credits. */
  role: CreditRole
  /** The names credited. */
  names: string[]
  /** The raw words. */
  children: PhrasingContent[]
  /** Data associated with the credit. */
  data?: CreditData | undefined
}

/**
 * Info on a {@link Credit}.
 *
 * @example
 * ```ts
 * const data: CreditData = {}
 * ```
 */
export interface CreditData extends Data {}

/**
 * The article's sources, derived from attributions and credits (no
 * position: it is generated).
 *
 * Can be used in {@link Root}, last.
 *
 * @example
 * ```ts
 * const sources: Sources = {type: 'sources', children: []}
 * ```
 */
export interface Sources extends Parent {
  /** Node type of newsast sources. */
  type: 'sources'
  /** One node per distinct source. */
  children: SourcesContent[]
  /** Data associated with the source list. */
  data?: SourcesData | undefined
}

/**
 * Info on {@link Sources}.
 *
 * @example
 * ```ts
 * const data: SourcesData = {}
 * ```
 */
export interface SourcesData extends Data {}

/**
 * One distinct source of the article's information.
 *
 * Can be used in {@link Sources}.
 *
 * @example
 * ```ts
 * const source: Source = {
 *   type: 'source',
 *   identifier: 'vestnik-kavkaza',
 *   name: 'Vestnik Kavkaza',
 *   kind: 'outlet',
 *   cues: ['reported'],
 *   mentions: 1
 * }
 * ```
 */
export interface Source extends Node {
  /** Node type of newsast source. */
  type: 'source'
  /** Lower-case slug, unique in the tree. */
  identifier: string
  /** Shortest full name used in the text. */
  name: string
  /** What kind of source it is. */
  kind: SourceKind
  /** The cues that attribute to it (`said`, `reported`), without repeats. */
  cues: string[]
  /** How many times the text attributes to it (pronouns included). */
  mentions: number
  /** Data associated with the source. */
  data?: SourceData | undefined
}

/**
 * Info on a {@link Source}.
 *
 * @example
 * ```ts
 * const data: SourceData = {aliases: ['Putin', 'Vladimir Putin']}
 * ```
 */
export interface SourceData extends Data {
  /** Other names the text uses for it. */
  aliases?: string[] | undefined
  /** Titles or roles written before the name. */
  roles?: string[] | undefined
}

// ---------------------------------------------------------------------------
// Unions of all nodes.

/**
 * Union of every newsast node, including {@link Root}.
 *
 * @example
 * ```ts
 * function kind(node: Nodes): string {
 *   return node.type
 * }
 * ```
 */
export type Nodes =
  | Root
  | RootContent
  | HeaderContent
  | SectionContent
  | ListContent
  | ParagraphContent
  | PhrasingContent
  | FooterContent
  | SourcesContent

/**
 * Union of every newsast node that has children.
 *
 * @example
 * ```ts
 * function count(node: Parents): number {
 *   return node.children.length
 * }
 * ```
 */
export type Parents = Extract<Nodes, UnistParent>

/**
 * Union of every newsast node that has a value.
 *
 * @example
 * ```ts
 * function value(node: Literals): string {
 *   return node.value
 * }
 * ```
 */
export type Literals = Extract<Nodes, UnistLiteral>
