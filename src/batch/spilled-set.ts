import { closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readLines, writeLines } from './lines.js';

/**
 * A set of text lines that may be larger than memory should hold: the ids a run has seen, the
 * manifest lines it will write, the names in a folder. Lines gather in memory; every `runLength`
 * of them are sorted and written to a run file in a temporary folder of the set's own
 * (`$TMPDIR/docsift-run-<pid>-*`), so memory stays bounded whatever the corpus size.
 *
 * `has` is exact: each run keeps a Bloom filter (10 bits a line, ~1% false positives), so a line
 * that is in no run is answered without reading the disk, and a run that may hold it is
 * binary-searched in its file. `sorted()` merges the runs into one ascending stream (JS string
 * order) with no repeats. Lines must not contain a newline.
 */
export class SpilledSet {
  private pending = new Set<string>();
  private readonly runs: Run[] = [];
  private files = 0;
  private folder: string | undefined;

  constructor(private readonly runLength: number) {}

  add(line: string): void {
    this.pending.add(line);
    if (this.pending.size >= this.runLength) this.spill();
  }

  has(line: string): boolean {
    if (this.pending.has(line)) return true;
    if (this.runs.length === 0) return false;
    const [first, second] = hashPair(line);
    return this.runs.some((run) => run.filter.mayHave(first, second) && searchSortedFile((run.fd ??= openSync(run.file, 'r')), run.size, (other) => compare(other, line)) !== undefined);
  }

  /**
   * Every line once, ascending. Runs are merged at most FAN_IN at a time (into further files when
   * there are more), so the open files stay few however many runs there are. `has` still answers
   * during and after; `add` must not be called once this has started.
   */
  async *sorted(): AsyncGenerator<string> {
    if (this.runs.length === 0) {
      yield* [...this.pending].sort(compare);
      return;
    }
    this.spill();
    let files = this.runs.map((run) => run.file);
    while (files.length > FAN_IN) {
      const merged: string[] = [];
      for (let i = 0; i < files.length; i += FAN_IN) {
        const file = this.nextFile();
        await writeLines(file, mergeSorted(files.slice(i, i + FAN_IN)));
        merged.push(file);
      }
      files = merged;
    }
    yield* mergeSorted(files);
  }

  /** Closes and removes the run files. */
  close(): void {
    for (const run of this.runs) if (run.fd !== undefined) closeSync(run.fd);
    this.runs.length = 0;
    if (this.folder !== undefined) rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
  }

  private spill(): void {
    if (this.pending.size === 0) return;
    const lines = [...this.pending].sort(compare);
    this.pending = new Set();
    const file = this.nextFile();
    const content = `${lines.join('\n')}\n`;
    writeFileSync(file, content);
    const filter = new BloomFilter(lines.length);
    for (const line of lines) filter.add(...hashPair(line));
    this.runs.push({ file, size: Buffer.byteLength(content), filter });
  }

  private nextFile(): string {
    this.folder ??= mkdtempSync(path.join(tmpdir(), `${SPILL_PREFIX}${process.pid}-`));
    return path.join(this.folder, `${this.files++}.run`);
  }
}

const SPILL_PREFIX = 'docsift-run-';

/** A run killed part way cannot remove its sets' folders; the next run removes those whose process is gone. */
export function removeAbandonedSpills(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(SPILL_PREFIX)) continue;
    const pid = Number.parseInt(name.slice(SPILL_PREFIX.length), 10);
    if (!isRunning(pid)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs merged at once: one open file each. */
const FAN_IN = 64;

interface Run {
  readonly file: string;
  readonly size: number;
  readonly filter: BloomFilter;
  /** Opened at the first lookup that reaches the file: a set only ever merged opens none. */
  fd?: number;
}

/** The lines of sorted files, merged in order, each distinct line once. */
async function* mergeSorted(files: readonly string[]): AsyncGenerator<string> {
  const sources = files.map((file) => readLines(file)[Symbol.asyncIterator]());
  const heads = await Promise.all(sources.map(async (source) => lineOf(await source.next())));
  let last: string | undefined;
  try {
    for (;;) {
      let smallest = -1;
      for (let i = 0; i < heads.length; i++) {
        if (heads[i] !== undefined && (smallest === -1 || heads[i]! < heads[smallest]!)) smallest = i;
      }
      if (smallest === -1) return;
      const line = heads[smallest]!;
      if (line !== last) yield line;
      last = line;
      heads[smallest] = lineOf(await sources[smallest]!.next());
    }
  } finally {
    // A consumer that stops early (a join whose other side ended) leaves no file open.
    await Promise.all(sources.map((source) => source.return(undefined)));
  }
}

const lineOf = (result: IteratorResult<Buffer>): string | undefined => (result.done ? undefined : result.value.toString('utf8'));

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The line of a file sorted by `order` for which `order(line)` is 0, or undefined; `order` says
 * whether a line sorts before (< 0) or after (> 0) the one sought. Lines may have any length:
 * each probe reads the first whole line after a byte position (the way look(1) searches), so a
 * lookup reads O(log size) small blocks and keeps nothing in memory.
 */
export function searchSortedFile(fd: number, size: number, order: (line: string) => number): string | undefined {
  let low = 0;
  let high = size;
  while (low < high) {
    const middle = low + Math.floor((high - low) / 2);
    const line = lineFrom(fd, size, middle);
    // Every line starting at or before this one sorts before the target, so the answer starts later.
    if (line !== undefined && order(line.text) < 0) low = line.start + 1;
    else high = middle;
  }
  const found = lineFrom(fd, size, low);
  return found !== undefined && order(found.text) === 0 ? found.text : undefined;
}

/** The first line that starts at `position` or after it. */
export function lineFrom(fd: number, size: number, position: number): { start: number; text: string } | undefined {
  let start = 0;
  if (position > 0) {
    const newline = newlineFrom(fd, size, position - 1);
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  if (start >= size) return undefined;
  const newline = newlineFrom(fd, size, start);
  const end = newline === -1 ? size : newline;
  const bytes = Buffer.allocUnsafe(end - start);
  readSync(fd, bytes, 0, bytes.length, start);
  return { start, text: bytes.toString('utf8') };
}

const block = Buffer.allocUnsafe(4096);

/** The offset of the first newline at `position` or after it, or -1. */
function newlineFrom(fd: number, size: number, position: number): number {
  for (let offset = position; offset < size; offset += block.length) {
    const read = readSync(fd, block, 0, Math.min(block.length, size - offset), offset);
    const newline = block.subarray(0, read).indexOf(0x0a);
    if (newline !== -1) return offset + newline;
  }
  return -1;
}

/** k = 7 probes over 10 bits a line: about 1% false positives. */
class BloomFilter {
  private readonly bits: Uint32Array;
  private readonly size: number;

  constructor(lines: number) {
    this.bits = new Uint32Array(Math.max(2, Math.ceil((lines * 10) / 32)));
    this.size = this.bits.length * 32;
  }

  add(first: number, second: number): void {
    for (let i = 0; i < 7; i++) {
      const bit = (first + i * second) % this.size;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mayHave(first: number, second: number): boolean {
    for (let i = 0; i < 7; i++) {
      const bit = (first + i * second) % this.size;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two 32-bit hashes of a line (FNV-1a steps with two primes, each through murmur3's finalizer). */
function hashPair(line: string): [number, number] {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return [mix(first), (mix(second) | 1) >>> 0];
}

function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The lines of `lines` that `others` lacks, both ascending: one pass over each. A line out of order
 * in `lines` comes out too (the pass has moved beyond it), so a caller that cannot trust the order
 * confirms what comes out.
 */
export async function* linesNotIn(lines: AsyncIterable<string>, others: AsyncIterable<string>): AsyncGenerator<string> {
  const other = others[Symbol.asyncIterator]();
  try {
    let current = await other.next();
    for await (const line of lines) {
      while (!current.done && current.value < line) current = await other.next();
      if (current.done || current.value !== line) yield line;
    }
  } finally {
    await other.return?.();
  }
}
