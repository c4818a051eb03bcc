// The public API: `parse`, the unified plugins, `toString`, and the types.
export {parse, type ParseOptions} from './lib/parse.js'
export {newsastParse} from './lib/plugin-parse.js'
export {toString} from './lib/to-string.js'
export {detectFormat} from './lib/detect-format.js'
export type * from './lib/types.js'
export {assert, isRoot, InvalidTreeError} from './lib/assert.js'
export {toFixture, type FixtureOptions} from './lib/fixture.js'
