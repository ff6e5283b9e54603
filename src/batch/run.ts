import { existsSync } from 'node:fs';
import { mkdir, opendir, rm } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import { sha256, type ResolvedConfig } from '../config/index.js';
import { PIPELINE } from '../version.js';
import type { DocumentInput } from '../pipeline.js';
import { buildFingerprint } from './fingerprint.js';
import { inputSize, locationOf, readInputs } from './inputs.js';
import { Findings, RECORD_LISTS, type Failure, type Finding } from './findings.js';
import { MANIFEST_FILE, PreviousManifest, RUN_REPORT_FILE, manifestLine, sameEntry, type ManifestEntry } from './manifest.js';
import { Batcher } from './batcher.js';
import { addTimings, type Outcome } from './outcome.js';
import { peakRssBytes } from './peak-rss.js';
import { createProcessor, type Processor } from './processor.js';
import { recordIdsIn } from './record-files.js';
import { runReportLines } from './report.js';
import { linesNotIn, removeAbandonedSpills, SpilledSet } from './spilled-set.js';
import { TEMPORARY_FILE, writeLinesAtomically } from './write.js';

export interface BatchOptions {
  readonly paths: readonly string[];
  readonly outDir: string;
  readonly resolved: ResolvedConfig;
  /** Worker threads that process documents. */
  readonly jobs: number;
  /** Process documents on the calling thread, with no pool (for embedding and tests; `jobs` then only sizes the queue). */
  readonly inline?: boolean;
  /** `write` brings outDir up to date; `check` only compares it with what would be written. */
  readonly mode: 'write' | 'check';
  /** Redo every document even when the manifest says its record is current. */
  readonly force?: boolean;
  readonly onProgress?: (progress: Progress) => void;
  /**
   * Called once the documents are done with every failure and listed record, in the order of
   * `Findings.all`, before the run returns; awaited, so a slow reader holds the run, not memory.
   */
  readonly onFinding?: (finding: Finding) => void | Promise<void>;
}

export interface Progress {
  /** Documents read so far (at most `4 × jobs` batches of them still being processed). */
  readonly done: number;
  readonly failed: number;
  /** Bytes of the input files read so far. */
  readonly bytes: number;
  /** The input files' size, once measured: a walk beside the run, made only when progress is asked for. */
  readonly totalBytes?: number;
}

/** What a run did, in counts: the items themselves go to `onFinding` and `_run.json`. */
export interface BatchSummary {
  readonly mode: 'write' | 'check';
  documents: number;
  written: number;
  skipped: number;
  failed: number;
  /** Records deleted because no input produces them any more. */
  removed: number;
  /** Check mode: records whose bytes differ from what the code and inputs produce now. */
  stale: number;
  /** Check mode: documents with no record. */
  missing: number;
  /** Check mode: records with no document. */
  extra: number;
  milliseconds: number;
  /** Milliseconds per pipeline stage, summed over the documents processed. */
  stages: Record<string, number>;
  peakRssBytes: number;
  /** CPU time of the whole process (every thread, user + system): against `milliseconds`, how busy the cores were. */
  cpuMilliseconds: number;
}

/**
 * Reads the inputs as a stream, processes documents on the pool, and writes (or, in check mode,
 * compares) their records. Documents travel to the pool in batches (see Batcher), and p-queue keeps
 * at most `4 × jobs` batches in flight, so memory stays flat however large the corpus; reading,
 * processing and writing overlap.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = {
    mode: options.mode,
    documents: 0,
    written: 0,
    skipped: 0,
    failed: 0,
    removed: 0,
    stale: 0,
    missing: 0,
    extra: 0,
    milliseconds: 0,
    stages: {},
    peakRssBytes: 0,
    cpuMilliseconds: 0,
  };
  const writing = options.mode === 'write';
  if (writing) {
    await mkdir(options.outDir, { recursive: true });
    await removeTemporaryFiles(options.outDir);
  }
  // The ids seen and the manifest being made grow with the corpus, so they spill to disk, and the
  // last run's manifest is read where it lies: memory stays flat.
  removeAbandonedSpills();
  const seen = new SpilledSet(32_768);
  const manifest = new SpilledSet(16_384);
  const findings = new Findings();
  const previous = writing ? PreviousManifest.open(options.outDir) : PreviousManifest.none;
  const pipeline = `${PIPELINE}+${buildFingerprint().slice(0, 16)}`;
  // Two batches run on each job (one computing, one being written) and as many wait ready.
  const inFlight = options.jobs * 4;
  const queue = new PQueue({ concurrency: inFlight });
  let bytes = 0;
  let totalBytes: number | undefined;
  if (options.onProgress) {
    inputSize(options.paths).then(
      (size) => (totalBytes = size),
      // A folder that changes under the walk leaves the bar without its end, never the run.
      () => undefined,
    );
  }
  const progress = () => options.onProgress?.({ done: summary.documents, failed: findings.count('failed'), bytes, ...(totalBytes !== undefined && { totalBytes }) });
  const fail = (failure: Failure) => {
    findings.fail(failure);
    progress();
  };

  const settle = (outcome: Outcome, { input, entry }: Pending) => {
    if (!outcome.ok) fail({ id: input.id, path: locationOf(input), reason: outcome.reason });
    else if (outcome.status === 'written') {
      manifest.add(manifestLine(input.id, entry));
      summary.written++;
    } else if (outcome.status === 'stale' || outcome.status === 'missing') {
      findings.list(outcome.status, input.id);
    }
  };
  const sendTo = (processor: Processor) => async (batch: Pending[]) => {
    await queue.onSizeLessThan(inFlight);
    void queue.add(async () => {
      const { outcomes, timings } = await processor.process(batch.map(({ input }) => input));
      addTimings(summary.stages, timings);
      const pending = new Map(batch.map((document) => [document.input.id, document]));
      for (const outcome of outcomes) settle(outcome, pending.get(outcome.id)!);
      progress();
    });
  };

  try {
    // Started at the first document to process: a rerun with nothing to do starts no thread.
    let processor: Processor | undefined;
    let batches: Batcher<Pending> | undefined;
    try {
      for await (const item of readInputs(options.paths, seen)) {
        summary.documents++;
        bytes += item.size;
        if (!item.ok) {
          fail({ id: item.id, path: item.path, reason: item.reason });
          continue;
        }
        const { input } = item;
        const entry: ManifestEntry = { input: sha256(input.bytes), config: options.resolved.hash, pipeline };
        const target = path.join(options.outDir, `${input.id}.json`);
        if (writing && !options.force && sameEntry(previous.get(input.id), entry) && existsSync(target)) {
          manifest.add(manifestLine(input.id, entry));
          summary.skipped++;
          progress();
          continue;
        }
        if (!batches) {
          processor = await createProcessor(options);
          batches = new Batcher(sendTo(processor));
        }
        await batches.add({ input, entry }, input.bytes.byteLength);
      }
      await batches?.flush();
      await queue.onIdle();
    } finally {
      await processor?.close();
    }

    if (writing) {
      // A pool thread that ran out of heap mid-write left its temporary file; the document was redone.
      await removeTemporaryFiles(options.outDir);
      // The manifest is sorted, so one pass beside the sorted ids finds the gone ones; `has` confirms
      // each, so an edited, unsorted manifest can never cost a record that is still wanted.
      for await (const id of linesNotIn(previous.ids(), seen.sorted())) {
        if (seen.has(id)) continue;
        await rm(path.join(options.outDir, `${id}.json`), { force: true });
        findings.list('removed', id);
      }
      await writeLinesAtomically(options.outDir, MANIFEST_FILE, manifest.sorted());
    } else {
      await listRecordsWithout(options.outDir, seen, findings);
    }
    summary.failed = findings.count('failed');
    for (const kind of RECORD_LISTS) summary[kind] = findings.count(kind);
    summary.milliseconds = performance.now() - started;
    const usage = process.resourceUsage();
    summary.peakRssBytes = peakRssBytes();
    summary.cpuMilliseconds = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    if (writing) await writeLinesAtomically(options.outDir, RUN_REPORT_FILE, runReportLines(summary, findings));
    if (options.onFinding) for await (const finding of findings.all()) await options.onFinding(finding);
  } finally {
    previous.close();
    seen.close();
    manifest.close();
    findings.close();
  }
  return summary;
}

/** A document on its way to the pool, with the manifest entry its record is written under. */
interface Pending {
  readonly input: DocumentInput;
  readonly entry: ManifestEntry;
}

/** Record files in `outDir` whose id no input produced: both sides sorted on disk, then one pass. */
async function listRecordsWithout(outDir: string, seen: SpilledSet, findings: Findings): Promise<void> {
  const folder = await opendir(outDir).catch(() => null);
  if (folder === null) return;
  for await (const id of linesNotIn(recordIdsIn(folder), seen.sorted())) findings.list('extra', id);
}

/** A run killed part way leaves its temporary files behind; they are never records. */
async function removeTemporaryFiles(outDir: string): Promise<void> {
  // Streamed: a folder of a million records listed whole would cost ~150 MB for the few names wanted.
  const temporary: string[] = [];
  for await (const entry of await opendir(outDir)) if (TEMPORARY_FILE.test(entry.name)) temporary.push(entry.name);
  for (const name of temporary) await rm(path.join(outDir, name), { force: true });
}
