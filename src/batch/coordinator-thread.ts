import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { FINDINGS_PER_MESSAGE, type CoordinatorMessage, type CoordinatorSettings } from './coordinator.js';
import type { Finding } from './findings.js';
import { runBatch, type Progress } from './run.js';

/** A progress message every document would cost more than the documents; the screen redraws at 10 Hz at most. */
const PROGRESS_EVERY_MS = 100;

const { reportProgress, reportFindings, ...options } = workerData as CoordinatorSettings;
const port = parentPort!;
const post = (message: CoordinatorMessage) => port.postMessage(message);
let posted = Number.NEGATIVE_INFINITY;
const onProgress = (progress: Progress) => {
  const now = performance.now();
  if (now - posted < PROGRESS_EVERY_MS) return;
  posted = now;
  post({ progress });
};

// Findings go in batches, each waiting for the main thread's word that it has taken the last:
// a million of them posted at once would queue in the main thread's memory instead.
let batch: Finding[] = [];
const sendFindings = async () => {
  if (batch.length === 0) return;
  const acknowledged = once(port, 'message');
  post({ findings: batch });
  batch = [];
  await acknowledged;
};
const onFinding = async (finding: Finding) => {
  batch.push(finding);
  if (batch.length >= FINDINGS_PER_MESSAGE) await sendFindings();
};

const summary = await runBatch({ ...options, ...(reportProgress && { onProgress }), ...(reportFindings && { onFinding }) });
await sendFindings();
post({ summary });
