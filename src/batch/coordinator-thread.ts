import { parentPort, workerData } from 'node:worker_threads';
import type { CoordinatorMessage, CoordinatorSettings } from './coordinator.js';
import { runBatch, type Progress } from './run.js';

/** A progress message every document would cost more than the documents; the screen redraws at 10 Hz at most. */
const PROGRESS_EVERY_MS = 100;

const { reportProgress, ...options } = workerData as CoordinatorSettings;
const post = (message: CoordinatorMessage) => parentPort!.postMessage(message);
let posted = Number.NEGATIVE_INFINITY;
const onProgress = (progress: Progress) => {
  const now = performance.now();
  if (now - posted < PROGRESS_EVERY_MS) return;
  posted = now;
  post({ progress });
};

post({ summary: await runBatch({ ...options, ...(reportProgress && { onProgress }) }) });
