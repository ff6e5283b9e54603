/**
 * The corpus format shared by `en.corpus.ts` and `ru.corpus.ts`, in the Duckling style: one expected
 * value, many surface forms. `corpus.test.ts` runs every example strictly: exactly one number is
 * found, its span is the example's `span` (the whole text when not given), and kind, value, unit
 * and approximation are as expected.
 */
import type { FoundNumber } from '../types.js';

export interface Expected {
  readonly kind: FoundNumber['kind'];
  readonly value: number;
  readonly unit?: string | null;
  readonly approximate?: boolean;
}

/** A surface form: the whole text is the span, or `[text, span]` when words around it stay outside. */
export type Surface = string | readonly [text: string, span: string];

export interface CorpusGroup {
  readonly expected: Expected;
  readonly surfaces: readonly Surface[];
}

export function examples(expected: Expected, surfaces: readonly Surface[]): CorpusGroup {
  return { expected, surfaces };
}

/** Texts with no number in them (idioms, codes, names, enumerators, years). */
export interface NegativeCorpus {
  readonly language: 'eng' | 'rus';
  readonly texts: readonly string[];
}
