// `npm run bench:memory`: peak memory against corpus size. Corpora of short documents (three lines
// each, ~0.7 KB) of growing size run with --jobs 2, then once more with nothing to do (every record
// current); a flat column of peak RSS is the target, whatever the size. `--broken N` adds a run over
// N lines that are not JSON: what a run reports grows with its failures, its memory must not.
//   node bench/memory.mjs [--mb 10,100,1000] [--jobs 2] [--broken 1200000]
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { mb: { type: 'string', default: '10,100' }, jobs: { type: 'string', default: '2' }, broken: { type: 'string' } },
});

for (const mb of values.mb.split(',').map(Number).filter((mb) => mb > 0)) {
  const work = mkdtempSync(path.join(tmpdir(), 'docsift-bench-memory-'));
  try {
    const corpus = await writeCorpus(path.join(work, 'corpus', 'short.jsonl'), mb * 1e6, { linesPerDocument: 3 });
    const out = path.join(work, 'out');
    for (const pass of ['first run', 'rerun']) {
      execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'run', corpus.file, '--out', out, '--jobs', values.jobs, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const run = JSON.parse(readFileSync(path.join(out, '_run.json'), 'utf8'));
      console.log(
        `${String(mb).padStart(5)} MB, ${String(corpus.documents).padStart(8)} documents, ${pass.padEnd(9)}: ${(run.milliseconds / 1000).toFixed(1).padStart(7)} s, ` +
          `${String(run.written).padStart(8)} written, ${String(run.skipped).padStart(8)} unchanged, peak RSS ${Math.round(run.peakRssBytes / 2 ** 20)} MiB`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values.broken !== undefined) {
  const lines = Number(values.broken);
  const work = mkdtempSync(path.join(tmpdir(), 'docsift-bench-broken-'));
  try {
    const file = path.join(work, 'corpus', 'broken.jsonl');
    mkdirSync(path.dirname(file));
    writeFileSync(file, 'not json\n'.repeat(lines));
    const out = path.join(work, 'out');
    // Exit 1 (every document failed) is the point; the million failure lines on stderr are not read.
    try {
      execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'run', file, '--out', out, '--jobs', values.jobs, '--quiet'], { stdio: 'ignore' });
    } catch (error) {
      if (error.status !== 1) throw error;
    }
    // The counts lead the report; its list of failures (~155 bytes each) is not parsed.
    const head = readHead(path.join(out, '_run.json'), 4096);
    const count = (key) => Number(new RegExp(`"${key}": (\\d+(?:\\.\\d+)?)`).exec(head)[1]);
    console.log(
      `${String(lines).padStart(8)} broken lines: ${(count('milliseconds') / 1000).toFixed(1).padStart(7)} s, ${count('failed')} failed, peak RSS ${Math.round(count('peakRssBytes') / 2 ** 20)} MiB`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readHead(file, bytes) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
