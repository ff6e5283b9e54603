import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentInput } from '../pipeline.js';
import { documentSchema } from '../schema/schemas.js';
import { readLines } from './lines.js';
import { SpilledSet } from './spilled-set.js';

/**
 * What reading the inputs yields: a document to process, or one that failed before processing.
 * `size`: the bytes of input files it accounts for (a whole file, or a JSONL line with its line
 * break and any blank lines before it), so the sizes of all items add up to the inputs' size.
 */
export type InputItem = ParsedItem & { size: number };

/** A document, or why an input could not be one. */
export type ParsedItem = { ok: true; input: DocumentInput } | { ok: false; id: string; path: string; reason: string };

const FORMATS: Readonly<Record<string, DocumentInput['format']>> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown' };
/** The record schema's id pattern: an id that passes it is also safe as a file name. */
const SAFE_ID = new RegExp((documentSchema as { properties: { id: { pattern: string } } }).properties.id.pattern, 'u');

/** The ids read so far. */
export interface IdSet {
  has(id: string): boolean;
  add(id: string): unknown;
}

/** `file.jsonl:12` for a JSONL line, the relative path for a file: where a failure is reported. */
export function locationOf(input: Pick<DocumentInput, 'path' | 'line'>): string {
  return input.line === undefined ? input.path : `${input.path}:${input.line}`;
}

/**
 * Every document under the given files and folders, in a stable order (folders walked depth
 * first, names sorted), one at a time: JSONL files are streamed line by line, so a large dataset
 * never sits in memory. Ids must be unique across the run and safe as file names; `seen` collects
 * them (a batch passes a set kept on disk, so millions of ids cost no memory).
 */
export async function* readInputs(paths: readonly string[], seen: IdSet = new Set()): AsyncGenerator<InputItem> {
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) {
      yield { ok: false, id: path.basename(given), path: given, reason: 'no such file or folder', size: 0 };
      continue;
    }
    const root = info.isDirectory() ? given : path.dirname(given);
    for await (const file of info.isDirectory() ? filesUnder(given) : [given]) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (relative.includes('\n')) {
        yield { ok: false, id: path.basename(file), path: relative, reason: 'a name with a line break is not read', size: await sizeOf(file) };
        continue;
      }
      for await (const item of readDocuments(file, relative)) {
        if (item.ok && seen.has(item.input.id)) {
          yield { ok: false, id: item.input.id, path: locationOf(item.input), reason: `duplicate id '${item.input.id}': an earlier document has it`, size: item.size };
          continue;
        }
        if (item.ok) seen.add(item.input.id);
        yield item;
      }
    }
  }
}

/**
 * The input files under a folder, depth first, names sorted. A folder's names are streamed into a
 * set that spills to disk, so a folder of a million documents is walked in flat memory. A name
 * holding a line break (which a line of the set cannot) comes out as is, to be reported.
 */
async function* filesUnder(folder: string): AsyncGenerator<string> {
  const names = new SpilledSet(32_768);
  try {
    for await (const entry of await opendir(folder)) {
      const kind = entry.isDirectory() ? FOLDER : entry.isFile() && isInputFile(entry.name) ? FILE : null;
      if (kind === null) continue;
      if (entry.name.includes('\n')) yield path.join(folder, entry.name);
      // A NUL never occurs in a file name and sorts before every character: names keep their order.
      else names.add(`${entry.name}\0${kind}`);
    }
    for await (const line of names.sorted()) {
      const [name, kind] = line.split('\0') as [string, string];
      if (kind === FOLDER) yield* filesUnder(path.join(folder, name));
      else yield path.join(folder, name);
    }
  } finally {
    names.close();
  }
}

/**
 * The bytes `readInputs` will read from these paths, for a progress bar: the same files, walked in
 * no particular order, a stat each. An input that cannot be measured counts 0.
 */
export async function inputSize(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info) total += info.isDirectory() ? await folderSize(given) : info.size;
  }
  return total;
}

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  const entries = await opendir(folder).catch(() => null);
  if (entries === null) return 0;
  for await (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) total += await folderSize(file);
    else if (entry.isFile() && isInputFile(entry.name)) total += await sizeOf(file);
  }
  return total;
}

const FOLDER = 'd';
const FILE = 'f';

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
    yield { ok: false, id, path: relative, reason: `unsupported file type '${extension}' (docsift reads .txt, .md and .jsonl)`, size: await sizeOf(file) };
    return;
  }
  if (!SAFE_ID.test(id)) {
    yield { ok: false, id, path: relative, reason: 'file name is not a usable id (letters, digits, _ . - only)', size: await sizeOf(file) };
    return;
  }
  try {
    const bytes = await readFile(file);
    yield { ok: true, input: { id, path: relative, format, bytes }, size: bytes.byteLength };
  } catch (error) {
    yield { ok: false, id, path: relative, reason: `cannot read: ${(error as Error).message}`, size: await sizeOf(file) };
  }
}

const sizeOf = async (file: string): Promise<number> => (await stat(file).catch(() => null))?.size ?? 0;

async function* readJsonl(file: string, relative: string): AsyncGenerator<InputItem> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let lineNumber = 0;
  let size = 0;
  for await (const bytes of readLines(file)) {
    lineNumber++;
    // Its line break too (a carriage return before it is not counted: progress, not accounting).
    size += bytes.byteLength + 1;
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      yield { ok: false, id: `line ${lineNumber}`, path: locationOf({ path: relative, line: lineNumber }), reason: 'invalid UTF-8 (JSONL files are UTF-8)', size };
      size = 0;
      continue;
    }
    if (line.trim() === '') continue;
    yield { ...parseJsonlLine(line, relative, lineNumber), size };
    size = 0;
  }
}

/** One JSONL line: `{"id", "text", "published"?}`; evaluation suites name the date `dct`. */
export function parseJsonlLine(line: string, relative: string, lineNumber: number): ParsedItem {
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
