import { describe, expect, it } from 'vitest';
import { randomSlices } from '../../../text/random-text.fixture.js';
import { inputFromText } from './fixture.js';
import { extractQuotations } from './index.js';
import { scanTokens } from './scan.js';

const quotes = (text: string): string[] =>
  extractQuotations(inputFromText(text), []).map((q) => text.slice(q.start, q.end));

describe('quotation mark pairing', () => {
  it.each([
    ['straight', 'He said: "We will build it this year." Then he left.', 'We will build it this year.'],
    ['curly', 'She said: “We will build it this year.” Then she left.', 'We will build it this year.'],
    ['guillemets', 'Он сказал: «Мы построим его в этом году». Потом ушел.', 'Мы построим его в этом году'],
    ['low-high', 'Er sagte: „Wir bauen es in diesem Jahr.“ Dann ging er.', 'Wir bauen es in diesem Jahr.'],
    ['mismatched “…“', 'He said: “We will build it this year,“ and left.', 'We will build it this year,'],
    ['mismatched “…"', 'He said: “We will build it this year," and left.', 'We will build it this year,'],
    ['mismatched ”…”', 'He said: ”We will build it this year,” and left.', 'We will build it this year,'],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual([expected]);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(quotes('Он сказал: «Мы видим, как „зеленая повестка“ меняет рынок». И ушел.')).toEqual([
      'Мы видим, как „зеленая повестка“ меняет рынок',
    ]);
    expect(quotes('"If they say, \'We are done,\' we will answer," he said.')).toEqual(["If they say, 'We are done,' we will answer,"]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotes('The leaders’ summit and Russia’s role: “It’s the people’s choice, not ours,” he said.')).toEqual([
      'It’s the people’s choice, not ours,',
    ]);
  });

  it('closes a quote left open at a paragraph end that the next paragraph continues with a new mark', () => {
    expect(quotes('Smith said: “The first part ends here.\n“The second part follows,” Smith said.')).toEqual([
      'The first part ends here.',
      'The second part follows,',
    ]);
  });

  it('carries a quote into the next paragraph that closes it', () => {
    expect(quotes('Smith said: “The first part runs on\ninto the next paragraph,” he said.')).toEqual([
      'The first part runs on\ninto the next paragraph,',
    ]);
  });

  it('ends a quote whose closing mark is missing at the paragraph end', () => {
    expect(quotes('Smith warned: “Prices will rise again next year\nMarkets fell on Monday.')).toEqual(['Prices will rise again next year']);
  });

  it('takes a displaced closing mark before a cue (`, “he said`)', () => {
    expect(quotes('– This process is only beginning, we have no model yet, “he said.')).toEqual([
      'This process is only beginning, we have no model yet,',
    ]);
  });

  it('reads dialogue dashes only when a cue attributes them', () => {
    expect(quotes('— Это так, — сказал он. — Но не всё.')).toEqual(['Это так,', 'Но не всё.']);
    expect(quotes('— создать новый совет;\n— провести форум.')).toEqual([]);
  });

  it('splits a quote interrupted by its cue', () => {
    expect(quotes('“First part,” he said. “Second part.”')).toEqual(['First part,', 'Second part.']);
  });

  it('ignores stray marks that open nothing', () => {
    expect(quotes('The pipe is 6" wide and the board 2" thick.')).toEqual([]);
  });

  it('reads top-level single quotes, British style, past apostrophes', () => {
    expect(quotes("'The rules apply to everyone,' he said. 'No exceptions.'")).toEqual(['The rules apply to everyone,', 'No exceptions.']);
    expect(quotes('‘We’re not going to apologise,’ a spokesman said.')).toEqual(['We’re not going to apologise,']);
    expect(quotes('‘He told me, “You have my support,” and then he sacked me,’ she said.')).toEqual([
      'He told me, “You have my support,” and then he sacked me,',
    ]);
    expect(quotes('‘The voters’ verdict is final and the Tories’ time is up,’ she said.')).toEqual([
      'The voters’ verdict is final and the Tories’ time is up,',
    ]);
    expect(quotes('The ’90s were different, and the voters’ mood in the Tories’ seats was grim.')).toEqual([]);
  });

  it('reads typewriter doubles (``…\'\' and \'\'…\'\')', () => {
    expect(quotes("''It never even entered my mind,'' he said. ``This is my home.''")).toEqual(['It never even entered my mind,', 'This is my home.']);
  });
});

describe('mark and dash-cue scan', () => {
  // The token grammar as a pattern, run on the slice: the reference for the character-by-character scan.
  const TOKEN = /(?<mark>''|``|["“”‟„«»'‘’‚‹›])|(?<dash>[,.!?…;:][ \t\u00a0]{0,3}(?:[–—―]|--?)[ \t\u00a0]+)/gu;
  const reference = (text: string, from: number, to: number): Array<[number, string, string | undefined]> =>
    [...text.slice(from, to).matchAll(TOKEN)].map((m) => [from + m.index, m.groups?.['mark'] ?? '', m.groups?.['dash']]);

  it('agrees with the pattern on random text', () => {
    const alphabet = ['"', '“', '”', '„', '«', '»', "'", '‘', '’', '`', ',', '.', '!', '…', ':', ' ', ' ', '\t', '\u00a0', '–', '—', '-', 'a', 'Ж'];
    for (const { text, from, to } of randomSlices(alphabet, 24, 3000, 11)) {
      const found = scanTokens(text, from, to).map((t): [number, string, string | undefined] => [t.index, t.glyph, t.dash]);
      expect([text, from, to, ...found]).toEqual([text, from, to, ...reference(text, from, to)]);
    }
  });
});
