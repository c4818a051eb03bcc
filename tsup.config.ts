import {defineConfig} from 'tsup'

// Two builds: the library (ESM and CommonJS, with types), and the `newsast`
// program (ESM only, with a shebang; its worker threads run `dist/cli.js`
// itself). The library build keeps `cli.js` when it cleans `dist/`, as both
// builds run at once.
export default defineConfig([
  {
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: {entry: {index: 'src/index.ts'}},
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'node20',
    splitting: false,
    shims: true
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
