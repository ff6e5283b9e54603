import type { EffectiveConfig } from '../config/index.js';
import type { LanguageGuess } from '../types/record.js';
import { identifyWords } from './language/identify.js';
import { isCurrent, languageWords, type LineWords } from './language/words.js';
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
  const lines = segments.map((segment) => text.slice(segment.start, segment.end));
  // Each distinct line is cut into words once, for the document's sample and for the line itself (again
  // only if the interned words started afresh in between), and repeated lines (captions, credits,
  // chrome) are identified once.
  // Words are cut from the document's own string, which reads faster than a slice of it.
  const distinct = new Map<string, Line>();
  const read = (index: number): Line => {
    const { start, end } = segments[index]!;
    let known = distinct.get(lines[index]!);
    if (!known) distinct.set(lines[index]!, (known = { words: languageWords(text, start, end), code: undefined }));
    else if (known.code === undefined && !isCurrent(known.words)) known.words = languageWords(text, start, end);
    return known;
  };
  const content: number[] = [];
  for (let i = 0; i < segments.length; i++) if (isContent(segments[i]!)) content.push(i);
  const sample = content.length > 0 ? content : segments.map((_, i) => i);
  const guess = identifyWords(sampleWords(text, segments, sample, read), options);
  const document = { code: guess.code, confidence: round(guess.confidence) };
  const prior = document.code === 'und' ? undefined : document.code;
  const segmentOptions = { ...options, prior };
  return {
    document,
    segments: lines.map((_, index) => {
      const known = read(index);
      known.code ??= identifyWords([known.words], segmentOptions).code;
      // A segment with no letters (`33 (31%)`) says nothing of its own: it is in the document's language.
      return known.code === 'und' ? document.code : known.code;
    }),
  };
}

interface Line {
  words: LineWords;
  /** The line's own language, once asked. */
  code: string | undefined;
}

/** Enough of the document's text to tell its language: the identifier reads only so much anyway. */
const SAMPLE_LENGTH = 20_000;

/**
 * The words of the lines (segment indexes) up to SAMPLE_LENGTH characters (a newline counted between
 * lines), a list per line (no word spans two); the line that crosses the limit is read as far as it goes.
 */
function sampleWords(text: string, segments: readonly SegmentDraft[], lines: readonly number[], read: (index: number) => Line): LineWords[] {
  const words: LineWords[] = [];
  let length = 0;
  for (const index of lines) {
    if (length >= SAMPLE_LENGTH) break;
    const room = SAMPLE_LENGTH - length;
    const { start, end } = segments[index]!;
    words.push(end - start <= room ? read(index).words : languageWords(text, start, start + room));
    length += Math.min(end - start, room) + 1;
  }
  // The interned words may have started afresh while the sample was read; read it again then. The
  // second reading fits: the table remembers many more words than a sample can hold.
  return words.every(isCurrent) ? words : sampleWords(text, segments, lines, read);
}

/** Three decimals keep records byte-stable across platforms' last-digit float differences. */
function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
