import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/batch/findings.js';
import { runBatch, type BatchOptions } from '../src/batch/run.js';
import { DEFAULT_CONFIG, resolveConfig } from '../src/config/index.js';
import { encodeLegacy, encodeUtf16 } from './helpers/encode.js';

const resolved = (() => {
  const result = resolveConfig(DEFAULT_CONFIG);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.resolved;
})();

async function folder(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `docsift-${prefix}-`));
}

function batch(input: string, outDir: string, extra: Partial<BatchOptions> = {}) {
  return runBatch({ paths: [input], outDir, resolved, jobs: 1, inline: true, mode: 'write', ...extra });
}

/** A run's summary with what it reported item by item. */
async function batchFindings(input: string, outDir: string, extra: Partial<BatchOptions> = {}) {
  const findings: Finding[] = [];
  const summary = await batch(input, outDir, { ...extra, onFinding: (finding) => void findings.push(finding) });
  return { summary, findings };
}

const records = async (outDir: string) => (await readdir(outDir)).filter((name) => !name.startsWith('_')).sort();

describe('incremental runs', () => {
  it('skips unchanged documents, redoes changed ones, removes records whose input is gone', async () => {
    const input = await folder('inc-in');
    const out = await folder('inc-out');
    await writeFile(path.join(input, 'a.txt'), 'Exports grew by 10% in 2024.');
    await writeFile(path.join(input, 'b.txt'), 'Imports fell by 8.4% last year.');
    expect(await batch(input, out)).toMatchObject({ documents: 2, written: 2, skipped: 0 });
    const first = await readFile(path.join(out, 'a.json'), 'utf8');

    expect(await batch(input, out)).toMatchObject({ documents: 2, written: 0, skipped: 2 });
    await writeFile(path.join(input, 'a.txt'), 'Exports grew by 12% in 2024.');
    await rm(path.join(input, 'b.txt'));
    const rerun = await batchFindings(input, out);
    expect(rerun.summary).toMatchObject({ documents: 1, written: 1, skipped: 0, removed: 1 });
    expect(rerun.findings).toEqual([{ kind: 'removed', id: 'b' }]);
    expect(JSON.parse(await readFile(path.join(out, '_run.json'), 'utf8'))).toMatchObject({ removed: 1, removedIds: ['b'], failures: [] });
    expect(await records(out)).toEqual(['a.json']);
    expect(await readFile(path.join(out, 'a.json'), 'utf8')).not.toBe(first);

    expect(await batch(input, out, { force: true })).toMatchObject({ written: 1, skipped: 0 });
  });

  it('writes the manifest sorted by id, and an edited one costs redone work, never a wanted record', async () => {
    const input = await folder('edit-in');
    const out = await folder('edit-out');
    for (const id of ['c', 'a', 'b']) await writeFile(path.join(input, `${id}.txt`), `Document ${id} grew by 5%.`);
    await batch(input, out);
    const manifest = path.join(out, '_manifest.jsonl');
    const lines = (await readFile(manifest, 'utf8')).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'b', 'c']);

    await writeFile(manifest, `${[...lines].reverse().join('\n')}\nnot json\n`);
    expect(await batch(input, out)).toMatchObject({ documents: 3, removed: 0 });
    expect(await records(out)).toEqual(['a.json', 'b.json', 'c.json']);
    await rm(path.join(input, 'b.txt'));
    expect(await batchFindings(input, out)).toMatchObject({ summary: { documents: 2, skipped: 2, removed: 1 }, findings: [{ kind: 'removed', id: 'b' }] });
    expect(await records(out)).toEqual(['a.json', 'c.json']);
  });

  it('redoes everything when the config changes', async () => {
    const input = await folder('cfg-in');
    const out = await folder('cfg-out');
    await writeFile(path.join(input, 'a.txt'), 'Exports grew by 10% in 2024.');
    await batch(input, out);
    const other = resolveConfig({ extractors: ['dates'] });
    if (!other.ok) throw new Error('config');
    expect(await batch(input, out, { resolved: other.resolved })).toMatchObject({ written: 1, skipped: 0 });
  });
});

describe('a record that cannot be written', () => {
  it('fails its document with the reason and writes the others', async () => {
    const input = await folder('unwritable-in');
    const out = await folder('unwritable-out');
    await writeFile(path.join(input, 'a.txt'), 'Exports grew by 10% in 2024.');
    await writeFile(path.join(input, 'b.txt'), 'Imports fell by 8.4% last year.');
    await mkdir(path.join(out, 'a.json'));
    const { summary, findings } = await batchFindings(input, out);
    expect(summary).toMatchObject({ documents: 2, written: 1, failed: 1 });
    expect(findings).toEqual([{ kind: 'failed', id: 'a', path: 'a.txt', reason: expect.stringMatching(/^cannot write its record: /) }]);
    expect((await readdir(out)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('check mode', () => {
  it('writes nothing and lists stale, missing and extra records', async () => {
    const input = await folder('check-in');
    const out = await folder('check-out');
    await writeFile(path.join(input, 'a.txt'), 'Exports grew by 10% in 2024.');
    await writeFile(path.join(input, 'b.txt'), 'Imports fell.');
    await writeFile(path.join(input, 'c.txt'), 'Trade was flat.');
    await batch(input, out);
    expect(await batchFindings(input, out, { mode: 'check' })).toMatchObject({ summary: { stale: 0, missing: 0, extra: 0, failed: 0 }, findings: [] });

    await writeFile(path.join(out, 'a.json'), '{}\n');
    await rm(path.join(out, 'b.json'));
    await writeFile(path.join(out, 'zombie.json'), '{}\n');
    const before = await records(out);
    expect(await batchFindings(input, out, { mode: 'check' })).toEqual({
      summary: expect.objectContaining({ stale: 1, missing: 1, extra: 1, failed: 0 }),
      findings: [
        { kind: 'stale', id: 'a' },
        { kind: 'missing', id: 'b' },
        { kind: 'extra', id: 'zombie' },
      ],
    });
    expect(await records(out)).toEqual(before);
  });
});

describe('robustness: one broken document never stops the batch', () => {
  it('reports each broken input with its reason and processes every other document', async () => {
    const input = await folder('robust-in');
    const out = await folder('robust-out');
    const russian = 'В 2024 году товарооборот вырос на 10%.';
    await writeFile(path.join(input, 'empty.txt'), '');
    await writeFile(path.join(input, 'binary.txt'), Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
    await writeFile(path.join(input, 'bad-utf8.txt'), Uint8Array.from([0x41, 0x42, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]));
    await writeFile(path.join(input, 'cp1251.txt'), encodeLegacy(russian, 'windows-1251'));
    await writeFile(path.join(input, 'koi8.txt'), encodeLegacy(russian, 'koi8-r'));
    await writeFile(path.join(input, 'utf16.txt'), encodeUtf16(russian, 'le'));
    await writeFile(
      path.join(input, 'lines.jsonl'),
      [
        '{"id":"ok1","text":"Fine."}',
        '{"id":"ok1","text":"Same id again."}',
        'not json at all',
        '{"id":"notext"}',
        '{"id":"../escape","text":"x"}',
        '{"id":"ok2","text":"Also fine.","published":"2025-08-22"}',
      ].join('\n'),
    );
    await writeFile(path.join(input, 'broken-utf8.jsonl'), Buffer.concat([Buffer.from('{"id":"u1","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n{"id":"u2","text":"fine"}\n')]));

    const { summary, findings } = await batchFindings(input, out);
    const failures = findings.flatMap((finding) => (finding.kind === 'failed' ? [finding] : []));
    const reasons = Object.fromEntries(failures.map((failure) => [failure.path, failure.reason]));
    expect(reasons).toMatchObject({
      'binary.txt': expect.stringMatching(/binary content/),
      'bad-utf8.txt': expect.stringMatching(/not valid UTF-8 and not in an encoding docsift reads/),
      'lines.jsonl:2': expect.stringMatching(/duplicate id 'ok1'/),
      'lines.jsonl:3': expect.stringMatching(/not JSON/),
      'lines.jsonl:4': expect.stringMatching(/no string "text"/),
      'lines.jsonl:5': expect.stringMatching(/not safe as a file name/),
      'broken-utf8.jsonl:1': expect.stringMatching(/invalid UTF-8/),
    });
    expect(summary.failed).toBe(7);
    expect(failures.map((failure) => failure.path)).toEqual([...failures.map((failure) => failure.path)].sort());
    expect(await records(out)).toEqual(['cp1251.json', 'empty.json', 'koi8.json', 'ok1.json', 'ok2.json', 'u2.json', 'utf16.json']);
    for (const name of ['cp1251', 'koi8', 'utf16']) {
      const record = JSON.parse(await readFile(path.join(out, `${name}.json`), 'utf8'));
      expect(record.text).toBe(russian);
    }
    const report = JSON.parse(await readFile(path.join(out, '_run.json'), 'utf8'));
    expect(report).toMatchObject({ documents: 14, written: 7, failed: 7, failures: failures.map(({ kind, ...failure }) => failure) });
    expect(Object.keys(report.stages)).toEqual(expect.arrayContaining(['decode', 'segment', 'language']));
  });

  it('processes a 50 MB document and a single 5 MB line', async () => {
    const input = await folder('large-in');
    const out = await folder('large-out');
    const paragraph = 'In 2024 Rosneft sold 56 million tons of oil for $40 billion, “a record,” said Igor Sechin.\n\n';
    await writeFile(path.join(input, 'big.txt'), paragraph.repeat(Math.ceil(50_000_000 / paragraph.length)));
    await writeFile(path.join(input, 'line.txt'), 'Exports grew by 10% and the “deal” was signed. '.repeat(110_000));
    const summary = await batch(input, out);
    expect(summary).toMatchObject({ written: 2, failed: 0 });
  }, 600_000);
});
