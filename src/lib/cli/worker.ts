/**
 * The worker-thread side of the pool: process each task it is sent and post
 * the result back.
 *
 * @module
 */

import {parentPort, workerData} from 'node:worker_threads'
import type {ResultMessage, TaskMessage, WorkerData} from './pool.js'
import {processFile, type Result} from './process-file.js'

const encoder = new TextEncoder()

/**
 * Whether this thread is a newsast worker.
 *
 * @returns
 *   Whether it was started by the pool.
 */
export function isWorker(): boolean {
  return Boolean(parentPort) && (workerData as WorkerData | undefined)?.newsastWorker === true
}

/**
 * Serve tasks until the pool terminates the thread.
 *
 * @returns
 *   Nothing.
 */
export function runWorker(): undefined {
  const port = parentPort
  if (!port) throw new Error('Expected to run in a worker thread')
  const {settings} = workerData as WorkerData

  // The pool keeps a second batch waiting in this thread's port, so the
  // thread never waits for the main thread between batches.
  port.on('message', function (message: TaskMessage) {
    const results: Result[] = []
    const transfer: ArrayBuffer[] = []

    for (const task of message.tasks) {
      const result = processFile(task, settings)

      // Encode here, in parallel, and hand the bytes over without a copy:
      // the main thread then only writes them.
      if (typeof result.output === 'string') {
        const bytes = encoder.encode(result.output)
        transfer.push(bytes.buffer as ArrayBuffer)
        results.push({...result, output: bytes})
      } else {
        results.push(result)
      }
    }

    const reply: ResultMessage = {id: message.id, results}
    port.postMessage(reply, transfer)
  })

  return undefined
}
