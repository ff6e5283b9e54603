import { describe, expect, it } from 'vitest';
import type { CorpusExample } from './corpus.js';
import { englishCorpus, englishNegatives, englishPoliticsCorpus, englishPoliticsNegatives } from './en.corpus.js';
import { inputFromText } from './fixture.js';
import { extractQuotations } from './index.js';
import { russianCorpus, russianNegatives } from './ru.corpus.js';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerOk: number;
  errors: string[];
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/gu, ' ').trim();

/** The scorer's rule: same name after folding, or the expected surname inside the found name. */
function speakerMatches(expected: string | null, found: string | null): boolean {
  if (expected === null || found === null) return expected === found;
  return fold(found).includes(fold(expected).split(' ').at(-1) ?? '');
}

/** Relaxed matching as the scorer does it: overlap of at least half the shorter span, greedy. */
function score(examples: readonly CorpusExample[], negatives: readonly string[], language: string): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, speakerOk: 0, errors: [] };
  const cases = [...examples, ...negatives.map((text) => ({ text, quotes: [] }))];
  for (const { text, quotes } of cases) {
    const found = extractQuotations(inputFromText(text, language), []);
    const gold = quotes.map(([q, speaker]) => {
      const start = text.indexOf(q);
      if (start < 0) throw new Error(`corpus quote not in its text: ${q}`);
      return { start, end: start + q.length, speaker };
    });
    const used = new Set<number>();
    for (const g of gold) {
      const pi = found.findIndex((p, i) => {
        const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        return !used.has(i) && overlap > 0 && overlap >= 0.5 * Math.min(g.end - g.start, p.end - p.start);
      });
      const p = found[pi];
      if (p === undefined) {
        t.fn++;
        t.errors.push(`FN ${text.slice(g.start, g.end)}  ‖ ${text}`);
        continue;
      }
      used.add(pi);
      t.tp++;
      if (speakerMatches(g.speaker, p.speaker?.name ?? null)) t.speakerOk++;
      else t.errors.push(`SPEAKER want ${g.speaker} got ${p.speaker?.name ?? null}  ‖ ${text}`);
    }
    found.forEach((p, i) => {
      if (used.has(i)) return;
      t.fp++;
      t.errors.push(`FP ${text.slice(p.start, p.end)}  ‖ ${text}`);
    });
  }
  return t;
}

function report(name: string, t: Tally): { f1: number; speaker: number } {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const speaker = t.speakerOk / Math.max(1, t.tp);
  console.log(`${name}: P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)} speaker=${speaker.toFixed(3)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})`);
  for (const e of t.errors) console.log(`  ${e}`);
  return { f1, speaker };
}

describe('quotation corpus', () => {
  it('has at least 80 examples per language', () => {
    expect(englishCorpus.length).toBeGreaterThanOrEqual(80);
    expect(russianCorpus.length).toBeGreaterThanOrEqual(80);
  });

  for (const [name, examples, negatives, language] of [
    ['English', englishCorpus, englishNegatives, 'eng'],
    ['English politics', englishPoliticsCorpus, englishPoliticsNegatives, 'eng'],
    ['Russian', russianCorpus, russianNegatives, 'rus'],
  ] as const) {
    it(`${name}: F1 and speaker accuracy reach the targets`, () => {
      const { f1, speaker } = report(name, score(examples, negatives, language));
      expect(f1).toBeGreaterThanOrEqual(0.9);
      expect(speaker).toBeGreaterThanOrEqual(0.85);
    });
  }
});
