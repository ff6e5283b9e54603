import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig, type ResolvedConfig } from '../src/config/index.js';
import { DocumentError } from '../src/errors.js';
import { processDocument, type DocumentInput } from '../src/pipeline.js';
import { describeErrors, validateDocument } from '../src/schema/index.js';
import { codePointSlice } from '../src/text/offsets.js';
import type { DocsiftRecord } from '../src/types/record.js';

const resolved = (() => {
  const result = resolveConfig(DEFAULT_CONFIG);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.resolved;
})() satisfies ResolvedConfig;

const inputDir = new URL('../input/', import.meta.url);
const seeds = readdirSync(inputDir).filter((name) => name.endsWith('.txt')).sort();

function fromFile(name: string): DocumentInput {
  return { id: name.replace(/\.txt$/u, ''), path: name, format: 'text', bytes: readFileSync(new URL(name, inputDir)) };
}

function fromText(text: string, extra: Partial<DocumentInput> = {}): DocumentInput {
  return { id: 'doc', path: 'doc.txt', format: 'text', bytes: new TextEncoder().encode(text), ...extra };
}

/** Every span of a record, with the text it claims. */
function spans(record: DocsiftRecord): Array<{ start: number; end: number; text?: string }> {
  return [
    ...record.segments,
    ...record.segments.flatMap((segment) => segment.sentences.map(([start, end]) => ({ start, end }))),
    ...record.numbers,
    ...record.dates,
    ...record.organizations,
    ...record.quotations,
    ...record.quotations.flatMap((quotation) => (quotation.speaker ? [quotation.speaker] : [])),
  ];
}

describe('processDocument on the default corpus', () => {
  it.each(seeds)('%s: a valid record whose every span text is its code-point slice', (name) => {
    const record = processDocument(fromFile(name), resolved);
    expect(validateDocument(record), describeErrors(validateDocument.errors).join('\n')).toBe(true);
    for (const span of spans(record)) {
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.end).toBeLessThanOrEqual([...record.text].length);
      if (span.text !== undefined) expect(codePointSlice(record.text, span.start, span.end)).toBe(span.text);
    }
  });

  it.each(seeds)('%s: the same record on every run', (name) => {
    expect(JSON.stringify(processDocument(fromFile(name), resolved))).toBe(JSON.stringify(processDocument(fromFile(name), resolved)));
  });

  it('identifies document and segment languages (a Russian line in an English document is rus)', () => {
    const english = processDocument(fromFile('001_2c7f9c204bd81a77.txt'), resolved);
    expect(english.language.code).toBe('eng');
    const first = english.segments[0]!;
    expect(codePointSlice(english.text, first.start, first.end)).toBe('Читать на русском');
    expect(first.language).toBe('rus');
    expect(english.segments.slice(1).every((segment) => segment.language === 'eng')).toBe(true);
    expect(processDocument(fromFile('000_6ccceb8133c62aab.txt'), resolved).language.code).toBe('rus');
  });
});

describe('processDocument on edge cases', () => {
  it('keeps offsets in code points when the text has characters outside the BMP', () => {
    const text = '😀😀 Title 😀\n\nThe ministry said on 1 January 2019 that exports grew by 10%.';
    const record = processDocument(fromText(text), resolved);
    for (const span of spans(record)) if (span.text !== undefined) expect(codePointSlice(text, span.start, span.end)).toBe(span.text);
    expect(record.segments[0]).toMatchObject({ start: 0, end: 10 });
  });

  it('turns an empty document into a valid empty record', () => {
    const record = processDocument(fromText(''), resolved);
    expect(record).toMatchObject({ text: '', segments: [], language: { code: 'und', confidence: 0 } });
    expect(validateDocument(record)).toBe(true);
  });

  it('takes the published date of a JSONL document from its input', () => {
    const record = processDocument(fromText('Last year trade fell.', { text: 'Last year trade fell.', published: '2025-08-22T10:00:00' }), resolved);
    expect(record.published).toEqual({ value: '2025-08-22', start: null, end: null });
  });

  it('fails a binary document with a DocumentError naming the reason', () => {
    const binary = fromText('', { bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08]) });
    expect(() => processDocument(binary, resolved)).toThrow(DocumentError);
    expect(() => processDocument(binary, resolved)).toThrow(/doc: binary content/);
  });

  it('fails a bad published date instead of writing a wrong record', () => {
    expect(() => processDocument(fromText('x', { published: 'yesterday' }), resolved)).toThrow(/published 'yesterday' is not a YYYY-MM-DD date/);
  });
});

describe('the record schema', () => {
  const valid = processDocument(fromFile('004_9cf5062af831eb83.txt'), resolved);

  it.each([
    ['an unknown segment kind', (record: any) => (record.segments[0].kind = 'sidebar'), /\/segments\/0\/kind must be equal to one of the allowed values/],
    ['a missing field', (record: any) => delete record.provenance, /\(root\) must have required property 'provenance'/],
    ['an extra field', (record: any) => (record.extra = 1), /must NOT have additional properties 'extra'/],
    ['a negative offset', (record: any) => (record.segments[1].start = -1), /\/segments\/1\/start must be >= 0/],
    ['a sentence that is not a pair', (record: any) => (record.segments[1].sentences = [[0]]), /\/segments\/1\/sentences\/0 must NOT have fewer than 2 items/],
  ])('rejects a record with %s, naming the field', (_, corrupt, message) => {
    const record = structuredClone(valid);
    corrupt(record);
    expect(validateDocument(record)).toBe(false);
    expect(describeErrors(validateDocument.errors).join('\n')).toMatch(message);
  });
});
