import {defineConfig} from 'tsup'

// Three builds: the library as ESM (dependencies stay imports), the library
// as CommonJS (the unified packages it uses are ESM only, so they are
// bundled in and `require('newsast')` works on every Node.js 20), both with
// types; and the `newsast` program (ESM only, with a shebang; its worker
// threads run `dist/cli.js` itself). The first build cleans `dist/` but
// keeps what the builds running beside it write.
const shared = {
  entry: {index: 'src/index.ts'},
  sourcemap: false,
  target: 'node20',
  splitting: false,
  shims: true
} as const

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    dts: {entry: {index: 'src/index.ts'}},
    clean: ['!cli.js', '!index.cjs', '!index.d.cts']
  },
  {
    ...shared,
    format: ['cjs'],
    dts: {entry: {index: 'src/index.ts'}},
    clean: false,
    noExternal: [/.*/]
  },
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    banner: {js: '#!/usr/bin/env node'},
    clean: false,
    sourcemap: false,
    target: 'node20',
    splitting: false
  }
])
