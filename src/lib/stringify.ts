/**
 * `stringify`: write a newsast tree back as an article, in plain text or
 * Markdown, such that parsing it again gives the same tree (positions
 * aside).
 *
 * @module
 */

import {detectFormat} from './detect-format.js'
import {recognizeByline} from './header/recognize-byline.js'
import {recognizeWireDateline} from './header/recognize-dateline.js'
import {recognizeMeta} from './header/recognize-meta.js'
import {recognizeStamp} from './header/recognize-stamp.js'
import {isHeadline} from './header/recognize-title.js'
import {readsAsMeta} from './markdown/front-matter.js'
import {opensContinuation} from './markdown/join-paragraphs.js'
import {toString} from './to-string.js'
import type {
  Blockquote,
  Byline,
  Dateline,
  Format,
  HeaderContent,
  List,
  Meta,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  SectionContent,
  Sentence
} from './types.js'

/**
 * Configuration for {@link stringify}.
 *
 * @example
 * ```ts
 * const options: StringifyOptions = {format: 'markdown'}
 * ```
 */
export interface StringifyOptions {
  /**
   * Output format: `'text'` or `'markdown'` (default: the format the tree
   * was read from, `tree.data.format`, else `'text'`). Plain text drops
   * link destinations; Markdown keeps them.
   */
  format?: Format | null | undefined
}

/**
 * Write a newsast tree as an article.
 *
 * Header nodes come first, each on its own line with a blank line between
 * (title, subtitle, byline text, the raw text of datelines, meta as
 * `key: value`); a wire dateline opens the first paragraph, as it did in
 * the input. Then the sections: headings on their own line, paragraphs as
 * their sentences, lists as `- item` / `1. item`; then the credits. Text
 * is written as the nodes say it (the raw words of datelines and bylines),
 * so that `parse(stringify(parse(x)))` equals `parse(x)` without positions.
 *
 * In Markdown, the title is a `#` heading, headings keep their depth,
 * links keep their URL, block quotes use `> `, words are escaped, and meta
 * (with the title, stamps and byline before it) go in YAML front matter;
 * Markdown that would not be detected as such starts with empty front
 * matter (`---\n---`). A linked title stays a `#` heading, a linked author
 * shares a `##` subheading with the date before it, and an empty comment
 * (`<!-- -->`) keeps apart two paragraphs that would read back as one.
 *
 * @param tree
 *   A root, or any node (written as it would be inside an article).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The article, ending in a line ending.
 * @throws {TypeError}
 *   When `options.format` is not `'text'` or `'markdown'`.
 *
 * @example
 * ```ts
 * import {parse, stringify} from 'newsast'
 *
 * const tree = parse('Rates rise\n\nBy Jane Doe\n\nThe bank raised rates.')
 * stringify(tree) // => 'Rates rise\n\nBy Jane Doe\n\nThe bank raised rates.\n'
 * stringify(tree, {format: 'markdown'}) // => '# Rates rise\n\nBy Jane Doe\n\n…'
 * ```
 */
export function stringify(tree: Nodes, options?: StringifyOptions | null): string {
  const settings = options ?? {}
  const format = settings.format ?? (tree.type === 'root' ? tree.data?.format : undefined) ?? 'text'
  if (format !== 'text' && format !== 'markdown') {
    throw new TypeError("Expected `format` to be `'text'` or `'markdown'`, not `" + String(format) + '`')
  }

  const writer = new Writer(format === 'markdown')
  const blocks = writer.root(tree.type === 'root' ? tree.children : [tree as RootContent])
  const result = blocks.length > 0 ? (format === 'markdown' ? joinMarkdown(blocks) : blocks.join('\n\n')) + '\n' : ''
  // Markdown without headings, links or front matter would be read back as
  // plain text: empty front matter marks it, and adds no nodes.
  if (format === 'markdown' && result !== '' && detectFormat(result) !== 'markdown') return '---\n---\n\n' + result
  return result
}

/**
 * Join Markdown blocks with blank lines. A block that ends with a link
 * (`)`) and one that starts in lower case or with closing punctuation are
 * kept apart by an empty comment: the reader joins such a pair into one
 * paragraph, as converters split sentences around links (see
 * `joinSplitParagraphs`).
 *
 * @param blocks
 *   Blocks.
 * @returns
 *   Document.
 */
function joinMarkdown(blocks: string[]): string {
  let result = blocks[0]!
  for (let index = 1; index < blocks.length; index++) {
    const block = blocks[index]!
    const split = result.endsWith(')') && opensContinuation(block.charCodeAt(0))
    result += (split ? '\n\n<!-- -->\n\n' : '\n\n') + block
  }

  return result
}

/**
 * Writes nodes as blocks of text.
 */
class Writer {
  /** Whether to write Markdown. */
  readonly markdown: boolean
  /** The flow node written last. */
  previous: SectionContent | undefined
  /** Whether the list being written uses the other markers. */
  alternate = false

  /**
   * Create a writer.
   *
   * @param markdown
   *   Whether to write Markdown.
   */
  constructor(markdown: boolean) {
    this.markdown = markdown
  }

  /**
   * Write root content.
   *
   * @param children
   *   Root content (or other nodes, written as blocks).
   * @returns
   *   Blocks.
   */
  root(children: Nodes[]): string[] {
    const blocks: string[] = []
    let lead: Dateline | undefined
    // Header nodes that make a lone headline-like line under them body:
    // see `joins`.
    let header: HeaderContent[] | undefined
    let first = true

    for (const child of children) {
      if (child.type === 'header') {
        const nodes = [...child.children]
        const last = nodes[nodes.length - 1]
        if (last && last.type === 'dateline' && last.role === 'filed') {
          lead = last
          nodes.pop()
        }

        const opening = children.find((node) => node.type === 'section')?.children[0]
        const join = !lead && opening?.type === 'paragraph' && joins(nodes, opening)
        const written = this.header(nodes, join)
        // Only a line of words can take the first paragraph in its block.
        if (written.length > 0 && !written[written.length - 1]!.startsWith('---\n')) header = nodes
        for (const block of written) blocks.push(block)
      } else if (child.type === 'section') {
        for (const node of child.children) {
          let block = this.flow(node)
          if (block && first && !lead && header && node.type === 'paragraph' && joins(header, node)) {
            block = blocks.pop()! + '\n' + block
          }

          // A wire dateline opens the first block on its line (in Markdown,
          // only a paragraph can share its line).
          if (block && lead && (node.type === 'paragraph' || !this.markdown)) {
            // The dateline recogniser skips a `-` after a dateline as a
            // separator: a list there uses `*`.
            if (node.type === 'list' && !node.ordered) block = '*' + block.slice(1)
            const opening = toString(lead)
            const words = node.type === 'paragraph' ? toString(node) : block
            block = this.line(opening + separator(opening, words)) + (node.type === 'paragraph' ? this.sentences(node.children, false) : block)
            lead = undefined
          }

          first = false
          if (block) blocks.push(block)
        }
      } else if (child.type === 'footer') {
        // Notes that no recogniser reads as a credit by themselves were
        // under a closing rule.
        const ruled = child.children.some((credit) => credit.role === 'other' && credit.names.length === 0)
        if (ruled) blocks.push('_____')
        for (const credit of child.children) blocks.push(this.phrasing(credit.children, true))
      } else if (child.type === 'sources' || child.type === 'source') {
        // Generated: nothing to write.
      } else if (child.type === 'root') {
        for (const block of this.root(child.children)) blocks.push(block)
      } else {
        const block = this.flow(child as SectionContent) ?? this.header([child as HeaderContent])[0]
        if (block) blocks.push(block)
      }
    }

    if (lead) blocks.push(this.line(toString(lead)))
    return blocks.filter((block) => block !== '')
  }

  /**
   * Write header nodes.
   *
   * @param nodes
   *   Header nodes (without a trailing wire dateline).
   * @param join
   *   Whether the first paragraph will be joined to the last header line.
   * @returns
   *   Blocks.
   */
  header(nodes: HeaderContent[], join = false): string[] {
    const blocks: string[] = []
    let rest = nodes

    if (this.markdown) {
      let last = nodes.length - 1
      // The first paragraph must share the last header line's block: keep
      // that line out of front matter when it reads back the same.
      if (join && last >= 0 && readsBack(nodes[last]!)) last--
      const titled = nodes.some((node) => node.type === 'title')
      // A stamp and a linked author share a heading instead (below).
      while (last >= 0) {
        if (isLinkedAuthor(nodes, last)) last -= 2
        else if (needsFrontMatter(nodes[last]!, titled)) break
        else last--
      }

      const head = nodes.slice(0, last + 1)
      const headTitled = head.some((node) => node.type === 'title')
      if (last !== -1 && head.every((node) => frontMatterEntry(node, headTitled) !== undefined)) {
        blocks.push('---\n' + head.map((node) => frontMatterEntry(node, headTitled)!).join('\n') + '\n---')
        rest = nodes.slice(last + 1)
      }
    }

    for (let index = 0; index < rest.length; index++) {
      const node = rest[index]!
      if (this.markdown && isLinkedAuthor(rest, index + 1)) {
        // Blog layouts put the date and a link to the author's page in one
        // subheading (`## May 2, 2024 [Ana Lind](https://example.com/a)`),
        // which is the only way such a byline reads back.
        const author = rest[++index] as Byline
        blocks.push('## ' + this.phrasing((node as Dateline).children, false) + ' ' + this.phrasing(author.children, false))
        continue
      }

      switch (node.type) {
        case 'meta': {
          blocks.push(this.line(node.key + ': ' + node.value))
          break
        }

        case 'title': {
          blocks.push((this.markdown ? '# ' : '') + this.phrasing(node.children, true))
          break
        }

        default: {
          blocks.push(this.phrasing(node.children, true))
        }
      }
    }

    return blocks
  }

  /**
   * Write a flow node (or heading).
   *
   * @param node
   *   Node.
   * @returns
   *   Block, or `undefined` for nodes that are not flow.
   */
  flow(node: SectionContent): string | undefined {
    const result = this.flowNode(node)
    this.previous = node
    return result
  }

  /**
   * Write a flow node (or heading), without tracking.
   *
   * @param node
   *   Node.
   * @returns
   *   Block, or `undefined` for nodes that are not flow.
   */
  flowNode(node: SectionContent): string | undefined {
    switch (node.type) {
      case 'heading': {
        return (this.markdown ? '#'.repeat(node.depth) + ' ' : '') + this.phrasing(node.children, true)
      }

      case 'paragraph': {
        return this.sentences(node.children)
      }

      case 'list': {
        // Adjacent lists stay apart in Markdown when their markers differ.
        this.alternate = this.previous?.type === 'list' && !this.alternate
        return this.list(node)
      }

      case 'blockquote': {
        return this.blockquote(node)
      }

      default: {
        return undefined
      }
    }
  }

  /**
   * Write a list, one item per line.
   *
   * @param node
   *   List.
   * @returns
   *   Block.
   */
  list(node: List): string {
    return node.children
      .map((item, index) => {
        const marker = node.ordered
          ? index + 1 + (this.markdown && this.alternate ? ') ' : '. ')
          : this.markdown && this.alternate
            ? '* '
            : '- '
        // Continuation lines are written as they are: plain text keeps
        // their indentation in the words, and Markdown continues an item's
        // paragraph lazily.
        return marker + this.sentences(item.children)
      })
      .join('\n')
  }

  /**
   * Write a block quote: `> ` before each line in Markdown, plain
   * paragraphs in text.
   *
   * @param node
   *   Block quote.
   * @returns
   *   Block.
   */
  blockquote(node: Blockquote): string {
    const paragraphs = node.children.map((child: Paragraph) => this.sentences(child.children))
    if (!this.markdown) return paragraphs.join('\n\n')
    return paragraphs.map((words) => '> ' + words.replaceAll('\n', '\n> ')).join('\n>\n')
  }

  /**
   * Write sentences, separated by a space.
   *
   * @param sentences
   *   Sentences.
   * @param start
   *   Whether they open a line (default: yes).
   * @returns
   *   Text.
   */
  sentences(sentences: Sentence[], start = true): string {
    return this.phrasing(
      sentences.flatMap((sentence, index) =>
        index === 0 ? sentence.children : [{type: 'text', value: ' '} as const, ...sentence.children]
      ),
      start
    )
  }

  /**
   * Write phrasing.
   *
   * @param nodes
   *   Phrasing.
   * @param start
   *   Whether it opens a block (Markdown escapes block markers there).
   * @returns
   *   Text.
   */
  phrasing(nodes: PhrasingContent[], start: boolean): string {
    let result = ''
    for (const node of nodes) {
      const atStart = start && result === ''
      if (node.type === 'text') {
        result += this.markdown ? escape(node.value, atStart) : node.value
      } else if (node.type === 'link' && this.markdown) {
        result += '[' + this.phrasing(node.children, false) + '](' + destination(node.url) + ')'
      } else if ('children' in node) {
        result += this.phrasing(node.children as PhrasingContent[], atStart)
      }
    }

    return result
  }

  /**
   * Write a line of raw words (escaped in Markdown).
   *
   * @param value
   *   Words.
   * @returns
   *   Text.
   */
  line(value: string): string {
    return this.markdown ? escape(value, true) : value
  }
}

/**
 * What separates a wire dateline from the words after it: ` - ` when the
 * dateline ends in a word or a bracket (`LONDON, Feb 22 (Reuters) - `),
 * else a space (its own separator is part of it: `/TASS/.`, `(AP) _`).
 *
 * The wire dateline recogniser decides: the first separator after which it
 * reads exactly the dateline, and the body right after the separator; else
 * a blank line, when it reads the dateline alone. A dateline read over two
 * lines (`CHICAGO` over a lone `—`) ends its line, as it did.
 *
 * @param dateline
 *   The dateline's raw text.
 * @param words
 *   The words of the paragraph it opens.
 * @returns
 *   Separator.
 */
function separator(dateline: string, words: string): string {
  if (dateline.includes('\n')) return '\n'
  const context = {report: () => undefined}
  for (const candidate of separators) {
    const found = recognizeWireDateline(dateline + candidate + words, context)
    if (found && found.end === dateline.length && found.bodyStart === dateline.length + candidate.length) {
      return candidate
    }
  }

  // A dateline that ends its line in the input (`… 2020QARSHI`): alone.
  const alone = recognizeWireDateline(dateline, context)
  if (alone && alone.end === dateline.length) return '\n\n'
  const last = dateline.charAt(dateline.length - 1)
  return last === ')' || last === ']' || /[\p{L}\p{N}]/u.test(last) ? ' - ' : ' '
}

/** Separators to try between a wire dateline and the words after it. */
const separators = [' ', ' - ', ' — ', ' -- ', ': ']

/**
 * Whether the first paragraph must share a block with the header line above
 * it: when, standing alone, it could read as a title or subtitle (a short
 * headline-like line), which it was not in the input. In one block, the
 * line is no longer alone and stays body.
 *
 * @param header
 *   Header nodes written.
 * @param node
 *   First paragraph.
 * @returns
 *   Whether to join.
 */
function joins(header: HeaderContent[], node: Paragraph): boolean {
  if (header.some((child) => child.type === 'byline')) return false
  const hasTitle = header.some((child) => child.type === 'title')
  const hasSubtitle = header.some((child) => child.type === 'subtitle')
  if (hasTitle && hasSubtitle) return false
  const words = toString(node)
  const newline = words.indexOf('\n')
  return isHeadline(newline === -1 ? words : words.slice(0, newline))
}

/**
 * A front matter line for a header node, or `undefined` when the node
 * cannot be written there.
 *
 * @param node
 *   Header node.
 * @param titled
 *   Whether the front matter holds a title.
 * @returns
 *   `key: value` line.
 */
function frontMatterEntry(node: HeaderContent, titled: boolean): string | undefined {
  switch (node.type) {
    case 'meta': {
      // Keys that front matter reads as other nodes stay `key: value` lines.
      if (!readsAsMeta(node.key, (node as Meta).value, titled)) return undefined
      return yamlEntry(node.key, (node as Meta).value)
    }

    case 'title': {
      // A linked title (`# [Ferry strike ends](https://example.com/a)`)
      // keeps its link as a heading.
      if (node.children.some((child) => child.type !== 'text')) return undefined
      return yamlEntry('title', toString(node))
    }

    case 'byline': {
      const words = toString(node)
      const authors = (node as Byline).authors
      if (authors.length > 1 && words === authors.join(', ')) {
        return 'authors: [' + authors.map((name) => JSON.stringify(name)).join(', ') + ']'
      }

      return yamlEntry('author', words)
    }

    case 'dateline': {
      if (node.role === 'filed' || node.place !== undefined || node.agency !== undefined) return undefined
      return yamlEntry(node.role === 'updated' ? 'updated' : 'published', toString(node))
    }

    default: {
      return undefined
    }
  }
}

/**
 * Whether the header node at `index` is a byline that is one link to the
 * author's page right after a stamp with no place: the Markdown reader
 * takes such a pair from one subheading under the title
 * (`## May 2, 2024 [Ana Lind](https://example.com/a)`), and front matter
 * would drop the link.
 *
 * @param nodes
 *   Header nodes.
 * @param index
 *   Index of the byline.
 * @returns
 *   Whether the pair shares a subheading.
 */
function isLinkedAuthor(nodes: HeaderContent[], index: number): boolean {
  const node = nodes[index]
  const previous = nodes[index - 1]
  return (
    node?.type === 'byline' &&
    node.children.length === 1 &&
    node.children[0]!.type === 'link' &&
    previous?.type === 'dateline' &&
    previous.role === 'published' &&
    previous.place === undefined &&
    previous.agency === undefined &&
    !needsFrontMatter(previous, false)
  )
}

/**
 * Whether a header node can only be written in front matter: meta (their
 * lines may read as prose in Markdown), and bylines and stamps whose words
 * alone the recognisers would not read back as the same node (they came
 * from front matter: `author: Jane Doe`, `date: 2024-03-05`).
 *
 * @param node
 *   Header node.
 * @param titled
 *   Whether the header has a title.
 * @returns
 *   Whether it needs front matter.
 */
function needsFrontMatter(node: HeaderContent, titled: boolean): boolean {
  const words = toString(node)
  if (node.type === 'meta') return readsAsMeta(node.key, node.value, titled)
  if (node.type === 'byline') {
    // A byline over its outlet line (`By Jane Doe\nAssociated Press`) is
    // read from its first line.
    const newline = words.indexOf('\n')
    const found = recognizeByline(newline === -1 ? words : words.slice(0, newline))
    return !found || found.authors.join('\n') !== node.authors.join('\n')
  }

  if (node.type === 'dateline' && node.role !== 'filed') {
    const found = recognizeStamp(words, {report: () => undefined})
    return (
      !found ||
      found.end !== words.length ||
      found.role !== node.role ||
      found.date !== node.date ||
      found.time !== node.time ||
      found.utcOffset !== node.utcOffset ||
      found.zone !== node.zone ||
      found.datetime !== node.datetime
    )
  }

  return false
}

/**
 * Whether a header node, written as a line, is read back as the same node
 * (checked for meta; other nodes need front matter only when
 * `needsFrontMatter` says so).
 *
 * @param node
 *   Header node.
 * @returns
 *   Whether its line reads back.
 */
function readsBack(node: HeaderContent): boolean {
  if (node.type !== 'meta') return !needsFrontMatter(node, false)
  const found = recognizeMeta(node.key + ': ' + node.value)
  return found !== undefined && found.key === node.key && found.value === node.value
}

/**
 * A YAML `key: value` line with both sides double-quoted (JSON strings are
 * valid YAML double-quoted scalars), so no value is read as a number, a
 * date or a structure.
 *
 * @param key
 *   Key.
 * @param value
 *   Value.
 * @returns
 *   Line.
 */
function yamlEntry(key: string, value: string): string {
  return JSON.stringify(key) + ': ' + JSON.stringify(value)
}

/**
 * Escape words for Markdown: characters that start inline constructs
 * everywhere, and block markers at the start of a line.
 *
 * @param value
 *   Words.
 * @param start
 *   Whether `value` starts a line.
 * @returns
 *   Escaped words.
 */
function escape(value: string, start: boolean): string {
  let result = ''
  let lineStart = start

  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)

    if (char === '\n' || char === '\r') {
      // White space before a line ending is only kept before a hard break
      // (`\`), which reads back as a line ending too.
      const last = result.charAt(result.length - 1)
      result += (last === ' ' || last === '\t' ? '\\' : '') + char
      lineStart = true
      continue
    }

    if (lineStart && (char === ' ' || char === '\t')) {
      result += char
      continue
    }

    if ('\\`*_[]<&!'.includes(char)) {
      result += '\\' + char
    } else if (lineStart && '#>-+=|~'.includes(char)) {
      result += '\\' + char
    } else if (lineStart && char >= '0' && char <= '9') {
      let end = index
      while (end < value.length && value.charAt(end) >= '0' && value.charAt(end) <= '9') end++
      const after = value.charAt(end)
      result += value.slice(index, end)
      if (after === '.' || after === ')') {
        result += '\\' + after
        index = end
      } else {
        index = end - 1
      }

      lineStart = false
      continue
    } else {
      result += char
    }

    lineStart = false
  }

  return result
}

/**
 * Write a link destination: as is, or in `<…>` when it has spaces or
 * parentheses.
 *
 * @param url
 *   URL.
 * @returns
 *   Destination.
 */
function destination(url: string): string {
  if (url === '' || /[\s()<>]/.test(url)) return '<' + url.replaceAll(/[<>\\]/g, (char) => '\\' + char) + '>'
  return url
}
