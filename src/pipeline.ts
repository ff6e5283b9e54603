import { sha256, type ResolvedConfig } from './config/index.js';
import { DocumentError } from './errors.js';
import { describeErrors, validateDocument } from './schema/index.js';
import { decode } from './stages/decode.js';
import { findPublishedDate } from './stages/extract/dates/index.js';
import { extractorsFor } from './stages/extract/registry.js';
import { runExtractors } from './stages/extract/runner.js';
import type { ExtractionInput } from './stages/extract/types.js';
import { identifyLanguages } from './stages/languages.js';
import { parseBlocks, type InputFormat } from './stages/parse/index.js';
import { isContent, segmentBlocks } from './stages/segment/index.js';
import { sentencesOf } from './stages/sentences.js';
import { codePointIndexer } from './text/offsets.js';
import type { DocsiftRecord, Encoding } from './types/record.js';
import { PIPELINE } from './version.js';

export interface DocumentInput {
  readonly id: string;
  /** Where the document came from, relative to the input given on the command line. */
  readonly path: string;
  /** 1-based line of a JSONL input. */
  readonly line?: number;
  readonly format: InputFormat;
  /** The file's bytes, or the JSONL line's. */
  readonly bytes: Uint8Array;
  /** Already decoded text (a JSONL line's `text`); when absent, `bytes` are decoded. */
  readonly text?: string;
  /** The document's date as the input states it (JSONL `published`), `YYYY-MM-DD…`. */
  readonly published?: string | null;
}

validateDocument.compile();

/** Milliseconds spent per stage, summed over the documents of a run. */
export type StageTimings = Map<string, number>;

/**
 * The pure core: one document in, one validated record out. It touches no file system; a document
 * that cannot become a valid record throws a DocumentError naming the reason.
 */
export function processDocument(input: DocumentInput, resolved: ResolvedConfig, timings?: StageTimings): DocsiftRecord {
  const time = stageTimer(timings);
  const { config } = resolved;
  const { text, encoding } = time('decode', () => decodeInput(input));
  const blocks = time('parse', () => parseBlocks(text, input.format));
  const drafts = time('segment', () => segmentBlocks(text, blocks));
  const languages = time('language', () => identifyLanguages(text, drafts, config));
  const sentences = time('sentences', () => sentencesOf(text, drafts, languages.segments));
  const published = time('published', () => publishedFromInput(input) ?? findPublishedDate({ text, language: languages.document.code, segments: drafts }));
  const extraction: ExtractionInput = {
    text,
    language: languages.document.code,
    published: published?.value ?? null,
    segments: drafts.flatMap((segment, index) =>
      isContent(segment) ? [{ index, start: segment.start, end: segment.end, kind: segment.kind, language: languages.segments[index]!, sentences: sentences[index]! }] : [],
    ),
  };
  const toCodePoint = codePointIndexer(text);
  const mentions = runExtractors(extraction, extractorsFor(config.extractors), toCodePoint, time);
  const record: DocsiftRecord = {
    id: input.id,
    text,
    source: {
      path: input.path,
      ...(input.line === undefined ? {} : { line: input.line }),
      sha256: sha256(input.bytes),
      bytes: input.bytes.byteLength,
      encoding,
    },
    language: languages.document,
    published: published && {
      value: published.value,
      start: published.start === null ? null : toCodePoint(published.start),
      end: published.end === null ? null : toCodePoint(published.end),
    },
    segments: drafts.map((segment, i) => ({
      start: toCodePoint(segment.start),
      end: toCodePoint(segment.end),
      kind: segment.kind,
      language: languages.segments[i]!,
      duplicateOf: segment.duplicateOf,
      sentences: sentences[i]!.map(([start, end]): [number, number] => [toCodePoint(start), toCodePoint(end)]),
    })),
    ...mentions,
    provenance: { pipeline: PIPELINE, config: resolved.hash },
  };
  time('validate', () => {
    if (!validateDocument(record)) throw new DocumentError(input.id, `record does not match the schema: ${describeErrors(validateDocument.errors).join('; ')}`);
  });
  return record;
}

function decodeInput(input: DocumentInput): { text: string; encoding: Encoding } {
  if (input.text !== undefined) return { text: input.text, encoding: 'utf-8' };
  const decoded = decode(input.bytes);
  if (!decoded.ok) throw new DocumentError(input.id, decoded.reason);
  return decoded;
}

function publishedFromInput(input: DocumentInput): { value: string; start: number | null; end: number | null } | null {
  if (input.published === undefined || input.published === null) return null;
  const date = /^(?<value>\d{4}-\d{2}-\d{2})(?:$|T)/u.exec(input.published);
  if (!date) throw new DocumentError(input.id, `published '${input.published}' is not a YYYY-MM-DD date`);
  return { value: date.groups!.value!, start: null, end: null };
}

function stageTimer(timings: StageTimings | undefined) {
  return <T>(stage: string, work: () => T): T => {
    if (!timings) return work();
    const started = performance.now();
    try {
      return work();
    } finally {
      timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - started);
    }
  };
}
