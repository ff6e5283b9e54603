import type { ExtractionInput, ExtractionSegment, Extracted, Extractor, FoundOrganization, FoundQuotation } from '../types.js';
import { en } from './en.js';
import { nameGender, titleGender } from './gender.js';
import { judgeQuote } from './filter.js';
import { compileLanguage, type CompiledLanguage } from './language.js';
import { namesIn, NameRegistry, type NameMention } from './names.js';
import { ru } from './ru.js';
import { scanQuotes, type RawQuote } from './scan.js';
import { matchesIn } from './matches.js';
import { clauseAfter, isAbbreviation, speakerAfter, speakerAtDashCue, speakerBefore, type Speaker, type SpeakerContext } from './speaker.js';

const ENGLISH = compileLanguage(en, false);
const RUSSIAN = compileLanguage(ru, true);
/** How far apart two quotations may be for the later one to inherit the earlier one's speaker. */
const INHERIT_GAP = 400;
/** A quotation introduced by its cue: `добавил: «…»`, `по его словам, «…»`, `— «…»`. */
const INTRODUCED = /[:,]\s*$/u;
/** `…, — сказал он. — «Спрос упал».`: a dialogue dash carries the speaker on. */
const DIALOGUE_DASH_BEFORE = /[–—―]\s*$/u;

/** A code unit's vote for the script of the text around it: Cyrillic +1, Latin -1 (Basic Latin and Latin-1/Extended-A/B letters). */
const SCRIPT_VOTES = Int8Array.from({ length: 0x500 }, (_, c) =>
  c >= 0x400 ? 1 : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ? -1 : 0,
);

/** The cue language of a stretch of text, by its script: cues follow the words around them. */
function languageOf(text: string, from: number, to: number): CompiledLanguage {
  let votes = 0;
  for (let i = from, end = Math.min(to, from + 80, text.length); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x500) votes += SCRIPT_VOTES[c] ?? 0;
  }
  return votes > 0 ? RUSSIAN : ENGLISH;
}

const cueAt = (text: string, at: number): boolean => {
  const lang = languageOf(text, at, at + 40);
  lang.cueAhead.lastIndex = at;
  return lang.cueAhead.test(text);
};

/** Mentions of people outside quotations (captions name photographers, not speakers). */
function harvestPersons(input: ExtractionInput, quotes: readonly RawQuote[], registry: NameRegistry): NameMention[] {
  const { text } = input;
  const outside: Array<readonly [number, number]> = [];
  let qi = 0;
  for (const seg of input.segments) {
    if (seg.kind === 'caption') continue;
    let from = seg.start;
    while (qi < quotes.length && (quotes[qi]?.start ?? Infinity) < seg.end) {
      const q = quotes[qi];
      if (q !== undefined && q.start >= from) {
        outside.push([from, q.open]);
        from = Math.max(from, q.end);
      }
      qi++;
    }
    if (from < seg.end) outside.push([from, seg.end]);
  }
  const persons: NameMention[] = [];
  for (const [from, to] of outside) {
    for (const n of namesIn(text, from, to, languageOf(text, from, to))) if (n.kind === 'person') persons.push(n);
  }
  // `Mrs. Hollis`: a title makes a lone surname a person and may tell the gender.
  return registry.registerPersons(persons, (p) => (p.title === undefined ? undefined : titleGender(p.title)) ?? nameGender(p.name));
}

/** The sentence (by the segmenter's spans) around an offset, clipped to its segment. */
function sentenceStart(seg: ExtractionSegment | undefined, at: number): number {
  if (seg === undefined) return at;
  const sentence = seg.sentences.find(([s, e]) => s <= at && at < e);
  return sentence?.[0] ?? seg.start;
}

interface Attributed {
  readonly quote: RawQuote;
  /** undefined: no cue of its own, to be filled from a neighbour. */
  speaker: Speaker | undefined;
}

const SENTENCE_END = /[.!?…](?=\s|$)/gu;
/** Sentence ends between two offsets; the dot of `Gov.` or `J.` ends none. */
const sentenceEnds = (text: string, from: number, to: number): number =>
  matchesIn(SENTENCE_END, text, from, to).filter((m) => m[0] !== '.' || !isAbbreviation(text, m.index)).length;

/**
 * Neighbours share a speaker: a quote with no cue takes the cue of the next quote in its sentence or
 * of the paragraph it runs on into, else the speaker of the previous quote when only that quote's
 * cue sentence stands between them (`“First,” he said. “Second.”`).
 */
function shareSpeakers(text: string, items: Attributed[]): void {
  for (let i = items.length - 2; i >= 0; i--) {
    const cur = items[i];
    const next = items[i + 1];
    if (cur === undefined || next === undefined || cur.speaker !== undefined || next.speaker === undefined) continue;
    const sameSentence = cur.quote.segment === next.quote.segment && sentenceEnds(text, cur.quote.after, next.quote.open) === 0;
    const runsOn = cur.quote.closedBy === 'segment-end' && next.quote.segment === cur.quote.segment + 1;
    if (sameSentence || runsOn) cur.speaker = next.speaker;
  }
  for (let i = 1; i < items.length; i++) {
    const cur = items[i];
    const prev = items[i - 1];
    if (cur === undefined || prev === undefined || cur.speaker !== undefined || prev.speaker === undefined) continue;
    const near = cur.quote.open - prev.quote.after <= INHERIT_GAP && cur.quote.segment - prev.quote.segment <= 1;
    if (near && sentenceEnds(text, prev.quote.after, cur.quote.open) <= 1) cur.speaker = prev.speaker;
  }
}

export function extractQuotations(input: ExtractionInput, organizations: readonly FoundOrganization[]): FoundQuotation[] {
  const { text, segments } = input;
  const raw = scanQuotes(text, segments, cueAt);
  if (raw.length === 0) return [];
  // The names of the document are read only when a cue needs them: most quoted runs are titles or scare quotes.
  let known: { registry: NameRegistry; persons: NameMention[] } | undefined;
  const names = (): { registry: NameRegistry; persons: NameMention[] } => {
    if (known === undefined) {
      const registry = new NameRegistry();
      known = { registry, persons: harvestPersons(input, raw, registry) };
    }
    return known;
  };
  const ctx: SpeakerContext = {
    text,
    get registry() {
      return names().registry;
    },
    get persons() {
      return names().persons;
    },
    organizations,
    languageOf: (from, to) => languageOf(text, from, to),
  };
  const items: Attributed[] = [];
  let previousAfter = 0;
  for (const quote of raw) {
    const lang = languageOf(text, quote.start, quote.end);
    // Cues before a quote are read after the last accepted quote: a rejected scare quote (`had “no
    // plans” for talks, and that the West was “pumping weapons …”`) leaves its sentence's cue to the next.
    const windowFloor = previousAfter;
    const verdict = judgeQuote(text, quote, lang);
    // Titles and names are rejected whatever their cue; only a short run needs its attribution known.
    if (verdict.rejection !== null) continue;
    const seg = segments[quote.segment];
    const closingSeg = segmentAt(segments, quote.end) ?? seg;
    const limit = closingSeg?.end ?? text.length;
    const clause = clauseAfter(text, quote, limit);
    const after = speakerAfter(ctx, quote, clause);
    const before = text.slice(Math.max(0, quote.open - 3), quote.open);
    // A short run is a scare quote unless a cue follows it at once, a dialogue dash precedes it, or it continues a run of quotes…
    const scareQuote =
      verdict.short &&
      !((after !== undefined && clause.start - quote.after <= 4) || DIALOGUE_DASH_BEFORE.test(before) || continuesRun(text, items.at(-1)?.quote, quote));
    // …or a cue introduces it: no need to read cues before one that none introduces.
    if (scareQuote && !INTRODUCED.test(before)) continue;
    const windowStart = Math.max(seg?.start ?? 0, windowFloor, sentenceStart(seg, quote.open));
    const speaker = firstKnown([
      () => after,
      () => speakerBefore(ctx, quote, { start: windowStart, end: quote.open }),
      () => speakerIntroducedAbove(ctx, segments, quote, windowFloor),
      () => speakerAtDashCue(ctx, quote, limit),
    ]);
    const introduced = speaker !== undefined && INTRODUCED.test(before);
    if (scareQuote && !introduced) continue;
    items.push({ quote, speaker });
    previousAfter = quote.after;
    // A resolved speaker is the freshest antecedent for the next `he`/`she`.
    if (speaker !== null && speaker !== undefined && !isOrganization(speaker.name)) {
      // Fields written out: speakers come in several shapes, and copying them by spread took a slow path.
      const mention: NameMention = { start: speaker.start, end: speaker.end, name: speaker.name, words: 2, kind: 'person' };
      ctx.persons.splice(insertAt(ctx.persons, speaker.end), 0, mention);
    }
  }
  shareSpeakers(text, items);
  return items.map(({ quote, speaker }) => ({ start: quote.start, end: quote.end, speaker: speaker ?? null }));
}

/**
 * `Foreign Secretary Alan Whitby said:` at the end of one paragraph, the quote opening the next:
 * the cue sentence of the paragraph above names the speaker.
 */
function speakerIntroducedAbove(ctx: SpeakerContext, segments: readonly ExtractionSegment[], quote: RawQuote, previousAfter: number): Speaker | undefined {
  const seg = segments[quote.segment];
  const above = segments[quote.segment - 1];
  if (seg === undefined || above === undefined || ctx.text.slice(seg.start, quote.open).trim() !== '') return undefined;
  if (!ctx.text.slice(above.start, above.end).trimEnd().endsWith(':')) return undefined;
  const start = Math.max(previousAfter, sentenceStart(above, above.end - 1));
  return speakerBefore(ctx, quote, { start, end: above.end });
}

const isOrganization = (name: string): boolean =>
  name.split(/\s+/u).some((w) => ENGLISH.isOrganizationHead(w) || RUSSIAN.isOrganizationHead(w));

/** `“First part,” he said. “Second part.”`: a sentence-long quote right after the previous quote's cue sentence. */
function continuesRun(text: string, prev: RawQuote | undefined, q: RawQuote): boolean {
  if (prev === undefined || prev.segment !== q.segment || q.open - prev.after > INHERIT_GAP) return false;
  const between = text.slice(prev.after, q.open);
  return sentenceEnds(text, prev.after, q.open) === 1 && /[.!?…]\s*$/u.test(between) && /[.!?…,]$/u.test(text.slice(q.start, q.end));
}

/** The first answer of the cue readers in order; null (a cue naming nobody) is an answer. */
function firstKnown(readers: ReadonlyArray<() => Speaker | undefined>): Speaker | undefined {
  for (const read of readers) {
    const speaker = read();
    if (speaker !== undefined) return speaker;
  }
  return undefined;
}

/** Binary search: the first index whose value is past `at` (lists ordered by that value). */
function firstAfter<T>(list: readonly T[], at: number, value: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid];
    if (item !== undefined && value(item) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index keeping `persons` ordered by end offset. */
const insertAt = (persons: readonly NameMention[], end: number): number => firstAfter(persons, end, (p) => p.end);

/** The segment whose span holds an offset (its end included: a quote may end at a paragraph end). */
function segmentAt(segments: readonly ExtractionSegment[], at: number): ExtractionSegment | undefined {
  const seg = segments[firstAfter(segments, at, (s) => s.start) - 1];
  return seg !== undefined && at <= seg.end ? seg : undefined;
}

export const quotationsExtractor: Extractor<'quotations'> = {
  name: 'quotations',
  extract(input: ExtractionInput, earlier: Readonly<Partial<Extracted>>): FoundQuotation[] {
    return extractQuotations(input, earlier.organizations ?? []);
  },
};
