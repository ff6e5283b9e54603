import { DIALOGUE_DASH_CLASS, isClosingPunctuation, isDialogueDash, MARKS, type Family, type MarkInfo } from './marks.js';

/** The part of a segment the scanner needs. */
export interface ScanSegment {
  readonly start: number;
  readonly end: number;
}

/** A top-level quoted run: `start`/`end` bound the words between the marks (UTF-16). */
export interface RawQuote {
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark or dialogue dash. */
  readonly open: number;
  /** Offset just after the closing mark or dash; `end` when the run stops at a paragraph end. */
  readonly after: number;
  /** How the run ended. */
  readonly closedBy: 'mark' | 'cue' | 'segment-end';
  readonly dialogue: boolean;
  /** Index (into the scanned segment list) of the segment the run opens in. */
  readonly segment: number;
}

/** Whether an attribution cue (`he said`, `– believes X`) starts at this offset. */
export type CueProbe = (text: string, at: number) => boolean;

interface Opener {
  readonly family: Family | 'dash';
  /** A dialogue line resumed after its cue (`— сказал он. — Но …`) needs no cue of its own. */
  readonly resumed?: boolean;
  readonly at: number;
  readonly contentStart: number;
  readonly segment: number;
}

/** A quotation mark, or a `, –` dash cue (the punctuation, the dash and the spaces around it), at `index`. */
interface ScanToken {
  readonly index: number;
  /** The mark's glyph; '' for a dash cue. */
  readonly glyph: string;
  /** The whole dash cue; undefined for a mark. */
  readonly dash: string | undefined;
}

const isCueSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** End of a dash cue (`[,.!?…;:][ \t\u00a0]{0,3}(?:[–—―]|--?)[ \t\u00a0]+`) starting at `i`, or -1. */
function dashCueEnd(text: string, i: number, to: number): number {
  let p = i + 1;
  while (p < i + 4 && p < to && isCueSpace(text.charCodeAt(p))) p += 1;
  if (p >= to) return -1;
  const dash = text.charCodeAt(p);
  if (isDialogueDash(dash)) p += 1;
  else if (dash === 45) p += p + 1 < to && text.charCodeAt(p + 1) === 45 ? 2 : 1;
  else return -1;
  if (p >= to || !isCueSpace(text.charCodeAt(p))) return -1;
  while (p < to && isCueSpace(text.charCodeAt(p))) p += 1;
  return p;
}

/** What a character can start in the scan: most characters start nothing, and one table look says so. */
const SINGLE_MARK = 1;
const DOUBLED_MARK = 2;
const CUE_PUNCTUATION = 4;
const STARTS = new Uint8Array(0x10000);
for (const glyph of MARKS.keys()) STARTS[glyph.charCodeAt(0)] = (STARTS[glyph.charCodeAt(0)] ?? 0) | (glyph.length === 1 ? SINGLE_MARK : DOUBLED_MARK);
for (let c = 0; c < 0x10000; c += 1) if (isClosingPunctuation(c)) STARTS[c] = (STARTS[c] ?? 0) | CUE_PUNCTUATION;

/**
 * The marks and dash cues of `text[from, to)` in one pass, character by character: two-character doubles
 * (`''`, ` `` `) before single marks. Nothing past `to` is read.
 */
export function scanTokens(text: string, from: number, to: number): ScanToken[] {
  const tokens: ScanToken[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const starts = STARTS[c] ?? 0;
    if (starts === 0) {
      i += 1;
      continue;
    }
    const double = (starts & DOUBLED_MARK) !== 0 && i + 1 < to && text.charCodeAt(i + 1) === c;
    if (double || (starts & SINGLE_MARK) !== 0) {
      const glyph = text.slice(i, double ? i + 2 : i + 1);
      tokens.push({ index: i, glyph, dash: undefined });
      i += glyph.length;
      continue;
    }
    const cueEnd = (starts & CUE_PUNCTUATION) !== 0 ? dashCueEnd(text, i, to) : -1;
    if (cueEnd > 0) {
      tokens.push({ index: i, glyph: '', dash: text.slice(i, cueEnd) });
      i = cueEnd;
    } else {
      i += 1;
    }
  }
  return tokens;
}

const DIALOGUE_START = new RegExp(`^\\s*(?:${DIALOGUE_DASH_CLASS}|--?)[ \\t\\u00a0]+(?=\\S)`, 'u');
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters after which a mark can open: punctuation that precedes quoted text. */
const OPEN_CONTEXT = /[([{\-–—―/:;,"“”„«'‘‚‹]/u;
/** Characters right after a mark that say it cannot open (`“,` is a displaced closer). */
const CANNOT_FOLLOW_OPENER = /[,.;:!?)\]}]/u;
const SENTENCE_END_PUNCTUATION = /[.!?…]/u;

const charAt = (text: string, i: number, seg: ScanSegment): string =>
  i >= seg.start && i < seg.end ? (text[i] ?? '') : '';
const isSpace = (c: string): boolean => c === '' || SPACE.test(c);

/** Flanking, as CommonMark defines it for emphasis, adapted to quotes; `length` is the glyph's (2 for `''`). */
function flanking(text: string, i: number, seg: ScanSegment, length = 1): { canOpen: boolean; canClose: boolean } {
  const prev = charAt(text, i - 1, seg);
  const next = charAt(text, i + length, seg);
  const canOpen = !isSpace(next) && !CANNOT_FOLLOW_OPENER.test(next) && (isSpace(prev) || OPEN_CONTEXT.test(prev));
  const canClose = !isSpace(prev) && (isSpace(next) || !LETTER_OR_DIGIT.test(next));
  return { canOpen, canClose };
}

/** The last non-space character before `i` inside the segment. */
function previousVisible(text: string, i: number, seg: ScanSegment): string {
  for (let j = i - 1; j >= seg.start && j >= i - 8; j--) {
    const c = text[j] ?? '';
    if (!isSpace(c)) return c;
  }
  return '';
}

const trimEnd = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && isSpace(text[e - 1] ?? '')) e--;
  return e;
};

/**
 * `the voters’ verdict`, `Tories’ worst`: a single mark after `s` and before a word is a plural
 * possessive, not the end of a single-quoted run.
 */
function possessiveApostrophe(text: string, i: number, seg: ScanSegment): boolean {
  return /[sz]/iu.test(charAt(text, i - 1, seg)) && charAt(text, i + 1, seg) === ' ' && /\p{L}/u.test(charAt(text, i + 2, seg));
}

/**
 * A single mark opens a top-level quotation (`‘We will not be lectured,’ he said.`) only where it
 * flanks a letter or a nested double mark: `’90s`, `’em` and a closing `’` never open one.
 */
function opensTopLevelSingle(text: string, i: number, seg: ScanSegment, glyph: string, canOpen: boolean, canClose: boolean): boolean {
  return glyph !== '’' && canOpen && !canClose && /[\p{L}"“„«]/u.test(charAt(text, i + 1, seg));
}

/** Whether a mark of the run's own family closes the run (`,’` closes; `voters’ verdict` does not). */
function closesRun(text: string, i: number, seg: ScanSegment, family: Family, length: number): boolean {
  const f = flanking(text, i, seg, length);
  return f.canClose && !f.canOpen && !(family === 'single' && possessiveApostrophe(text, i, seg));
}

/**
 * The first mark of the open run's family in a segment: whether the run open at the previous
 * paragraph end continues here (it does when that mark closes it).
 */
function continuesInto(text: string, seg: ScanSegment, family: Family): boolean {
  const first = text.slice(seg.start, Math.min(seg.end, seg.start + 4)).trimStart().charAt(0);
  if (MARKS.get(first)?.family === family || DIALOGUE_START.test(text.slice(seg.start, seg.start + 4))) return false;
  for (const m of scanTokens(text, seg.start, seg.end)) {
    const glyph = m.glyph;
    const info = MARKS.get(glyph);
    if (info?.family !== family) continue;
    if (info.lean === 'close') return true;
    if (info.lean === 'open') return false;
    const f = flanking(text, m.index, seg, glyph.length);
    // Apostrophes (`don’t`) neither open nor close: look on.
    if (family === 'single' && !f.canOpen && !f.canClose) continue;
    return closesRun(text, m.index, seg, family, glyph.length);
  }
  return false;
}

/**
 * Pairs quotation marks across the content segments with one stack, left to right: linear in the
 * text. Only top-level runs are returned; nested quotes stay inside their outer run. A run still
 * open at a paragraph end continues into the next paragraph when that one closes it first,
 * otherwise it ends there (news style leaves the closing mark off a paragraph that a new opening
 * mark continues).
 */
export function scanQuotes(text: string, segments: readonly ScanSegment[], cueAt: CueProbe): RawQuote[] {
  const quotes: RawQuote[] = [];
  let stack: Opener[] = [];

  const emit = (bottom: Opener, end: number, after: number, closedBy: RawQuote['closedBy']): void => {
    if (end > bottom.contentStart) {
      quotes.push({
        start: bottom.contentStart,
        end,
        open: bottom.at,
        after,
        closedBy,
        dialogue: bottom.family === 'dash',
        segment: bottom.segment,
      });
    }
    stack = [];
  };
  /** The family of the run's own marks: a dialogue line or a double quote nests singles, a single quote nests doubles. */
  const outer = (): Family | undefined => {
    const bottom = stack[0];
    return bottom === undefined ? undefined : bottom.family === 'single' ? 'single' : 'double';
  };
  const closeOwn = (family: Family, at: number, after: number, closedBy: RawQuote['closedBy']): void => {
    // Pop to the innermost opener of the run's family (unbalanced nested marks inside it are dropped).
    let k = stack.length - 1;
    while (k >= 0 && stack[k]?.family !== family && stack[k]?.family !== 'dash') k--;
    const bottom = stack[0];
    if (k > 0) stack = stack.slice(0, k);
    // A dialogue line ends at its cue, not at a stray closing mark inside it.
    else if (bottom !== undefined && bottom.family !== 'dash') emit(bottom, at, after, closedBy);
  };

  segments.forEach((seg, si) => {
    if (stack.length === 0) {
      const dialogue = DIALOGUE_START.exec(text.slice(seg.start, Math.min(seg.end, seg.start + 8)));
      if (dialogue !== null) {
        const at = seg.start + dialogue[0].length;
        stack = [{ family: 'dash', at: seg.start + dialogue[0].search(/\S/u), contentStart: at, segment: si }];
      }
    }
    for (const m of scanTokens(text, seg.start, seg.end)) {
      const i = m.index;
      const dash = m.dash;
      if (dash !== undefined) {
        const afterDash = i + dash.length;
        if (stack.length > 0 && cueAt(text, afterDash)) {
          closeAll(i + 1, afterDash);
        } else if (stack.length === 0 && quotes.at(-1)?.dialogue === true && quotes.at(-1)?.segment === si) {
          // `— Это так, — сказал он. — Но не всё.`: dialogue resumes after the cue sentence.
          if (SENTENCE_END_PUNCTUATION.test(dash.charAt(0)) && /\p{Lu}/u.test(text.charAt(afterDash))) {
            stack = [{ family: 'dash', at: i + 1, contentStart: afterDash, segment: si, resumed: true }];
          }
        }
        continue;
      }
      const glyph = m.glyph;
      const info = MARKS.get(glyph);
      if (info === undefined) continue;
      const past = i + glyph.length;
      const { canOpen, canClose } = flanking(text, i, seg, glyph.length);
      const own = outer();
      if (own === undefined) {
        const opens = info.lean === 'open' || (info.lean === 'either' && canOpen && !canClose);
        if (opens && (info.family === 'double' || opensTopLevelSingle(text, i, seg, glyph, canOpen, canClose))) {
          stack.push({ family: info.family, at: i, contentStart: past, segment: si });
        }
      } else if (info.family !== own) {
        nestedMark(i, past, info, canOpen, canClose);
      } else if (info.lean === 'open') {
        stack.push({ family: own, at: i, contentStart: past, segment: si });
      } else if (info.lean === 'close') {
        closeOwn(own, i, past, 'mark');
      } else {
        const displaced = canOpen && !canClose && /[,.!?…]/u.test(previousVisible(text, i, seg)) && cueAt(text, past);
        if (displaced) closeAll(trimEnd(text, seg.start, i), past);
        else if (canClose && canOpen) continue;
        else if (canClose) {
          if (!(own === 'single' && possessiveApostrophe(text, i, seg))) closeOwn(own, trimEnd(text, seg.start, i), past, 'mark');
        } else if (canOpen) stack.push({ family: own, at: i, contentStart: past, segment: si });
        else if (own === 'double') closeOwn(own, trimEnd(text, seg.start, i), past, 'mark');
      }
    }
    endOfSegment(si);
  });
  return quotes;

  function closeAll(end: number, after: number): void {
    const bottom = stack[0];
    if (bottom !== undefined) emit(bottom, end, after, bottom.family === 'dash' ? 'cue' : 'mark');
  }

  /** A mark of the other family inside a run: it opens or closes a nested quotation. */
  function nestedMark(i: number, past: number, info: MarkInfo, canOpen: boolean, canClose: boolean): void {
    const top = stack.at(-1);
    if (top?.family === info.family && (info.lean === 'close' || (canClose && !canOpen))) stack.pop();
    else if (info.lean === 'open' || (canOpen && !canClose)) {
      stack.push({ family: info.family, at: i, contentStart: past, segment: stack[0]?.segment ?? 0 });
    }
  }

  function endOfSegment(si: number): void {
    const bottom = stack[0];
    const seg = segments[si];
    if (bottom === undefined || seg === undefined) return;
    // A dialogue line without a cue is a list item or an interview turn, not attributed speech.
    if (bottom.family === 'dash') {
      if (bottom.resumed === true) emit(bottom, trimEnd(text, bottom.contentStart, seg.end), seg.end, 'segment-end');
      stack = [];
      return;
    }
    const next = segments[si + 1];
    const family = bottom.family === 'single' ? 'single' : 'double';
    if (bottom.segment === si && next !== undefined && continuesInto(text, next, family)) return;
    const end = trimEnd(text, bottom.contentStart, seg.end);
    if (opensSentence(text, bottom.at, segments[bottom.segment] ?? seg)) emit(bottom, end, end, 'segment-end');
    else stack = [];
  }
}

/** A run left open at a paragraph end counts only when it opened where speech opens, not mid-phrase. */
function opensSentence(text: string, at: number, seg: ScanSegment): boolean {
  const before = previousVisible(text, at, seg);
  return before === '' || /[.!?…:–—―-]/u.test(before);
}
