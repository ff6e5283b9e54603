import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks, type InputFormat } from '../src/stages/parse/index.js';
import { segmentBlocks } from '../src/stages/segment/index.js';

function segments(text: string, format: InputFormat = 'text') {
  return segmentBlocks(text, parseBlocks(text, format)).map((segment) => ({
    text: text.slice(segment.start, segment.end),
    kind: segment.kind,
    duplicateOf: segment.duplicateOf,
  }));
}

const seed = (id: string) => readFileSync(new URL(`../input/${id}.txt`, import.meta.url), 'utf8');

describe('plain text parsing', () => {
  it('makes every non-empty line a block with exact offsets', () => {
    const text = '  First line  \nSecond line\r\n\n\tThird line\n';
    const blocks = parseBlocks(text, 'text');
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(['First line', 'Second line', 'Third line']);
    expect(blocks.map((block) => block.adjacent)).toEqual([false, true, false]);
  });

  it('reads no Markdown structure into plain text', () => {
    const text = '# not a heading\n1996. The year trade recovered.\n---\n* * *\n> not a quote block\nA line with *stars* and `ticks`.';
    const found = segments(text);
    expect(found.map((segment) => segment.text)).toEqual(text.split('\n'));
    expect(found[1]!.kind).toBe('paragraph');
  });

  it('keeps a Russian one-paragraph-a-line document as one segment a line', () => {
    const found = segments(seed('000_6ccceb8133c62aab'));
    expect(found.map((segment) => segment.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(found.every((segment) => segment.duplicateOf === null)).toBe(true);
  });
});

describe('Markdown parsing', () => {
  it('keeps headings, list items and paragraphs joined across single line breaks', () => {
    const text = '# Trade talks\n\nThe two sides met\nin Beijing on Monday.\n\n- first point\n- second point\n';
    expect(segments(text, 'markdown')).toEqual([
      { text: '# Trade talks', kind: 'title', duplicateOf: null },
      { text: 'The two sides met\nin Beijing on Monday.', kind: 'paragraph', duplicateOf: null },
      { text: '- first point', kind: 'list-item', duplicateOf: null },
      { text: '- second point', kind: 'list-item', duplicateOf: null },
    ]);
  });
});

describe('segment kinds', () => {
  it('marks site chrome, vote counters and polls as boilerplate (001)', () => {
    const found = segments(seed('001_2c7f9c204bd81a77'));
    const kindOf = (text: string) => found.filter((segment) => segment.text.startsWith(text)).map((segment) => segment.kind);
    expect(kindOf('Читать на русском')).toEqual(['boilerplate']);
    expect(kindOf('Rate this article')).toEqual(['boilerplate', 'boilerplate']);
    expect(kindOf('(no votes)')).toEqual(['boilerplate', 'boilerplate']);
    expect(kindOf('Poll conducted')).toEqual(['boilerplate']);
    expect(kindOf('U.S. wants to')).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(kindOf('33 (31%)')).toEqual(['boilerplate']);
    expect(kindOf('For students')).toEqual(['boilerplate']);
    expect(kindOf('Vladimir Petrovsky')).toEqual(['metadata']);
    expect(kindOf('Dr. of Political Science')).toEqual(['metadata']);
    expect(kindOf('Recommendations:')).toEqual(['title']);
    expect(kindOf('1. Russia’s foreign policy')).toEqual(['list-item']);
    expect(kindOf('— promote')).toEqual(['list-item']);
    expect(kindOf('Strategic Planning of Russia–China Relations')).toEqual(['metadata']);
  });

  it('links the repeated first paragraph and the repeated chrome to their first occurrence (001)', () => {
    const found = segments(seed('001_2c7f9c204bd81a77'));
    const repeats = found.flatMap((segment, i) => (segment.duplicateOf === null ? [] : [[i, segment.duplicateOf]]));
    const paragraph = found.findIndex((segment) => segment.text.startsWith('In order to increase'));
    expect(repeats).toContainEqual([paragraph + 1, paragraph]);
    expect(repeats.map(([i]) => found[i!]!.text)).toEqual(
      expect.arrayContaining(['Rate this article', '(no votes)', '(0 votes)', 'Share this article']),
    );
  });

  it('makes photo credits captions and paragraphs repeated with a credit caption duplicates (004)', () => {
    const found = segments(seed('004_9cf5062af831eb83'));
    const credits = found.flatMap((segment, i) => (segment.text === 'Артем Дергунов / realnoevremya.ru' ? [i] : []));
    expect(credits.map((i) => found[i]!.kind)).toEqual(['caption', 'caption']);
    expect(found[credits[1]!]!.duplicateOf).toBe(credits[0]);
    expect(found.find((segment) => segment.text === 'Photo: Артем Дергунов')).toMatchObject({ kind: 'caption', duplicateOf: null });
    const captioned = found.filter((segment) => segment.text.endsWith('Артем Дергунов / realnoevremya.ru') && segment.text.length > 40);
    expect(captioned).toHaveLength(4);
    for (const caption of captioned) {
      expect(caption.kind).toBe('caption');
      expect(caption.duplicateOf).not.toBeNull();
      expect(found[caption.duplicateOf!]!.kind).toBe('paragraph');
    }
  });

  it('recognises metadata lines and headlines (003, 004)', () => {
    const kinds = segments(seed('003_f81927b2ab365d2d')).slice(0, 4).map((segment) => segment.kind);
    expect(kinds).toEqual(['boilerplate', 'metadata', 'title', 'paragraph']);
    const first = segments(seed('004_9cf5062af831eb83'))[0]!;
    expect(first.kind).toBe('title');
  });

  it('reads Russian chrome, polls and credits', () => {
    const text = [
      'Поделиться',
      'Экспорт вырос на треть',
      'Опрос',
      'Как вы оцениваете итоги года?',
      'Положительно',
      '120 (60%)',
      'Отрицательно',
      '80 (40%)',
      'Фото: Иван Петров',
      'Иван Петров / ТАСС',
      'По данным таможни, товарооборот вырос на 30% и достиг рекордного уровня за последние десять лет.',
      'Все права защищены',
    ].join('\n');
    expect(segments(text).map((segment) => segment.kind)).toEqual([
      'boilerplate', 'title', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate',
      'caption', 'caption', 'paragraph', 'boilerplate',
    ]);
  });

  it('tells dialogue dashes from dashed list items', () => {
    const text = '— Это так, — сказал он. — Мы подпишем договор в этом году.\n— снизить пошлины;\n— расширить квоты.';
    expect(segments(text).map((segment) => segment.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
  });

  it('treats lines of decoration as boilerplate but keeps bare dates and figures as content', () => {
    const kinds = segments('* * *\n=====\n22.08.2025\n2/2013\n$ 3,500').map((segment) => segment.kind);
    expect(kinds.slice(0, 3)).toEqual(['boilerplate', 'boilerplate', 'metadata']);
    expect(kinds.slice(3)).not.toContain('boilerplate');
  });

  it('stays linear on a long adversarial line', () => {
    const line = `${'Ab / '.repeat(50_000)}${'. '.repeat(50_000)}${'Name Name '.repeat(20_000)}`;
    const found = segments(`${line}\n${line}`);
    expect(found).toHaveLength(2);
    expect(found[1]!.duplicateOf).toBe(0);
  });
});
