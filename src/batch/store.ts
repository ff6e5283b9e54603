import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { DocumentError } from '../errors.js';
import { processDocument, type DocumentInput, type StageTimings } from '../pipeline.js';
import type { BatchOutcome, Outcome, StoreMode } from './outcome.js';
import { serializeRecord, writeAtomically } from './write.js';

// The pool threads' side of a batch. Kept apart from outcome.ts, which the coordinating and main
// threads load: importing the pipeline there would load its tables in every thread.

export function processBatch(inputs: readonly DocumentInput[], resolved: ResolvedConfig, outDir: string, mode: StoreMode): BatchOutcome {
  const timings: StageTimings = new Map();
  const outcomes = inputs.map((input) => processAndStore(input, resolved, outDir, mode, timings));
  return { outcomes, timings: Object.fromEntries(timings) };
}

function processAndStore(input: DocumentInput, resolved: ResolvedConfig, outDir: string, mode: StoreMode, timings: StageTimings): Outcome {
  const target = path.join(outDir, `${input.id}.json`);
  let json: string;
  try {
    json = serializeRecord(processDocument(input, resolved, timings));
  } catch (error) {
    // A record that the current input no longer produces would be stale: it goes too.
    if (mode === 'write') rmSync(target, { force: true });
    const reason = error instanceof DocumentError ? error.reason : `internal error: ${(error as Error).stack ?? String(error)}`;
    return { ok: false, id: input.id, reason };
  }
  if (mode === 'write') {
    try {
      writeAtomically(outDir, `${input.id}.json`, json);
    } catch (error) {
      return { ok: false, id: input.id, reason: `cannot write its record: ${(error as Error).message}` };
    }
    return { ok: true, id: input.id, status: 'written' };
  }
  const stored = storedRecord(target);
  const status = stored === null ? 'missing' : stored === json ? 'current' : 'stale';
  return { ok: true, id: input.id, status };
}

function storedRecord(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
