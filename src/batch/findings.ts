import { SpilledSet } from './spilled-set.js';

/** A document that produced no record, and why. */
export interface Failure {
  readonly id: string;
  readonly path: string;
  readonly reason: string;
}

/** Records a run lists: out of date in check mode, or deleted because their input is gone. */
export type RecordList = 'stale' | 'missing' | 'extra' | 'removed';

/** One item of what a run reports: a failed document, or a record in one of the lists. */
export type Finding = ({ readonly kind: 'failed' } & Failure) | { readonly kind: RecordList; readonly id: string };

export const RECORD_LISTS: readonly RecordList[] = ['stale', 'missing', 'extra', 'removed'];

/**
 * What a run reports item by item. It grows with what went wrong (a corpus of a million broken lines
 * fails a million times; held as objects, 1.2 M failures took a run to 1.16 GB), so every list is a
 * set that spills sorted runs to disk and is read back sorted, as a stream. Each document is
 * reported at most once, so a list's count is the number of items added.
 */
export class Findings {
  private readonly failures: SpilledSet;
  private readonly lists: Record<RecordList, SpilledSet>;
  private readonly counts = { failed: 0, stale: 0, missing: 0, extra: 0, removed: 0 };

  constructor(runLength = 16_384) {
    this.failures = new SpilledSet(runLength);
    this.lists = {
      stale: new SpilledSet(runLength),
      missing: new SpilledSet(runLength),
      extra: new SpilledSet(runLength),
      removed: new SpilledSet(runLength),
    };
  }

  fail(failure: Failure): void {
    this.failures.add(failureLine(failure));
    this.counts.failed++;
  }

  list(kind: RecordList, id: string): void {
    this.lists[kind].add(id);
    this.counts[kind]++;
  }

  count(kind: RecordList | 'failed'): number {
    return this.counts[kind];
  }

  /** Failed documents by path, then id. */
  async *failed(): AsyncGenerator<Failure> {
    for await (const line of this.failures.sorted()) yield parseFailureLine(line);
  }

  /** The ids of one list, ascending. */
  ids(kind: RecordList): AsyncGenerator<string> {
    return this.lists[kind].sorted();
  }

  /** Every item: the failures, then the stale, missing, extra and removed records. */
  async *all(): AsyncGenerator<Finding> {
    for await (const failure of this.failed()) yield { kind: 'failed', ...failure };
    for (const kind of RECORD_LISTS) for await (const id of this.ids(kind)) yield { kind, id };
  }

  /** Removes the spilled runs. */
  close(): void {
    this.failures.close();
    for (const kind of RECORD_LISTS) this.lists[kind].close();
  }
}

// Each field JSON-escaped without its quotes, so a reason's newlines (a stack trace) stay off the
// line, and joined by NUL, which sorts before every character: lines sort by path, then id (exactly
// as the raw strings would, unless a path holds a control character, a quote or a backslash).
const SEPARATOR = '\u0000';
const escape = (field: string): string => JSON.stringify(field).slice(1, -1);
const unescape = (field: string): string => JSON.parse(`"${field}"`) as string;

const failureLine = ({ path, id, reason }: Failure): string => [path, id, reason].map(escape).join(SEPARATOR);

function parseFailureLine(line: string): Failure {
  const [path, id, reason] = line.split(SEPARATOR).map(unescape) as [string, string, string];
  return { id, path, reason };
}
