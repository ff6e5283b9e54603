import { Worker } from 'node:worker_threads';
import type { BatchOptions, BatchSummary, Progress } from './run.js';

/** What the coordinating thread tells the main thread. */
export type CoordinatorMessage = { readonly progress: Progress } | { readonly summary: BatchSummary };

export type CoordinatorSettings = Omit<BatchOptions, 'onProgress' | 'inline'> & { readonly reportProgress: boolean };

/**
 * The coordinating thread's heap. Its live data is ~10 MB however large the corpus (what grows with
 * the corpus spills to disk), but a main thread's unbounded heap let garbage from reading and hashing
 * a million documents reach 50–80 MB beside it. A small young generation and an old generation
 * bound keep V8 collecting early; the old bound stays roomy because the lists the run reports
 * (failures, removed and out-of-date records) grow with what went wrong, not with the corpus.
 */
const COORDINATOR_HEAP = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 4 };

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
