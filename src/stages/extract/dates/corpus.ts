/**
 * Corpus format shared by the per-language corpora (Duckling's `Corpus.hs` shape): one value, many
 * surface forms. Square brackets mark the expected span inside an example (a leading preposition
 * stays outside); an example without brackets must be matched whole.
 */
import type { Mod } from './rule.js';

/** Every corpus example resolves against this published day (a Friday, ISO week 2025-W34). */
export const REFERENCE_DAY = '2025-08-22';

export interface CorpusGroup {
  readonly value: string | null;
  readonly relative: boolean;
  readonly mod?: Mod;
  readonly examples: readonly string[];
}

export const stated = (value: string, ...examples: string[]): CorpusGroup => ({ value, relative: false, examples });
export const relative = (value: string, ...examples: string[]): CorpusGroup => ({ value, relative: true, examples });
export const withMod = (group: CorpusGroup, mod: Mod): CorpusGroup => ({ ...group, mod });

/** Splits `in [2017]` into the text and the expected span. */
export function parseExample(example: string): { text: string; span: { start: number; end: number } } {
  const open = example.indexOf('[');
  const close = example.indexOf(']');
  if (open < 0 || close < open) return { text: example, span: { start: 0, end: example.length } };
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, span: { start: open, end: close - 1 } };
}
