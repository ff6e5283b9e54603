import type { GazetteerEntry } from './gazetteer/index.js';
import { foldPunctuation, isAllCaps, isPossessive, startsName, tokenize, withoutPossessive, type Token } from './tokens.js';

export type Language = 'en' | 'ru';

/** A gazetteer hit over tokens `first..last` (inclusive). */
export interface GazetteerHit {
  readonly first: number;
  readonly last: number;
  readonly entry: GazetteerEntry;
  /** The surface form was the entry's acronym, so the mention reports it. */
  readonly acronym: string | null;
}

interface Form {
  readonly words: readonly string[];
  readonly entry: GazetteerEntry;
  readonly acronym: string | null;
}

export interface Gazetteer {
  /** The longest listed name starting at token `i`, or null. */
  match(tokens: readonly Token[], i: number): GazetteerHit | null;
  /** The entry whose acronym or name is exactly `surface`. */
  lookup(surface: string): GazetteerEntry | undefined;
}

// Case endings of Russian nouns and adjectives: a Russian listed word matches a text word that is its stem plus
// one of these, so `Газпрома`, `Роснефтью`, `Единой России` match `Газпром`, `Роснефть`, `Единая Россия`.
const RU_ENDINGS = new Set(
  ('| а я у ю ом ем ём е и ы ой ей ью ам ям ами ями ах ях ов ев ого его ому ему ым им ую юю ая яя ое ее ых их ' +
    'ыми ими ий ый ие ые ию ия ии ией').split(' '),
);
const RU_ADJECTIVE_END = /(?:ая|яя|ый|ий|ой|ое|ее|ые|ие)$/;
const RU_NOUN_END = /[аяоеьйиы]$/;

function ruStems(word: string): string[] {
  const lower = word.toLowerCase();
  // A word ending in a vowel is never its own stem: `Дума` must not match `Думаю`.
  const stems = RU_NOUN_END.test(lower) ? [] : [lower];
  if (lower.length > 4 && RU_ADJECTIVE_END.test(lower)) stems.push(lower.slice(0, -2));
  if (lower.length > 3 && RU_NOUN_END.test(lower)) stems.push(lower.slice(0, -1));
  return stems;
}

// Russian acronyms decline with lowercase endings: `МИДа`, `МИДе`, `НАТО` (indeclinable) stays as it is.
const RU_ACRONYM_ENDING = /^[а-яё]{1,2}$/;

function ruWordMatches(text: string, listed: string): boolean {
  const folded = foldPunctuation(text);
  if (isAllCaps(listed)) return folded === listed || (folded.startsWith(listed) && RU_ACRONYM_ENDING.test(folded.slice(listed.length)));
  if (/^[A-Za-z0-9]/.test(listed)) return folded === listed;
  const lower = folded.toLowerCase();
  return ruStems(listed).some((stem) => lower.startsWith(stem) && RU_ENDINGS.has(lower.slice(stem.length) || '|'));
}

/**
 * English words must match exactly, so a form is indexed by its first word, or its first two words when it has
 * more (club and company lists share many first words: `Real`, `FC`, `Deutsche`), and a token looks up only the
 * forms that can start there. Russian words match by stem, so their key is the first two letters in lower case.
 */
function englishKey(words: readonly string[]): string {
  return words.length === 1 ? words[0] ?? '' : `${words[0] ?? ''} ${words[1] ?? ''}`;
}
const russianKey = (words: readonly string[]): string => foldPunctuation(words[0] ?? '').slice(0, 2).toLowerCase();

const NONE: readonly Form[] = [];

export function buildGazetteer(entries: readonly GazetteerEntry[], language: Language): Gazetteer {
  const byKey = new Map<string, Form[]>();
  // First words of all English forms, and of those with more than one word: most capitalised tokens start no
  // listed name and stop at the first check; only starts of longer names build a two-word key.
  const starts = new Set<string>();
  const longStarts = new Set<string>();
  const bySurface = new Map<string, GazetteerEntry>();
  const add = (surface: string, entry: GazetteerEntry, acronym: string | null): void => {
    const words = tokenize(surface, 0, surface.length).map((t) => foldPunctuation(t.text));
    if (words.length === 0) return;
    const key = language === 'en' ? englishKey(words) : russianKey(words);
    starts.add(words[0] ?? '');
    if (words.length > 1) longStarts.add(words[0] ?? '');
    const list = byKey.get(key) ?? [];
    list.push({ words, entry, acronym });
    byKey.set(key, list);
    if (!bySurface.has(surface)) bySurface.set(surface, entry);
  };
  for (const entry of entries) {
    add(entry.name, entry, entry.acronym ?? null);
    for (const alias of entry.aliases ?? []) add(alias, entry, entry.acronym ?? null);
    if (entry.acronym !== undefined) add(entry.acronym, entry, entry.acronym);
  }
  const wordMatches =
    language === 'ru' ? ruWordMatches : (text: string, listed: string) => foldPunctuation(text) === listed;
  return {
    match(tokens, i) {
      const token = tokens[i];
      if (token === undefined || !startsName(token.text)) return null;
      let best: GazetteerHit | null = null;
      const scan = (forms: readonly Form[] | undefined): void => {
        for (const form of forms ?? NONE) {
          const last = i + form.words.length - 1;
          if (best !== null && last <= best.last) continue;
          if (formMatchesAt(tokens, i, form.words, wordMatches)) best = { first: i, last, entry: form.entry, acronym: form.acronym };
        }
      };
      if (language === 'ru') {
        scan(byKey.get(russianKey([token.text])));
        return best;
      }
      const first = foldPunctuation(token.text);
      // `NATO's` also looks up `NATO`.
      const bareFirst = withoutPossessive(first);
      if (!starts.has(first) && !starts.has(bareFirst)) return null;
      scan(byKey.get(first));
      if (bareFirst !== first) scan(byKey.get(bareFirst));
      const next = tokens[i + 1];
      if (next !== undefined && longStarts.has(first)) {
        const second = foldPunctuation(next.text);
        scan(byKey.get(`${first} ${second}`));
        if (isPossessive(second)) scan(byKey.get(`${first} ${withoutPossessive(second)}`));
      }
      return best;
    },
    lookup: (surface) => bySurface.get(surface),
  };
}

/** Words of one name follow each other with at most one space between them (no line breaks). */
function formMatchesAt(
  tokens: readonly Token[],
  i: number,
  words: readonly string[],
  wordMatches: (text: string, listed: string) => boolean,
): boolean {
  return words.every((listed, k) => {
    const token = tokens[i + k];
    const prev = tokens[i + k - 1];
    if (token === undefined) return false;
    // `NATO's` ends the listed `NATO`; a name that ends in a possessive itself (`Moody's`) matches as written.
    const surface = k === words.length - 1 && !isPossessive(listed) ? withoutPossessive(token.text) : token.text;
    if (!wordMatches(surface, listed)) return false;
    return k === 0 || prev === undefined || token.start - prev.end <= 1;
  });
}
