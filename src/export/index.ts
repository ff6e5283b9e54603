import { writeFileAtomically } from './atomic.js';
import { writeJsonl } from './jsonl.js';
import { writeParquet } from './parquet.js';
import { readRecords } from './records.js';

export { ExportError } from './errors.js';

export type ExportFormat = 'jsonl' | 'parquet';

export interface ExportOptions {
  recordsDir: string;
  format: ExportFormat;
  outFile: string;
}

/**
 * Gathers the records of a run folder (`<id>.json`, in id order) into one dataset file. Records
 * are read one at a time; the file appears at `outFile` only once it is complete.
 */
export async function exportRecords(options: ExportOptions): Promise<{ records: number }> {
  const records = await writeFileAtomically(options.outFile, (handle) => {
    const source = readRecords(options.recordsDir);
    return options.format === 'jsonl' ? writeJsonl(source, handle) : writeParquet(source, handle);
  });
  return { records };
}
