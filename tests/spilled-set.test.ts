import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, linesNotIn, removeAbandonedSpills, searchSortedFile, SpilledSet } from '../src/batch/spilled-set.js';

const folder = () => mkdtemp(path.join(tmpdir(), 'docsift-spill-'));
const spillFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`docsift-run-${process.pid}-`));

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

async function* from(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

/** Ids as the schema allows them: letters of any script, digits, `_ . -`. */
const id = fc.stringMatching(/^[a-zA-Zа-яё0-9_][a-zA-Zа-яё0-9_.-]{0,12}$/u);

describe('SpilledSet', () => {
  it('answers membership and sorts exactly like a Set, across many runs on disk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 50 }), fc.integer({ min: 1, max: 7 }), async (added, probes, runLength) => {
        const set = new SpilledSet(runLength);
        const reference = new Set<string>();
        try {
          for (const line of added) {
            expect(set.has(line)).toBe(reference.has(line));
            set.add(line);
            reference.add(line);
          }
          for (const line of probes) expect(set.has(line)).toBe(reference.has(line));
          expect(await collect(set.sorted())).toEqual([...reference].sort(compare));
          for (const line of added) expect(set.has(line)).toBe(true);
        } finally {
          set.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('merges more runs than it opens files at once, through intermediate runs, and removes them all', async () => {
    const set = new SpilledSet(3);
    const lines = Array.from({ length: 1000 }, (_, i) => `doc-${(i * 7919) % 1000}`);
    const before = spillFolders();
    for (const line of lines) set.add(line);
    const [folder] = spillFolders().filter((name) => !before.includes(name));
    const runs = () => readdirSync(path.join(tmpdir(), folder!));
    expect(runs()).toHaveLength(333);
    expect(await collect(set.sorted())).toEqual([...lines].sort(compare));
    expect(runs().length).toBeGreaterThan(334);
    set.close();
    expect(spillFolders()).toEqual(before);
  });

  it('keeps a set that never fills a run in memory', async () => {
    const before = spillFolders();
    const set = new SpilledSet(10);
    for (const line of ['b', 'a', 'b']) set.add(line);
    expect(await collect(set.sorted())).toEqual(['a', 'b']);
    expect(spillFolders()).toEqual(before);
    set.close();
  });
});

describe('removeAbandonedSpills', () => {
  it("removes the folders of runs whose process is gone, and only those", async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const abandoned = path.join(tmpdir(), `docsift-run-${gone}-killed`);
    const live = path.join(tmpdir(), `docsift-run-${process.pid}-live`);
    for (const folder of [abandoned, live]) mkdirSync(folder, { recursive: true });
    removeAbandonedSpills();
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live, { recursive: true });
  });
});

describe('searchSortedFile', () => {
  it('finds every line of a sorted file of lines of any length, and nothing else', async () => {
    const file = path.join(await folder(), 'sorted');
    const lines = ['a', 'b'.repeat(9000), 'c', 'd'.repeat(5), 'e'.repeat(4097), 'f'].sort(compare);
    const content = `${lines.join('\n')}\n`;
    writeFileSync(file, content);
    const fd = openSync(file, 'r');
    try {
      for (const line of lines) expect(searchSortedFile(fd, content.length, (other) => compare(other, line))).toBe(line);
      for (const absent of ['', '0', 'bb', 'cc', 'g', 'e']) expect(searchSortedFile(fd, content.length, (other) => compare(other, absent))).toBeUndefined();
      expect(searchSortedFile(fd, 0, (other) => compare(other, 'a'))).toBeUndefined();
    } finally {
      closeSync(fd);
    }
  });
});

describe('linesNotIn', () => {
  it('yields the lines the other sorted stream lacks', async () => {
    expect(await collect(linesNotIn(from(['a', 'b', 'd', 'f']), from(['b', 'c', 'f', 'g'])))).toEqual(['a', 'd']);
    expect(await collect(linesNotIn(from(['a']), from([])))).toEqual(['a']);
  });

  it('never drops a line that is out of order: it comes out for the caller to confirm', async () => {
    expect(await collect(linesNotIn(from(['c', 'a', 'd']), from(['a', 'c', 'd'])))).toEqual(['a']);
  });
});
