/**
 * The worker-thread side of the pool: process each task it is sent and post
 * the result back.
 *
 * @module
 */

import {parentPort, workerData, type MessagePort} from 'node:worker_threads'
import type {ResultMessage, TaskMessage, WorkerData} from './pool.js'
import {processFile} from './process-file.js'

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

  // Tasks run one at a time, in the order they came: the pool keeps a few
  // queued here so that this thread never waits for the main thread.
  const queue: TaskMessage[] = []
  let running = false

  port.on('message', function (message: TaskMessage) {
    queue.push(message)
    if (!running) void drain()
  })

  /** Process queued tasks until none is left. */
  async function drain() {
    running = true
    let message = queue.shift()

    while (message) {
      const result = await processFile(message.task, settings)
      // Encode here, in parallel, and hand the bytes over without a copy:
      // the main thread then only writes them.
      const bytes = typeof result.output === 'string' ? encoder.encode(result.output) : undefined
      const reply: ResultMessage = {id: message.id, result: bytes ? {...result, output: bytes} : result}
      ;(port as MessagePort).postMessage(reply, bytes ? [bytes.buffer] : [])
      message = queue.shift()
    }

    running = false
  }

  return undefined
}
