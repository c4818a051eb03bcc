/**
 * Words shared by several dictionaries.
 *
 * @module
 */

/**
 * Articles and demonstratives (lower case): they open noun phrases, so they
 * never start a name and never sit right before a verb of speech.
 */
export const nounOpeners: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those']
