// `npm run bench`: throughput and memory of the whole pipeline on a generated corpus, beside a floor
// (read + one regex scan + JSON write of the same corpus) measured in the same run.
//   node bench/run.mjs [--mb 20] [--jobs 1,2] [--keep]
// Speed targets live here, not in tests: shared machines are noisy, so read the ratios.
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { mb: { type: 'string', default: '20' }, jobs: { type: 'string', default: '1,2' }, keep: { type: 'boolean', default: false } },
});
const targetBytes = Number(values.mb) * 1e6;
const jobCounts = values.jobs.split(',').map(Number);
const work = mkdtempSync(path.join(tmpdir(), 'docsift-bench-'));

const corpus = await writeCorpus(path.join(work, 'corpus', 'bench.jsonl'), targetBytes);
console.log(`corpus: ${corpus.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB of text (${corpus.file})`);

const floor = await runFloor(corpus.file, path.join(work, 'floor'));
report('floor (read + regex + write)', corpus, floor.seconds, null);

const results = [];
for (const jobs of jobCounts) {
  const out = path.join(work, `out-${jobs}`);
  const started = performance.now();
  execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'run', path.dirname(corpus.file), '--out', out, '--jobs', String(jobs), '--force', '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  const run = JSON.parse(readFileSync(path.join(out, '_run.json'), 'utf8'));
  results.push({ jobs, seconds, run });
  report(`pipeline --jobs ${jobs}`, corpus, seconds, run);
}

console.log('\nper stage (summed over documents and threads; MB/s = corpus MB / stage seconds):');
const single = results.find((result) => result.jobs === 1) ?? results[0];
for (const [stage, ms] of Object.entries(single.run.stages).sort(([, a], [, b]) => b - a)) {
  console.log(`  ${stage.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(corpus.bytes / 1e6 / (ms / 1000)).toFixed(2).padStart(8)} MB/s`);
}

console.log('\nratios:');
for (const result of results) console.log(`  pipeline --jobs ${result.jobs} / floor: 1/${(result.seconds / floor.seconds).toFixed(1)}`);
const [one, two] = [results.find((r) => r.jobs === 1), results.find((r) => r.jobs === 2)];
if (one && two) console.log(`  --jobs 2 speed-up over --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}x`);
if (!values.keep) rmSync(work, { recursive: true, force: true });

function report(label, corpus, seconds, run) {
  const rss = run ? `, peak RSS ${Math.round(run.peakRssBytes / 2 ** 20)} MB, CPU ${(run.cpuMilliseconds / 1000).toFixed(1)} s` : '';
  console.log(
    `${label.padEnd(30)} ${seconds.toFixed(1).padStart(6)} s  ${(corpus.documents / seconds).toFixed(0).padStart(6)} docs/s  ${(corpus.bytes / 1e6 / seconds).toFixed(2).padStart(7)} MB/s${rss}`,
  );
}

/** The least any tool must do with this corpus: stream it, scan each text once, write a JSON file each. */
async function runFloor(file, out) {
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const { id, text } = JSON.parse(line);
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    writeFileSync(path.join(out, `${id}.json`), `${JSON.stringify({ id, text, words }, null, 2)}\n`);
  }
  return { seconds: (performance.now() - started) / 1000 };
}
