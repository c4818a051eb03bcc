// Lint configuration: typescript-eslint's recommended rules, and
// eslint-plugin-regexp so that no regular expression can backtrack
// super-linearly (`no-super-linear-backtracking`, `no-super-linear-move`).
import js from '@eslint/js'
import globals from 'globals'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'docs/api/', 'coverage/', 'node_modules/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // Empty `…Data` interfaces exist for module augmentation, as in
      // @types/mdast.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}]
    }
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {globals: globals.node}
  }
)
