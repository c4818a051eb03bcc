/**
 * A pool of worker threads that process inputs in parallel and hand the
 * results back in input order.
 *
 * Each worker has a short queue of tasks, so it never waits for the main
 * thread. Memory stays flat however many inputs there are: tasks are pulled
 * from an async iterator only while fewer than `window` results are
 * outstanding, and
 * results wait only until the ones before them are done; `onResult` may
 * return a promise (a stream waiting to drain) and the pool waits for it.
 *
 * @module
 */

import {Worker} from 'node:worker_threads'
import type {JobSettings, Result, Task} from './process-file.js'

/**
 * Tasks queued per worker: enough that a worker never waits for the main
 * thread to be scheduled (on a busy machine that takes milliseconds), few
 * enough that the work stays balanced at the end of a batch.
 */
const depth = 8

/** Message from the main thread to a worker. */
export interface TaskMessage {
  /** Index of the task, in input order. */
  id: number
  /** The task. */
  task: Task
}

/** Message from a worker to the main thread. */
export interface ResultMessage {
  /** Index of the task. */
  id: number
  /** Its result. */
  result: Result
}

/** Data a worker starts with. */
export interface WorkerData {
  /** Marks the thread as a newsast worker. */
  newsastWorker: true
  /** How to process files. */
  settings: JobSettings
}

/**
 * Process tasks on `size` worker threads.
 *
 * @param script
 *   Module the workers run (it must call `runWorker` when it is a worker).
 * @param size
 *   Number of threads.
 * @param settings
 *   How to process files.
 * @param tasks
 *   Inputs, in order.
 * @param onResult
 *   Called with each result, in input order.
 * @returns
 *   Promise that settles when every task is done.
 */
export async function runPool(
  script: URL,
  size: number,
  settings: JobSettings,
  tasks: AsyncIterable<Task>,
  onResult: (result: Result) => unknown
): Promise<undefined> {
  const window = size * depth * 2
  const workerData: WorkerData = {newsastWorker: true, settings}
  const workers = Array.from({length: size}, () => new Worker(script, {workerData}))
  // Tasks sent to each worker and not yet answered.
  const load = new Map(workers.map((worker) => [worker, 0]))
  const results = new Map<number, Result>()
  const iterator = tasks[Symbol.asyncIterator]()
  let failure: Error | undefined
  let signalled = false
  let wake: (() => undefined) | undefined
  let dispatched = 0
  let emitted = 0
  let exhausted = false

  /** Note that something happened, and wake the loop if it waits. */
  function signal() {
    signalled = true
    if (wake) wake()
  }

  for (const worker of workers) {
    worker.on('message', function (message: ResultMessage) {
      results.set(message.id, message.result)
      load.set(worker, (load.get(worker) ?? 1) - 1)
      signal()
    })
    worker.on('error', function (error) {
      failure ??= error
      signal()
    })
    worker.on('exit', function (code) {
      if (code !== 0) failure ??= new Error('A worker thread stopped with exit code ' + code)
      signal()
    })
  }

  try {
    while (true) {
      if (failure) throw failure

      let result = results.get(emitted)

      while (result) {
        results.delete(emitted)
        emitted++
        await onResult(result)
        result = results.get(emitted)
      }

      let worker = leastLoaded(load)

      while (!exhausted && worker && dispatched - emitted < window) {
        const next = await iterator.next()

        if (next.done) {
          exhausted = true
        } else {
          const message: TaskMessage = {id: dispatched++, task: next.value}
          worker.postMessage(message)
          load.set(worker, (load.get(worker) ?? 0) + 1)
        }

        worker = leastLoaded(load)
      }

      if (exhausted && emitted === dispatched) break

      if (!signalled && !results.has(emitted)) {
        await new Promise<undefined>(function (resolve) {
          wake = function () {
            resolve(undefined)
            return undefined
          }
        })
      }

      signalled = false
      wake = undefined
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  return undefined
}

/**
 * Find the worker with the fewest queued tasks, if one has room.
 *
 * @param load
 *   Queued tasks per worker.
 * @returns
 *   Worker, or `undefined` when every queue is full.
 */
function leastLoaded(load: Map<Worker, number>): Worker | undefined {
  let best: Worker | undefined
  let least = depth

  for (const [worker, count] of load) {
    if (count < least) {
      best = worker
      least = count
    }
  }

  return best
}
