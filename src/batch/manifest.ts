import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { readLines } from './lines.js';

/** What produced one record: a rerun skips the document while all three are unchanged. */
export interface ManifestEntry {
  readonly input: string;
  readonly config: string;
  readonly pipeline: string;
}

/**
 * One JSON object a line, sorted by id: a run streams it out and looks entries up in it on disk,
 * so a manifest of millions of documents costs no memory.
 */
export const MANIFEST_FILE = '_manifest.jsonl';
export const RUN_REPORT_FILE = '_run.json';

/** A manifest line. The id comes first and ids need no JSON escaping, so lines sort as their ids do. */
export function manifestLine(id: string, entry: ManifestEntry): string {
  return JSON.stringify({ id, input: entry.input, config: entry.config, pipeline: entry.pipeline });
}

/**
 * The manifest the last run left in an output folder, read where it lies. One pass at the start
 * keeps the id and offset of every SAMPLE-th line; a lookup then reads only the block of lines
 * between two samples. So memory is ~1 byte a document and a lookup one small read.
 */
export class PreviousManifest {
  private constructor(
    private readonly file: string,
    private readonly fd: number | undefined,
    private readonly samples: readonly Sample[],
    private readonly size: number,
  ) {}

  /** Read into again and again: a lookup allocates no block of its own. */
  private block = Buffer.alloc(0);

  /** What a first run (or a check, which skips nothing) sees: every document is done. */
  static readonly none = new PreviousManifest('', undefined, [], 0);

  static async open(outDir: string): Promise<PreviousManifest> {
    const file = path.join(outDir, MANIFEST_FILE);
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return PreviousManifest.none;
    }
    const samples: Sample[] = [];
    let offset = 0;
    let line = 0;
    for await (const bytes of readLines(file)) {
      if (line++ % SAMPLE === 0) samples.push({ id: idOrEmpty(bytes.toString('utf8')), offset });
      offset += bytes.length + 1;
    }
    return new PreviousManifest(file, fd, samples, fstatSync(fd).size);
  }

  get(id: string): ManifestEntry | undefined {
    if (this.fd === undefined) return undefined;
    // The last sample at or before the id starts the only block that can hold it.
    let low = 0;
    let high = this.samples.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.samples[middle]!.id <= id) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return undefined;
    const start = this.samples[low - 1]!.offset;
    const end = low < this.samples.length ? this.samples[low]!.offset : this.size;
    if (this.block.length < end - start) this.block = Buffer.allocUnsafe(end - start);
    const block = this.block.subarray(0, end - start);
    readSync(this.fd, block, 0, block.length, start);
    // The line is found as bytes and only it is decoded: a lookup leaves almost no garbage.
    const prefix = Buffer.from(`{"id":${JSON.stringify(id)},`);
    for (let at = block.indexOf(prefix); at !== -1; at = block.indexOf(prefix, at + 1)) {
      if (at > 0 && block[at - 1] !== 0x0a) continue;
      const newline = block.indexOf(0x0a, at);
      try {
        return JSON.parse(block.toString('utf8', at, newline === -1 ? block.length : newline)) as ManifestEntry;
      } catch {
        // A line that is not ours (an edited manifest): the document is redone, which is always safe.
        return undefined;
      }
    }
    return undefined;
  }

  /** The ids it lists, in file order (ascending unless someone edited the file). */
  async *ids(): AsyncGenerator<string> {
    if (this.fd === undefined) return;
    for await (const bytes of readLines(this.file)) {
      const id = idOrEmpty(bytes.toString('utf8'));
      if (id !== '') yield id;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/** One line in SAMPLE is indexed: with ~200-byte lines a lookup reads ~13 KB. */
const SAMPLE = 64;

interface Sample {
  readonly id: string;
  readonly offset: number;
}

/** The id of a manifest line; '' for a line that is not one (no id is empty). */
function idOrEmpty(line: string): string {
  try {
    const { id } = JSON.parse(line) as { id?: unknown };
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

export function sameEntry(a: ManifestEntry | undefined, b: ManifestEntry): boolean {
  return a !== undefined && a.input === b.input && a.config === b.config && a.pipeline === b.pipeline;
}
