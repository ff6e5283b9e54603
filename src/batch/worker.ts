import { workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import type { BatchOutcome, StoreMode } from './outcome.js';
import { processBatch } from './store.js';

/** A pool thread: the run's settings arrive once as workerData, documents a batch per task. */
const { resolved, outDir, mode } = workerData as { resolved: ResolvedConfig; outDir: string; mode: StoreMode };

export interface Task {
  readonly inputs: readonly DocumentInput[];
}

export default function processTask({ inputs }: Task): BatchOutcome {
  return processBatch(inputs, resolved, outDir, mode);
}
