import { describe, expect, it } from 'vitest';
import type { CorpusExample } from './corpus.js';
import { englishBacklog, englishCorpus } from './en.corpus.js';
import { organizationsExtractor } from './index.js';
import { russianBacklog, russianCorpus } from './ru.corpus.js';
import { paragraphInput } from '../paragraph.fixture.js';

const oneSegment = (text: string, language: string) => paragraphInput(text, language);

/** Each example must yield exactly its expected mentions, in text order, with their names and acronyms. */
function check([text, expected]: CorpusExample, language: string): void {
  const found = organizationsExtractor.extract(oneSegment(text, language), {});
  const got = found.map((o) => [text.slice(o.start, o.end), o.name, o.acronym]);
  expect(got).toEqual(expected.map(([span, name, acronym]) => [span, name, acronym ?? null]));
}

describe.each([
  ['English', englishCorpus, englishBacklog, 'eng'],
  ['Russian', russianCorpus, russianBacklog, 'rus'],
] as const)('organizations: %s corpus', (_, corpus, backlog, language) => {
  it.each(corpus.map((example) => [example[0], example] as const))('%s', (_text, example) => check(example, language));
  it.fails.each(backlog.map((example) => [example[0], example] as const))('backlog: %s', (_text, example) =>
    check(example, language),
  );
});
