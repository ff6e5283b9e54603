import type { GazetteerEntry } from './gazetteer/index.js';
import { wordSet } from './word-set.js';
import { foldPunctuation, isAllCaps, isPossessive, lowerCase, startsName, tokenize, withoutPossessive, type Token } from './tokens.js';

export type Language = 'en' | 'ru';

/** A gazetteer hit over tokens `first..last` (inclusive). */
export interface GazetteerHit {
  readonly first: number;
  readonly last: number;
  readonly entry: GazetteerEntry;
  /** The surface form was the entry's acronym, so the mention reports it. */
  readonly acronym: string | null;
}

/** How a text word must look to be one listed word, worked out once when the gazetteer is built. */
interface ListedWord {
  readonly text: string;
  /** Russian rules: an acronym takes a declension ending, a Latin word matches as written, others by stem. */
  readonly kind: 'exact' | 'acronym' | 'stems';
  readonly stems: readonly string[];
}

interface Form {
  readonly words: readonly ListedWord[];
  /** The listed name ends in a possessive itself (`Moody's`), so the text's last word keeps its own. */
  readonly endsPossessive: boolean;
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

function listedWord(listed: string, language: Language): ListedWord {
  if (language === 'en') return { text: listed, kind: 'exact', stems: [] };
  if (isAllCaps(listed)) return { text: listed, kind: 'acronym', stems: [] };
  if (/^[A-Za-z0-9]/.test(listed)) return { text: listed, kind: 'exact', stems: [] };
  return { text: listed, kind: 'stems', stems: ruStems(listed) };
}

// The forms of one bucket are tried against the same text word in turn: its lower case is made once.
let lastFolded = '';
let lastLower = '';
function lowerCaseOnce(folded: string): string {
  if (folded !== lastFolded) {
    lastFolded = folded;
    lastLower = lowerCase(folded);
  }
  return lastLower;
}

/** Does a text word (apostrophes and dashes folded) match a listed word? */
function wordMatches(folded: string, listed: ListedWord): boolean {
  if (listed.kind === 'exact') return folded === listed.text;
  if (listed.kind === 'acronym') {
    return folded === listed.text || (folded.startsWith(listed.text) && RU_ACRONYM_ENDING.test(folded.slice(listed.text.length)));
  }
  const lower = lowerCaseOnce(folded);
  return listed.stems.some((stem) => lower.startsWith(stem) && RU_ENDINGS.has(lower.slice(stem.length) || '|'));
}

/**
 * English words must match exactly, so a form is indexed by its first word, or its first two words when it has
 * more (club and company lists share many first words: `Real`, `FC`, `Deutsche`), and a token looks up only the
 * forms that can start there. Russian words match by stem, so their key is the first two letters in lower case.
 */
const russianKey = (firstWord: string): string => lowerCase(foldPunctuation(firstWord).slice(0, 2));

function appendTo<K>(map: Map<K, Form[]>, key: K, form: Form): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [form]);
  else list.push(form);
}

/** English forms that start with one word: one-word forms, and longer ones by their second word. */
interface FirstWord {
  readonly single: Form[];
  readonly bySecond: Map<string, Form[]>;
}

export function buildGazetteer(entries: readonly GazetteerEntry[], language: Language): Gazetteer {
  // Russian forms by key; English forms by their first word, so one lookup finds every form a token can start.
  const byKey = new Map<string, Form[]>();
  const byFirst = new Map<string, FirstWord>();
  // First words of all English forms: most capitalised tokens start no listed name and stop at this check.
  const starts = new Set<string>();
  const bySurface = new Map<string, GazetteerEntry>();
  const add = (surface: string, entry: GazetteerEntry, acronym: string | null): void => {
    const words = tokenize(surface, 0, surface.length).map((t) => foldPunctuation(t.text));
    const first = words[0];
    if (first === undefined) return;
    const form = { words: words.map((w) => listedWord(w, language)), endsPossessive: isPossessive(words[words.length - 1] ?? ''), entry, acronym };
    starts.add(first);
    if (language === 'ru') appendTo(byKey, russianKey(first), form);
    else {
      const forms = byFirst.get(first) ?? { single: [], bySecond: new Map<string, Form[]>() };
      if (words.length === 1) forms.single.push(form);
      else appendTo(forms.bySecond, words[1] ?? '', form);
      byFirst.set(first, forms);
    }
    if (!bySurface.has(surface)) bySurface.set(surface, entry);
  };
  for (const entry of entries) {
    add(entry.name, entry, entry.acronym ?? null);
    for (const alias of entry.aliases ?? []) add(alias, entry, entry.acronym ?? null);
    if (entry.acronym !== undefined) add(entry.acronym, entry, entry.acronym);
  }
  const listedStarts = wordSet(starts);
  const formsStartingWith = (word: string): FirstWord | undefined => (listedStarts.has(word) ? byFirst.get(word) : undefined);
  return {
    match(tokens, i) {
      const token = tokens[i];
      if (token === undefined || !startsName(token.text)) return null;
      if (language === 'ru') return longestAt(tokens, i, byKey.get(russianKey(token.text)), null);
      // Folding keeps a word's length and its first character (a capital or digit), and its last one when that
      // is below the folded U+2011..U+2019: most capitalised words, which start no listed name, are ruled out
      // by their shape before they are folded. A possessive is also looked up without its ending, below.
      const last = token.text.charCodeAt(token.text.length - 1);
      if (last < 0x2011 && !isPossessive(token.text) && !listedStarts.mayHave(token.text)) return null;
      const first = foldPunctuation(token.text);
      // `NATO's` also looks up `NATO`.
      const bareFirst = withoutPossessive(first);
      const forms = formsStartingWith(first);
      const bareForms = bareFirst === first ? undefined : formsStartingWith(bareFirst);
      if (forms === undefined && bareForms === undefined) return null;
      let best = longestAt(tokens, i, forms?.single, null);
      best = longestAt(tokens, i, bareForms?.single, best);
      const next = tokens[i + 1];
      if (next !== undefined && forms !== undefined && forms.bySecond.size > 0) {
        const second = foldPunctuation(next.text);
        best = longestAt(tokens, i, forms.bySecond.get(second), best);
        if (isPossessive(second)) best = longestAt(tokens, i, forms.bySecond.get(withoutPossessive(second)), best);
      }
      return best;
    },
    lookup: (surface) => bySurface.get(surface),
  };
}

/** The longest of `forms` matching at token `i`, if longer than `best`; the first listed wins a tie. */
function longestAt(tokens: readonly Token[], i: number, forms: readonly Form[] | undefined, best: GazetteerHit | null): GazetteerHit | null {
  if (forms === undefined) return best;
  let longest = best;
  for (const form of forms) {
    const last = i + form.words.length - 1;
    if (longest !== null && last <= longest.last) continue;
    if (formMatchesAt(tokens, i, form)) longest = { first: i, last, entry: form.entry, acronym: form.acronym };
  }
  return longest;
}

/** Words of one name follow each other with at most one space between them (no line breaks). */
function formMatchesAt(tokens: readonly Token[], i: number, form: Form): boolean {
  const { words } = form;
  for (let k = 0; k < words.length; k += 1) {
    const token = tokens[i + k];
    const listed = words[k];
    if (token === undefined || listed === undefined) return false;
    if (k > 0 && token.start - (tokens[i + k - 1]?.end ?? token.start) > 1) return false;
    // `NATO's` ends the listed `NATO`; a name that ends in a possessive itself (`Moody's`) matches as written.
    const surface = k === words.length - 1 && !form.endsPossessive ? withoutPossessive(token.text) : token.text;
    if (!wordMatches(foldPunctuation(surface), listed)) return false;
  }
  return true;
}
