import type { ResolvedConfig } from '../config/index.js';
import { DocumentError } from '../errors.js';
import { processDocument, type DocumentInput } from '../pipeline.js';
import { serializeRecord } from './write.js';

/** One document's result as it crosses a worker boundary: plain data, the record already serialized. */
export type Outcome =
  | { ok: true; id: string; json: string; timings: Record<string, number> }
  | { ok: false; id: string; reason: string; timings: Record<string, number> };

export function processToOutcome(input: DocumentInput, resolved: ResolvedConfig): Outcome {
  const timings = new Map<string, number>();
  try {
    const record = processDocument(input, resolved, timings);
    return { ok: true, id: record.id, json: serializeRecord(record), timings: Object.fromEntries(timings) };
  } catch (error) {
    const reason = error instanceof DocumentError ? error.reason : `internal error: ${(error as Error).stack ?? String(error)}`;
    return { ok: false, id: input.id, reason, timings: Object.fromEntries(timings) };
  }
}
