import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes, progressLine } from '../src/batch/report.js';
import { runBatch, type Progress } from '../src/batch/run.js';
import { DEFAULT_CONFIG, resolveConfig } from '../src/config/index.js';

describe('the progress line', () => {
  const progress = { done: 10, failed: 1, bytes: 1_000_000 };

  it('gives counts only while the size of the input is unknown', () => {
    expect(progressLine(progress, 2000, { bar: true })).toBe('docsift: 10 documents, 1 failed, 5 docs/s');
  });

  it('in a log, says how far and how long is left at the rate so far', () => {
    expect(progressLine({ ...progress, totalBytes: 4_000_000 }, 2000, { bar: false })).toBe(
      'docsift: 25% of 4.0 MB, 10 documents, 1 failed, 5 docs/s, about 6s left',
    );
    expect(progressLine({ ...progress, bytes: 1000, totalBytes: 4_000_000_000 }, 1000, { bar: false })).toMatch(/about 1111h 06m left$/);
    expect(progressLine({ ...progress, totalBytes: 4_000_000 }, 500, { bar: false })).toBe('docsift: 25% of 4.0 MB, 10 documents, 1 failed, 20 docs/s');
  });

  it('on a terminal, draws a bar and never writes as wide as the terminal', () => {
    expect(progressLine({ ...progress, totalBytes: 4_000_000 }, 2000, { bar: true, columns: 0 })).toMatch(/^docsift \[█/);
    const line = progressLine({ ...progress, totalBytes: 4_000_000 }, 2000, { bar: true });
    expect(line).toBe('docsift [█████░░░░░░░░░░░░░░░]  25% · 1.0 MB of 4.0 MB · 10 documents · 1 failed · 5 docs/s · 6s left');
    expect(progressLine({ ...progress, totalBytes: 4_000_000 }, 2000, { bar: true, columns: 40 })).toBe(line.slice(0, 39));
    expect(progressLine({ ...progress, bytes: 5_000_000, totalBytes: 4_000_000 }, 2000, { bar: true })).toContain(`[${'█'.repeat(20)}] 100%`);
  });

  it('writes sizes in decimal units', () => {
    expect([512_000, 3_400_000, 256_000_000, 1_234_000_000].map(formatBytes)).toEqual(['512 KB', '3.4 MB', '256 MB', '1.2 GB']);
  });
});

describe('a run reports its progress', () => {
  it('in bytes read, reaching the size of its input, which it measures beside the run', async () => {
    const config = resolveConfig(DEFAULT_CONFIG);
    if (!config.ok) throw new Error('default config is invalid');
    const input = await mkdtemp(path.join(tmpdir(), 'docsift-progress-in-'));
    const out = await mkdtemp(path.join(tmpdir(), 'docsift-progress-out-'));
    const file = path.join(input, 'docs.jsonl');
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Exports grew by ${i}% in 2024.` }));
    await writeFile(file, `${lines.join('\n')}\n`);
    const updates: Progress[] = [];
    await runBatch({ paths: [input], outDir: out, resolved: config.resolved, jobs: 1, inline: true, mode: 'write', onProgress: (update) => updates.push(update) });
    const { size } = await stat(file);
    expect(updates.at(-1)).toMatchObject({ done: 60, failed: 0, bytes: size });
    expect(updates.some((update) => update.totalBytes === size)).toBe(true);
    expect(updates.map((update) => update.bytes)).toEqual([...updates.map((update) => update.bytes)].sort((a, b) => a - b));
  });
});
