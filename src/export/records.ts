import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeErrors, validateDocument } from '../schema/index.js';
import type { DocsiftRecord } from '../types/record.js';
import { ExportError } from './errors.js';

/** One record read from its file, with the file's size so a writer can bound what it buffers. */
export interface RecordFile {
  bytes: number;
  record: DocsiftRecord;
}

/**
 * Record files are `<id>.json`; names starting with `_` (run report, manifest) or `.` (temporary
 * files of a run in progress) are not records.
 */
export function isRecordFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('_') && !name.startsWith('.');
}

/** Code-unit order, not locale order, so the same folder gives the same file on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The record files of a folder in id order. Only names are held, never contents. */
export async function listRecordFiles(recordsDir: string): Promise<string[]> {
  const entries = await readdir(recordsDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new ExportError(recordsDir, `cannot read the records folder (${(error as Error).message})`);
  });
  return entries
    .filter((entry) => entry.isFile() && isRecordFileName(entry.name))
    .map((entry) => entry.name)
    .sort(byCodeUnits)
    .map((name) => path.join(recordsDir, name));
}

/**
 * Parses and validates one record file. A record that breaks the schema is refused here rather
 * than half-written: the Parquet encoder would fail on it with a message naming no file.
 */
export function parseRecord(file: string, content: string): DocsiftRecord {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new ExportError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!validateDocument(value)) {
    throw new ExportError(file, `not a valid record: ${describeErrors(validateDocument.errors).join('; ')}`);
  }
  return value as DocsiftRecord;
}

/** The folder's records one at a time, in id order: each is read when asked for and then let go. */
export async function* readRecords(recordsDir: string): AsyncGenerator<RecordFile> {
  for (const file of await listRecordFiles(recordsDir)) {
    const buffer = await readFile(file).catch((error: unknown) => {
      throw new ExportError(file, `cannot read (${(error as Error).message})`);
    });
    yield { bytes: buffer.byteLength, record: parseRecord(file, buffer.toString('utf8')) };
  }
}
