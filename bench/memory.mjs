// `npm run bench:memory`: peak memory against corpus size. Corpora of short documents (three lines
// each, ~0.7 KB) of growing size run with --jobs 2, then once more with nothing to do (every record
// current); a flat column of peak RSS is the target, whatever the size.
//   node bench/memory.mjs [--mb 10,100,1000] [--jobs 2]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { mb: { type: 'string', default: '10,100' }, jobs: { type: 'string', default: '2' } } });

for (const mb of values.mb.split(',').map(Number)) {
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
