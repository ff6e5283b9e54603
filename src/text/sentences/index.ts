/**
 * Sentence splitting for one segment (a paragraph, list item or title), in the manner of
 * pragmatic_segmenter / pySBD: a chain of small pure steps over the segment text.
 *
 * 1. protected regions (quotations, brackets, URLs, e-mails)   `steps/01-protected.ts`
 * 2. candidate boundaries at terminal punctuation              `steps/02-candidates.ts`
 * 3. list items that start sentences without punctuation       `steps/03-list-items.ts`
 * 4. an ordered list of rules deciding each candidate          `steps/04-decide.ts`
 * 5. trimmed spans between the boundaries                      `steps/05-spans.ts`
 */
import { rulesFor } from './languages.js';
import { protectedGaps } from './steps/01-protected.js';
import { findCandidates } from './steps/02-candidates.js';
import { findListItems } from './steps/03-list-items.js';
import { decide } from './steps/04-decide.js';
import { spansBetween } from './steps/05-spans.js';
import type { Context, ProtectedGaps } from './types.js';

/** A blank line inside a segment always separates sentences. */
const BLANK_LINE = /\n[^\S\n]*\n/gu;

/**
 * The sentences of `text` as UTF-16 `[start, end)` offsets, trimmed, in order, covering all non-space
 * text. `language` is ISO 639-3 (`eng`, `rus`); other values use both vocabularies.
 */
export function splitSentences(text: string, language: string): Array<[number, number]> {
  const lists = findListItems(text);
  // Found on first use: the period that ends a one-sentence segment is decided before it is asked.
  let gaps: ProtectedGaps | undefined;
  const context: Context = {
    text,
    rules: rulesFor(language),
    protectedGaps: { has: (gap) => (gaps ??= protectedGaps(text)).has(gap) },
    enumeratorMarks: lists.marks,
  };
  const boundaries: number[] = [];
  for (const candidate of findCandidates(text)) if (decide(candidate, context) === 'split') boundaries.push(candidate.end);
  boundaries.push(...lists.starts);
  // Most segments are one line: the search is skipped for them.
  if (text.includes('\n')) for (const match of text.matchAll(BLANK_LINE)) boundaries.push(match.index);
  return spansBetween(text, boundaries);
}
