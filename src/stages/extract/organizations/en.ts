import { classAt, NUMBER, UPPER } from '../../../text/characters.js';
import { joined, spanOf, type Candidate } from './candidate.js';
import type { Gazetteer } from './gazetteer-match.js';
import { oneWordClubs as ONE_WORD_CLUBS, type GazetteerEntry } from './gazetteer/index.js';
import { PLACES_EN, STATE_NAMES_EN } from './places.js';
import { wordSet } from './word-set.js';
import { foldPunctuation, isAllCaps, isCapitalized, isPossessive, startsName, withoutPossessive, type Token } from './tokens.js';
import {
  CHIEF_OFFICES,
  COMPANY_CUES_AFTER,
  DESCRIPTORS,
  HEADS,
  JOINERS,
  LEGAL_SUFFIXES,
  LOWERCASE_BODIES,
  NOT_COMPANY_WORDS,
  NOT_NAME_WORDS,
  PART_OF_COMPANY,
  SIZE_RANKS,
  MATCH_SCORE,
  SPORTS_WORDS,
  TICKER_EXCHANGES,
  WEAK_HEADS,
} from './vocabulary.en.js';

/** Everything the English rules need about one segment. */
interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  /** Is the document sports reporting (then one-word club names are clubs)? Asked lazily. */
  readonly isSports: () => boolean;
}

const bare = (t: Token | undefined): string => (t === undefined ? '' : withoutPossessive(t.text));
/** `IRA-allied`, `U.S.-based`: a capitalised word with a lowercase tail describes a name, it is not part of one. */
const DESCRIBING_COMPOUND = /-\p{Ll}+$/u;
const NOT_NAMES = wordSet(NOT_NAME_WORDS);
const isNameWord = (t: Token | undefined): boolean =>
  t !== undefined &&
  startsName(t.text) &&
  !NOT_NAMES.has(bare(t)) &&
  !(t.text.includes('-') && DESCRIBING_COMPOUND.test(t.text));
const HEADS_OR_SUFFIXES = wordSet([...HEADS, ...LEGAL_SUFFIXES]);
const isHead = (t: Token | undefined): boolean => {
  // Heads are capitalised except lower-case legal forms (`plc`); most tokens stop at the first letter.
  if (t === undefined || !(isCapitalized(t.text) || t.text.startsWith('plc'))) return false;
  const w = isPossessive(t.text) ? withoutPossessive(t.text) : t.text;
  return HEADS_OR_SUFFIXES.has(w);
};

/**
 * Longest name the rules build, in tokens: real names stay far below it (the longest seen in news is about 20),
 * and the bound keeps every rule linear on adversarial runs of capitalised words.
 */
const MAX_NAME_TOKENS = 30;
const MAX_RUN_TOKENS = 10;

/** Index of the last token of the run of capitalised words starting at `k` (k - 1 when there is none). */
function capitalRunEnd(ctx: Context, k: number): number {
  let end = k - 1;
  while (end - k < MAX_RUN_TOKENS - 1 && isNameWord(ctx.tokens[end + 1]) && (end < k || joined(ctx.tokens, end + 1, ctx.text))) {
    end += 1;
    if (isPossessive(ctx.tokens[end]?.text ?? '') && !isCapitalized(ctx.tokens[end + 1]?.text ?? '')) break;
  }
  return end;
}

const word = (ctx: Context, k: number): string => ctx.tokens[k]?.text ?? '';

/** A trailing abbreviation dot belongs to a legal suffix (`Corp.`, `Inc.`). */
function withSuffixDot(ctx: Context, last: number): number {
  const t = ctx.tokens[last];
  return t !== undefined && LEGAL_SUFFIXES.has(t.text) && word(ctx, last + 1) === '.' && ctx.tokens[last + 1]?.start === t.end
    ? last + 1
    : last;
}

/** Does the run `first..last` hold a body of its own (a head word or a listed name)? Then `and` starts a new one. */
function holdsBody(ctx: Context, first: number, last: number): boolean {
  for (let k = first; k <= last; k += 1) {
    if (isHead(ctx.tokens[k]) || ctx.gazetteer.match(ctx.tokens, k) !== null) return true;
  }
  return false;
}

/** Leftmost token of the capitalised modifiers before a head (`National Development and Reform` Commission). */
function extendLeft(ctx: Context, head: number): number {
  let first = head;
  while (head - first < MAX_RUN_TOKENS) {
    const prev = ctx.tokens[first - 1];
    if (isNameWord(prev) && !isPossessive(prev?.text ?? '') && joined(ctx.tokens, first, ctx.text)) {
      if (isAllCaps(prev?.text ?? '') && ctx.gazetteer.lookup(prev?.text ?? '') !== undefined) return first;
      first -= 1;
      continue;
    }
    const conj = word(ctx, first - 1);
    const before = ctx.tokens[first - 2];
    // `Siemens AG and Philips Electronics NV`: a body before `and` is a name of its own.
    if ((conj === 'and' || conj === '&') && first < head && isNameWord(before) && !PLACES_EN.has(bare(before)) && !isHead(before)) {
      first -= 2;
      continue;
    }
    return first;
  }
  return first;
}

/**
 * A run that holds a head ends at its last head (`of the New Society`), since capitalised words after it are
 * usually a person's name (`... of the New Society Vasily Koltashov noted`).
 */
function lastHeadOrEnd(ctx: Context, first: number, end: number): number {
  for (let k = end; k >= first; k -= 1) if (isHead(ctx.tokens[k])) return k;
  return end;
}

interface RightEdge {
  readonly last: number;
  readonly complemented: boolean;
}

/** Extends a name right over more heads, `of`/`for`/`on` complements and `and` continuations. */
function extendRight(ctx: Context, head: number): RightEdge {
  let last = head;
  let complemented = false;
  while (!isPossessive(word(ctx, last)) && last - head < MAX_NAME_TOKENS) {
    const next = word(ctx, last + 1);
    if (isHead(ctx.tokens[last + 1]) && isCapitalized(next) && joined(ctx.tokens, last + 1, ctx.text)) {
      last = withSuffixDot(ctx, last + 1);
      continue;
    }
    const afterJoiner = word(ctx, last + 2) === 'the' ? last + 3 : last + 2;
    if (JOINERS.has(next)) {
      const end = capitalRunEnd(ctx, afterJoiner);
      if (end < afterJoiner) break;
      last = JOINERS.has(word(ctx, end + 1)) ? end : lastHeadOrEnd(ctx, afterJoiner, end);
      complemented = true;
      continue;
    }
    if (next === 'and' || next === '&') {
      const end = capitalRunEnd(ctx, afterJoiner);
      const withThe = afterJoiner === last + 3;
      if (end < afterJoiner || holdsBody(ctx, afterJoiner, end)) break;
      if (withThe ? !JOINERS.has(word(ctx, end + 1)) : end === afterJoiner && PLACES_EN.has(bare(ctx.tokens[end]))) break;
      last = end;
      continue;
    }
    break;
  }
  return { last, complemented };
}

/** A name around the head word at `i` (the caller has checked that it is one). */
function headAt(ctx: Context, i: number, token: Token, found: Candidate[]): void {
  if (!(isCapitalized(token.text) || LEGAL_SUFFIXES.has(bare(token)))) return;
  const first = extendLeft(ctx, i);
  if (STATE_NAMES_EN.includes(spanOf(ctx.text, ctx.tokens, first, i).surface)) return;
  const { last, complemented } = extendRight(ctx, i);
  const modified = first < i;
  if (!modified && !complemented) return;
  if (WEAK_HEADS.has(bare(token)) && !complemented) return;
  const end = withSuffixDot(ctx, last);
  const span = spanOf(ctx.text, ctx.tokens, first, end);
  if (STATE_NAMES_EN.includes(span.surface)) return;
  found.push({ start: span.start, end: span.end, name: span.surface, acronym: null, rule: 'head' });
}

/** `government of the Russian Federation`: a lowercase body named by its country. */
function lowercaseBodyAt(ctx: Context, i: number, token: Token, found: Candidate[]): void {
  if (!LOWERCASE_BODIES.has(token.text) || word(ctx, i + 1) !== 'of') return;
  const from = word(ctx, i + 2) === 'the' ? i + 3 : i + 2;
  const end = capitalRunEnd(ctx, from);
  if (end < from) return;
  const span = spanOf(ctx.text, ctx.tokens, i, end);
  const name = span.surface.charAt(0).toUpperCase() + span.surface.slice(1);
  found.push({ start: span.start, end: span.end, name, acronym: null, rule: 'head' });
}

const MEDIA_AFTER = new Set(['portal', 'website', 'newspaper', 'outlet', 'channel', 'agency', 'magazine', 'tabloid', 'broadcaster', 'company', 'group', 'union', 'party']);

/** Adds the name a descriptor introduces, tokens `first..last`, unless it is only places. */
function addDescribed(ctx: Context, first: number, last: number, found: Candidate[]): void {
  // `the chemicals group 10 million`: a number after a descriptor is not a name.
  if (last < first || !isCapitalized(word(ctx, first))) return;
  const words = ctx.tokens.slice(first, last + 1).map(bare);
  if (words.every((w) => PLACES_EN.has(w))) return;
  const span = spanOf(ctx.text, ctx.tokens, first, last);
  found.push({ start: span.start, end: span.end, name: span.surface, acronym: null, rule: 'context' });
}

/**
 * `the global manufacturer Haier`, `automaker Geely`, `the Axios portal`. Runs on every comma (a trigger of
 * another rule), so it builds nothing, not even a closure, before a descriptor is seen.
 */
function descriptorAt(ctx: Context, i: number, token: Token, found: Candidate[]): void {
  if (DESCRIPTORS.has(token.text) && joined(ctx.tokens, i + 1, ctx.text)) addDescribed(ctx, i + 1, Math.min(capitalRunEnd(ctx, i + 1), i + 4), found);
  if (MEDIA_AFTER.has(token.text) && word(ctx, i - 1) !== '' && joined(ctx.tokens, i, ctx.text)) {
    let first = i;
    while (first > i - 4 && isNameWord(ctx.tokens[first - 1]) && !isPossessive(word(ctx, first - 1))) first -= 1;
    if (first < i && word(ctx, first - 1).toLowerCase() === 'the') addDescribed(ctx, first, i - 1, found);
  }
}

/** Does the listed name itself end in the token's possessive (`Moody's`, `Standard & Poor's`)? */
const endsInPossessive = (entry: GazetteerEntry, last: Token | undefined): boolean =>
  last !== undefined && isPossessive(last.text) && [entry.name, ...(entry.aliases ?? [])].some((n) => n.endsWith(foldPunctuation(last.text)) || n.endsWith(last.text));

function gazetteerAt(ctx: Context, i: number, found: Candidate[]): void {
  const hit = ctx.gazetteer.match(ctx.tokens, i);
  if (hit === null) return;
  const span = spanOf(ctx.text, ctx.tokens, hit.first, hit.last, endsInPossessive(hit.entry, ctx.tokens[hit.last]));
  found.push({ start: span.start, end: span.end, name: hit.entry.name, acronym: hit.acronym, rule: 'gazetteer' });
  // A listed body with an `of` complement is a part or a regional branch of it, named by the whole span.
  const { last, complemented } = extendRight(ctx, hit.last);
  if (!complemented || hit.acronym === hit.entry.acronym && hit.last === hit.first && isAllCaps(word(ctx, i))) return;
  const longer = spanOf(ctx.text, ctx.tokens, hit.first, last);
  found.push({ start: longer.start, end: longer.end, name: longer.surface, acronym: null, rule: 'gazetteer' });
}

/** Longest company name a context cue takes: cues name short company names (`British Airways shares`). */
const MAX_CUE_TOKENS = 4;

/** First token of the run of capitalised words that ends at `last` (last + 1 when there is none). */
function capitalRunStart(ctx: Context, last: number): number {
  let first = last + 1;
  while (last - first < MAX_CUE_TOKENS - 1 && isNameWord(ctx.tokens[first - 1]) && (first > last || (joined(ctx.tokens, first, ctx.text) && !isPossessive(word(ctx, first - 1))))) first -= 1;
  return first;
}

/** A run that a cue makes a company, unless it is a place, a nationality or a market (`Tokyo shares`). */
function cued(ctx: Context, first: number, last: number): Candidate[] {
  // `188 shares`, `Class B shares`: a number or a share class is not a company.
  if (last < first || !isCapitalized(word(ctx, first))) return [];
  const words = ctx.tokens.slice(first, last + 1).map(bare);
  if (words.every((w) => PLACES_EN.has(w) || NOT_COMPANY_WORDS.has(w) || w.length === 1)) return [];
  const span = spanOf(ctx.text, ctx.tokens, first, last);
  return [{ start: span.start, end: span.end, name: span.surface, acronym: null, rule: 'context' }];
}

/** Words after the verb `shares` (`Johnson shares the view`): then it is no company's stock. */
const SHARES_AS_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many', 'much', 'both', 'responsibility', 'power', 'credit', 'control']);

/** Does a company cue start at token `k` (`chairman`, `shares`, `chief executive`)? */
const companyCueAt = (ctx: Context, k: number): boolean =>
  (COMPANY_CUES_AFTER.has(word(ctx, k)) && !(word(ctx, k) === 'shares' && SHARES_AS_VERB.has(word(ctx, k + 1)))) ||
  (word(ctx, k) === 'chief' && CHIEF_OFFICES.has(word(ctx, k + 1)));

/**
 * Cues around a capitalised run that only a company has: `shares of Volkswagen`, `Sony shares`, `Volvo's chief
 * executive`, `Fiat chairman`, `Hanson Plc (LSE: HNS)`, `Interfax news agency`.
 */
function cueAt(ctx: Context, i: number, token: Token, found: Candidate[]): void {
  const w = token.text;
  if ((w === 'shares' || w === 'Shares') && (word(ctx, i + 1) === 'of' || word(ctx, i + 1) === 'in')) {
    found.push(...cued(ctx, i + 2, Math.min(capitalRunEnd(ctx, i + 2), i + 1 + MAX_CUE_TOKENS)));
  }
  if (w === '(' && TICKER_EXCHANGES.has(word(ctx, i + 1)) && word(ctx, i + 2) === ':') {
    found.push(...cued(ctx, capitalRunStart(ctx, i - 1), i - 1));
  }
  if (w === 'news' && word(ctx, i + 1) === 'agency') found.push(...cued(ctx, capitalRunStart(ctx, i - 1), i - 1));
  // `Nestle SA, the world's largest food group`.
  if (w === ',' && word(ctx, i + 1) === 'the' && isPossessive(word(ctx, i + 2)) && SIZE_RANKS.has(word(ctx, i + 3))) {
    found.push(...cued(ctx, capitalRunStart(ctx, i - 1), i - 1));
  }
  // `Shearson, a unit of American Express`: the part and the owner.
  if (PART_OF_COMPANY.has(w) && word(ctx, i - 1) === 'a' && word(ctx, i + 1) === 'of') {
    found.push(...cued(ctx, i + 2, Math.min(capitalRunEnd(ctx, i + 2), i + 1 + MAX_CUE_TOKENS)));
    if (word(ctx, i - 2) === ',') found.push(...cued(ctx, capitalRunStart(ctx, i - 3), i - 3));
  }
  if (!companyCueAt(ctx, i) || !joined(ctx.tokens, i, ctx.text)) return;
  const owner = ctx.tokens[i - 1];
  if (!isNameWord(owner)) return;
  found.push(...cued(ctx, capitalRunStart(ctx, i - 1), i - 1));
}

/** `Bundesbank`, `Commerzbank`, `Rabobank`: a capitalised compound on -bank names a bank. */
const COMPOUND_BANK = /^\p{Lu}\p{Ll}{2,}bank$/u;

function compoundBankAt(token: Token, found: Candidate[]): void {
  const name = bare(token);
  if (COMPOUND_BANK.test(name)) found.push({ start: token.start, end: token.start + name.length, name, acronym: null, rule: 'context' });
}

/** Words before a one-word club name that make it the place: `in Barcelona`, `near Leeds`. */
const PLACE_PREPOSITIONS = new Set(['in', 'In', 'near', 'outside', 'across', 'around', 'downtown']);

const CLUBS = wordSet(ONE_WORD_CLUBS);

/** `Chelsea`, `Juventus` in a sports text; a name inside a longer capitalised run is something else. */
function clubAt(ctx: Context, i: number, token: Token, found: Candidate[]): void {
  const name = bare(token);
  if (!CLUBS.has(name) || PLACE_PREPOSITIONS.has(word(ctx, i - 1))) return;
  const before = ctx.tokens[i - 1];
  const inRun = (isNameWord(before) && joined(ctx.tokens, i, ctx.text)) || (name === token.text && isCapitalized(word(ctx, i + 1)) && isNameWord(ctx.tokens[i + 1]) && joined(ctx.tokens, i + 1, ctx.text));
  // The document is scanned for sports words only once a club name is seen, and at most once.
  if (!inRun && ctx.isSports()) found.push({ start: token.start, end: token.start + name.length, name, acronym: null, rule: 'context' });
}

const SPORTS = wordSet(SPORTS_WORDS);

/** Is the document sports reporting? Two cues are enough; the scan stops there. */
export function isSportsText(segments: readonly (readonly Token[])[]): boolean {
  let cues = 0;
  for (const tokens of segments) {
    for (const t of tokens) {
      const c = t.text.charCodeAt(0);
      // A score starts with a digit: the pattern runs on few tokens.
      if (SPORTS.has(t.text) || (c >= 48 && c <= 57 && t.text.length <= 5 && MATCH_SCORE.test(t.text))) cues += 1;
      if (cues >= 2) return true;
    }
  }
  return false;
}

/** Words that can start a rule keyed on a lower-case word or a bracket; one lookup tells whether any runs. */
const TRIGGERS = wordSet([
  ...LOWERCASE_BODIES, ...DESCRIPTORS, ...MEDIA_AFTER, ...COMPANY_CUES_AFTER, ...PART_OF_COMPANY, 'chief', 'shares',
  'Shares', 'news', '(', ',',
]);

/**
 * All English candidates of one segment; overlaps are resolved by the caller. One pass over the tokens: each
 * token runs only the rules its shape can start, which keeps the cost per token to a few checks.
 */
export function englishCandidates(text: string, tokens: readonly Token[], gazetteer: Gazetteer, isSports: () => boolean): Candidate[] {
  const ctx: Context = { text, tokens, gazetteer, isSports };
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    const t = token.text;
    // The first character's class is read once: four in five tokens start with neither a capital nor a digit.
    const first = classAt(t, 0);
    if ((first & (UPPER | NUMBER)) !== 0) {
      gazetteerAt(ctx, i, found);
      if ((first & UPPER) !== 0) {
        clubAt(ctx, i, token, found);
        if (t.includes('bank')) compoundBankAt(token, found);
        if (isHead(token)) headAt(ctx, i, token, found);
      }
    } else if (t.startsWith('plc') && isHead(token)) {
      headAt(ctx, i, token, found);
    }
    if (TRIGGERS.has(t)) {
      lowercaseBodyAt(ctx, i, token, found);
      descriptorAt(ctx, i, token, found);
      cueAt(ctx, i, token, found);
    }
  });
  return found;
}
