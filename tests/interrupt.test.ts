import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const cli = path.join(root, 'dist/cli.js');
const run = promisify(execFile);


const paragraphs = [
  'The ministry said on Monday that exports rose 12% to $4.5 billion in 2024, “a record,” said Igor Petrov.',
  'В декабре 1997 г. правительство провинции провело совещание; оборот составил 6,8 млрд долларов США.',
  'Rosneft and the Bank of China signed five agreements worth about $3 billion next week in Beijing.',
];

async function corpus(documents: number): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'docsift-kill-in-'));
  const lines = Array.from({ length: documents }, (_, i) =>
    JSON.stringify({ id: `doc-${String(i).padStart(4, '0')}`, text: Array.from({ length: 40 }, (_, j) => `${paragraphs[(i + j) % 3]} (${i}.${j})`).join('\n\n') }),
  );
  await writeFile(path.join(folder, 'news.jsonl'), `${lines.join('\n')}\n`);
  return folder;
}

/** Every file of a records folder but the run report (it holds timings), with its bytes. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).filter((name) => name !== '_run.json').sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')] as const)));
}

describe('a run killed part way', () => {
  it('never shows a partial record, and a rerun gives exactly the uninterrupted outputs', async () => {
    const input = await corpus(400);
    const complete = await mkdtemp(path.join(tmpdir(), 'docsift-kill-full-'));
    const killed = await mkdtemp(path.join(tmpdir(), 'docsift-kill-part-'));
    await run(process.execPath, [cli, 'run', input, '--out', complete, '--jobs', '1', '--quiet']);

    const child = spawn(process.execPath, [cli, 'run', input, '--out', killed, '--jobs', '1', '--quiet'], { stdio: 'ignore' });
    let visible: string[] = [];
    while (visible.length < 30) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      visible = (await readdir(killed)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const expected = await snapshot(complete);
    const partial = await snapshot(killed);
    expect(partial.size).toBeLessThan(expected.size);
    for (const [name, content] of partial) {
      if (name.startsWith('.')) continue;
      expect(content, name).toBe(expected.get(name));
    }

    await run(process.execPath, [cli, 'run', input, '--out', killed, '--jobs', '1', '--quiet']);
    expect(await snapshot(killed)).toEqual(expected);
  }, 300_000);
});
