// Runs the built pipeline over the seed gold and the public dev suites in ../shared and prints the
// scorer's summary line for each: `npm run eval [-- suite ...]`. Needs `npm run build` first;
// DOCSIFT_CLI=path/to/cli.js runs another build (e.g. one compiled with --outDir .build-x).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = path.join(root, '../shared');
const scorer = path.join(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.error('eval: ../shared/eval/score.mjs not found: the suites live beside the project');
  process.exit(2);
}

/** A suite's own config, when its languages differ from the project's. */
const configFor = (suite) => {
  const own = path.join(root, 'eval', `${suite}.config.json`);
  return existsSync(own) ? own : path.join(root, 'pipeline.config.json');
};

const suitesDir = path.join(shared, 'eval/suites');
const wanted = process.argv.slice(2);
const runs = [
  { name: 'seeds', input: path.join(root, 'input'), gold: path.join(shared, 'gold/seeds') },
  ...readdirSync(suitesDir).sort().map((suite) => ({ name: suite, input: path.join(suitesDir, suite, 'dev.jsonl'), gold: path.join(suitesDir, suite, 'dev.jsonl') })),
].filter((run) => wanted.length === 0 || wanted.includes(run.name));

for (const run of runs) {
  const out = mkdtempSync(path.join(tmpdir(), `docsift-eval-${run.name}-`));
  const started = performance.now();
  try {
    execFileSync(process.execPath, [process.env.DOCSIFT_CLI ?? path.join(root, 'dist/cli.js'), 'run', run.input, '--out', out, '--config', configFor(run.name)], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    // Failed documents are listed on stderr; the scorer counts their records as missing.
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const score = execFileSync(process.execPath, [scorer, '--gold', run.gold, '--records', out], { encoding: 'utf8' }).trim().split('\n').at(-1);
  console.log(`${run.name.padEnd(20)} ${score}  (${seconds} s)`);
  rmSync(out, { recursive: true, force: true });
}
