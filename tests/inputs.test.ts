import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSize, parseJsonlLine, readInputs, type InputItem } from '../src/batch/inputs.js';

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}

describe('parseJsonlLine', () => {
  it('reads id, text and published (or a suite\'s dct)', () => {
    expect(parseJsonlLine('{"id":"a","text":"Hi","published":"2025-08-22"}', 'x.jsonl', 3)).toMatchObject({
      ok: true,
      input: { id: 'a', text: 'Hi', published: '2025-08-22', line: 3, path: 'x.jsonl', format: 'text' },
    });
    expect(parseJsonlLine('{"id":"b","text":"Hi","dct":"2013-02-12","extra":1}', 'x.jsonl', 1)).toMatchObject({ ok: true, input: { published: '2013-02-12' } });
  });

  it.each([
    ['not json', /not JSON/],
    ['[1,2]', /not a JSON object/],
    ['{"text":"no id"}', /no string "id"/],
    ['{"id":"a"}', /no string "text"/],
    ['{"id":"../escape","text":"x"}', /not safe as a file name/],
    ['{"id":".hidden","text":"x"}', /not safe as a file name/],
    ['{"id":"a/b","text":"x"}', /not safe as a file name/],
  ])('rejects %s', (line, reason) => {
    expect(parseJsonlLine(line, 'x.jsonl', 7)).toMatchObject({ ok: false, path: 'x.jsonl:7', reason: expect.stringMatching(reason) });
  });
});

describe('readInputs', () => {
  it('walks folders in a stable order, relative paths, and rejects repeated ids', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'docsift-inputs-'));
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'b.txt'), 'Beta');
    await writeFile(path.join(root, 'a.md'), '# Alpha');
    await writeFile(path.join(root, 'notes.csv'), 'ignored');
    await writeFile(path.join(root, 'sub', 'c.jsonl'), '{"id":"c1","text":"Gamma"}\n\n{"id":"b","text":"again"}\n');
    const items = await collect([root]);
    expect(items.map((item) => (item.ok ? [item.input.id, item.input.path, item.input.format] : [item.id, item.path, item.reason]))).toEqual([
      ['a', 'a.md', 'markdown'],
      ['b', 'b.txt', 'text'],
      ['c1', 'sub/c.jsonl', 'text'],
      ['b', 'sub/c.jsonl:3', "duplicate id 'b': an earlier document has it"],
    ]);
  });

  it('sorts names as strings whatever their length, folders among files, and reports a name with a line break', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'docsift-inputs-'));
    await mkdir(path.join(root, 'a'));
    await writeFile(path.join(root, 'a', 'x.txt'), 'In a folder');
    for (const name of ['a b.txt', 'a-b.txt', 'a.txt', 'Z.txt']) await writeFile(path.join(root, name), 'Text');
    await mkdir(path.join(root, 'odd\nfolder'));
    await writeFile(path.join(root, 'odd\nfolder', 'y.txt'), 'Never read');
    const items = await collect([root]);
    expect(items.map((item) => (item.ok ? item.input.path : `${item.path}: ${item.reason}`))).toEqual([
      'odd\nfolder: a name with a line break is not read',
      'Z.txt',
      'a/x.txt',
      'a b.txt: file name is not a usable id (letters, digits, _ . - only)',
      'a-b.txt',
      'a.txt',
    ]);
  });

  it('reports a missing path and keeps going', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'docsift-inputs-'));
    await writeFile(path.join(root, 'a.txt'), 'Alpha');
    const items = await collect([path.join(root, 'missing'), path.join(root, 'a.txt')]);
    expect(items).toMatchObject([{ ok: false, reason: 'no such file or folder' }, { ok: true, input: { id: 'a', path: 'a.txt' } }]);
  });
});

describe('inputSize', () => {
  it('is the sum of the sizes readInputs gives its items: every byte of the files it reads, once', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'docsift-size-'));
    await mkdir(path.join(root, 'nested'));
    await writeFile(path.join(root, 'a.txt'), 'Exports grew by 10%.');
    await writeFile(path.join(root, 'bad name.md'), '# Title');
    await writeFile(path.join(root, 'notes.csv'), 'not an input, not counted');
    await writeFile(path.join(root, 'nested', 'lines.jsonl'), '{"id":"x","text":"Привет"}\n\n\nnot json\n{"id":"x","text":"again"}\n{"id":"y","text":"last"}\n');
    const single = path.join(root, 'nested', 'lines.jsonl');
    const items = await collect([root, single]);
    const sizes = items.reduce((sum, item) => sum + item.size, 0);
    expect(await inputSize([root, single])).toBe(sizes);
    expect(sizes).toBe(20 + 7 + 2 * Buffer.byteLength('{"id":"x","text":"Привет"}\n\n\nnot json\n{"id":"x","text":"again"}\n{"id":"y","text":"last"}\n'));
  });
});
