import { opendir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { recordIdsIn } from '../batch/record-files.js';
import { describeErrors, validateDocument } from '../schema/index.js';
import type { DocsiftRecord } from '../types/record.js';
import { ExportError } from './errors.js';

/** One record read from its file, with the file's size so a writer can bound what it buffers. */
export interface RecordFile {
  bytes: number;
  record: DocsiftRecord;
}

/** The record files of a folder in id order; contents are never held. */
async function* recordFiles(recordsDir: string): AsyncGenerator<string> {
  const folder = await opendir(recordsDir).catch((error: unknown) => {
    throw new ExportError(recordsDir, `cannot read the records folder (${(error as Error).message})`);
  });
  for await (const id of recordIdsIn(folder)) yield path.join(recordsDir, `${id}.json`);
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
  for await (const file of recordFiles(recordsDir)) {
    const buffer = await readFile(file).catch((error: unknown) => {
      throw new ExportError(file, `cannot read (${(error as Error).message})`);
    });
    yield { bytes: buffer.byteLength, record: parseRecord(file, buffer.toString('utf8')) };
  }
}
