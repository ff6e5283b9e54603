import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

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

beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
});

describe('docsift run', () => {
  it('writes one record per document and the same bytes from any working directory', async () => {
    const [outA, outB] = [await mkdtemp(path.join(tmpdir(), 'docsift-a-')), await mkdtemp(path.join(tmpdir(), 'docsift-b-'))];
    const fromRoot = await docsift(['run', 'input', '--out', outA]);
    expect(fromRoot.code).toBe(0);
    expect(fromRoot.stdout).toMatch(/docsift: 5 documents, 5 records written, 0 failed in \d+\.\d s/);
    const elsewhere = await docsift(['run', path.join(root, 'input'), '--out', outB, '--config', path.join(root, 'pipeline.config.json')], tmpdir());
    expect(elsewhere.code).toBe(0);
    const names = (await readdir(outA)).sort();
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
    expect((await readdir(out)).sort()).toEqual(['good.json', 'j1.json']);
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
});
