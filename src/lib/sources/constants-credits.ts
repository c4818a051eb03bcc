/**
 * Dictionaries of footer credits: the labels that open a credit clause and
 * the role each gives.
 *
 * @module
 */

import type {CreditRole} from '../types.js'

/**
 * Labels followed by `by` (`Reporting by`, `Editing by`), lower case, longest
 * first so that `additional reporting` wins over `reporting`.
 */
export const byLabels: ReadonlyArray<{label: string; role: CreditRole}> = [
  {label: 'additional reporting', role: 'additional-reporting'},
  {label: 'additional writing', role: 'writing'},
  {label: 'additional editing', role: 'editing'},
  {label: 'reporting', role: 'reporting'},
  {label: 'reported', role: 'reporting'},
  {label: 'writing', role: 'writing'},
  {label: 'written', role: 'writing'},
  {label: 'compiled', role: 'writing'},
  {label: 'editing', role: 'editing'},
  {label: 'edited', role: 'editing'},
  {label: 'photos', role: 'photo'},
  {label: 'photo', role: 'photo'},
  {label: 'photography', role: 'photo'},
  {label: 'graphics', role: 'other'},
  {label: 'produced', role: 'other'},
  {label: 'translated', role: 'other'},
  {label: 'translation', role: 'other'},
  {label: 'fact-checking', role: 'other'},
  {label: 'research', role: 'other'}
]

/** Labels followed by a colon (`Source: TASS`, `Photo: AP`), lower case. */
export const colonLabels: ReadonlyMap<string, CreditRole> = new Map([
  ['source', 'source'],
  ['sources', 'source'],
  ['photo', 'photo'],
  ['photos', 'photo'],
  ['photo credit', 'photo'],
  ['image', 'photo'],
  ['images', 'photo'],
  ['picture', 'photo'],
  ['фото', 'photo'],
  ['источник', 'source'],
  ['copyright', 'copyright'],
  ['media contact', 'contact'],
  ['media contacts', 'contact'],
  ['press contact', 'contact'],
  ['contact', 'contact'],
  ['contacts', 'contact'],
  ['investor contact', 'contact'],
  ['editing', 'editing'],
  ['editor', 'editing'],
  ['reporting', 'reporting'],
  ['writer', 'writing'],
  ['author', 'writing']
])

/** Lines that are a contact heading on their own (`Media Contact`). */
export const contactHeadings: ReadonlySet<string> = new Set([
  'contact',
  'contacts',
  'media contact',
  'media contacts',
  'press contact',
  'press contacts',
  'investor contact',
  'investor contacts',
  'media inquiries',
  'press inquiries',
  'for more information'
])

/** Wire signatures on a line of their own (`Reuter`, `-- AP`). */
export const signatures: ReadonlySet<string> = new Set([
  'reuter',
  'reuters',
  'ap',
  'afp',
  'tass',
  'xinhua',
  'dpa',
  'upi',
  'bloomberg',
  'interfax',
  'ria novosti'
])
