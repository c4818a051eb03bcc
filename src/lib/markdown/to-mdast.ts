/**
 * Markdown to mdast, set up once: micromark's tokenizer with one shared
 * parse context, and a compiler from its events to mdast whose handler
 * tables are built once, at load.
 *
 * remark-parse (through mdast-util-from-markdown) builds a new compiler for
 * every document: about a hundred handler closures, their tables, and the
 * combined micromark constructs. On articles of a few kilobytes that set-up
 * cost about a quarter of its time. The tree made here is the one
 * mdast-util-from-markdown 2 makes for CommonMark without extensions, node
 * for node and position for position; `test/to-mdast.test.ts` compares the
 * two on fixtures and on generated Markdown.
 *
 * The compiler follows mdast-util-from-markdown, rewritten around one
 * state object per document; its licence is below.
 *
 * @module
 */

/*! The compiler in this file is adapted from mdast-util-from-markdown:

(The MIT License)

Copyright (c) Titus Wormer <tituswormer@gmail.com>

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
'Software'), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/

import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse, postprocess, preprocess} from 'micromark'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {decodeString} from 'micromark-util-decode-string'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import type {Event, Point as MicromarkPoint, ParseContext, Token, TokenizeContext} from 'micromark-util-types'

/** A unist point. */
interface Point {
  line: number
  column: number
  offset: number
}

/**
 * An mdast node while it is built: fields are added and removed as its
 * tokens close (a link becomes a `linkReference`, say), so it is typed
 * loosely here and handed out as mdast.
 */
interface Node {
  type: string
  children?: Node[]
  value?: string
  position: {start: Point; end: Point | undefined} | undefined
  [key: string]: unknown
}

/** A token, with the list fields that `prepareList` adds. */
interface ListToken extends Token {
  _spread?: boolean
}

/** State of one document's compilation. */
interface State {
  /** Open nodes, the root first. */
  stack: Node[]
  /** Tokens of the open nodes, in order. */
  tokenStack: Token[]
  /** Tokenizer of the current event (it serialises the event's token). */
  tokenizer: TokenizeContext | undefined
  /** An ordered list is open and its first item's number is still to come. */
  expectingFirstListItemValue: boolean
  /** Inside fenced code, after its opening fence. */
  flowCodeInside: boolean
  /** The line ending after a setext heading's text belongs to the heading. */
  setextHeadingSlurpLineEnding: boolean
  /** A hard break just closed: the next line ending is part of it. */
  atHardBreak: boolean
  /** The open link or image has a label and no resource (so far). */
  inReference: boolean
  /** Kind of the open link or image reference. */
  referenceType: 'collapsed' | 'full' | undefined
  /** Kind of the open numeric character reference. */
  characterReferenceType: string | undefined
}

/** Handle one token entering or exiting. */
type Handle = (state: State, token: Token) => void

/** Parents whose line endings become text. */
const canContainEols = new Set(['emphasis', 'fragment', 'heading', 'paragraph', 'strong'])

/** Handlers of tokens that enter. */
const enterHandlers = new Map<string, Handle>([
  ['autolink', opener(link)],
  ['autolinkProtocol', onEnterData],
  ['autolinkEmail', onEnterData],
  ['atxHeading', opener(heading)],
  ['blockQuote', opener(blockQuote)],
  ['characterEscape', onEnterData],
  ['characterReference', onEnterData],
  ['codeFenced', opener(codeFlow)],
  ['codeFencedFenceInfo', buffer],
  ['codeFencedFenceMeta', buffer],
  ['codeIndented', opener(codeFlow, buffer)],
  ['codeText', opener(codeText, buffer)],
  ['codeTextData', onEnterData],
  ['data', onEnterData],
  ['codeFlowValue', onEnterData],
  ['definition', opener(definition)],
  ['definitionDestinationString', buffer],
  ['definitionLabelString', buffer],
  ['definitionTitleString', buffer],
  ['emphasis', opener(emphasis)],
  ['hardBreakEscape', opener(hardBreak)],
  ['hardBreakTrailing', opener(hardBreak)],
  ['htmlFlow', opener(html, buffer)],
  ['htmlFlowData', onEnterData],
  ['htmlText', opener(html, buffer)],
  ['htmlTextData', onEnterData],
  ['image', opener(image)],
  ['label', buffer],
  ['link', opener(link)],
  ['listItem', opener(listItem)],
  ['listItemValue', onEnterListItemValue],
  ['listOrdered', opener(list, onEnterListOrdered)],
  ['listUnordered', opener(list)],
  ['paragraph', opener(paragraph)],
  ['reference', onEnterReference],
  ['referenceString', buffer],
  ['resourceDestinationString', buffer],
  ['resourceTitleString', buffer],
  ['setextHeading', opener(heading)],
  ['strong', opener(strong)],
  ['thematicBreak', opener(thematicBreak)]
])

/** Handlers of tokens that exit. */
const exitHandlers = new Map<string, Handle>([
  ['atxHeading', closer()],
  ['atxHeadingSequence', onExitAtxHeadingSequence],
  ['autolink', closer()],
  ['autolinkEmail', onExitAutolinkEmail],
  ['autolinkProtocol', onExitAutolinkProtocol],
  ['blockQuote', closer()],
  ['characterEscapeValue', onExitData],
  ['characterReferenceMarkerHexadecimal', onExitCharacterReferenceMarker],
  ['characterReferenceMarkerNumeric', onExitCharacterReferenceMarker],
  ['characterReferenceValue', onExitCharacterReferenceValue],
  ['characterReference', onExitCharacterReference],
  ['codeFenced', closer(onExitCodeFenced)],
  ['codeFencedFence', onExitCodeFencedFence],
  ['codeFencedFenceInfo', resumeInto('lang')],
  ['codeFencedFenceMeta', resumeInto('meta')],
  ['codeFlowValue', onExitData],
  ['codeIndented', closer(onExitCodeIndented)],
  ['codeText', closer(resumeInto('value'))],
  ['codeTextData', onExitData],
  ['data', onExitData],
  ['definition', closer()],
  ['definitionDestinationString', resumeInto('url')],
  ['definitionLabelString', onExitDefinitionLabelString],
  ['definitionTitleString', resumeInto('title')],
  ['emphasis', closer()],
  ['hardBreakEscape', closer(onExitHardBreak)],
  ['hardBreakTrailing', closer(onExitHardBreak)],
  ['htmlFlow', closer(resumeInto('value'))],
  ['htmlFlowData', onExitData],
  ['htmlText', closer(resumeInto('value'))],
  ['htmlTextData', onExitData],
  ['image', closer(onExitLinkOrImage)],
  ['label', onExitLabel],
  ['labelText', onExitLabelText],
  ['lineEnding', onExitLineEnding],
  ['link', closer(onExitLinkOrImage)],
  ['listItem', closer()],
  ['listOrdered', closer()],
  ['listUnordered', closer()],
  ['paragraph', closer()],
  ['referenceString', onExitReferenceString],
  ['resourceDestinationString', resumeInto('url')],
  ['resourceTitleString', resumeInto('title')],
  ['resource', onExitResource],
  ['setextHeading', closer(onExitSetextHeading)],
  ['setextHeadingLineSequence', onExitSetextHeadingLineSequence],
  ['setextHeadingText', onExitSetextHeadingText],
  ['strong', closer()],
  ['thematicBreak', closer()]
])

/** Fields of micromark's parse context, sorted, that `parseContext` knows. */
const knownFields = 'constructs,content,defined,document,flow,lazy,string,text'

/**
 * micromark's parse context, made once: combining micromark's constructs
 * for every document costs about 5% of the Markdown path.
 */
const shared = parse()

/** Whether `shared` has only the fields `parseContext` knows how to reset. */
const reusable = canReuse(shared)

/**
 * Parse CommonMark into mdast, as `fromMarkdown(value)` from
 * mdast-util-from-markdown does.
 *
 * @param value
 *   Markdown.
 * @returns
 *   mdast tree, with positions.
 */
export function toMdast(value: string): Root {
  return compile(postprocess(parseContext().document().write(preprocess()(value, undefined, true))))
}

/**
 * A parse context for one document: the shared one with the two fields
 * that hold a document's state (its definitions and its lazy lines) reset,
 * or, if micromark's context has fields this module does not know, a new
 * one.
 *
 * @returns
 *   Parse context.
 */
function parseContext(): ParseContext {
  if (!reusable) return parse()
  shared.defined = []
  shared.lazy = {}
  return shared
}

/**
 * Whether a parse context has only the fields `parseContext` knows: the
 * constructs and tokenizer factories, which hold no state, and `defined`
 * and `lazy`, which it resets.
 *
 * @param context
 *   micromark parse context.
 * @returns
 *   Whether it can serve one document after another.
 */
export function canReuse(context: ParseContext): boolean {
  return Object.keys(context).sort().join(',') === knownFields
}

/**
 * Turn micromark events into an mdast tree.
 *
 * @param events
 *   Events of a whole document.
 * @returns
 *   mdast tree.
 */
function compile(events: Event[]): Root {
  const tree: Node = {type: 'root', children: [], position: undefined}
  const state: State = {
    stack: [tree],
    tokenStack: [],
    tokenizer: undefined,
    expectingFirstListItemValue: false,
    flowCodeInside: false,
    setextHeadingSlurpLineEnding: false,
    atHardBreak: false,
    inReference: false,
    referenceType: undefined,
    characterReferenceType: undefined
  }
  const prepared: Event[] = []
  const listStack: number[] = []

  // Add `listItem` tokens and infer spread. Each list is prepared while it
  // is last in `prepared`, so nothing shifts.
  for (const event of events) {
    prepared.push(event)
    if (event[1].type === 'listOrdered' || event[1].type === 'listUnordered') {
      if (event[0] === 'enter') listStack.push(prepared.length - 1)
      else prepareList(prepared, listStack.pop()!)
    }
  }

  for (const event of prepared) {
    const handle = (event[0] === 'enter' ? enterHandlers : exitHandlers).get(event[1].type)
    if (handle !== undefined) {
      state.tokenizer = event[2]
      handle(state, event[1])
    }
  }

  if (state.tokenStack.length > 0) {
    const open = state.tokenStack[state.tokenStack.length - 1]!
    throw new Error('Cannot close document, a token (`' + open.type + '`, ' + place(open) + ') is still open')
  }

  const origin = {line: 1, column: 1, offset: 0}
  tree.position = {
    start: point(prepared.length > 0 ? prepared[0]![1].start : origin),
    end: point(prepared.length > 0 ? prepared[prepared.length - 2]![1].end : origin)
  }
  return tree as unknown as Root
}

/**
 * Add `listItem` enter and exit events to the list that ends `events`, and
 * mark which items and lists are spread (hold a blank line between their
 * children).
 *
 * @param events
 *   Events, ending with the list to prepare.
 * @param start
 *   Index of the list's enter event.
 */
function prepareList(events: Event[], start: number): void {
  const end = events.length - 1
  let index = start - 1
  let containerBalance = -1
  let listSpread = false
  let item: ListToken | undefined
  let lineIndex: number | undefined
  let firstBlankLineIndex: number | undefined
  let atMarker: boolean | undefined
  const insertions: Array<{at: number; event: Event}> = []

  while (++index <= end) {
    const event = events[index]!
    switch (event[1].type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote': {
        containerBalance += event[0] === 'enter' ? 1 : -1
        atMarker = undefined
        break
      }

      case 'lineEndingBlank': {
        if (event[0] === 'enter') {
          if (item && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index
          atMarker = undefined
        }

        break
      }

      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace': {
        break
      }

      default: {
        atMarker = undefined
      }
    }

    if (
      (!containerBalance && event[0] === 'enter' && event[1].type === 'listItemPrefix') ||
      (containerBalance === -1 &&
        event[0] === 'exit' &&
        (event[1].type === 'listUnordered' || event[1].type === 'listOrdered'))
    ) {
      if (item) {
        let tailIndex = index
        lineIndex = undefined
        while (tailIndex--) {
          const tail = events[tailIndex]!
          const type = tail[1].type
          if (type === 'lineEnding' || type === 'lineEndingBlank') {
            if (tail[0] === 'exit') continue
            if (lineIndex) {
              events[lineIndex]![1].type = 'lineEndingBlank'
              listSpread = true
            }

            tail[1].type = 'lineEnding'
            lineIndex = tailIndex
          } else if (
            type !== 'linePrefix' &&
            type !== 'blockQuotePrefix' &&
            type !== 'blockQuotePrefixWhitespace' &&
            type !== 'blockQuoteMarker' &&
            type !== 'listItemIndent'
          ) {
            break
          }
        }

        if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) item._spread = true
        item.end = {...(lineIndex ? events[lineIndex]![1].start : event[1].end)}
        insertions.push({at: lineIndex || index, event: ['exit', item, event[2]]})
      }

      if (event[1].type === 'listItemPrefix') {
        item = {
          type: 'listItem' as Token['type'],
          _spread: false,
          start: {...event[1].start},
          end: undefined as unknown as MicromarkPoint
        }
        insertions.push({at: index, event: ['enter', item, event[2]]})
        firstBlankLineIndex = undefined
        atMarker = true
      }
    }
  }

  // The list is at the end of `events`: take it off, then push it back
  // with the insertions merged in.
  const listEvents = events.splice(start)
  let insertion = 0
  for (let offset = 0; offset < listEvents.length; offset++) {
    while (insertion < insertions.length && insertions[insertion]!.at === start + offset) {
      events.push(insertions[insertion++]!.event)
    }

    events.push(listEvents[offset]!)
  }

  ;(events[start]![1] as ListToken)._spread = listSpread
}

/**
 * A handler that opens a node.
 *
 * @param create
 *   Make the node from its token.
 * @param and
 *   Handler to run after it opens.
 * @returns
 *   Handler.
 */
function opener(create: (token: Token) => Node, and?: Handle): Handle {
  return function (state, token) {
    enter(state, create(token), token)
    if (and) and(state, token)
  }
}

/**
 * A handler that closes the open node.
 *
 * @param and
 *   Handler to run before it closes.
 * @returns
 *   Handler.
 */
function closer(and?: Handle): Handle {
  return function (state, token) {
    if (and) and(state, token)
    exit(state, token)
  }
}

/**
 * A handler that closes a buffer and sets its text as a field of the node
 * under it.
 *
 * @param field
 *   Field to set.
 * @returns
 *   Handler.
 */
function resumeInto(field: string): Handle {
  return function (state) {
    const value = resume(state)
    state.stack[state.stack.length - 1]![field] = value
  }
}

/**
 * Open a node in the open parent.
 *
 * @param state
 *   Compilation state.
 * @param node
 *   Node to open.
 * @param token
 *   Its token.
 */
function enter(state: State, node: Node, token: Token): void {
  state.stack[state.stack.length - 1]!.children!.push(node)
  state.stack.push(node)
  state.tokenStack.push(token)
  node.position = {start: point(token.start), end: undefined}
}

/**
 * Close the open node.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token that closes it.
 */
function exit(state: State, token: Token): void {
  const node = state.stack.pop()!
  const open = state.tokenStack.pop()
  if (!open) throw new Error('Cannot close `' + token.type + '` (' + place(token) + '): it’s not open')
  if (open.type !== token.type) {
    throw new Error(
      'Cannot close `' +
        token.type +
        '` (' +
        place(token) +
        '): a different token (`' +
        open.type +
        '`, ' +
        place(open) +
        ') is open'
    )
  }

  node.position!.end = point(token.end)
}

/**
 * Open a buffer: a fragment that collects text for a field.
 *
 * @param state
 *   Compilation state.
 */
function buffer(state: State): void {
  state.stack.push({type: 'fragment', children: [], position: undefined})
}

/**
 * Close a buffer.
 *
 * @param state
 *   Compilation state.
 * @returns
 *   Its text.
 */
function resume(state: State): string {
  return toString(state.stack.pop() as unknown as Root)
}

/**
 * The source text of a token.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token of the current event.
 * @returns
 *   Its text.
 */
function slice(state: State, token: Token): string {
  return state.tokenizer!.sliceSerialize(token)
}

/**
 * The open node.
 *
 * @param state
 *   Compilation state.
 * @returns
 *   Node.
 */
function current(state: State): Node {
  return state.stack[state.stack.length - 1]!
}

/**
 * An ordered list opens: its first item's number gives its `start`.
 *
 * @param state
 *   Compilation state.
 */
function onEnterListOrdered(state: State): void {
  state.expectingFirstListItemValue = true
}

/**
 * An item's number: the first one is the list's `start`.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onEnterListItemValue(state: State, token: Token): void {
  if (state.expectingFirstListItemValue) {
    state.stack[state.stack.length - 2]!.start = Number.parseInt(slice(state, token), 10)
    state.expectingFirstListItemValue = false
  }
}

/**
 * A fence closes: after the opening one, buffer the code.
 *
 * @param state
 *   Compilation state.
 */
function onExitCodeFencedFence(state: State): void {
  // The closing fence.
  if (state.flowCodeInside) return
  buffer(state)
  state.flowCodeInside = true
}

/**
 * Fenced code closes: its value, without the line endings next to the fences.
 *
 * @param state
 *   Compilation state.
 */
function onExitCodeFenced(state: State): void {
  const value = resume(state)
  current(state).value = value.replace(/^(?:\r?\n|\r)|(?:\r?\n|\r)$/g, '')
  state.flowCodeInside = false
}

/**
 * Indented code closes: its value, without the last line ending.
 *
 * @param state
 *   Compilation state.
 */
function onExitCodeIndented(state: State): void {
  const value = resume(state)
  current(state).value = value.replace(/(?:\r?\n|\r)$/g, '')
}

/**
 * A definition's label closes: its `label` and `identifier`.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitDefinitionLabelString(state: State, token: Token): void {
  const label = resume(state)
  const node = current(state)
  node.label = label
  node.identifier = normalizeIdentifier(slice(state, token)).toLowerCase()
}

/**
 * An ATX heading's opening `#`s: its depth.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitAtxHeadingSequence(state: State, token: Token): void {
  const node = current(state)
  if (!node.depth) node.depth = slice(state, token).length
}

/**
 * A setext heading's text closes: the next line ending belongs to it.
 *
 * @param state
 *   Compilation state.
 */
function onExitSetextHeadingText(state: State): void {
  state.setextHeadingSlurpLineEnding = true
}

/**
 * A setext heading's underline: `=` is depth 1, `-` depth 2.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitSetextHeadingLineSequence(state: State, token: Token): void {
  current(state).depth = slice(state, token).codePointAt(0) === 61 ? 1 : 2
}

/**
 * A setext heading closes.
 *
 * @param state
 *   Compilation state.
 */
function onExitSetextHeading(state: State): void {
  state.setextHeadingSlurpLineEnding = false
}

/**
 * Open a text node, or reopen the text node that ends the open node.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onEnterData(state: State, token: Token): void {
  const siblings = current(state).children!
  let tail = siblings[siblings.length - 1]
  if (!tail || tail.type !== 'text') {
    tail = text()
    tail.position = {start: point(token.start), end: undefined}
    siblings.push(tail)
  }

  state.stack.push(tail)
}

/**
 * Add a token's text to the open text node, and close it.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitData(state: State, token: Token): void {
  const tail = state.stack.pop()!
  tail.value += slice(state, token)
  tail.position!.end = point(token.end)
}

/**
 * A line ending: part of a hard break before it, text in a phrasing parent, or nothing.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitLineEnding(state: State, token: Token): void {
  const context = current(state)
  // A line ending right after a hard break is part of the break.
  if (state.atHardBreak) {
    const tail = context.children![context.children!.length - 1]!
    tail.position!.end = point(token.end)
    state.atHardBreak = false
    return
  }

  if (!state.setextHeadingSlurpLineEnding && canContainEols.has(context.type)) {
    onEnterData(state, token)
    onExitData(state, token)
  }
}

/**
 * A hard break closes: the line ending after it is part of it.
 *
 * @param state
 *   Compilation state.
 */
function onExitHardBreak(state: State): void {
  state.atHardBreak = true
}

/**
 * Settle a link or image: a reference (it had a label and no resource) or
 * a resource.
 *
 * @param state
 *   Compilation state.
 */
function onExitLinkOrImage(state: State): void {
  const node = current(state)
  if (state.inReference) {
    node.type += 'Reference'
    node.referenceType = state.referenceType || 'shortcut'
    delete node.url
    delete node.title
  } else {
    delete node.identifier
    delete node.label
  }

  state.referenceType = undefined
}

/**
 * A label's text: kept on the link or image as `label` and `identifier`.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitLabelText(state: State, token: Token): void {
  const value = slice(state, token)
  // Kept on the link or image: it becomes a reference if no resource follows.
  const ancestor = state.stack[state.stack.length - 2]!
  ancestor.label = decodeString(value)
  ancestor.identifier = normalizeIdentifier(value).toLowerCase()
}

/**
 * A label closes: a link's children or an image's `alt`.
 *
 * @param state
 *   Compilation state.
 */
function onExitLabel(state: State): void {
  const fragment = current(state)
  const value = resume(state)
  const node = current(state)
  // A reference unless a resource follows.
  state.inReference = true
  if (node.type === 'link') node.children = fragment.children
  else node.alt = value
}

/**
 * A resource closes: the link or image is not a reference.
 *
 * @param state
 *   Compilation state.
 */
function onExitResource(state: State): void {
  state.inReference = false
}

/**
 * A reference opens (`[]` or `[label]` after a label): collapsed, until a label shows up.
 *
 * @param state
 *   Compilation state.
 */
function onEnterReference(state: State): void {
  state.referenceType = 'collapsed'
}

/**
 * A reference's label closes: the reference is full.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitReferenceString(state: State, token: Token): void {
  const label = resume(state)
  const node = current(state)
  node.label = label
  node.identifier = normalizeIdentifier(slice(state, token)).toLowerCase()
  state.referenceType = 'full'
}

/**
 * A numeric character reference's marker: decimal or hexadecimal.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitCharacterReferenceMarker(state: State, token: Token): void {
  state.characterReferenceType = token.type
}

/**
 * A character reference's value: decoded into the open text node.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitCharacterReferenceValue(state: State, token: Token): void {
  const value = slice(state, token)
  const type = state.characterReferenceType
  let decoded: string | false
  if (type) {
    decoded = decodeNumericCharacterReference(value, type === 'characterReferenceMarkerNumeric' ? 10 : 16)
    state.characterReferenceType = undefined
  } else {
    decoded = decodeNamedCharacterReference(value)
  }

  current(state).value += decoded as string
}

/**
 * A character reference closes: its text node ends.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitCharacterReference(state: State, token: Token): void {
  state.stack.pop()!.position!.end = point(token.end)
}

/**
 * A URL autolink's text: also its `url`.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitAutolinkProtocol(state: State, token: Token): void {
  onExitData(state, token)
  current(state).url = slice(state, token)
}

/**
 * An e-mail autolink's text: also its `url`, with `mailto:`.
 *
 * @param state
 *   Compilation state.
 * @param token
 *   Token.
 */
function onExitAutolinkEmail(state: State, token: Token): void {
  onExitData(state, token)
  current(state).url = 'mailto:' + slice(state, token)
}

// Node factories. Each declares `position` last, so that `enter` fills a
// field that exists and a node keeps one shape.

/** @returns A block quote. */
function blockQuote(): Node {
  return {type: 'blockquote', children: [], position: undefined}
}

/** @returns Code (fenced or indented). */
function codeFlow(): Node {
  return {type: 'code', lang: null, meta: null, value: '', position: undefined}
}

/** @returns Inline code. */
function codeText(): Node {
  return {type: 'inlineCode', value: '', position: undefined}
}

/** @returns A definition. */
function definition(): Node {
  return {type: 'definition', identifier: '', label: null, title: null, url: '', position: undefined}
}

/** @returns Emphasis. */
function emphasis(): Node {
  return {type: 'emphasis', children: [], position: undefined}
}

/** @returns A heading (its depth is set when its sequence closes). */
function heading(): Node {
  return {type: 'heading', depth: 0, children: [], position: undefined}
}

/** @returns A hard break. */
function hardBreak(): Node {
  return {type: 'break', position: undefined}
}

/** @returns HTML. */
function html(): Node {
  return {type: 'html', value: '', position: undefined}
}

/** @returns An image. */
function image(): Node {
  return {type: 'image', title: null, url: '', alt: null, position: undefined}
}

/** @returns A link. */
function link(): Node {
  return {type: 'link', title: null, url: '', children: [], position: undefined}
}

/**
 * @param token
 *   The list's token.
 * @returns
 *   A list.
 */
function list(token: Token): Node {
  return {
    type: 'list',
    ordered: token.type === 'listOrdered',
    start: null,
    spread: (token as ListToken)._spread,
    children: [],
    position: undefined
  }
}

/**
 * @param token
 *   The item's token (added by `prepareList`).
 * @returns
 *   A list item.
 */
function listItem(token: Token): Node {
  return {type: 'listItem', spread: (token as ListToken)._spread, checked: null, children: [], position: undefined}
}

/** @returns A paragraph. */
function paragraph(): Node {
  return {type: 'paragraph', children: [], position: undefined}
}

/** @returns Strong. */
function strong(): Node {
  return {type: 'strong', children: [], position: undefined}
}

/** @returns Text. */
function text(): Node {
  return {type: 'text', value: '', position: undefined}
}

/** @returns A thematic break. */
function thematicBreak(): Node {
  return {type: 'thematicBreak', position: undefined}
}

/**
 * Copy a micromark point.
 *
 * @param from
 *   Point with `_index` and `_bufferIndex` too.
 * @returns
 *   unist point.
 */
function point(from: MicromarkPoint | Point): Point {
  return {line: from.line, column: from.column, offset: from.offset}
}

/**
 * Where a token is, for an error message.
 *
 * @param token
 *   Token.
 * @returns
 *   `line:column-line:column`.
 */
function place(token: Token): string {
  return `${token.start.line}:${token.start.column}-${token.end.line}:${token.end.column}`
}
