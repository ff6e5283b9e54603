import { describe, expect, it } from 'vitest';
import { findPublishedDate } from './index.js';

type Kind = 'title' | 'paragraph' | 'metadata' | 'boilerplate';

/** One segment per line, with the given kinds (default paragraph). */
function doc(lines: string[], kinds: Kind[] = [], language = 'eng') {
  let pos = 0;
  const segments = lines.map((line, i) => {
    const s = { start: pos, end: pos + line.length, kind: kinds[i] ?? 'paragraph' };
    pos += line.length + 1;
    return s;
  });
  return { text: lines.join('\n'), language, segments };
}

const valueOf = (input: ReturnType<typeof doc>) => {
  const found = findPublishedDate(input);
  return found && { value: found.value, text: input.text.slice(found.start, found.end) };
};

describe('findPublishedDate', () => {
  it('reads a keyword line at the top', () => {
    expect(valueOf(doc([' date 2025-08-22 “Russia and China”', 'In 2024 trade grew.']))).toEqual({ value: '2025-08-22', text: '2025-08-22' });
  });
  it('reads US order after Last Updated in English', () => {
    expect(valueOf(doc(['Get the latest updates', '. Last Updated: 07/27/2016', 'In the 1950s…']))).toEqual({ value: '2016-07-27', text: '07/27/2016' });
  });
  it('reads a Russian keyword line, day first', () => {
    expect(valueOf(doc(['Заголовок', 'Опубликовано: 12.03.2021 10:15', 'В 2019 году…'], [], 'rus'))).toEqual({ value: '2021-03-12', text: '12.03.2021' });
  });
  it('reads a date in words after Published', () => {
    expect(valueOf(doc(['Title', 'Published on August 22, 2025', 'Body']))).toEqual({ value: '2025-08-22', text: 'August 22, 2025' });
  });
  it('reads a dateline that opens the text', () => {
    expect(valueOf(doc(['MOSCOW, Aug. 22, 2025 — The talks ended.', 'On January 1, 2019 the duty grew.']))).toEqual({ value: '2025-08-22', text: 'Aug. 22, 2025' });
  });
  it('reads a date standing alone on a metadata line', () => {
    expect(valueOf(doc(['Title', 'Ivan Petrov | 22.08.2025', 'Body'], ['title', 'metadata']))).toEqual({ value: '2025-08-22', text: '22.08.2025' });
  });
  it('never takes a date from the body', () => {
    expect(findPublishedDate(doc(['Title line', 'The duty will grow from January 1, 2019, officials said.', 'In 2017 it grew by 31.5%.']))).toBeNull();
  });
  it('needs a full day, not a year or a month', () => {
    expect(findPublishedDate(doc(['Updated: December 2019', 'Body']))).toBeNull();
  });
});

describe('findPublishedDate on long documents', () => {
  const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of the story.`);
  it('reads a keyword line at the foot when it is a metadata line', () => {
    const lines = ['Title', ...body, 'Last updated: 22.08.2025'];
    expect(valueOf(doc(lines, Object.assign(Array(lines.length).fill('paragraph'), { [lines.length - 1]: 'metadata' })))).toEqual({ value: '2025-08-22', text: '22.08.2025' });
  });
  it('does not read a keyword line deep in the body', () => {
    expect(findPublishedDate(doc(['Title', ...body, 'The report was published on August 22, 2025, in Geneva.']))).toBeNull();
  });
});
