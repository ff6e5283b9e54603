import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, manifestLine, PreviousManifest, type ManifestEntry } from '../src/batch/manifest.js';
import { compare } from '../src/batch/spilled-set.js';

const entry = (id: string): ManifestEntry => ({ input: `input-of-${id}`.padEnd(64, '0'), config: 'c'.repeat(64), pipeline: 'docsift@0.1.0+0123456789abcdef' });

async function written(lines: readonly string[]): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'docsift-manifest-'));
  await writeFile(path.join(outDir, MANIFEST_FILE), `${lines.join('\n')}\n`);
  return outDir;
}

describe('PreviousManifest', () => {
  it('finds every entry of a manifest spanning many sampled blocks, and no other', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `doc-${i}`).sort(compare);
    const outDir = await written(ids.map((id) => manifestLine(id, entry(id))));
    const manifest = PreviousManifest.open(outDir);
    try {
      for (const id of ids) expect(manifest.get(id)).toMatchObject(entry(id));
      for (const absent of ['', 'doc', 'doc-5000', 'doc-1a', 'zzz', 'a']) expect(manifest.get(absent)).toBeUndefined();
      const listed: string[] = [];
      for await (const id of manifest.ids()) listed.push(id);
      expect(listed).toEqual(ids);
    } finally {
      manifest.close();
    }
  });

  it('reads a line it did not write by parsing it, and skips lines that are not entries', async () => {
    const outDir = await written(['{"input":"x","id":"b","config":"y","pipeline":"z"}', 'not json', manifestLine('c', entry('c'))]);
    const manifest = PreviousManifest.open(outDir);
    try {
      const listed: string[] = [];
      for await (const id of manifest.ids()) listed.push(id);
      expect(listed).toEqual(['b', 'c']);
      expect(manifest.get('c')).toMatchObject(entry('c'));
    } finally {
      manifest.close();
    }
  });

  it('is empty when there is no manifest', async () => {
    const manifest = PreviousManifest.open(await mkdtemp(path.join(tmpdir(), 'docsift-manifest-')));
    expect(manifest.get('a')).toBeUndefined();
  });
});
