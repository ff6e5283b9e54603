/** `write` stores the record; `check` compares it with the stored one and stores nothing. */
export type StoreMode = 'write' | 'check';

/**
 * One document's result as it comes back from a pool thread: small plain data. The record itself
 * is written (or compared) where it was made: copying every record to the coordinating thread and writing
 * it there cost a third more CPU with two threads than with one.
 */
export type Outcome = { ok: true; id: string; status: 'written' | 'current' | 'stale' | 'missing' } | { ok: false; id: string; reason: string };

/** The outcomes of a batch of documents, one each, and their stage times summed. */
export interface BatchOutcome {
  readonly outcomes: readonly Outcome[];
  readonly timings: Record<string, number>;
}

export function mergeBatchOutcomes(parts: readonly BatchOutcome[]): BatchOutcome {
  const timings: Record<string, number> = {};
  for (const part of parts) addTimings(timings, part.timings);
  return { outcomes: parts.flatMap((part) => part.outcomes), timings };
}

/** Adds stage times to a running total, stage by stage. */
export function addTimings(total: Record<string, number>, timings: Record<string, number>): void {
  for (const [stage, milliseconds] of Object.entries(timings)) total[stage] = (total[stage] ?? 0) + milliseconds;
}
