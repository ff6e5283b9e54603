// `npm run bench:stages`: the pipeline's steady state, stage by stage, with no threads, files or
// start-up in the way: one process runs the generated corpus once to warm up, then `--passes` more
// times, and prints each stage's minimum over those passes. What a change to a stage saves shows
// here first; `npm run bench` then says how much of it a whole run keeps.
//   node bench/stages.mjs [--mb 5] [--passes 3]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { mb: { type: 'string', default: '5' }, passes: { type: 'string', default: '3' } } });
const { processDocument } = await import(pathToFileURL(path.join(root, 'dist/pipeline.js')).href);
const { resolveConfig } = await import(pathToFileURL(path.join(root, 'dist/config/index.js')).href);
const config = resolveConfig(JSON.parse(readFileSync(path.join(root, 'pipeline.config.json'), 'utf8')));
if (!config.ok) throw new Error(config.errors.join('; '));

const work = mkdtempSync(path.join(tmpdir(), 'docsift-bench-stages-'));
let documents;
let megabytes;
try {
  const corpus = await writeCorpus(path.join(work, 'stages.jsonl'), Number(values.mb) * 1e6);
  megabytes = corpus.bytes / 1e6;
  documents = readFileSync(corpus.file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line, i) => {
      const { id, text, published } = JSON.parse(line);
      return { id, path: 'stages.jsonl', line: i + 1, format: 'text', bytes: Buffer.from(line), text, published };
    });
  console.log(`corpus: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB of text; 1 warm-up pass, then the minimum of ${values.passes}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const best = new Map();
let bestTotal = Number.POSITIVE_INFINITY;
for (let pass = 0; pass <= Number(values.passes); pass++) {
  const timings = new Map();
  const started = performance.now();
  for (const document of documents) processDocument(document, config.resolved, timings);
  if (pass === 0) continue;
  bestTotal = Math.min(bestTotal, performance.now() - started);
  for (const [stage, ms] of timings) best.set(stage, Math.min(best.get(stage) ?? Number.POSITIVE_INFINITY, ms));
}
for (const [stage, ms] of [...best].sort(([, a], [, b]) => b - a)) console.log(`  ${stage.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`  ${'whole pipeline'.padEnd(24)} ${bestTotal.toFixed(0).padStart(6)} ms  ${(megabytes / (bestTotal / 1000)).toFixed(2)} MB/s`);
