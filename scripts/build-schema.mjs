/**
 * Generate the JSON Schema of the newsast tree from the TypeScript types.
 *
 * The node interfaces in `src/lib/types.ts` are the one source of truth: this
 * script runs `ts-json-schema-generator` on `Root` and writes
 * `dist/schema.json` (published as `newsast/schema.json`). Nothing in the
 * schema is written by hand; the script only adjusts what TypeScript cannot
 * say:
 *
 * - definitions from `@types/unist` are prefixed (`UnistNode`), as both
 *   packages export a `Node`;
 * - `data` objects stay open (`additionalProperties: true`), because the
 *   ecosystem may put anything there, while nodes stay closed;
 * - unist points get their bounds (`line`/`column` integers ≥ 1, `offset` an
 *   integer ≥ 0), and `mentions` and `depth` are integers.
 *
 * Usage: `node scripts/build-schema.mjs [output]` (default `dist/schema.json`).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createGenerator, ExposeNodeParser} from 'ts-json-schema-generator'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const output = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'schema.json'))

// `unist` and newsast both export `Node`, `Parent`, `Literal` and `Data`;
// definitions are named by type name, so prefix those from `@types/unist`.
const definitionName = ExposeNodeParser.prototype.getDefinitionName

ExposeNodeParser.prototype.getDefinitionName = function (node, context) {
  const name = definitionName.call(this, node, context)
  const file = node.getSourceFile().fileName
  return file.includes('/node_modules/@types/unist/') ? 'Unist' + name : name
}

const generator = createGenerator({
  path: path.join(root, 'src', 'lib', 'types.ts'),
  tsconfig: path.join(root, 'tsconfig.json'),
  type: 'Root',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true
})

const schema = generator.createSchema('Root')

schema.$id = 'https://unpkg.com/newsast/dist/schema.json'
schema.title = 'newsast'
schema.description =
  'A newsast syntax tree: a news article as a unist tree (generated from the TypeScript types).'

for (const [name, definition] of Object.entries(schema.definitions ?? {})) {
  if (name === 'Data' || name.endsWith('Data')) {
    definition.additionalProperties = true
  }
}

const point = schema.definitions?.UnistPoint

if (point?.properties) {
  point.properties.line = {...point.properties.line, type: 'integer', minimum: 1}
  point.properties.column = {...point.properties.column, type: 'integer', minimum: 1}
  point.properties.offset = {...point.properties.offset, type: 'integer', minimum: 0}
}

const source = schema.definitions?.Source

if (source?.properties?.mentions) {
  source.properties.mentions = {...source.properties.mentions, type: 'integer', minimum: 0}
}

await fs.mkdir(path.dirname(output), {recursive: true})
await fs.writeFile(output, JSON.stringify(schema, null, 2) + '\n')
console.log('wrote %s (%d definitions)', path.relative(process.cwd(), output), Object.keys(schema.definitions ?? {}).length)
