import { describe, expect, it } from 'vitest';
import type { FoundOrganization } from '../types.js';
import { inputFromText } from './fixture.js';
import { extractQuotations } from './index.js';

const speakers = (text: string, organizations: FoundOrganization[] = []): Array<string | null> =>
  extractQuotations(inputFromText(text), organizations).map((q) => q.speaker?.name ?? null);

describe('speakers', () => {
  it('takes the organization a lone word opens (`Poughkeepsie said`)', () => {
    const text = 'Poughkeepsie Savings Bank reported a loss. “Fees altered the economics of the deal,” Poughkeepsie said.';
    const org = { start: 0, end: 25, name: 'Poughkeepsie Savings Bank', acronym: null };
    expect(speakers(text, [org])).toEqual(['Poughkeepsie Savings Bank']);
  });

  it('keeps namesakes apart when filling in the fullest form', () => {
    expect(speakers('Juan Miguel Gonzalez flew home. “We will keep fighting,” Lazaro Gonzalez said.')).toEqual(['Lazaro Gonzalez']);
  });

  it('restores a genitive source to the nominative for later pronouns', () => {
    const text = 'По словам Марии Захаровой, «ответ будет жестким». Она добавила: «Мы не будем молчать».';
    expect(extractQuotations(inputFromText(text, 'rus'), []).map((q) => q.speaker?.name ?? null)).toEqual(['Мария Захарова', 'Мария Захарова']);
  });
});
