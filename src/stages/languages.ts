import type { EffectiveConfig } from '../config/index.js';
import type { LanguageGuess } from '../types/record.js';
import { identifyWords } from './language/identify.js';
import { languageWords, type LanguageWord } from './language/words.js';
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
  // Each distinct line is cut into words once, for the document's sample and for the line itself.
  const lineWords = new Map<string, LanguageWord[]>();
  const wordsOf = (line: string): LanguageWord[] => {
    let words = lineWords.get(line);
    if (!words) lineWords.set(line, (words = languageWords(line)));
    return words;
  };
  const content = segments.filter(isContent);
  const guess = identifyWords(sampleWords(text, content.length > 0 ? content : segments, wordsOf), options);
  const document = { code: guess.code, confidence: round(guess.confidence) };
  const prior = document.code === 'und' ? undefined : document.code;
  const segmentOptions = { ...options, prior };
  const known = new Map<string, string>();
  return {
    document,
    segments: segments.map((segment) => {
      // Repeated lines (captions, credits, chrome) are identified once.
      const line = text.slice(segment.start, segment.end);
      let code = known.get(line);
      if (code === undefined) {
        code = identifyWords([wordsOf(line)], segmentOptions).code;
        known.set(line, code);
      }
      // A segment with no letters (`33 (31%)`) says nothing of its own: it is in the document's language.
      return code === 'und' ? document.code : code;
    }),
  };
}

/** Enough of the document's text to tell its language: the identifier reads only so much anyway. */
const SAMPLE_LENGTH = 20_000;

/**
 * The words of the segments' text up to SAMPLE_LENGTH characters, a list per segment (no word spans two);
 * a segment cut by the limit is read as far as it goes.
 */
function sampleWords(text: string, segments: readonly SegmentDraft[], wordsOf: (line: string) => LanguageWord[]): LanguageWord[][] {
  const lines: LanguageWord[][] = [];
  let length = 0;
  for (const segment of segments) {
    if (length >= SAMPLE_LENGTH) break;
    const end = Math.min(segment.end, segment.start + SAMPLE_LENGTH - length);
    const part = text.slice(segment.start, end);
    lines.push(end === segment.end ? wordsOf(part) : languageWords(part));
    length += part.length + 1;
  }
  return lines;
}

/** Three decimals keep records byte-stable across platforms' last-digit float differences. */
function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
