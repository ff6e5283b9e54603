import type { EffectiveConfig } from '../config/index.js';
import type { LanguageGuess } from '../types/record.js';
import { identifyLanguage } from './language/identify.js';
import { isContent, type SegmentDraft } from './segment/index.js';

export interface Languages {
  readonly document: LanguageGuess;
  readonly segments: readonly string[];
}

/**
 * The document's language is read from its content segments (site chrome is often in another
 * language: `Читать на русском` on an English page); each segment's own language is read with the
 * document's as the tie-breaker for lines too short to tell.
 */
export function identifyLanguages(text: string, segments: readonly SegmentDraft[], config: EffectiveConfig): Languages {
  const options = { languages: config.languages, minLength: config.minLanguageLength };
  const content = segments.filter(isContent);
  const body = (content.length > 0 ? content : segments).map((segment) => text.slice(segment.start, segment.end)).join('\n');
  const guess = identifyLanguage(body, options);
  const document = { code: guess.code, confidence: round(guess.confidence) };
  const prior = document.code === 'und' ? undefined : document.code;
  return {
    document,
    // A segment with no letters (`33 (31%)`) says nothing of its own: it is in the document's language.
    segments: segments.map((segment) => {
      const code = identifyLanguage(text.slice(segment.start, segment.end), { ...options, prior }).code;
      return code === 'und' ? document.code : code;
    }),
  };
}

/** Three decimals keep records byte-stable across platforms' last-digit float differences. */
function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
