/**
 * Quotation-mark vocabulary. Each glyph says which way it leans: `open`/`close` glyphs only ever
 * play that role (guillemets, the low-9 mark), `either` glyphs take their role from the characters
 * around them, because web text uses `“` and `”` both ways (`“…“`, `„…“`, `“…”`) and the straight
 * `"` has no direction at all. Single marks only open a quotation nested inside a double one:
 * at the top level `’`/`'` are far more often apostrophes than quotes.
 */
export type Lean = 'open' | 'close' | 'either';
export type Family = 'double' | 'single';

export interface MarkInfo {
  readonly lean: Lean;
  readonly family: Family;
}

export const MARKS: ReadonlyMap<string, MarkInfo> = new Map<string, MarkInfo>([
  ['"', { lean: 'either', family: 'double' }],
  ['“', { lean: 'either', family: 'double' }],
  ['”', { lean: 'either', family: 'double' }],
  ['‟', { lean: 'open', family: 'double' }],
  ['„', { lean: 'open', family: 'double' }],
  ['«', { lean: 'open', family: 'double' }],
  ['»', { lean: 'close', family: 'double' }],
  ["'", { lean: 'either', family: 'single' }],
  ['‘', { lean: 'either', family: 'single' }],
  ['’', { lean: 'either', family: 'single' }],
  ['‚', { lean: 'open', family: 'single' }],
  ['‹', { lean: 'open', family: 'single' }],
  ['›', { lean: 'close', family: 'single' }],
  // Typewriter doubles from newswire and TeX-style text: ``…'' and ''…''.
  ["''", { lean: 'either', family: 'double' }],
  ['``', { lean: 'open', family: 'double' }],
]);

/** Every mark glyph, for one scan: the two-character doubles first, then one character class. */
export const MARK_PATTERN = '\'\'|``|["“”‟„«»\'‘’‚‹›]';

/** Dashes that open dialogue (`– Это так, — сказал он.`) and set off a cue after a quote. */
export const DIALOGUE_DASH_CLASS = '[–—―]';

/** Punctuation a quotation may end with just before its closing mark or dialogue dash. */
export const CLOSING_PUNCTUATION_CLASS = '[,.!?…;:]';
