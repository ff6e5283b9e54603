import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { DocumentError } from '../errors.js';
import { processDocument, type DocumentInput } from '../pipeline.js';
import { serializeRecord, writeAtomically } from './write.js';

/** `write` stores the record; `check` compares it with the stored one and stores nothing. */
export type StoreMode = 'write' | 'check';

/**
 * One document's result as it comes back from a pool thread: small plain data. The record itself
 * is written (or compared) where it was made: copying every record to the coordinating thread and writing
 * it there cost a third more CPU with two threads than with one.
 */
export type Outcome =
  | { ok: true; id: string; status: 'written' | 'current' | 'stale' | 'missing'; timings: Record<string, number> }
  | { ok: false; id: string; reason: string; timings: Record<string, number> };

export function processAndStore(input: DocumentInput, resolved: ResolvedConfig, outDir: string, mode: StoreMode): Outcome {
  const timings = new Map<string, number>();
  const target = path.join(outDir, `${input.id}.json`);
  let json: string;
  try {
    json = serializeRecord(processDocument(input, resolved, timings));
  } catch (error) {
    // A record that the current input no longer produces would be stale: it goes too.
    if (mode === 'write') rmSync(target, { force: true });
    const reason = error instanceof DocumentError ? error.reason : `internal error: ${(error as Error).stack ?? String(error)}`;
    return { ok: false, id: input.id, reason, timings: Object.fromEntries(timings) };
  }
  if (mode === 'write') {
    try {
      writeAtomically(outDir, `${input.id}.json`, json);
    } catch (error) {
      return { ok: false, id: input.id, reason: `cannot write its record: ${(error as Error).message}`, timings: Object.fromEntries(timings) };
    }
    return { ok: true, id: input.id, status: 'written', timings: Object.fromEntries(timings) };
  }
  const stored = storedRecord(target);
  const status = stored === null ? 'missing' : stored === json ? 'current' : 'stale';
  return { ok: true, id: input.id, status, timings: Object.fromEntries(timings) };
}

function storedRecord(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
