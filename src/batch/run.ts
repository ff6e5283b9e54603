import { mkdir } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { ResolvedConfig } from '../config/index.js';
import { DocumentError } from '../errors.js';
import { processDocument, type DocumentInput, type StageTimings } from '../pipeline.js';
import { readInputs } from './inputs.js';
import { serializeRecord, writeAtomically } from './write.js';

export interface BatchOptions {
  readonly paths: readonly string[];
  readonly outDir: string;
  readonly resolved: ResolvedConfig;
  /** Documents in flight at once: bounds memory while reading, processing and writing overlap. */
  readonly concurrency?: number;
}

export interface Failure {
  readonly id: string;
  readonly path: string;
  readonly reason: string;
}

export interface BatchSummary {
  documents: number;
  written: number;
  failures: Failure[];
  milliseconds: number;
  timings: StageTimings;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  await mkdir(options.outDir, { recursive: true });
  const concurrency = options.concurrency ?? 8;
  const queue = new PQueue({ concurrency });
  const summary: BatchSummary = { documents: 0, written: 0, failures: [], milliseconds: 0, timings: new Map() };
  for await (const item of readInputs(options.paths)) {
    summary.documents++;
    if (!item.ok) {
      summary.failures.push({ id: item.id, path: item.path, reason: item.reason });
      continue;
    }
    await queue.onSizeLessThan(concurrency);
    void queue.add(() => processAndWrite(item.input, options, summary));
  }
  await queue.onIdle();
  summary.failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  summary.milliseconds = performance.now() - started;
  return summary;
}

async function processAndWrite(input: DocumentInput, options: BatchOptions, summary: BatchSummary): Promise<void> {
  const where = input.line === undefined ? input.path : `${input.path}:${input.line}`;
  try {
    const record = processDocument(input, options.resolved, summary.timings);
    await writeAtomically(options.outDir, `${record.id}.json`, serializeRecord(record));
    summary.written++;
  } catch (error) {
    const reason = error instanceof DocumentError ? error.reason : `internal error: ${(error as Error).stack ?? String(error)}`;
    summary.failures.push({ id: input.id, path: where, reason });
  }
}
