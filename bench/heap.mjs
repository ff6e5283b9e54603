// `npm run bench:heap`: whether anything of a document outlives it. One process streams a generated
// corpus through the pipeline (no threads, no files) and prints the live heap after a full collection
// every `--every` MB. A flat line means no document is kept; a line that climbs (it did, by 13 MB
// over 60 MB, while word caches held slices of documents) runs a bounded pool thread into constant
// collection on a long run.
//   node --expose-gc bench/heap.mjs [--mb 60] [--every 5]
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { mb: { type: 'string', default: '60' }, every: { type: 'string', default: '5' } } });
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');
const { processDocument } = await import(pathToFileURL(path.join(root, 'dist/pipeline.js')).href);
const { resolveConfig } = await import(pathToFileURL(path.join(root, 'dist/config/index.js')).href);
const config = resolveConfig(JSON.parse(readFileSync(path.join(root, 'pipeline.config.json'), 'utf8')));
if (!config.ok) throw new Error(config.errors.join('; '));

const work = mkdtempSync(path.join(tmpdir(), 'docsift-bench-heap-'));
try {
  const corpus = await writeCorpus(path.join(work, 'heap.jsonl'), Number(values.mb) * 1e6);
  console.log(`corpus: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB; live heap after a full collection:`);
  const every = Number(values.every) * 1e6;
  let [line, bytes, next] = [0, 0, every];
  for await (const text of createInterface({ input: createReadStream(corpus.file, 'utf8'), crlfDelay: Infinity })) {
    const document = JSON.parse(text);
    processDocument({ ...document, path: 'heap.jsonl', line: ++line, format: 'text', bytes: Buffer.from(text) }, config.resolved);
    bytes += Buffer.byteLength(text);
    if (bytes < next) continue;
    next += every;
    gc();
    console.log(`  ${(bytes / 1e6).toFixed(0).padStart(5)} MB  ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1).padStart(6)} MiB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
