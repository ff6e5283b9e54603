import type { ExtractionInput } from './types.js';

/** The input the pipeline gives an extractor for a text that is one paragraph of one sentence (tests only). */
export function paragraphInput(text: string, language = 'eng', published: string | null = null): ExtractionInput {
  return {
    text,
    language,
    published,
    segments: [{ index: 0, start: 0, end: text.length, kind: 'paragraph', language, sentences: [[0, text.length]] }],
  };
}
