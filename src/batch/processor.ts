import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import type { Outcome, StoreMode } from './outcome.js';
import type { Task } from './worker.js';

export interface Processor {
  process(input: DocumentInput): Promise<Outcome>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

/**
 * One job runs documents on the main thread; more run them on a pool of worker threads. Records
 * are the same bytes either way: every job runs the same pure `processDocument`. With a pool the
 * main thread never loads the pipeline (its rule tables would cost memory for nothing).
 */
export async function createProcessor(resolved: ResolvedConfig, jobs: number, outDir: string, mode: StoreMode): Promise<Processor> {
  if (jobs <= 1) {
    const { processAndStore } = await import('./outcome.js');
    return { process: (input) => processAndStore(input, resolved, outDir, mode), close: async () => {} };
  }
  const pool = new Piscina<Task, Outcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: { resolved, outDir, mode },
    minThreads: jobs,
    maxThreads: jobs,
    // A thread starts the next document while the last one's record is still being written.
    concurrentTasksPerWorker: 2,
  });
  return { process: (input) => pool.run({ input }), close: () => pool.destroy() };
}
