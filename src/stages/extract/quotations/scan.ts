import { matchesIn } from './matches.js';
import { CLOSING_PUNCTUATION_CLASS, DIALOGUE_DASH_CLASS, MARK_CLASS, MARKS, type Family } from './marks.js';

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

// One pass over marks and `, –` dash cues; each alternative is a single character or a bounded run.
const TOKEN = new RegExp(
  `(?<mark>${MARK_CLASS})|(?<dash>${CLOSING_PUNCTUATION_CLASS}[ \\t\\u00a0]{0,3}(?:${DIALOGUE_DASH_CLASS}|--?)[ \\t\\u00a0]+)`,
  'gu',
);
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

/** Flanking, as CommonMark defines it for emphasis, adapted to quotes. */
function flanking(text: string, i: number, seg: ScanSegment): { canOpen: boolean; canClose: boolean } {
  const prev = charAt(text, i - 1, seg);
  const next = charAt(text, i + 1, seg);
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

/** The first double-mark token of a segment: whether the run open at the previous paragraph end continues here. */
function continuesInto(text: string, seg: ScanSegment): boolean {
  const first = text.slice(seg.start, Math.min(seg.end, seg.start + 4)).trimStart().charAt(0);
  if (MARKS.get(first)?.family === 'double' || DIALOGUE_START.test(text.slice(seg.start, seg.start + 4))) return false;
  for (const m of matchesIn(TOKEN, text, seg.start, seg.end)) {
    const glyph = m.groups?.mark;
    const info = glyph === undefined ? undefined : MARKS.get(glyph);
    if (info?.family !== 'double') continue;
    if (info.lean === 'close') return true;
    if (info.lean === 'open') return false;
    const f = flanking(text, m.index, seg);
    return f.canClose && !f.canOpen;
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
  const hasDouble = (): boolean => stack.some((o) => o.family !== 'single');
  const closeDouble = (at: number, after: number, closedBy: RawQuote['closedBy']): void => {
    // Pop to the innermost open double (unbalanced singles inside it are dropped).
    let k = stack.length - 1;
    while (k >= 0 && stack[k]?.family === 'single') k--;
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
    for (const m of matchesIn(TOKEN, text, seg.start, seg.end)) {
      const i = m.index;
      const dash = m.groups?.dash;
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
      const glyph = m.groups?.mark ?? '';
      const info = MARKS.get(glyph);
      if (info === undefined) continue;
      const { canOpen, canClose } = flanking(text, i, seg);
      if (info.family === 'single') {
        singleMark(i, info.lean, canOpen, canClose);
        continue;
      }
      if (info.lean === 'open') {
        stack.push({ family: 'double', at: i, contentStart: i + 1, segment: si });
      } else if (info.lean === 'close') {
        if (hasDouble()) closeDouble(i, i + 1, 'mark');
      } else if (hasDouble()) {
        const displaced = canOpen && !canClose && /[,.!?…]/u.test(previousVisible(text, i, seg)) && cueAt(text, i + 1);
        if (displaced) closeAll(trimEnd(text, seg.start, i), i + 1);
        else if (canClose || !canOpen) {
          if (!(canClose && canOpen)) closeDouble(trimEnd(text, seg.start, i), i + 1, 'mark');
        } else stack.push({ family: 'double', at: i, contentStart: i + 1, segment: si });
      } else if (canOpen && !canClose) {
        stack.push({ family: 'double', at: i, contentStart: i + 1, segment: si });
      }
    }
    endOfSegment(si);
  });
  return quotes;

  function closeAll(end: number, after: number): void {
    const bottom = stack[0];
    if (bottom !== undefined) emit(bottom, end, after, bottom.family === 'dash' ? 'cue' : 'mark');
  }

  function singleMark(i: number, lean: string, canOpen: boolean, canClose: boolean): void {
    if (!hasDouble()) return;
    const top = stack.at(-1);
    if (top?.family === 'single' && (lean === 'close' || (canClose && !canOpen))) stack.pop();
    else if (lean === 'open' || (canOpen && !canClose)) {
      stack.push({ family: 'single', at: i, contentStart: i + 1, segment: stack[0]?.segment ?? 0 });
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
    if (bottom.segment === si && next !== undefined && continuesInto(text, next)) return;
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
