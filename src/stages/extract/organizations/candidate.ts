import { isWhiteSpaceCode } from '../../../text/characters.js';
import type { Token } from './tokens.js';
import { withoutPossessive } from './tokens.js';

/** An organization mention found by one rule, before overlaps are resolved. Offsets are UTF-16. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly acronym: string | null;
  /** Which rule found it; gazetteer and acronym hits outrank shapes when two spans are equally long. */
  readonly rule: 'gazetteer' | 'acronym' | 'head' | 'context';
}

/**
 * The text of tokens `first..last`, a trailing possessive dropped (`China Media Group's` → `China Media Group`)
 * unless the name itself ends in one (`Moody's`).
 */
export function spanOf(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  keepPossessive = false,
): { start: number; end: number; surface: string } {
  const a = tokens[first];
  const b = tokens[last];
  if (a === undefined || b === undefined) return { start: 0, end: 0, surface: '' };
  const end = keepPossessive ? b.end : b.end - (b.text.length - withoutPossessive(b.text).length);
  const surface = text.slice(a.start, end);
  return { start: a.start, end, surface: hasLooseSpace(surface) ? surface.replace(/\s+/g, ' ') : surface };
}

/** Would `/\s+/g` → `' '` change the text (a space other than U+0020, or two in a row)? Most names have neither. */
function hasLooseSpace(surface: string): boolean {
  let afterSpace = false;
  for (let k = 0; k < surface.length; k += 1) {
    const c = surface.charCodeAt(k);
    if (!isWhiteSpaceCode(c)) afterSpace = false;
    else if (c !== 32 || afterSpace) return true;
    else afterSpace = true;
  }
  return false;
}

/** Same-line neighbours: a name never spans a line break or more than one space. */
export function joined(tokens: readonly Token[], k: number, text: string): boolean {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (prev === undefined || cur === undefined) return false;
  const gap = text.slice(prev.end, cur.start);
  return gap === '' || gap === ' ' || gap === '\u00a0';
}

/**
 * Keeps the longest of overlapping candidates (the SPEC's longest name); at equal length the one whose rule is
 * more certain. Returns them in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  const rank = { gazetteer: 0, acronym: 1, head: 2, context: 3 } as const;
  const ordered = [...candidates].sort(
    (x, y) => y.end - y.start - (x.end - x.start) || rank[x.rule] - rank[y.rule] || x.start - y.start,
  );
  // Characters already taken by a kept candidate, one byte each over the candidates' extent; candidates are
  // short, so checking each one's range is linear.
  let from = Infinity;
  let to = 0;
  for (const c of ordered) {
    from = Math.min(from, c.start);
    to = Math.max(to, c.end);
  }
  const taken = new Uint8Array(Math.max(0, to - from));
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let p = c.start; p < c.end && free; p += 1) free = taken[p - from] === 0;
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}
