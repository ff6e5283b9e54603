/**
 * The engine owns scanning and offsets (chrono's design): rules only read their match, refiners
 * clean up the whole list of candidates of one segment.
 */
import { type Gate, GateSet } from './gates.js';
import type { Mod, Parsed, Rule } from './rule.js';

export interface Candidate {
  /** UTF-16 offsets into the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly parsed: Parsed;
  /** Position of the producing rule in its list: earlier rules win ties. */
  readonly priority: number;
}

/** A refiner sees the scanned text and every candidate, in text order. */
export type Refiner = (text: string, candidates: readonly Candidate[]) => Candidate[];

/** A rule list ready to scan: every gate of its rules is tested in one pass over a text. */
export interface RuleSet {
  readonly rules: readonly Rule[];
  readonly gates: GateSet;
  /** Per rule, the positions of its gates in `gates`. */
  readonly gatesOf: ReadonlyArray<readonly number[]>;
  /** Scratch for one scan's gate results (scans never nest). */
  readonly passed: Uint8Array;
}

export function ruleSet(rules: readonly Rule[]): RuleSet {
  // Rules share gates (month names, digits): each one is tested once per text.
  const ids = new Map<Gate, number>();
  for (const r of rules) for (const gate of r.requires) if (!ids.has(gate)) ids.set(gate, ids.size);
  return {
    rules,
    gates: new GateSet([...ids.keys()]),
    gatesOf: rules.map((r) => r.requires.map((gate) => ids.get(gate)!)),
    passed: new Uint8Array(ids.size),
  };
}

export function scan(text: string, set: RuleSet): Candidate[] {
  const found: Candidate[] = [];
  const { rules, gatesOf, passed } = set;
  set.gates.test(text, passed);
  for (let priority = 0; priority < rules.length; priority++) {
    if (!passedAll(gatesOf[priority]!, passed)) continue;
    const r = rules[priority]!;
    // exec on the rule's own RegExp, not matchAll: matchAll clones the RegExp and V8 recompiles
    // every clone, which costs milliseconds per rule per call with these Unicode alternations.
    // The loop is synchronous, so the shared lastIndex is never seen half-way by anyone else.
    const pattern = r.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const parsed = r.extract(m.groups ?? {});
      if (parsed) found.push({ start: m.index, end: m.index + m[0].length, parsed, priority });
    }
    pattern.lastIndex = 0;
  }
  return found.sort(byPosition);
}

/**
 * Whether every gate of a rule passed. A loop, not `every` with an arrow: this runs for each rule
 * of each paragraph, and the closures it allocated cost 5% of the stage.
 */
function passedAll(ids: readonly number[], passed: Uint8Array): boolean {
  for (const id of ids) if (passed[id] !== 1) return false;
  return true;
}

export function refine(text: string, candidates: Candidate[], refiners: readonly Refiner[]): Candidate[] {
  return refiners.reduce((acc, refiner) => refiner(text, acc), candidates);
}

const byPosition = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** The longer of two overlapping candidates wins; on equal length, a strong one, then the earlier rule. */
export const removeOverlaps: Refiner = (_text, candidates) => {
  const weakness = (c: Candidate): number => (c.parsed.weak ? 1 : 0);
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || weakness(a) - weakness(b) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort(byPosition);
};

/**
 * A weak year (a bare number 1000–2100 without context) is kept only when it is listed beside a
 * real date: `in 2017 and 2019`, `2010, 2012 or 2014`, `between 2010 and 2015`.
 */
export function keepListedYears(connector: RegExp): Refiner {
  return (text, candidates) => {
    const strong = candidates.map((c) => !c.parsed.weak);
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i < candidates.length; i++) {
        if (strong[i]) continue;
        const c = candidates[i]!;
        const linked = [i - 1, i + 1].some((j) => {
          const o = candidates[j];
          if (!o || !strong[j]) return false;
          const gap = j < i ? text.slice(o.end, c.start) : text.slice(c.end, o.start);
          return gap.length <= 12 && connector.test(gap);
        });
        if (linked) {
          strong[i] = true;
          changed = true;
        }
      }
    }
    return candidates.filter((_, i) => strong[i]);
  };
}

/**
 * Part-of-period words in front of a date (`the end of`, `early`, `в конце`) join its span and
 * set its `mod`; the value stays at the date's own granularity (TimeML).
 */
export function attachPartOfPeriod(prefixes: ReadonlyArray<{ readonly pattern: RegExp; readonly mod: Mod }>): Refiner {
  return (text, candidates) =>
    candidates.map((c) => {
      if (c.parsed.mod) return c;
      const before = text.slice(Math.max(0, c.start - 40), c.start);
      for (const p of prefixes) {
        const m = p.pattern.exec(before);
        if (m) return { ...c, start: c.start - m[0].length, parsed: { ...c.parsed, mod: p.mod } };
      }
      return c;
    });
}

/** Tense cues of one language: words of the future (`will`, `будет`) and of the past (`said`, `заявил`). */
export interface TenseCues {
  readonly future: RegExp;
  readonly past: RegExp;
}

type Tense = 'future' | 'past';

/** The tense cue nearest the date: the last one before it or the first one after it. */
function nearestTense(before: string, after: string, cues: TenseCues): Tense | null {
  let best: { tense: Tense; distance: number } | null = null;
  // Future first with a strict `<`: on a tie (`expected` is both) the future wins.
  for (const tense of ['future', 'past'] as const) {
    const cue = cues[tense];
    cue.lastIndex = 0;
    for (let m = cue.exec(before); m; m = cue.exec(before)) {
      const distance = before.length - (m.index + m[0].length);
      if (!best || distance < best.distance) best = { tense, distance };
    }
    cue.lastIndex = 0;
    const next = cue.exec(after);
    if (next && (!best || next.index < best.distance)) best = { tense, distance: next.index };
    cue.lastIndex = 0;
  }
  return best?.tense ?? null;
}

/**
 * The tense of a date's clause picks the reading of a date that has two (`Parsed.future`): the
 * nearest tense cue decides (`was announced Wednesday, they will appeal` is past). Without any
 * cue, a candidate marked `aheadWithoutTense` (a weekday in a heading, an agenda line or a bare
 * phrase) reads ahead; the others keep the past-or-nearest reading (`the Aug. 7 bombings`). The
 * clause is read from the previous sentence end up to the next one.
 */
export function applyTense(cues: TenseCues): Refiner {
  const global = { future: new RegExp(cues.future.source, 'giu'), past: new RegExp(cues.past.source, 'giu') };
  return (text, candidates) =>
    candidates.map((c) => {
      if (!c.parsed.future) return c;
      const before = text.slice(Math.max(0, c.start - TENSE_REACH), c.start);
      let sentenceStart = 0;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) sentenceStart = m.index + m[0].length;
      const after = text.slice(c.end, c.end + TENSE_REACH / 2);
      SENTENCE_END.lastIndex = 0;
      const end = SENTENCE_END.exec(after);
      const tense = nearestTense(before.slice(sentenceStart), end ? after.slice(0, end.index) : after, global);
      const ahead = tense === 'future' || (tense === null && c.parsed.aheadWithoutTense === true);
      return ahead ? { ...c, parsed: { ...c.parsed, value: c.parsed.future } } : c;
    });
}

/** How far before a date its clause's tense cues are looked for (half as far after it). */
const TENSE_REACH = 200;
/**
 * A sentence end: `.`, `!`, `?` or a line break, but not the dot of an abbreviation (`Sept. 14`,
 * `U.S. embassies`, `Mr. Smith`: a capitalized word of at most four letters).
 */
const SENTENCE_END = /(?<!(?<![\p{L}])\p{Lu}\p{Ll}{0,3})[.!?]["”’']?\s+|\n/gu;
