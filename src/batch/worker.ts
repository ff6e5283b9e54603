import { workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import { processToOutcome, type Outcome } from './outcome.js';

/** A pool thread: the config arrives once as workerData, documents one task at a time. */
const { resolved } = workerData as { resolved: ResolvedConfig };

export default function processTask(input: DocumentInput): Outcome {
  return processToOutcome(input, resolved);
}
