import { createHash } from 'node:crypto';
import type { DocsiftRecord } from '../types/record.js';

/**
 * Hand-made records for the export tests: short news-like texts in English and Russian, every
 * optional and nullable field used at least once, and text outside the Basic Multilingual Plane
 * (emoji, a CJK Extension B character) so offsets and strings survive both formats.
 */
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const PROVENANCE = { pipeline: 'docsift@0.1.0', config: sha('config') };

function codePoints(text: string): number {
  return [...text].length;
}

/** The code-point span of the first `needle` in `text`, with its text, as a mention carries it. */
function locate(text: string, needle: string): { start: number; end: number; text: string } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: '${needle}' is not in the text`);
  const start = codePoints(text.slice(0, at));
  return { start, end: start + codePoints(needle), text: needle };
}

function spanOnly(text: string, needle: string): { start: number; end: number } {
  const { start, end } = locate(text, needle);
  return { start, end };
}

/** The code-point span of the UTF-16 range [from, to). */
function span(text: string, from: number, to: number): { start: number; end: number } {
  return { start: codePoints(text.slice(0, from)), end: codePoints(text.slice(0, to)) };
}

function toPair({ start, end }: { start: number; end: number }): [number, number] {
  return [start, end];
}

const englishText =
  'Port traffic grew 12% in May 2024 and is expected to peak at the end of June.\n\n' +
  '"We expect more ships next week 🚢," said Dana Reyes of Harbor Logistics Ltd.';
const englishQuote = 'We expect more ships next week 🚢,';
const englishSecond = englishText.indexOf('"');

export const ENGLISH: DocsiftRecord = {
  id: 'a_en',
  text: englishText,
  source: { path: 'feeds/news.jsonl', line: 3, sha256: sha(englishText), bytes: 4_294_967_296 + 7, encoding: 'utf-8' },
  language: { code: 'eng', confidence: 0.97 },
  published: { value: '2024-06-01', start: null, end: null },
  segments: [
    { ...span(englishText, 0, englishSecond - 2), kind: 'paragraph', language: 'eng', duplicateOf: null, sentences: [[0, codePoints(englishText.slice(0, englishSecond - 2))]] },
    {
      ...span(englishText, englishSecond, englishText.length),
      kind: 'paragraph',
      language: 'eng',
      duplicateOf: null,
      sentences: [[codePoints(englishText.slice(0, englishSecond)), codePoints(englishText)]],
    },
  ],
  numbers: [{ ...locate(englishText, '12%'), kind: 'percent', value: 12, unit: '%', approximate: false }],
  dates: [
    { ...locate(englishText, 'May 2024'), value: '2024-05', relative: false },
    { ...locate(englishText, 'the end of June'), value: '2024-06', relative: false, mod: 'END' },
    { ...locate(englishText, 'next week'), value: '2024-W23', relative: true },
  ],
  organizations: [{ ...locate(englishText, 'Harbor Logistics Ltd.'), name: 'Harbor Logistics Ltd.', acronym: null }],
  quotations: [{ ...locate(englishText, englishQuote), speaker: { name: 'Dana Reyes', ...spanOnly(englishText, 'Dana Reyes') } }],
  provenance: PROVENANCE,
};

const russianText =
  '22.08.2025\n\nВыручка «Северной компании» выросла до 6,8 млрд рублей.\n\n— Это рекорд 𠀋, — сказал директор.';
const russianTitle = 'Выручка «Северной компании» выросла до 6,8 млрд рублей.';
const russianLast = '— Это рекорд 𠀋, — сказал директор.';

export const RUSSIAN: DocsiftRecord = {
  id: 'b_ru',
  text: russianText,
  source: { path: 'ru/северная.txt', sha256: sha(russianText), bytes: 190, encoding: 'windows-1251' },
  language: { code: 'rus', confidence: 0.99 },
  published: { value: '2025-08-22', ...spanOnly(russianText, '22.08.2025') },
  segments: [
    { ...spanOnly(russianText, '22.08.2025'), kind: 'metadata', language: 'rus', duplicateOf: null, sentences: [] },
    { ...spanOnly(russianText, russianTitle), kind: 'title', language: 'rus', duplicateOf: null, sentences: [toPair(spanOnly(russianText, russianTitle))] },
    { ...spanOnly(russianText, russianLast), kind: 'paragraph', language: 'rus', duplicateOf: 1, sentences: [toPair(spanOnly(russianText, russianLast))] },
  ],
  numbers: [{ ...locate(russianText, '6,8 млрд рублей'), kind: 'money', value: 6_800_000_000, unit: 'RUB', approximate: true }],
  dates: [],
  organizations: [{ ...locate(russianText, 'Северной компании'), name: 'Северная компания', acronym: 'СК' }],
  quotations: [{ ...locate(russianText, 'Это рекорд 𠀋,'), speaker: null }],
  provenance: PROVENANCE,
};

const plainText = 'No facts here 🙂.';

export const EMPTY_FACTS: DocsiftRecord = {
  id: 'c_plain',
  text: plainText,
  source: { path: 'c_plain.txt', sha256: sha(plainText), bytes: 19, encoding: 'utf-8' },
  language: { code: 'und', confidence: 0 },
  published: null,
  segments: [],
  numbers: [],
  dates: [],
  organizations: [],
  quotations: [],
  provenance: PROVENANCE,
};

/** In id order, as the export writes them. */
export const RECORDS: readonly DocsiftRecord[] = [ENGLISH, RUSSIAN, EMPTY_FACTS];
