import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { runBatchOnThread as RunBatchOnThread } from '../src/batch/coordinator.js';
import type { Finding } from '../src/batch/findings.js';
import type { Progress } from '../src/batch/run.js';
import { resolveConfig } from '../src/config/index.js';

// The coordinating thread loads the built module, so the coordinator under test is the built one.
const dist = new URL('../dist/batch/coordinator.js', import.meta.url).href;
const { runBatchOnThread, FINDINGS_PER_MESSAGE } = (await import(dist)) as { runBatchOnThread: typeof RunBatchOnThread; FINDINGS_PER_MESSAGE: number };

const config = resolveConfig({});
if (!config.ok) throw new Error('default config is invalid');
const { resolved } = config;

/** A write run of one input folder on its coordinating thread, with one pool thread. */
const runOnThread = (input: string, outDir: string, extra: Partial<Parameters<typeof RunBatchOnThread>[0]>) =>
  runBatchOnThread({ paths: [input], outDir, resolved, jobs: 1, mode: 'write', ...extra });

describe('a run on its coordinating thread', () => {
  it('relays progress and returns the summary, with records written by the pool', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'docsift-coord-in-'));
    const out = await mkdtemp(path.join(tmpdir(), 'docsift-coord-out-'));
    await writeFile(path.join(input, 'a.txt'), 'Exports grew by 10% in 2024.');
    await writeFile(path.join(input, 'b.jsonl'), '{"id":"b","text":"Imports fell by 8.4% last year."}\nnot json\n');
    const progress: Progress[] = [];
    const findings: Finding[] = [];
    const summary = await runOnThread(input, out, {
      onProgress: (update) => progress.push(update),
      onFinding: (finding) => void findings.push(finding),
    });
    expect(summary).toMatchObject({ documents: 3, written: 2, failed: 1 });
    expect(findings).toEqual([{ kind: 'failed', id: 'line 2', path: 'b.jsonl:2', reason: expect.stringMatching(/not JSON/) }]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]!.done).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(path.join(out, 'a.json'), 'utf8'))).toMatchObject({ id: 'a' });
  }, 60_000);

  it('relays findings past one message, every one in order, whatever their number', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'docsift-coord-many-'));
    const out = await mkdtemp(path.join(tmpdir(), 'docsift-coord-many-out-'));
    const lines = 2 * FINDINGS_PER_MESSAGE + 500;
    await writeFile(path.join(input, 'bad.jsonl'), 'not json\n'.repeat(lines));
    const findings: Finding[] = [];
    const summary = await runOnThread(input, out, {
      // A reader that takes its time between batches: every finding still arrives, once, in order.
      onFinding: async (finding) => {
        if (findings.length % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        findings.push(finding);
      },
    });
    expect(summary).toMatchObject({ documents: lines, written: 0, failed: lines });
    const paths = findings.map((finding) => (finding.kind === 'failed' ? finding.path : finding.id));
    expect(paths).toHaveLength(lines);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(lines);
    const report = JSON.parse(await readFile(path.join(out, '_run.json'), 'utf8'));
    expect(report.failures.map((failure: { path: string }) => failure.path)).toEqual(paths);
  }, 60_000);

  it('rejects with the file system error when the output folder cannot be made', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'docsift-coord-file-'));
    const notAFolder = path.join(folder, 'out');
    await writeFile(notAFolder, 'not a folder');
    const run = runOnThread(folder, notAFolder, {});
    await expect(run).rejects.toMatchObject({ code: 'EEXIST', path: notAFolder });
  }, 60_000);
});
