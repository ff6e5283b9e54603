import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const cli = path.join(root, 'dist/cli.js');

/** Runs the built CLI; resolves with its exit code and output instead of throwing on failure. */
async function docsift(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}


describe('docsift run', () => {
  it('writes one record per document and the same bytes from any working directory', async () => {
    const [outA, outB] = [await mkdtemp(path.join(tmpdir(), 'docsift-a-')), await mkdtemp(path.join(tmpdir(), 'docsift-b-'))];
    const fromRoot = await docsift(['run', 'input', '--out', outA]);
    expect(fromRoot.code).toBe(0);
    expect(fromRoot.stdout).toMatch(/docsift: 5 documents, 5 records written, 0 failed in \d+\.\d s/);
    const elsewhere = await docsift(['run', path.join(root, 'input'), '--out', outB, '--config', path.join(root, 'pipeline.config.json')], tmpdir());
    expect(elsewhere.code).toBe(0);
    expect(await readFile(path.join(outA, '_manifest.jsonl'), 'utf8')).toBe(await readFile(path.join(outB, '_manifest.jsonl'), 'utf8'));
    const names = (await readdir(outA)).filter((name) => !name.startsWith('_')).sort();
    expect(names).toHaveLength(5);
    for (const name of names) expect(await readFile(path.join(outB, name), 'utf8')).toBe(await readFile(path.join(outA, name), 'utf8'));
    expect(await readFile(path.join(outA, names[0]!), 'utf8')).not.toContain(root);
  });

  it('reports a broken document, writes the others, and exits 1', async () => {
    const input = await mkdtemp(path.join(tmpdir(), 'docsift-in-'));
    const out = await mkdtemp(path.join(tmpdir(), 'docsift-out-'));
    await writeFile(path.join(input, 'good.txt'), 'Exports grew by 10% in 2024.');
    await writeFile(path.join(input, 'image.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await writeFile(path.join(input, 'lines.jsonl'), '{"id":"j1","text":"One."}\nnot json\n{"id":"../x","text":"escape"}\n');
    const result = await docsift(['run', input, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/5 documents, 2 records written, 3 failed/);
    expect(result.stderr).toMatch(/failed image\.txt \(image\): binary content/);
    expect(result.stderr).toMatch(/failed lines\.jsonl:2 .*not JSON/);
    expect(result.stderr).toMatch(/failed lines\.jsonl:3 \(\.\.\/x\): id is not safe/);
    expect((await readdir(out)).sort()).toEqual(['_manifest.jsonl', '_run.json', 'good.json', 'j1.json']);
  });

  it('exits 2 with a readable message on a bad config or usage', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'docsift-cfg-'));
    const config = path.join(folder, 'bad.json');
    await writeFile(config, JSON.stringify({ languages: 'eng' }));
    const bad = await docsift(['run', 'input', '--out', folder, '--config', config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/config error: .*bad\.json: \/languages must be array/);
    expect((await docsift(['frobnicate'])).code).toBe(2);
    const help = await docsift(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: docsift run/);
  });

  it('exits 2 naming the output folder when it cannot be made', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'docsift-outfile-'));
    const notAFolder = path.join(folder, 'records');
    await writeFile(notAFolder, 'a file where the output folder should be');
    const result = await docsift(['run', 'input', '--out', notAFolder, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`docsift: cannot use ${notAFolder}: EEXIST`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('docsift export', () => {
  it('exports a records folder to JSONL and Parquet', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'docsift-export-'));
    expect((await docsift(['run', 'input', '--out', out, '--jobs', '1'])).code).toBe(0);
    const jsonl = path.join(out, 'dataset', 'records.jsonl');
    const result = await docsift(['export', '--records', out, '--format', 'jsonl', '--out', jsonl]);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/exported 5 records/) });
    const lines = (await readFile(jsonl, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((record) => record.id)).toEqual((await readdir(out)).filter((name) => /^\d.*\.json$/u.test(name)).map((name) => name.slice(0, -5)).sort());
    expect((await docsift(['export', '--records', out, '--format', 'parquet', '--out', path.join(out, 'dataset', 'records.parquet')])).code).toBe(0);
    expect((await docsift(['export', '--records', out, '--format', 'xml', '--out', 'x'])).code).toBe(2);
  });
});

describe('parallel runs', () => {
  it('writes the same bytes with --jobs 1 and --jobs 2, and --check agrees', async () => {
    const [one, two] = [await mkdtemp(path.join(tmpdir(), 'docsift-j1-')), await mkdtemp(path.join(tmpdir(), 'docsift-j2-'))];
    const corpus = path.join(await mkdtemp(path.join(tmpdir(), 'docsift-corpus-')), 'news.jsonl');
    const sentences = [
      'The ministry said on Monday that exports rose 12% to $4.5 billion in 2024.',
      '«Мы ожидаем роста», — сказал министр. В 2023 году оборот составил 6,8 млрд рублей.',
      'Gazprom shipped 56 million tons, “a record,” said Alexei Miller, the chief executive.',
    ];
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: `${sentences[i % 3]}\n\n${sentences[(i + 1) % 3]} (${i})`, published: '2025-08-22' }));
    await writeFile(corpus, `${lines.join('\n')}\n`);
    expect((await docsift(['run', 'input', corpus, '--out', one, '--jobs', '1'])).code).toBe(0);
    expect((await docsift(['run', 'input', corpus, '--out', two, '--jobs', '2'])).code).toBe(0);
    const names = (await readdir(one)).filter((name) => !name.startsWith('_')).sort();
    expect(names).toHaveLength(45);
    expect((await readdir(two)).filter((name) => !name.startsWith('_')).sort()).toEqual(names);
    for (const name of names) expect(await readFile(path.join(two, name), 'utf8')).toBe(await readFile(path.join(one, name), 'utf8'));
    const check = await docsift(['run', 'input', corpus, '--out', one, '--check', '--jobs', '2']);
    expect(check).toMatchObject({ code: 0, stdout: expect.stringMatching(/checked 45 documents: up to date/) });
  });
});
