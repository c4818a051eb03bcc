// The main job: parse every article in `seeds/` and print its tree as an
// outline (with unist-util-inspect), then any messages.
import fs from 'node:fs'
import path from 'node:path'
import {inspect} from 'unist-util-inspect'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {parse} from '../dist/index.js'

const folder = new URL('../seeds/', import.meta.url)
const names = fs.readdirSync(folder).filter((name) => /\.(?:txt|md)$/.test(name)).sort()

for (const name of names) {
  const file = new VFile({path: path.join('seeds', name), value: fs.readFileSync(new URL(name, folder), 'utf8')})
  const tree = parse(file)
  console.log(`# ${file.path}\n`)
  console.log(inspect(tree, {color: Boolean(process.stdout.isTTY)}))
  if (file.messages.length > 0) console.error(reporter([file]))
  console.log()
}
