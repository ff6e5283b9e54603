/**
 * How a period after an abbreviation behaves when a capitalized word follows:
 * - `title`: prepositive, a name always follows (`Mr. Smith`, `ул. Ленина`, `e.g. The Times`): never ends a sentence.
 * - `plain`: usually mid-sentence (`Corp.`, `U.S.`): ends a sentence only before a typical sentence starter.
 * - `final`: usually sentence-final (`etc.`, `и т. д.`): ends a sentence before any capitalized word.
 * - `unit`: `final` right after a number (`в 1997 г. В`, `5 млн. Это`), otherwise `plain` (`г. Москва`).
 */
export type AbbreviationClass = 'title' | 'plain' | 'final' | 'unit';

/** Vocabulary of one language, as plain data (see `data/`). */
export interface LanguageData {
  /** Lowercase, without the final period; inner periods kept and spaces removed (`u.s`, `т.д`). */
  readonly abbreviations: Readonly<Record<AbbreviationClass, readonly string[]>>;
  /** Lowercase words that typically open a sentence. */
  readonly starters: readonly string[];
  /** Lowercase names written with a period before a capital (`Яндекс.Такси`): the period is no boundary. */
  readonly dottedNames: readonly string[];
}

/** The lookup tables built once per language. */
export interface LanguageRules {
  readonly abbreviations: ReadonlyMap<string, AbbreviationClass>;
  readonly starters: ReadonlySet<string>;
  readonly dottedNames: ReadonlySet<string>;
}

/**
 * - `period`: one `.`; abbreviation rules apply.
 * - `ellipsis`: `...`, `…` or four spaced periods; ends a sentence before a capital.
 * - `strong`: contains `?` or `!`.
 * - `before-ellipsis`: the period of a word followed by a spaced ellipsis and more text
 *   (`compounds. . . . The`): the ellipsis opens the next sentence.
 */
export type CandidateKind = 'period' | 'ellipsis' | 'strong' | 'before-ellipsis';

/** A run of terminal punctuation that may end a sentence. UTF-16 offsets into the segment text. */
export interface Candidate {
  /** The first punctuation character. */
  readonly start: number;
  /** Where the sentence would end: after the punctuation, closing quotes/brackets and reference numbers. */
  readonly end: number;
  /** The first non-space character at or after `end` (`text.length` when none). */
  readonly next: number;
  readonly kind: CandidateKind;
}

/** Gaps between characters (gap `i` is before `text[i]`) where no sentence may end. */
export interface ProtectedGaps {
  has(gap: number): boolean;
}

/** Everything the decision rules may read about the segment. */
export interface Context {
  readonly text: string;
  readonly rules: LanguageRules;
  /** `protectedGaps.has(i)`: a boundary at gap `i` would fall inside a quotation, brackets, a URL or an e-mail. */
  readonly protectedGaps: ProtectedGaps;
  /** Offsets of punctuation that belongs to a list enumerator (`1.`, `a.)`). */
  readonly enumeratorMarks: ReadonlySet<number>;
}

export type Verdict = 'split' | 'join';

/** One decision rule: the first rule with a verdict decides a candidate. */
export interface DecisionRule {
  readonly name: string;
  /** Why the rule exists, in one line. */
  readonly why: string;
  readonly decide: (candidate: Candidate, context: Context) => Verdict | null;
}
