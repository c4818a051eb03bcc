// Regenerate the expected trees of the fixture articles: for every
// `test/fixtures/*/NAME.txt` or `NAME.md`, write `NAME.json`, the tree that
// the built package makes of it (positions included). Run after a change
// that is meant to change trees, then read the diff: these files are never
// edited by hand.
import fs from 'node:fs'
import path from 'node:path'
import {parse} from '../dist/index.js'

const root = new URL('../test/fixtures/', import.meta.url)
let count = 0

for (const folder of fs.readdirSync(root)) {
  const directory = new URL(folder + '/', root)
  if (!fs.statSync(directory).isDirectory()) continue
  for (const name of fs.readdirSync(directory).sort()) {
    const extension = path.extname(name)
    if (extension !== '.txt' && extension !== '.md') continue
    const value = fs.readFileSync(new URL(name, directory), 'utf8')
    const tree = parse(value, {format: extension === '.md' ? 'markdown' : 'text'})
    const target = new URL(path.basename(name, extension) + '.json', directory)
    fs.writeFileSync(target, JSON.stringify(tree, null, 2) + '\n')
    count++
  }
}

console.log(`wrote ${count} expected trees`)
