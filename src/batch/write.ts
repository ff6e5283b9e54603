import { rename, rm, writeFile } from 'node:fs/promises';
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
 */
export async function writeAtomically(outDir: string, name: string, content: string): Promise<void> {
  await replaceAtomically(outDir, name, (temporary) => writeFile(temporary, content));
}

/** `writeAtomically` for content that comes as a stream of lines (a manifest of millions of documents). */
export async function writeLinesAtomically(outDir: string, name: string, lines: AsyncIterable<string>): Promise<void> {
  await replaceAtomically(outDir, name, (temporary) => writeLines(temporary, lines));
}

async function replaceAtomically(outDir: string, name: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const target = path.join(outDir, name);
  const temporary = path.join(outDir, `.${name}.${process.pid}.${sequence++}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
