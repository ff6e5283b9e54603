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


/** Dashes that open dialogue (`– Это так, — сказал он.`) and set off a cue after a quote. */
export const DIALOGUE_DASH_CLASS = '[–—―]';
export const isDialogueDash = (c: number): boolean => c === 0x2013 || c === 0x2014 || c === 0x2015;

/** Punctuation a quotation may end with just before its closing mark or dialogue dash: `[,.!?…;:]`. */
export const isClosingPunctuation = (c: number): boolean =>
  c === 44 || c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 59 || c === 58;
