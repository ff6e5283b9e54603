import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentInput } from '../pipeline.js';
import { documentSchema } from '../schema/index.js';

/** What reading the inputs yields: a document to process, or one that failed before processing. */
export type InputItem = { ok: true; input: DocumentInput } | { ok: false; id: string; path: string; reason: string };

const FORMATS: Readonly<Record<string, DocumentInput['format']>> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown' };
/** The record schema's id pattern: an id that passes it is also safe as a file name. */
const SAFE_ID = new RegExp((documentSchema as { properties: { id: { pattern: string } } }).properties.id.pattern, 'u');

/** `file.jsonl:12` for a JSONL line, the relative path for a file: where a failure is reported. */
export function locationOf(input: Pick<DocumentInput, 'path' | 'line'>): string {
  return input.line === undefined ? input.path : `${input.path}:${input.line}`;
}

/**
 * Every document under the given files and folders, in a stable order (folders walked depth
 * first, names sorted), one at a time: JSONL files are streamed line by line, so a large dataset
 * never sits in memory. Ids must be unique across the run and safe as file names.
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) {
      yield { ok: false, id: path.basename(given), path: given, reason: 'no such file or folder' };
      continue;
    }
    const root = info.isDirectory() ? given : path.dirname(given);
    const files = info.isDirectory() ? await listFiles(given) : [given];
    for (const file of files) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      for await (const item of readDocuments(file, relative)) {
        if (item.ok && seen.has(item.input.id)) {
          yield { ok: false, id: item.input.id, path: locationOf(item.input), reason: `duplicate id '${item.input.id}': an earlier document has it` };
          continue;
        }
        if (item.ok) seen.add(item.input.id);
        yield item;
      }
    }
  }
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile() && isInputFile(entry.name)) files.push(full);
  }
  return files;
}

function isInputFile(name: string): boolean {
  const extension = path.extname(name).toLowerCase();
  return extension === '.jsonl' || extension in FORMATS;
}

async function* readDocuments(file: string, relative: string): AsyncGenerator<InputItem> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.jsonl') {
    yield* readJsonl(file, relative);
    return;
  }
  const format = FORMATS[extension];
  const id = path.basename(file, path.extname(file));
  if (!format) {
    yield { ok: false, id, path: relative, reason: `unsupported file type '${extension}' (docsift reads .txt, .md and .jsonl)` };
    return;
  }
  if (!SAFE_ID.test(id)) {
    yield { ok: false, id, path: relative, reason: 'file name is not a usable id (letters, digits, _ . - only)' };
    return;
  }
  try {
    yield { ok: true, input: { id, path: relative, format, bytes: await readFile(file) } };
  } catch (error) {
    yield { ok: false, id, path: relative, reason: `cannot read: ${(error as Error).message}` };
  }
}

async function* readJsonl(file: string, relative: string): AsyncGenerator<InputItem> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let lineNumber = 0;
  for await (const bytes of readLines(file)) {
    lineNumber++;
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      yield { ok: false, id: `line ${lineNumber}`, path: locationOf({ path: relative, line: lineNumber }), reason: 'invalid UTF-8 (JSONL files are UTF-8)' };
      continue;
    }
    if (line.trim() === '') continue;
    yield parseJsonlLine(line, relative, lineNumber);
  }
}

/**
 * The lines of a file as bytes, streamed: a JSONL dataset never sits in memory whole, and each
 * line is decoded strictly on its own so one bad line fails alone (readline would silently turn
 * invalid UTF-8 into U+FFFD).
 */
async function* readLines(file: string): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      pending.push(chunk.subarray(from, newline));
      yield withoutCarriageReturn(Buffer.concat(pending));
      pending = [];
      from = newline + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield withoutCarriageReturn(Buffer.concat(pending));
}

function withoutCarriageReturn(line: Buffer): Buffer {
  return line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
}

/** One JSONL line: `{"id", "text", "published"?}`; evaluation suites name the date `dct`. */
export function parseJsonlLine(line: string, relative: string, lineNumber: number): InputItem {
  const where = locationOf({ path: relative, line: lineNumber });
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: `line ${lineNumber}`, path: where, reason: `not JSON: ${(error as Error).message}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, id: `line ${lineNumber}`, path: where, reason: 'not a JSON object' };
  }
  const fields = parsed as Record<string, unknown>;
  const id = typeof fields.id === 'string' ? fields.id : null;
  if (id === null) return { ok: false, id: `line ${lineNumber}`, path: where, reason: 'no string "id"' };
  if (!SAFE_ID.test(id)) return { ok: false, id, path: where, reason: 'id is not safe as a file name (letters, digits, _ . - only, not starting with . or -)' };
  if (typeof fields.text !== 'string') return { ok: false, id, path: where, reason: 'no string "text"' };
  const published = fields.published ?? fields.dct ?? null;
  if (published !== null && typeof published !== 'string') return { ok: false, id, path: where, reason: '"published" is not a string' };
  return {
    ok: true,
    input: { id, path: relative, line: lineNumber, format: 'text', bytes: Buffer.from(line, 'utf8'), text: fields.text, published },
  };
}
