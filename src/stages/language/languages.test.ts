import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../config/index.js';
import { identifyLanguages } from '../languages.js';
import type { SegmentDraft } from '../segment/index.js';
import { identifyLanguage } from './identify.js';
import { currentEpoch, INTERN_LIMIT, languageWords } from './words.js';

/** Lines joined by newlines, one paragraph segment each (boilerplate where asked). */
function document(lines: ReadonlyArray<string | { boilerplate: string }>): { text: string; segments: SegmentDraft[] } {
  const segments: SegmentDraft[] = [];
  let text = '';
  for (const line of lines) {
    const content = typeof line === 'string' ? line : line.boilerplate;
    if (text) text += '\n';
    segments.push({ start: text.length, end: text.length + content.length, kind: typeof line === 'string' ? 'paragraph' : 'boilerplate', duplicateOf: null });
    text += content;
  }
  return { text, segments };
}

const options = { languages: DEFAULT_CONFIG.languages, minLength: DEFAULT_CONFIG.minLanguageLength };

describe('identifyLanguages', () => {
  it('reads the document from its content lines joined, and each line with the document as prior', () => {
    const { text, segments } = document([
      { boilerplate: 'Читать на русском' },
      'The government announced new measures to support small businesses in the regions.',
      'Photo: Артем Дергунов',
      'Правительство объявило о новых мерах поддержки малого бизнеса.',
      'The government announced new measures to support small businesses in the regions.',
    ]);
    const languages = identifyLanguages(text, segments, DEFAULT_CONFIG);
    const content = segments.filter((s) => s.kind !== 'boilerplate').map((s) => text.slice(s.start, s.end));
    const guess = identifyLanguage(content.join('\n'), options);
    expect(languages.document).toEqual({ code: guess.code, confidence: Math.round(guess.confidence * 1000) / 1000 });
    expect(languages.segments).toEqual(segments.map((s) => identifyLanguage(text.slice(s.start, s.end), { ...options, prior: guess.code }).code));
  });

  it('reads only the first 20,000 characters of the content, cutting the line that crosses the limit', () => {
    // The Russian words past the limit would outweigh the English ones before it.
    const english = 'The government announced new measures to support small businesses. '.repeat(280);
    const russian = 'Правительство объявило о новых мерах поддержки малого бизнеса. '.repeat(400);
    const { text, segments } = document([english, `${'word '.repeat(200)}${russian}`]);
    const cut = `${english}\n${`${'word '.repeat(200)}${russian}`.slice(0, 20_000 - english.length - 1)}`;
    const languages = identifyLanguages(text, segments, DEFAULT_CONFIG);
    const guess = identifyLanguage(cut, options);
    expect(languages.document.code).toBe(guess.code);
    expect(languages.document.confidence).toBe(Math.round(guess.confidence * 1000) / 1000);
  });

  it('answers repeated lines as their first occurrence, also among many lines of one length', () => {
    // Twelve different lines of one length (more than are compared with), then all of them again.
    const distinct = ['Уряд оголосив', 'Правительство', 'The governmen', 'Влада најави.', 'Rząd ogłosił.', 'Үкімет жария.'];
    const lines = [...distinct, ...distinct.map((line) => line.toUpperCase())];
    expect(new Set(lines.map((line) => line.length))).toEqual(new Set([13]));
    const { text, segments } = document([...lines, ...[...lines].reverse()]);
    const languages = identifyLanguages(text, segments, DEFAULT_CONFIG);
    const prior = languages.document.code === 'und' ? undefined : languages.document.code;
    const each = segments.map((s) => identifyLanguage(text.slice(s.start, s.end), { ...options, ...(prior ? { prior } : {}) }).code);
    expect(languages.segments).toEqual(each.map((code) => (code === 'und' ? languages.document.code : code)));
  });

  it('gives a line without letters the document language', () => {
    const { text, segments } = document(['Правительство объявило о новых мерах поддержки малого бизнеса.', '33 (31%)']);
    expect(identifyLanguages(text, segments, DEFAULT_CONFIG).segments).toEqual(['rus', 'rus']);
  });

  it('gives the same answers when the remembered words start afresh while the document is read', () => {
    const { text, segments } = document([
      ...['Читать на русском', 'Главная страница сайта', 'Поиск по новостям'].map((boilerplate) => ({ boilerplate })),
      ...Array.from({ length: 30 }, (_, i) => (i % 3 === 2 ? `Photo: ${'Артем Дергунов '.repeat(i)}` : `Уряд оголосив про нові заходи ${'підтримки '.repeat(i)}`)),
    ]);
    const expected = identifyLanguages(text, segments, DEFAULT_CONFIG);
    let n = 0;
    const next = (): string => `ж${(n++).toString(36).replace(/[0-9]/g, (d) => 'абвгдежзик'[Number(d)]!)}`;
    // The table of remembered words filled to `room` words short of its limit (after a fresh start, when
    // the epoch moves on, it holds one word), so that it starts afresh somewhere while the sample or the
    // lines are read.
    for (let room = 1; room <= 16; room++) {
      const epoch = currentEpoch();
      while (currentEpoch() === epoch) languageWords(next());
      for (let i = 1; i < INTERN_LIMIT - room; i++) languageWords(next());
      expect(identifyLanguages(text, segments, DEFAULT_CONFIG)).toEqual(expected);
    }
  });
});
