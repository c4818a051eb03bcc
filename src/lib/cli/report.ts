/**
 * Format VFile messages as `file:line:column: warning reason [rule]`, one a
 * line: the form compilers and linters print, which editors and CI
 * annotations understand.
 *
 * @module
 */

import type {VFileMessage} from 'vfile-message'

/**
 * Format the messages of one file.
 *
 * @param path
 *   Path shown for the file (`<stdin>` for standard input).
 * @param messages
 *   Its messages.
 * @returns
 *   One line per message (without line feeds).
 */
export function formatMessages(
  path: string,
  messages: ReadonlyArray<VFileMessage>
): string[] {
  return messages.map(function (message) {
    const place =
      message.line === undefined
        ? ''
        : ':' + message.line + (message.column === undefined ? '' : ':' + message.column)
    const severity =
      message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
    const rule = message.ruleId ? ' [' + message.ruleId + ']' : ''
    return path + place + ': ' + severity + ' ' + message.reason + rule
  })
}
