import { describe, expect, it } from 'vitest';
import { EN_RULES } from './en.js';
import { foldCase, type Gate, GateSet, hasToken } from './gates.js';
import { oneOf } from './rule.js';
import { RU_RULES } from './ru.js';

const ALL_GATES = [...new Set([...EN_RULES, ...RU_RULES].flatMap((r) => r.requires))];

/** What a gate means, as the case-insensitive Unicode RegExp search it replaces. */
const asRegExp = (gate: Gate): RegExp => {
  if ('digitRun' in gate) return new RegExp(`\\d{${gate.digitRun}}`, 'u');
  return new RegExp(gate.whole ? `(?<![\\p{L}\\p{N}])${oneOf(gate.words)}(?![\\p{L}\\p{N}])` : oneOf(gate.words), 'iu');
};

describe('foldCase', () => {
  it('maps every character that case-insensitive Unicode matching equates with a word letter to that letter', () => {
    const letters = new Set(ALL_GATES.flatMap((g) => ('words' in g ? g.words.flatMap((w) => [...w]) : [])).filter((c) => c !== ' '));
    const missed: string[] = [];
    for (const letter of letters) {
      const same = new RegExp(`^${letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu');
      for (let code = 0; code < 0x10000; code++) {
        if (same.test(String.fromCharCode(code)) && foldCase(code) !== foldCase(letter.charCodeAt(0))) missed.push(`${letter} U+${code.toString(16)}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe('hasToken', () => {
  it('refuses white space, which would make a word longer than its letters', () => {
    expect(() => hasToken(['last week'])).toThrow();
  });
});

describe('GateSet', () => {
  const set = new GateSet(ALL_GATES);
  const passed = new Uint8Array(ALL_GATES.length);
  const texts = [
    '',
    'On Sept. 14 the MARKET fell',
    'the day \t\n  before yesterday; AFTER\u00a0NEXT week',
    'ſeptember and 25 \u212Aelvin, the 1ST of the 3rd QUARTER',
    'в 1990-х годах, XX век, в. и через неделю, ВТОРОЕ ПОЛУГОДИЕ',
    'digits 1 22 333 4444 55555',
    "the '90s and 1980’s, h2 2019 q3, last  week's weekend, year-ago period",
    'no gate at all here…',
    'market summary, decided',
    'Mayday MAY2 may',
    '(Sept.)',
    'марта',
    'в мае2 маршрут',
    'ИЮНЬ😀',
  ];
  for (const text of texts) {
    it(`passes exactly the gates the RegExp searches pass: ${JSON.stringify(text)}`, () => {
      set.test(text, passed);
      expect([...passed].map((p, i) => [i, p === 1])).toEqual(ALL_GATES.map((g, i) => [i, asRegExp(g).test(text)]));
    });
  }
  it('reuses its result array without leaking an earlier text', () => {
    set.test('January 2020', passed);
    set.test('', passed);
    expect([...passed].every((p) => p === 0)).toBe(true);
  });
});
