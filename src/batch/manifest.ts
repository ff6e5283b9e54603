import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { readLines } from './lines.js';
import { lineFrom } from './spilled-set.js';

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
 * The manifest the last run left in an output folder, read where it lies. Opening it reads the
 * first line after every SAMPLE_BYTES-th byte (its id and offset); a lookup then reads only the
 * block between two samples. So memory is a few bytes a document and a lookup one small read.
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

  static open(outDir: string): PreviousManifest {
    const file = path.join(outDir, MANIFEST_FILE);
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return PreviousManifest.none;
    }
    const size = fstatSync(fd).size;
    const samples: Sample[] = [];
    for (let position = 0; position < size; position += SAMPLE_BYTES) {
      const line = lineFrom(fd, size, position);
      if (line === undefined) break;
      // A line longer than the spacing is found from several positions; it is one sample.
      if (samples.at(-1)?.offset !== line.start) samples.push({ id: idOf(Buffer.from(line.text)), offset: line.start });
    }
    return new PreviousManifest(file, fd, samples, size);
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
    for await (const line of readLines(this.file)) {
      const id = idOf(line);
      if (id !== '') yield id;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}

/** Bytes between samples: a lookup reads ~16 KB, the index holds one id per ~80 documents. */
const SAMPLE_BYTES = 16_384;

interface Sample {
  readonly id: string;
  readonly offset: number;
}

const ID_PREFIX = Buffer.from('{"id":"');

/**
 * The id of a manifest line, read in place from the prefix every line this code writes starts
 * with (ids need no escaping); any other line is parsed. '' for a line that is not one.
 */
function idOf(line: Buffer): string {
  if (line.subarray(0, ID_PREFIX.length).equals(ID_PREFIX)) {
    const end = line.indexOf(0x22, ID_PREFIX.length);
    if (end !== -1) return line.toString('utf8', ID_PREFIX.length, end);
  }
  try {
    const { id } = JSON.parse(line.toString('utf8')) as { id?: unknown };
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

export function sameEntry(a: ManifestEntry | undefined, b: ManifestEntry): boolean {
  return a !== undefined && a.input === b.input && a.config === b.config && a.pipeline === b.pipeline;
}
