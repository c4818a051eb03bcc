/**
 * A pool of worker threads that process inputs in parallel and hand the
 * results back in input order.
 *
 * Tasks travel in batches (one message, and one wake-up of each thread, per
 * batch rather than per file), and each worker has a second batch queued so
 * that it never waits for the main thread to be scheduled. Memory stays flat
 * however many inputs there are: tasks are pulled from an async iterator
 * only while fewer than `window` results are outstanding, and results wait
 * only until the ones before them are done; `onResult` may return a promise
 * (a stream waiting to drain) and the pool waits for it.
 *
 * @module
 */

import {Worker} from 'node:worker_threads'
import type {JobSettings, Result, Task} from './process-file.js'

/** Batches queued per worker: one running, one waiting. */
const depth = 2

/** Largest batch; smaller batches keep the end of a short run balanced. */
const maxBatch = 16

/** Message from the main thread to a worker. */
export interface TaskMessage {
  /** Index of the first task, in input order; the others follow. */
  id: number
  /** The tasks. */
  tasks: Task[]
}

/** Message from a worker to the main thread. */
export interface ResultMessage {
  /** Index of the first task. */
  id: number
  /** Their results, in order. */
  results: Result[]
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
 * @param total
 *   Number of inputs, when known (to size batches).
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
  total: number | undefined,
  onResult: (result: Result) => unknown
): Promise<undefined> {
  // About eight batches per worker in all, so the last ones finish together.
  const batch =
    total === undefined
      ? maxBatch / 2
      : Math.max(1, Math.min(maxBatch, Math.floor(total / (size * 8))))
  const window = size * depth * batch * 2
  const workerData: WorkerData = {newsastWorker: true, settings}
  const workers = Array.from(
    {length: size},
    // A young generation as large as the main thread's: parsing allocates
    // many short-lived strings, and a small one means more collections.
    () => new Worker(script, {workerData, resourceLimits: {maxYoungGenerationSizeMb: 48}})
  )
  // Batches sent to each worker and not yet answered.
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
      for (const [index, result] of message.results.entries()) {
        results.set(message.id + index, result)
      }

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

      while (!exhausted && worker && dispatched - emitted + batch <= window) {
        const message: TaskMessage = {id: dispatched, tasks: []}

        while (message.tasks.length < batch) {
          const next = await iterator.next()

          if (next.done) {
            exhausted = true
            break
          }

          message.tasks.push(next.value)
        }

        if (message.tasks.length > 0) {
          worker.postMessage(message)
          dispatched += message.tasks.length
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
 * Find the worker with the fewest queued batches, if one has room.
 *
 * @param load
 *   Queued batches per worker.
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
