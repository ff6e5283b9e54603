import type { Dirent } from 'node:fs';
import { SpilledSet } from './spilled-set.js';

/**
 * Record files are `<id>.json`; names starting with `_` (run report, manifest) or `.` (temporary
 * files of a run in progress) are not records.
 */
export function isRecordFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('_') && !name.startsWith('.');
}

/**
 * The ids of the record files among a folder's entries, ascending (the order a run sorts its ids
 * in). They stream through a set that spills to disk, so a folder of a million records is listed
 * in flat memory.
 */
export async function* recordIdsIn(entries: AsyncIterable<Dirent>): AsyncGenerator<string> {
  const ids = new SpilledSet(32_768);
  try {
    for await (const entry of entries) if (entry.isFile() && isRecordFileName(entry.name)) ids.add(entry.name.slice(0, -'.json'.length));
    yield* ids.sorted();
  } finally {
    ids.close();
  }
}
