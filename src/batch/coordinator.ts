import { Worker } from 'node:worker_threads';
import type { BatchOptions, BatchSummary, Progress } from './run.js';

/** What the coordinating thread tells the main thread. */
export type CoordinatorMessage = { readonly progress: Progress } | { readonly summary: BatchSummary };

export type CoordinatorSettings = Omit<BatchOptions, 'onProgress' | 'inline'> & { readonly reportProgress: boolean };

/**
 * The coordinating thread's heap. Its live data is ~10 MB however large the corpus (what grows with
 * the corpus spills to disk), but a main thread's unbounded heap let garbage from reading and hashing
 * a million documents reach 50–80 MB beside it: a small young generation keeps V8 collecting early.
 * The old generation's bound is a backstop, and a roomy one: the lists a run reports (failures,
 * removed and out-of-date records) stay in memory and grow with what went wrong. 1.2 M failed
 * documents ran a 256 MB bound out of heap and fit in 1 GB; a 4 GB bound, like the main thread's,
 * let a 100 MB first run reach 304–313 MB against 256–270 MB with 1 GB, as V8 sizes its first
 * collections by the bound.
 */
const COORDINATOR_HEAP = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 4 };

/**
 * Runs a batch on a thread of its own with a bounded heap, the main thread only relaying progress:
 * a main thread's heap cannot be bounded once the process has started.
 */
export function runBatchOnThread(options: Omit<BatchOptions, 'inline'>): Promise<BatchSummary> {
  const { onProgress, ...batch } = options;
  const settings: CoordinatorSettings = { ...batch, reportProgress: onProgress !== undefined };
  const thread = new Worker(new URL('./coordinator-thread.js', import.meta.url), { workerData: settings, resourceLimits: COORDINATOR_HEAP });
  return new Promise((resolve, reject) => {
    let summary: BatchSummary | undefined;
    thread.on('message', (message: CoordinatorMessage) => {
      if ('progress' in message) onProgress?.(message.progress);
      else summary = message.summary;
    });
    thread.on('error', reject);
    thread.on('exit', (code) => {
      if (summary) resolve(summary);
      else reject(new Error(`the thread running the batch stopped with exit code ${code} before it finished`));
    });
  });
}
