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
  // Each distinct line is cut into words once, for the document's sample and for the line itself (again
  // only if the interned words started afresh in between), and repeated lines (captions, credits,
  // chrome) are identified once. Words are cut from the document's own string, which reads faster than
  // a slice of it. A repeated line is found among the earlier lines of its length: lines of one length
  // rarely begin alike, so telling them apart reads a few characters, where hashing each line would
  // read all of them.
  const lines: Array<Line | undefined> = new Array(segments.length);
  const byLength = new Map<number, number[]>();
  const read = (index: number): Line => {
    const { start, end } = segments[index]!;
    let known = lines[index];
    if (!known) {
      const earlier = byLength.get(end - start);
      const twin = earlier?.find((other) => sameText(text, segments[other]!.start, start, end - start));
      if (twin !== undefined) known = lines[twin]!;
      else {
        known = { words: languageWords(text, start, end), code: undefined };
        if (!earlier) byLength.set(end - start, [index]);
        else if (earlier.length < SAME_LENGTH_LIMIT) earlier.push(index);
      }
      lines[index] = known;
    } else if (known.code === undefined && !isCurrent(known.words)) known.words = languageWords(text, start, end);
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
    segments: segments.map((_, index) => {
      const known = read(index);
      known.code ??= identifyWords([known.words], segmentOptions).code;
      // A segment with no letters (`33 (31%)`) says nothing of its own: it is in the document's language.
      return known.code === 'und' ? document.code : known.code;
    }),
  };
}

/**
 * Earlier lines of one length a line is compared with. Finding every repeat is only a saving, and a
 * document of many different lines of one length must not cost a comparison with each of them.
 */
const SAME_LENGTH_LIMIT = 8;

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
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
