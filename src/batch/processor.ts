import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import type { Outcome } from './outcome.js';

export interface Processor {
  process(input: DocumentInput): Promise<Outcome>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

/**
 * One job runs documents on the main thread; more run them on a pool of worker threads. Records
 * are the same bytes either way: a worker runs the same pure `processDocument`. With a pool the
 * main thread never loads the pipeline (its rule tables would cost memory for nothing).
 */
export async function createProcessor(resolved: ResolvedConfig, jobs: number): Promise<Processor> {
  if (jobs <= 1) {
    const { processToOutcome } = await import('./outcome.js');
    return { process: async (input) => processToOutcome(input, resolved), close: async () => {} };
  }
  const pool = new Piscina<DocumentInput, Outcome>({
    filename: new URL('./worker.js', import.meta.url).href,
    workerData: { resolved },
    minThreads: jobs,
    maxThreads: jobs,
  });
  return { process: (input) => pool.run(input), close: () => pool.destroy() };
}
