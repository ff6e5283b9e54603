import { describe, expect, it } from 'vitest';
import { organizationsExtractor } from './index.js';
import { paragraphInput } from '../paragraph.fixture.js';

const document = (text: string, language: string) => paragraphInput(text, language);

/** About 1 MB built by repeating `unit`. */
const megabyte = (unit: string): string => unit.repeat(Math.ceil(1_000_000 / unit.length));

// Inputs shaped to defeat greedy name rules: endless capitalised runs, `of the` chains, unclosed quotes,
// acronym definitions and declined heads. The extractor must finish and return well-formed spans.
const cases: ReadonlyArray<readonly [string, string, string]> = [
  ['capitalised words', 'eng', megabyte('Alpha Beta Gamma Delta Institute Council ')],
  ['of-the chains', 'eng', megabyte('Ministry of the Institute of the Academy of the Union of the ')],
  ['and chains', 'eng', megabyte('Bank and Fund and Agency and the Centre and ')],
  ['open quotes', 'eng', megabyte('“Realnoe “Vremya ( EEF ( ')],
  ['acronym definitions', 'eng', megabyte('Alpha Beta Council (ABC) ABC ')],
  ['company cues and clubs', 'eng', megabyte("shares of Alpha Beta chairman Gamma's chief executive (LSE: Delta news agency Chelsea beat Everton 2-1 ")],
  ['listed names and legal forms', 'eng', megabyte("Real Madrid Club de Fútbol Moody's Investors Service plc AG Oyj Bundesbank ")],
  ['russian heads', 'rus', megabyte('Министерства Российской академии наук и торговли правительства провинции ')],
  ['russian quotes', 'rus', megabyte('компании «Газпром «ООО «Ромашка ')],
  ['russian capitals', 'rus', megabyte('ГАЗ КАМАЗа Lenta.ru Philips Hewlett-Packard ')],
];

describe('organizations: 1 MB adversarial input', () => {
  it.each(cases)('%s', (_name, language, text) => {
    const found = organizationsExtractor.extract(document(text, language), {});
    expect(Array.isArray(found)).toBe(true);
    let previousEnd = 0;
    for (const o of found) {
      expect(o.start).toBeGreaterThanOrEqual(previousEnd);
      expect(o.end).toBeGreaterThan(o.start);
      expect(o.end).toBeLessThanOrEqual(text.length);
      expect(o.name.length).toBeGreaterThan(0);
      previousEnd = o.end;
    }
  });
});
