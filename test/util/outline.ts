// Test helpers: short outlines of a parsed tree (header lines, body blocks,
// credits, source names), so that tests can compare whole parts of a tree
// as plain arrays.
import {parse, toString} from '../../src/index.js'
import type {Credit, Header, Root, Source, SourceKind} from '../../src/index.js'

/**
 * The header of a tree as `[type, text]` pairs (meta as `key=value`).
 *
 * @param tree
 *   Tree.
 * @returns
 *   Outline.
 */
export function headerOutline(tree: Root): Array<[string, string]> {
  const node = tree.children.find((child): child is Header => child.type === 'header')
  if (!node) return []
  return node.children.map((child) => [child.type, child.type === 'meta' ? child.key + '=' + child.value : toString(child)])
}

/**
 * Parse as plain text and outline the header.
 *
 * @param value
 *   Document.
 * @returns
 *   Outline.
 */
export function textHeader(value: string): Array<[string, string]> {
  return headerOutline(parse(value, {format: 'text'}))
}

/**
 * The texts of the body's flow blocks and headings, as `type: text`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Texts, with their type.
 */
export function bodyBlocks(tree: Root): string[] {
  const result: string[] = []
  for (const node of tree.children) {
    if (node.type !== 'section') continue
    for (const child of node.children) result.push(child.type + ': ' + toString(child))
  }

  return result
}

/**
 * The body's flow blocks as strings: a heading as `## text`, any other
 * block as `type: text`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   One string per section child.
 */
export function sectionOutline(tree: Root): string[] {
  const found: string[] = []
  for (const child of tree.children) {
    if (child.type !== 'section') continue
    for (const block of child.children) found.push(block.type === 'heading' ? `## ${toString(block)}` : `${block.type}: ${toString(block)}`)
  }

  return found
}

/**
 * The footer's credits as `[role, text]`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Credits.
 */
export function footerCredits(tree: Root): Array<[Credit['role'], string]> {
  const footer = tree.children.find((node) => node.type === 'footer')
  return footer && footer.type === 'footer' ? footer.children.map((credit) => [credit.role, toString(credit)]) : []
}

/**
 * The names of the tree's sources.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Names.
 */
export function sourceNames(tree: Root): string[] {
  const node = tree.children.find((child) => child.type === 'sources')
  return node && node.type === 'sources' ? node.children.map((source) => source.name) : []
}

/**
 * The tree's source nodes.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Sources.
 */
export function sourceNodes(tree: Root): Source[] {
  const last = tree.children[tree.children.length - 1]
  return last?.type === 'sources' ? last.children : []
}

/**
 * The sources of an article whose body is `body` (under a title), as
 * `[name, kind, cues]`.
 *
 * @param body
 *   Body text.
 * @returns
 *   Sources.
 */
export function sourcesOf(body: string): Array<[string, SourceKind, string[]]> {
  return sourceNodes(parse('Harbour talks\n\n' + body)).map((source) => [source.name, source.kind, source.cues])
}

/** An article of a title and two paragraphs, for tests of what follows it. */
export const ferryLead = [
  'Ferry service resumes',
  '',
  'The ferry between Port Ellis and the islands resumed on Tuesday after a week of storms, the harbour office said in a statement.',
  '',
  'Crews checked the breakwater and the landing stages before the first crossing at dawn, and the timetable is back to normal.'
].join('\n')
