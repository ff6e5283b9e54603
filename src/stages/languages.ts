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
  const guess = identifyLanguage(sample(text, content.length > 0 ? content : segments), options);
  const document = { code: guess.code, confidence: round(guess.confidence) };
  const prior = document.code === 'und' ? undefined : document.code;
  const known = new Map<string, string>();
  return {
    document,
    segments: segments.map((segment) => {
      // Repeated lines (captions, credits, chrome) are identified once.
      const line = text.slice(segment.start, segment.end);
      let code = known.get(line);
      if (code === undefined) {
        code = identifyLanguage(line, { ...options, prior }).code;
        known.set(line, code);
      }
      // A segment with no letters (`33 (31%)`) says nothing of its own: it is in the document's language.
      return code === 'und' ? document.code : code;
    }),
  };
}

/** Enough of the document's text to tell its language: the identifier reads only so much anyway. */
const SAMPLE_LENGTH = 20_000;

function sample(text: string, segments: readonly SegmentDraft[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const segment of segments) {
    if (length >= SAMPLE_LENGTH) break;
    parts.push(text.slice(segment.start, Math.min(segment.end, segment.start + SAMPLE_LENGTH - length)));
    length += parts.at(-1)!.length + 1;
  }
  return parts.join('\n');
}

/** Three decimals keep records byte-stable across platforms' last-digit float differences. */
function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
