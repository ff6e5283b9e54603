import type { FileHandle } from 'node:fs/promises';
import { ByteWriter, ParquetWriter, type ColumnSource } from 'hyparquet-writer';
import { PIPELINE } from '../version.js';
import type { DocsiftRecord } from '../types/record.js';
import { parquetSchema, RECORD_FIELDS } from './parquet-schema.js';
import type { RecordFile } from './records.js';

/**
 * How many records one row group holds: it closes at `rows` records or once its record files
 * add up to `bytes`, whichever comes first. Only the open row group is in memory, so this bounds
 * the export's memory whatever the folder's size; the byte cap keeps a folder of long texts from
 * holding a thousand of them at once.
 */
export interface RowGroupLimits {
  rows: number;
  bytes: number;
}

export const DEFAULT_ROW_GROUP: RowGroupLimits = { rows: 1000, bytes: 32 * 1024 * 1024 };

const SCHEMA_ID = 'https://docsift.dev/schemas/document.schema.json';

/** Parquet INT64 values must be bigints; everything else in a record is already in its Parquet shape. */
function toRow(record: DocsiftRecord): Record<string, unknown> {
  return { ...record, source: { ...record.source, bytes: BigInt(record.source.bytes) } };
}

function columnsOf(rows: readonly Record<string, unknown>[]): ColumnSource[] {
  return RECORD_FIELDS.map(({ name }) => ({ name, data: rows.map((row) => row[name]) }));
}

/** Moves what the encoder has buffered so far to the file, so the buffer never holds more than one row group. */
async function drain(writer: ByteWriter, handle: FileHandle): Promise<void> {
  if (writer.index === 0) return;
  await handle.write(writer.getBytes());
  writer.index = 0;
}

/** Writes the records as one Parquet file, a row group at a time. */
export async function writeParquet(
  records: AsyncIterable<RecordFile>,
  handle: FileHandle,
  limits: RowGroupLimits = DEFAULT_ROW_GROUP,
): Promise<number> {
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: parquetSchema(),
    createdBy: PIPELINE,
    kvMetadata: [{ key: 'docsift.schema', value: SCHEMA_ID }],
  });
  let count = 0;
  let rows: Record<string, unknown>[] = [];
  let bytes = 0;
  const flushGroup = async (): Promise<void> => {
    if (rows.length === 0) return;
    await parquet.write({ columnData: columnsOf(rows), rowGroupSize: rows.length });
    await drain(writer, handle);
    rows = [];
    bytes = 0;
  };
  for await (const { record, bytes: size } of records) {
    rows.push(toRow(record));
    bytes += size;
    count++;
    if (rows.length >= limits.rows || bytes >= limits.bytes) await flushGroup();
  }
  await flushGroup();
  await parquet.finish();
  await drain(writer, handle);
  return count;
}
