/**
 * The worker-thread side of the pool: process each task it is sent and post
 * the result back.
 *
 * @module
 */

import {parentPort, workerData} from 'node:worker_threads'
import type {ResultMessage, TaskMessage, WorkerData} from './pool.js'
import {processFile} from './process-file.js'

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

  port.on('message', async function (message: TaskMessage) {
    const result = await processFile(message.task, settings)
    const reply: ResultMessage = {id: message.id, result}
    port.postMessage(reply)
  })

  return undefined
}
