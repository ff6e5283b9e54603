import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * The lines of a file as bytes, streamed: a JSONL dataset never sits in memory whole, and each
 * line is decoded strictly on its own so one bad line fails alone (readline would silently turn
 * invalid UTF-8 into U+FFFD). A line may be a view of the chunk read: use it before the next.
 */
export async function* readLines(file: string): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      // A line within one chunk is a view of it, not a copy: millions of lines make no garbage.
      if (pending.length === 0) {
        yield withoutCarriageReturn(chunk.subarray(from, newline));
      } else {
        pending.push(chunk.subarray(from, newline));
        yield withoutCarriageReturn(Buffer.concat(pending));
        pending = [];
      }
      from = newline + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield withoutCarriageReturn(Buffer.concat(pending));
}

function withoutCarriageReturn(line: Buffer): Buffer {
  return line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
}

/** Writes each line followed by a newline, in blocks of ~64 KB, however many lines come. */
export async function writeLines(file: string, lines: AsyncIterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let block = '';
    for await (const line of lines) {
      block += `${line}\n`;
      if (block.length >= 65_536) {
        await handle.write(block);
        block = '';
      }
    }
    await handle.write(block);
  } finally {
    await handle.close();
  }
}
