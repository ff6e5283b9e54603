import type { FileHandle } from 'node:fs/promises';
import type { RecordFile } from './records.js';

/**
 * One compact JSON line per record. JSON.stringify keeps the parsed object's key order, which is
 * the record file's. Each line is written before the next record is read.
 */
export async function writeJsonl(records: AsyncIterable<RecordFile>, handle: FileHandle): Promise<number> {
  let count = 0;
  for await (const { record } of records) {
    await handle.write(`${JSON.stringify(record)}\n`);
    count++;
  }
  return count;
}
