import { mkdir, mkdtemp, opendir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordIdsIn } from '../src/batch/record-files.js';

async function idsOf(folder: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const id of recordIdsIn(await opendir(folder))) ids.push(id);
  return ids;
}

describe('record ids of a folder', () => {
  it('lists record files only, in id order rather than file-name order', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'docsift-record-ids-'));
    for (const name of ['a.json', 'a-b.json', 'B.json', '_run.json', '_manifest.jsonl', '.a.json.1.2.tmp', 'notes.txt']) {
      await writeFile(path.join(folder, name), '{}');
    }
    await mkdir(path.join(folder, 'folder.json'));
    expect(await idsOf(folder)).toEqual(['B', 'a', 'a-b']);
  });
});
