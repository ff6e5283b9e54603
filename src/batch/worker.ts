import { workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import { processAndStore, type Outcome, type StoreMode } from './outcome.js';

/** A pool thread: the run's settings arrive once as workerData, documents one task at a time. */
const { resolved, outDir, mode } = workerData as { resolved: ResolvedConfig; outDir: string; mode: StoreMode };

export interface Task {
  readonly input: DocumentInput;
}

export default function processTask({ input }: Task): Outcome {
  return processAndStore(input, resolved, outDir, mode);
}
