import { describe, expect, it } from 'vitest';
import { findListItems } from './03-list-items.js';

describe('list items', () => {
  // Expected as the splitter found them with a global search for `(?<!\S)enumerator(?=\s)`.
  const cases: ReadonlyArray<readonly [string, number[], number[]]> = [
    ["1. One 2. Two 3. Three", [0,7,14], [1,8,15]],
    ["Items: (a) x (b) y", [7,13], []],
    ["i.) x ii.) y iii.) z", [0,6,13], [1,8,16]],
    ["x(1) y(2) z(3)", [], []],
    ["Lists: 𝐚. one 𝐛. two", [], []],
    ["Steps:\n1.\tGo\n2. Stop", [7,13], [8,14]],
    ["A. B. C. D. E.", [0,3,6,9], [1,4,7,10]],
    ["Intro • 1. first • 2. second", [6,17], [9,20]],
    ["Тезисы: а) раз б) два в) три", [8,15,22], []],
    ["Ends 1. 2.", [], []],
    ["xyzwv.) 1) 2) end", [], []],
    ["Parts: (vii) a (viii) b", [7,15], []],
  ];
  for (const [text, starts, marks] of cases) {
    it(JSON.stringify(text), () => {
      const found = findListItems(text);
      expect(found.starts).toEqual(starts);
      expect([...found.marks]).toEqual(marks);
    });
  }
});
