import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DocsiftRecord } from '../types/record.js';
import { writeLines } from './lines.js';

/** The bytes of a record file: two-space JSON in the schema's key order, newline-terminated. */
export function serializeRecord(record: DocsiftRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

let sequence = 0;

/** The hidden temporary files `writeAtomically` creates; a killed run may leave some behind. */
export const TEMPORARY_FILE = /^\..+\.\d+\.\d+\.tmp$/u;

/**
 * Writes `<outDir>/<name>` so that no reader ever sees half a file: the bytes go to a hidden
 * temporary file in the same folder, which is then renamed over the target (atomic on POSIX).
 * Synchronous on purpose: a record is a few KB, and the promise API's four trips through the
 * thread pool (open, write, close, rename) took 3-5x longer than the calls themselves; the
 * threads that write records have nothing else to do meanwhile.
 */
export function writeAtomically(outDir: string, name: string, content: string): void {
  const target = path.join(outDir, name);
  const temporary = temporaryPath(outDir, name);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** `writeAtomically` for content that comes as a stream of lines (a manifest of millions of documents). */
export async function writeLinesAtomically(outDir: string, name: string, lines: AsyncIterable<string>): Promise<void> {
  const target = path.join(outDir, name);
  const temporary = temporaryPath(outDir, name);
  try {
    await writeLines(temporary, lines);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function temporaryPath(outDir: string, name: string): string {
  return path.join(outDir, `.${name}.${process.pid}.${sequence++}.tmp`);
}
