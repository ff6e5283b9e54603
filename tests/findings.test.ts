import { describe, expect, it } from 'vitest';
import { Findings } from '../src/batch/findings.js';
import { runReportLines } from '../src/batch/report.js';
import type { BatchSummary } from '../src/batch/run.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

describe('the findings of a run', () => {
  it('gives back every failure and listed record sorted, across spilled runs', async () => {
    // Runs of 2 lines: 7 failures make 4 run files merged back into one order.
    const findings = new Findings(2);
    try {
      for (const line of [7, 3, 12, 1, 5, 2, 9]) findings.fail({ id: `line ${line}`, path: `b.jsonl:${line}`, reason: 'not JSON' });
      findings.fail({ id: 'a', path: 'a.txt', reason: 'internal error: boom\n    at stage (x.js:1:1)' });
      for (const id of ['zeta', 'alpha', 'mid']) findings.list('stale', id);
      findings.list('removed', 'gone');

      expect(findings.count('failed')).toBe(8);
      expect(findings.count('stale')).toBe(3);
      expect(findings.count('missing')).toBe(0);
      const all = await collect(findings.all());
      expect(all.map((finding) => ('path' in finding ? finding.path : `${finding.kind} ${finding.id}`))).toEqual([
        'a.txt',
        'b.jsonl:1',
        'b.jsonl:12',
        'b.jsonl:2',
        'b.jsonl:3',
        'b.jsonl:5',
        'b.jsonl:7',
        'b.jsonl:9',
        'stale alpha',
        'stale mid',
        'stale zeta',
        'removed gone',
      ]);
      expect(all[0]).toEqual({ kind: 'failed', id: 'a', path: 'a.txt', reason: 'internal error: boom\n    at stage (x.js:1:1)' });
    } finally {
      findings.close();
    }
  });

  it('sorts a path before the longer paths it begins', async () => {
    const findings = new Findings(1);
    try {
      for (const path of ['a b.txt', 'a!.txt', 'a', 'a-b']) findings.fail({ id: path, path, reason: 'r' });
      expect((await collect(findings.failed())).map((failure) => failure.path)).toEqual(['a', 'a b.txt', 'a!.txt', 'a-b']);
    } finally {
      findings.close();
    }
  });
});

describe('the run report', () => {
  const summary: BatchSummary = {
    mode: 'write',
    documents: 3,
    written: 1,
    skipped: 0,
    failed: 2,
    removed: 1,
    stale: 0,
    missing: 0,
    extra: 0,
    milliseconds: 12.5,
    stages: { decode: 1.5 },
    peakRssBytes: 1000,
    cpuMilliseconds: 20,
  };

  it('streams the same JSON as the whole report stringified', async () => {
    const findings = new Findings(1);
    try {
      const failures = [
        { id: 'x', path: 'x.txt', reason: 'binary content' },
        { id: 'line 2', path: 'y.jsonl:2', reason: 'not JSON: "quoted"\nsecond line' },
      ];
      for (const failure of failures) findings.fail(failure);
      findings.list('removed', 'old');
      const text = `${(await collect(runReportLines(summary, findings))).join('\n')}\n`;
      expect(text).toBe(`${JSON.stringify({ ...summary, failures, removedIds: ['old'] }, null, 2)}\n`);
    } finally {
      findings.close();
    }
  });

  it('writes empty lists as []', async () => {
    const findings = new Findings();
    try {
      const text = (await collect(runReportLines({ ...summary, failed: 0, removed: 0 }, findings))).join('\n');
      expect(JSON.parse(text)).toMatchObject({ failures: [], removedIds: [] });
      expect(text).toBe(JSON.stringify({ ...summary, failed: 0, removed: 0, failures: [], removedIds: [] }, null, 2));
    } finally {
      findings.close();
    }
  });
});
