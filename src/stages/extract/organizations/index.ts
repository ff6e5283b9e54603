import type { Extractor, FoundOrganization } from '../types.js';
import { linkAcronyms } from './acronyms.js';
import { resolveOverlaps, type Candidate } from './candidate.js';
import { widenShortNames } from './canonical.js';
import { englishCandidates, isSportsText } from './en.js';
import { buildGazetteer } from './gazetteer-match.js';
import { englishGazetteer, russianGazetteer } from './gazetteer/index.js';
import { russianCandidates } from './ru.js';
import { tokenize } from './tokens.js';

const gazetteers = {
  en: buildGazetteer(englishGazetteer, 'en'),
  ru: buildGazetteer(russianGazetteer, 'ru'),
};

/** Segments in these languages get the Russian rules; every other language gets the English ones. */
const CYRILLIC_LANGUAGES = new Set(['rus', 'ukr', 'bel']);

/**
 * Named organizations in the content segments: the longest name span, a canonical name (acronyms expanded,
 * Russian names in the nominative, short forms widened to the fullest form in the document) and the acronym.
 */
export const organizationsExtractor: Extractor<'organizations'> = {
  name: 'organizations',
  extract(input) {
    const tokenized = input.segments.map((segment) => ({
      russian: CYRILLIC_LANGUAGES.has(segment.language),
      tokens: tokenize(input.text, segment.start, segment.end),
    }));
    // One-word club names (`Chelsea`) are places outside sports reporting: the whole document decides, once.
    let sports: boolean | undefined;
    const isSports = (): boolean => (sports ??= isSportsText(tokenized.filter((s) => !s.russian).map((s) => s.tokens)));
    const segments = tokenized.map(({ russian, tokens }) => {
      const candidates: Candidate[] = russian
        ? russianCandidates(input.text, tokens, gazetteers.ru)
        : englishCandidates(input.text, tokens, gazetteers.en, isSports);
      return { tokens, candidates: resolveOverlaps(candidates) };
    });
    const linked = linkAcronyms(
      input.text,
      segments.map((s) => s.tokens),
      segments.flatMap((s) => s.candidates),
    );
    return widenShortNames(linked).map(
      (c): FoundOrganization => ({ start: c.start, end: c.end, name: c.name, acronym: c.acronym }),
    );
  },
};
