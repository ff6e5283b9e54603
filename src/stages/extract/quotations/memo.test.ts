import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached, memoized } from './memo.js';

// A full collection on demand: the flag exposes `gc` to contexts created after it is set.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** A document of `size` characters no other document shares, so no two are one string in memory. */
const documentNumber = (n: number, size: number) => `${n} Alexandrov `.repeat(Math.ceil(size / 14)).slice(0, size);

/** Heap growth, in bytes, while `cache` is asked about one word cut from each of `count` documents. */
function growthFromCaching(cache: (word: string) => unknown, count: number, size: number): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let n = 0; n < count; n++) cache(documentNumber(n, size).slice(20, 60));
  collect();
  return process.memoryUsage().heapUsed - before;
}

describe('memoized', () => {
  it('remembers answers, undefined ones included', () => {
    let calls = 0;
    const upper = memoized((word: string) => {
      calls++;
      return word === 'none' ? undefined : word.toUpperCase();
    });
    expect([upper('abc'), upper('abc'), upper('none'), upper('none')]).toEqual(['ABC', 'ABC', undefined, undefined]);
    expect(calls).toBe(2);
  });

  it('keeps no document alive through the words and answers it caches', () => {
    // 200 documents of 100 000 characters: kept, they would hold 20 MB; the words alone are 8 KB.
    const sameWord = memoized((word: string) => word);
    expect(growthFromCaching(sameWord, 200, 100_000)).toBeLessThan(4_000_000);
  });

  it('is measured by a probe that sees a kept document', () => {
    // The probe itself: a cache that keeps the words as cut does grow by the documents.
    const kept: string[] = [];
    expect(growthFromCaching((word) => kept.push(word), 200, 100_000)).toBeGreaterThan(15_000_000);
  });
});

describe('detached', () => {
  it('is the same text', () => {
    for (const text of ['', 'a', 'Александров', 'x'.repeat(10_000)]) expect(detached(text)).toBe(text);
  });
});
