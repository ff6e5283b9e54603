import { Worker } from 'node:worker_threads';
import type { Finding } from './findings.js';
import type { BatchOptions, BatchSummary, Progress } from './run.js';

/** What the coordinating thread tells the main thread; each `findings` message is answered with an acknowledgement. */
export type CoordinatorMessage = { readonly progress: Progress } | { readonly findings: readonly Finding[] } | { readonly summary: BatchSummary };

export type CoordinatorSettings = Omit<BatchOptions, 'onProgress' | 'onFinding' | 'inline'> & {
  readonly reportProgress: boolean;
  readonly reportFindings: boolean;
};

export const FINDINGS_PER_MESSAGE = 1000;

/**
 * The coordinating thread's heap. Its live data is ~10 MB however large the corpus (what grows with
 * the corpus, failures included, spills to disk), but a main thread's unbounded heap let garbage
 * from reading and hashing a million documents reach 50–80 MB beside it: a small young generation
 * keeps V8 collecting early. The old generation's bound is a backstop: a 4 GB bound, like the main
 * thread's, let a 100 MB first run reach 304–313 MB against 256–270 MB with 1 GB, as V8 sizes its
 * first collections by the bound.
 */
const COORDINATOR_HEAP = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 4 };

/**
 * Runs a batch on a thread of its own with a bounded heap, the main thread only relaying progress
 * and findings: a main thread's heap cannot be bounded once the process has started.
 */
export function runBatchOnThread(options: Omit<BatchOptions, 'inline'>): Promise<BatchSummary> {
  const { onProgress, onFinding, ...batch } = options;
  const settings: CoordinatorSettings = { ...batch, reportProgress: onProgress !== undefined, reportFindings: onFinding !== undefined };
  const thread = new Worker(new URL('./coordinator-thread.js', import.meta.url), { workerData: settings, resourceLimits: COORDINATOR_HEAP });
  return new Promise((resolve, reject) => {
    let summary: BatchSummary | undefined;
    const relay = async (findings: readonly Finding[]) => {
      for (const finding of findings) await onFinding?.(finding);
    };
    thread.on('message', (message: CoordinatorMessage) => {
      if ('progress' in message) onProgress?.(message.progress);
      else if ('summary' in message) summary = message.summary;
      else
        relay(message.findings).then(
          () => thread.postMessage('taken'),
          (error: unknown) => {
            reject(error);
            void thread.terminate();
          },
        );
    });
    thread.on('error', reject);
    thread.on('exit', (code) => {
      if (summary) resolve(summary);
      else reject(new Error(`the thread running the batch stopped with exit code ${code} before it finished`));
    });
  });
}
