import { writeFileAtomically } from './atomic.js';
import { writeJsonl } from './jsonl.js';
import { writeParquet } from './parquet.js';
import { readRecords } from './records.js';

export { ExportError } from './errors.js';

/** The dataset formats, for a command line to list and check its `--format` against. */
export const EXPORT_FORMATS = ['jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  recordsDir: string;
  format: ExportFormat;
  outFile: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Gathers the records of a run folder (`<id>.json`, in id order) into one dataset file. Records
 * are read one at a time; the file appears at `outFile` only once it is complete.
 */
export async function exportRecords(options: ExportOptions): Promise<{ records: number }> {
  const { recordsDir, format, outFile } = options;
  // The type already says this; a command line that casts its argument still gets a clear refusal.
  if (!isExportFormat(format)) throw new Error(`unknown export format '${String(format)}' (${EXPORT_FORMATS.join(', ')})`);
  const records = await writeFileAtomically(outFile, (handle) => {
    const source = readRecords(recordsDir);
    return format === 'jsonl' ? writeJsonl(source, handle) : writeParquet(source, handle);
  });
  return { records };
}
