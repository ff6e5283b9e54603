import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeErrors, validateDocument } from '../schema/index.js';
import type { DocsiftRecord } from '../types/record.js';
import { EMPTY_FACTS, ENGLISH, RECORDS, RUSSIAN } from './records.corpus.js';
import { ExportError, exportRecords } from './index.js';
import { writeParquet } from './parquet.js';
import { readRecords } from './records.js';

let work: string;
let recordsDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'docsift-export-'));
  recordsDir = path.join(work, 'output');
  await mkdir(recordsDir);
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Record files as the pipeline writes them: two-space JSON, one per id. */
async function writeRecords(records: readonly DocsiftRecord[]): Promise<void> {
  for (const record of records) {
    await writeFile(path.join(recordsDir, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
  }
}

/** hyparquet reads a null struct as undefined where pyarrow reads None; the file holds a null either way. */
function undefinedAsNull(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(undefinedAsNull);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, undefinedAsNull(inner)]));
  }
  return value;
}

async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const bytes = await readFile(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return (await parquetReadObjects({ file: buffer })).map((row) => undefinedAsNull(row) as Record<string, unknown>);
}

async function parquetRowGroups(file: string): Promise<number> {
  const bytes = await readFile(file);
  return parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)).row_groups.length;
}

/**
 * What a Parquet reader gives back for a record: every field present (an absent optional one is
 * null) and the INT64 byte count as a bigint.
 */
function asParquetRow(record: DocsiftRecord): Record<string, unknown> {
  return {
    ...record,
    source: { ...record.source, line: record.source.line ?? null, bytes: BigInt(record.source.bytes) },
    dates: record.dates.map((date) => ({ ...date, mod: date.mod ?? null })),
  };
}

function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

describe('fixtures', () => {
  it.each(RECORDS.map((record) => [record.id, record] as const))('%s is a valid record with consistent spans', (_id, record) => {
    expect(describeErrors(validateDocument(record) ? [] : validateDocument.errors)).toEqual([]);
    for (const mention of [...record.numbers, ...record.dates, ...record.organizations, ...record.quotations]) {
      expect(codePointSlice(record.text, mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('include text outside the Basic Multilingual Plane', () => {
    expect(RECORDS.some((record) => /[\u{10000}-\u{10FFFF}]/u.test(record.text))).toBe(true);
  });
});

describe('exportRecords: jsonl', () => {
  it('writes one compact line per record, in id order, with the record files’ key order', async () => {
    await writeRecords([EMPTY_FACTS, RUSSIAN, ENGLISH]);
    const outFile = path.join(work, 'dataset.jsonl');
    expect(await exportRecords({ recordsDir, format: 'jsonl', outFile })).toEqual({ records: 3 });

    const content = await readFile(outFile, 'utf8');
    expect(content.endsWith('\n')).toBe(true);
    const lines = content.slice(0, -1).split('\n');
    expect(lines.map((line) => (JSON.parse(line) as DocsiftRecord).id)).toEqual(['a_en', 'b_ru', 'c_plain']);
    for (const [index, record] of RECORDS.entries()) {
      expect(JSON.parse(lines[index] ?? '')).toEqual(record);
      const fromFile = JSON.parse(await readFile(path.join(recordsDir, `${record.id}.json`), 'utf8')) as object;
      expect(lines[index]).toBe(JSON.stringify(fromFile));
    }
  });

  it('keeps Unicode text and nested values intact', async () => {
    await writeRecords(RECORDS);
    const outFile = path.join(work, 'dataset.jsonl');
    await exportRecords({ recordsDir, format: 'jsonl', outFile });
    const [english, russian] = (await readFile(outFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as DocsiftRecord);
    expect(english?.quotations[0]?.text).toBe('We expect more ships next week 🚢,');
    expect(english?.quotations[0]?.speaker?.name).toBe('Dana Reyes');
    expect(english?.dates[1]?.mod).toBe('END');
    expect(english?.source.bytes).toBe(4_294_967_303);
    expect(russian?.quotations[0]).toEqual({ ...RUSSIAN.quotations[0], text: 'Это рекорд 𠀋,', speaker: null });
    expect(russian?.segments[2]?.duplicateOf).toBe(1);
  });

  it('skips the run report, the manifest, temporary files, other files and folders', async () => {
    await writeRecords([ENGLISH]);
    await writeFile(path.join(recordsDir, '_report.json'), '{"documents": 1}');
    await writeFile(path.join(recordsDir, '_manifest.jsonl'), 'not a record');
    await writeFile(path.join(recordsDir, '.b_ru.json.123.0.tmp'), '{"half');
    await writeFile(path.join(recordsDir, '.hidden.json'), '{"half');
    await writeFile(path.join(recordsDir, 'notes.txt'), 'not a record');
    await mkdir(path.join(recordsDir, 'nested.json'));
    const outFile = path.join(work, 'dataset.jsonl');
    expect(await exportRecords({ recordsDir, format: 'jsonl', outFile })).toEqual({ records: 1 });
  });

  it('writes an empty file for an empty folder', async () => {
    const outFile = path.join(work, 'dataset.jsonl');
    expect(await exportRecords({ recordsDir, format: 'jsonl', outFile })).toEqual({ records: 0 });
    expect(await readFile(outFile, 'utf8')).toBe('');
  });
});

describe('exportRecords: parquet', () => {
  it('writes every record with its nested fields as structs and lists', async () => {
    await writeRecords([RUSSIAN, EMPTY_FACTS, ENGLISH]);
    const outFile = path.join(work, 'dataset.parquet');
    expect(await exportRecords({ recordsDir, format: 'parquet', outFile })).toEqual({ records: 3 });

    const rows = await readParquet(outFile);
    expect(rows).toEqual(RECORDS.map(asParquetRow));
  });

  it('keeps text outside the Basic Multilingual Plane and nested nulls', async () => {
    await writeRecords(RECORDS);
    const outFile = path.join(work, 'dataset.parquet');
    await exportRecords({ recordsDir, format: 'parquet', outFile });
    const [english, russian, plain] = await readParquet(outFile);
    expect(english?.text).toBe(ENGLISH.text);
    expect(english?.quotations).toEqual([{ ...ENGLISH.quotations[0], text: 'We expect more ships next week 🚢,' }]);
    expect(english?.published).toEqual({ value: '2024-06-01', start: null, end: null });
    expect(english?.segments).toEqual(ENGLISH.segments);
    expect(russian?.quotations).toEqual([{ ...RUSSIAN.quotations[0], text: 'Это рекорд 𠀋,', speaker: null }]);
    expect(russian?.organizations).toEqual([{ ...RUSSIAN.organizations[0], acronym: 'СК' }]);
    expect(russian?.numbers).toEqual([{ ...RUSSIAN.numbers[0], value: 6_800_000_000, approximate: true }]);
    expect(plain?.published).toBeNull();
    expect(plain?.segments).toEqual([]);
    expect(plain?.text).toBe('No facts here 🙂.');
  });

  it('writes a valid file with no rows for an empty folder', async () => {
    const outFile = path.join(work, 'dataset.parquet');
    expect(await exportRecords({ recordsDir, format: 'parquet', outFile })).toEqual({ records: 0 });
    const bytes = await readFile(outFile);
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(metadata.num_rows).toBe(0n);
    expect(metadata.schema[0]?.num_children).toBe(11);
    expect(await readParquet(outFile)).toEqual([]);
  });

  it('closes a row group at the row limit, and at the byte limit, and reads back whole', async () => {
    const many = Array.from({ length: 5 }, (_, index) => ({ ...EMPTY_FACTS, id: `doc_${index}` }));
    await writeRecords(many);
    for (const [limits, groups] of [
      [{ rows: 2, bytes: Number.MAX_SAFE_INTEGER }, 3],
      [{ rows: 1000, bytes: 1 }, 5],
    ] as const) {
      const outFile = path.join(work, `rows-${groups}.parquet`);
      const handle = await open(outFile, 'w');
      expect(await writeParquet(readRecords(recordsDir), handle, limits)).toBe(5);
      await handle.close();
      expect(await parquetRowGroups(outFile)).toBe(groups);
      expect((await readParquet(outFile)).map((row) => row.id)).toEqual(many.map((record) => record.id));
    }
  });
});

describe('exportRecords: failures and atomicity', () => {
  it('names a record file that is not JSON, and leaves no file behind', async () => {
    await writeRecords([ENGLISH]);
    await writeFile(path.join(recordsDir, 'b_broken.json'), '{"id": "b_broken", "text": ');
    for (const format of ['jsonl', 'parquet'] as const) {
      const outFile = path.join(work, `dataset.${format}`);
      const failure = exportRecords({ recordsDir, format, outFile });
      await expect(failure).rejects.toBeInstanceOf(ExportError);
      await expect(failure).rejects.toThrow(/b_broken\.json: not valid JSON/);
    }
    expect(await readdir(work)).toEqual(['output']);
  });

  it('names a record file that breaks the schema and the field at fault', async () => {
    await writeRecords([{ ...ENGLISH, numbers: [{ ...ENGLISH.numbers[0]!, kind: 'weight' as 'cardinal' }] }]);
    const outFile = path.join(work, 'dataset.parquet');
    await expect(exportRecords({ recordsDir, format: 'parquet', outFile })).rejects.toThrow(
      /a_en\.json: not a valid record: \/numbers\/0\/kind must be equal to one of the allowed values/,
    );
  });

  it('keeps an earlier dataset when a later export fails', async () => {
    await writeRecords([ENGLISH]);
    const outFile = path.join(work, 'dataset.jsonl');
    await exportRecords({ recordsDir, format: 'jsonl', outFile });
    const before = await readFile(outFile, 'utf8');
    await writeFile(path.join(recordsDir, 'z_broken.json'), 'garbage');
    await expect(exportRecords({ recordsDir, format: 'jsonl', outFile })).rejects.toThrow(/z_broken\.json/);
    expect(await readFile(outFile, 'utf8')).toBe(before);
    expect((await readdir(work)).sort()).toEqual(['dataset.jsonl', 'output']);
  });

  it('reports a missing records folder', async () => {
    const missing = path.join(work, 'nowhere');
    await expect(exportRecords({ recordsDir: missing, format: 'jsonl', outFile: path.join(work, 'x.jsonl') })).rejects.toThrow(
      /nowhere: cannot read the records folder/,
    );
  });

  it('refuses an unknown format before touching the disk', async () => {
    const outFile = path.join(work, 'dataset.csv');
    await expect(exportRecords({ recordsDir, format: 'csv' as 'jsonl', outFile })).rejects.toThrow(/unknown export format 'csv' \(jsonl, parquet\)/);
    expect(await readdir(work)).toEqual(['output']);
  });

  it('can write into the records folder itself and creates missing parent folders', async () => {
    await writeRecords(RECORDS);
    const inside = path.join(recordsDir, 'dataset.parquet');
    expect(await exportRecords({ recordsDir, format: 'parquet', outFile: inside })).toEqual({ records: 3 });
    const nested = path.join(work, 'a', 'b', 'dataset.jsonl');
    expect(await exportRecords({ recordsDir, format: 'jsonl', outFile: nested })).toEqual({ records: 3 });
  });
});

describe('exportRecords: adversarial text', () => {
  it('keeps a lone surrogate in JSONL and writes U+FFFD for it in Parquet, which stores UTF-8', async () => {
    const text = 'broken \ud800 pair';
    await writeRecords([{ ...EMPTY_FACTS, text }]);
    await exportRecords({ recordsDir, format: 'jsonl', outFile: path.join(work, 'd.jsonl') });
    await exportRecords({ recordsDir, format: 'parquet', outFile: path.join(work, 'd.parquet') });
    expect((JSON.parse(await readFile(path.join(work, 'd.jsonl'), 'utf8')) as DocsiftRecord).text).toBe(text);
    const [row] = await readParquet(path.join(work, 'd.parquet'));
    // One code point for one: offsets into the text stay valid.
    expect(row?.text).toBe('broken \ufffd pair');
  });

  it('round-trips a ~1 MB text of quotes, control characters, escapes and astral characters in both formats', async () => {
    const unit = '"«»\\\u0000\u0007\n\r\t😀𠀋\u200d\ufeff</script>\u2028\u2029 ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const huge: DocsiftRecord = {
      ...EMPTY_FACTS,
      id: 'huge',
      text,
      segments: [{ start: 0, end: [...text].length, kind: 'paragraph', language: 'und', duplicateOf: null, sentences: [] }],
    };
    expect(validateDocument(huge)).toBe(true);
    await writeRecords([huge]);
    const jsonl = path.join(work, 'huge.jsonl');
    const parquet = path.join(work, 'huge.parquet');
    await exportRecords({ recordsDir, format: 'jsonl', outFile: jsonl });
    await exportRecords({ recordsDir, format: 'parquet', outFile: parquet });
    const lines = (await readFile(jsonl, 'utf8')).split('\n');
    expect(lines).toHaveLength(2);
    expect((JSON.parse(lines[0] ?? '') as DocsiftRecord).text).toBe(text);
    const [row] = await readParquet(parquet);
    expect(row?.text).toBe(text);
    expect(row?.segments).toEqual(huge.segments);
  });
});
