import type { Extractor, FoundOrganization } from '../types.js';
import { linkAcronyms } from './acronyms.js';
import { resolveOverlaps, type Candidate } from './candidate.js';
import { widenShortNames } from './canonical.js';
import { englishCandidates } from './en.js';
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
    const segments = input.segments.map((segment) => {
      const tokens = tokenize(input.text, segment.start, segment.end);
      const candidates: Candidate[] = CYRILLIC_LANGUAGES.has(segment.language)
        ? russianCandidates(input.text, tokens, gazetteers.ru)
        : englishCandidates(input.text, tokens, gazetteers.en);
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
