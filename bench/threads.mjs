// `npm run bench:threads -- <docsift arguments>`: CPU time of every thread of one docsift run, read
// from /proc (Linux only), to see where a run's CPU goes: the pipeline threads, V8's own compiler and
// collector threads, the coordinating thread. Node does not name its threads, so they are listed by
// thread id (the main thread's is the process id) with the busiest first.
//   npm run bench:threads -- run corpus.jsonl --out /tmp/out --jobs 2 --check --quiet
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ticksPerSecond = 100; // USER_HZ: the unit of /proc/<pid>/task/<tid>/stat times on Linux
const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), ...process.argv.slice(2)], { stdio: ['ignore', 'ignore', 'inherit'] });
const started = performance.now();
/** @type {Map<string, number>} thread id → user + system ticks, as last read */
const ticks = new Map();

const sample = () => {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return; // the process has ended between two samples
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(tid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the thread ended between listing and reading
    }
  }
};
const timer = setInterval(sample, 50);
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(timer);

const seconds = (performance.now() - started) / 1000;
const rows = [...ticks].filter(([, t]) => t > 0).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, t]) => sum + t, 0);
console.log(`exit code ${code}, ${seconds.toFixed(1)} s wall, ${(total / ticksPerSecond).toFixed(2)} s CPU (${(total / ticksPerSecond / seconds).toFixed(2)} cores)`);
for (const [tid, t] of rows) console.log(`  thread ${tid.padStart(7)}${tid === String(child.pid) ? ' (main)' : '       '} ${(t / ticksPerSecond).toFixed(2).padStart(7)} s`);
console.log('(threads are read every 50 ms while the run lasts: the last 50 ms of each may be missing)');
