// The benchmarks' corpus: the project's default corpus, multiplied and varied, streamed to a JSONL file.
import { createWriteStream, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every copy of every seed shuffles the paragraph order, shifts the digits and misspells about one
 * longer word in seven (two inner letters swapped), so no two documents or lines are equal and
 * every copy brings words no cache has seen, as a stream of real articles does; the duplicate
 * detector still has real work within each document. With `linesPerDocument`, each varied seed is
 * cut into documents of that many lines (short documents: many ids for few bytes).
 */
export async function writeCorpus(file, targetBytes, { linesPerDocument } = {}) {
  mkdirSync(path.dirname(file), { recursive: true });
  const inputDir = path.join(root, 'input');
  const seeds = readdirSync(inputDir).sort().map((name) => readFileSync(path.join(inputDir, name), 'utf8'));
  const random = seededRandom(20261123);
  const misspell = (word) => {
    if (random() >= 1 / 7) return word;
    const i = 1 + Math.floor(random() * (word.length - 3));
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  };
  const out = createWriteStream(file);
  let [bytes, documents] = [0, 0];
  const write = async (id, text) => {
    documents++;
    bytes += Buffer.byteLength(text);
    if (!out.write(`${JSON.stringify({ id, text, published: '2025-08-22' })}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  };
  for (let copy = 0; bytes < targetBytes; copy++) {
    for (const [i, seed] of seeds.entries()) {
      const paragraphs = seed.split('\n');
      const rotated = [...paragraphs.slice(copy % paragraphs.length), ...paragraphs.slice(0, copy % paragraphs.length)];
      const text = rotated
        .join('\n')
        .replace(/\d/gu, (digit) => String((Number(digit) + copy) % 10))
        .replace(/\p{L}{5,}/gu, misspell);
      if (linesPerDocument === undefined) {
        await write(`bench-${copy}-${i}`, text);
        continue;
      }
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      for (let part = 0; part * linesPerDocument < lines.length; part++) {
        await write(`short-${copy}-${i}-${part}`, lines.slice(part * linesPerDocument, (part + 1) * linesPerDocument).join('\n'));
      }
    }
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return { file, documents, bytes };
}

/** A small deterministic generator (mulberry32), so every run measures the same corpus. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
