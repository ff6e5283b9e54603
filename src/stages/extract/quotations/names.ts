import { NAME_WORD, type CompiledLanguage } from './language.js';
import type { Gender } from './gender.js';
import { classAt, isWhiteSpaceCode, lengthIfClass, LETTER, LOWER, NUMBER, unitClass, UPPER } from '../../../text/characters.js';
import { memoized } from './memo.js';
import { capitalizedRuns } from './runs.js';

/** A person or organization named in the text (UTF-16 offsets). */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** Number of words: a lone surname is 1. */
  readonly words: number;
  readonly kind: 'person' | 'organization';
  /** `Putin's trip`: a possessor is a mention, but not the speaker of the phrase it modifies. */
  readonly possessive?: boolean;
  /** The honorific right before the name (`Mrs` in `Mrs. Hollis`): it makes a lone surname a person. */
  readonly title?: string;
}

/** Sentence adverbs (`Similarly`, `Certainly`) capitalized only because they open a sentence. */
const ADVERB = /^\p{Lu}\p{Ll}{3,}ly$/u;
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** `F.`, `J.L.`: initials inside a name (`(?:\p{Lu}\.){1,3}`, the whole word). */
function isInitials(word: string): boolean {
  let i = 0;
  let count = 0;
  while (i < word.length) {
    const step = lengthIfClass(word, i, UPPER);
    if (count === 3 || step === 0 || word.charCodeAt(i + step) !== 46) return false;
    i += step + 1;
    count += 1;
  }
  return count > 0;
}

/** `NATO`, `G-20`: capitals, digits and hyphens only, at least two (`[\p{Lu}\p{N}-]{2,}`, the whole word). */
function isAllCapitals(word: string): boolean {
  let i = 0;
  let count = 0;
  while (i < word.length) {
    const step = word.charCodeAt(i) === 45 ? 1 : lengthIfClass(word, i, UPPER | NUMBER);
    if (step === 0) return false;
    i += step;
    count += 1;
  }
  return count >= 2;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly possessive: boolean;
  /** What the language says of the word (`NAME_WORD` bits), asked once. */
  readonly kind: number;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** `Putin's`, `Jones'`: the piece `text[from, to)` ends in a possessive. */
function endsPossessive(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const last = text.charCodeAt(to - 1);
  return isApostrophe(last) || (last === 115 && to - from >= 2 && isApostrophe(text.charCodeAt(to - 2)));
}

/** `Putin's` → `Putin`, `Jones'` → `Jones`, `Smith-` → `Smith`: the length of the piece without a trailing possessive, then trailing hyphens. */
function bareLength(text: string, from: number, to: number): number {
  let end = to;
  if (end > from && isApostrophe(text.charCodeAt(end - 1))) end -= 1;
  else if (endsPossessive(text, from, to)) end -= 2;
  while (end > from && text.charCodeAt(end - 1) === 45) end -= 1;
  return end - from;
}

/** The words of a run: the pieces between its single spaces, bare of possessives; empty ones left out. */
function wordsOf(text: string, start: number, end: number, lang: CompiledLanguage): Word[] {
  const words: Word[] = [];
  let from = start;
  while (from < end) {
    let to = from;
    while (to < end && text.charCodeAt(to) !== 32 && text.charCodeAt(to) !== 0xa0) to += 1;
    const length = bareLength(text, from, to);
    if (length > 0) {
      const word = text.slice(from, from + length);
      words.push({ start: from, end: from + length, text: word, possessive: to - from > 2 && endsPossessive(text, from, to), kind: lang.nameWordKind(word) });
    }
    from = to + 1;
  }
  return words;
}

/**
 * Names in `text[from, to)`: capitalized runs are cut at words the language says are not parts of
 * person names; a run holding an organization head word is an organization instead.
 */
export function namesIn(text: string, from: number, to: number, lang: CompiledLanguage): NameMention[] {
  const found: NameMention[] = [];
  const runs = capitalizedRuns(text, from, to);
  for (let r = 0; r < runs.length; r += 2) splitRun(text, wordsOf(text, runs[r] ?? 0, runs[r + 1] ?? 0, lang), lang, found);
  return found;
}

/** The word right before `at`, across spaces and one abbreviation dot (`Mrs. `); '' when there is none. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0') && at - end < 3) end--;
  if (end === at) return '';
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && end - start < 20 && (unitClass(text.charCodeAt(start - 1)) & LETTER) !== 0) start--;
  return text.slice(start, end);
}

const ARTICLE = /^(?:the|a|an)$/iu;

/**
 * The names of one run, in order, onto `found`: each organization head word ends an organization
 * (`China Media Group Wang Bin`: a name may follow it); persons are read from the words after the last one.
 */
function splitRun(text: string, words: readonly Word[], lang: CompiledLanguage, found: NameMention[]): void {
  let from = 0;
  for (let head = 0; head < words.length; head++) {
    const b = words[head];
    if (b === undefined || (b.kind & NAME_WORD.organizationHead) === 0) continue;
    // The organization starts at its first word that is no article.
    let first = from;
    while (first < head && ARTICLE.test(words[first]?.text ?? '')) first++;
    const a = words[first];
    if (a !== undefined && !ARTICLE.test(a.text)) {
      found.push({ start: a.start, end: b.end, name: text.slice(a.start, b.end), words: head - first + 1, kind: 'organization' });
    }
    from = head + 1;
  }
  personChunks(text, words, from, lang, found);
}

/** A photo credit (`Artem Dergunov / site.ru`) names the photographer, not a speaker: `/` within 3 characters. */
function creditAfter(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 3);
  let i = at;
  while (i < end && isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === 47;
}

/** `Similarly`, `Making Juan Miguel Gonzalez his representative`: a verb form opening a run, `wordsLeft` words from its end, is no name. */
function opensWithVerbForm(word: string, wordsLeft: number): boolean {
  return (word.endsWith('ly') && ADVERB.test(word)) || (word.endsWith('ing') && GERUND.test(word) && wordsLeft > 2);
}

/** The persons among `words[from…]`, onto `found`: chunks cut at words that are no part of a person's name. */
function personChunks(text: string, words: readonly Word[], from: number, lang: CompiledLanguage, found: NameMention[]): void {
  // The chunk is words[first..last]; it is empty while first > last.
  let first = from;
  let last = from - 1;
  for (let index = from; index < words.length; index++) {
    const w = words[index];
    if (w === undefined) continue;
    const empty = first > last;
    const particle = (classAt(w.text, 0) & LOWER) !== 0;
    const initial = !empty && w.text.endsWith('.') && isInitials(w.text);
    // The word lists first: they cut most words, and the verb forms are read only for what they leave.
    const cut =
      !particle &&
      !initial &&
      ((w.kind & NAME_WORD.nonPerson) !== 0 || (empty && opensWithVerbForm(w.text, words.length - index)) || isAllCapitals(w.text) || w.text.length < 2);
    if (cut || (particle && empty)) {
      pushPerson(text, words, first, last, lang, found);
      first = index + 1;
      last = index;
    } else last = index;
  }
  pushPerson(text, words, first, last, lang, found);
}

/** The person `words[first..last]` names, unless the chunk is empty, initials only, or a photo credit. */
function pushPerson(text: string, words: readonly Word[], first: number, last: number, lang: CompiledLanguage, found: NameMention[]): void {
  // An empty chunk indexes before the first word or past the last: V8 reads such an index on a slow path.
  if (first > last) return;
  const a = words[first];
  const b = words[last];
  if (a === undefined || b === undefined) return;
  let real = 0;
  for (let k = first; k <= last; k++) if (!isInitials(words[k]?.text ?? '')) real++;
  if (real === 0 || creditAfter(text, b.end)) return;
  // `Mrs. Hollis`, `Sen. Collins`, `President Macron`: the honorific in front of a person's name.
  const before = wordBefore(text, a.start);
  found.push({
    start: a.start,
    end: b.end,
    // A one-word name is its word's string, whose hash the caches have already computed.
    name: first === last ? a.text : text.slice(a.start, b.end),
    words: real,
    kind: 'person',
    possessive: b.possessive,
    title: before !== '' && lang.isHonorific(before) ? before : undefined,
  });
}

/** Endings stripped to compare Russian name forms across cases, longest first. */
const RU_ENDINGS = ['ого', 'ому', 'ыми', 'ими', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ую', 'юю', 'ая', 'яя', 'ии', 'ия', 'ью', 'ья', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'й', 'ь'];
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A key under which the case forms of one name word meet: `Алиханова`, `Алиханову` → `алиханов`. */
export const nameKey = memoized((word: string): string => {
  const lower = word.toLowerCase();
  if (!CYRILLIC.test(lower)) return lower;
  const ending = RU_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
  return ending === undefined ? lower : lower.slice(0, -ending.length);
});

/** Genitive → nominative for one Russian name word, for names read after `по словам`, `по мнению`. */
const RU_GENITIVE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<stem>[оеё]вн)ы$/u, '$<stem>а'],
  [/(?<stem>ич)а$/u, '$<stem>'],
  [/(?<stem>(?:ов|ев|ёв|ин|ын))ой$/u, '$<stem>а'],
  [/(?<stem>(?:ов|ев|ёв|ин|ын))а$/u, '$<stem>'],
  [/(?<stem>[сц]к)ого$/u, '$<stem>ий'],
  [/(?<stem>[сц]к)ой$/u, '$<stem>ая'],
  [/(?<stem>\p{L})ии$/u, '$<stem>ия'],
  [/(?<stem>\p{L})ия$/u, '$<stem>ий'],
  [/(?<stem>\p{L})ея$/u, '$<stem>ей'],
  [/(?<stem>\p{L})ьи$/u, '$<stem>ья'],
  [/(?<stem>[бвгдзклмнпрстфхцчшщ])ы$/u, '$<stem>а'],
  [/(?<stem>[бвгдзклмнпрстфхцчшщ])а$/u, '$<stem>'],
];

export function russianNominative(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      const rule = RU_GENITIVE_RULES.find(([re]) => re.test(word));
      return rule === undefined ? word : word.replace(rule[0], rule[1]);
    })
    .join(' ');
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
/** The key of a name's last word: the registry asks it of one name several times. */
const surnameKey = memoized((name: string): string => nameKey(lastWord(name)));
const wordCount = (name: string): number => {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
};

/** Whether `full` ends with the words of `name`, compared by the key case forms share. */
const endsWithName = (full: string, name: string): boolean => {
  const x = full.split(' ');
  const y = name.split(' ');
  const offset = x.length - y.length;
  return offset >= 0 && y.every((w, i) => nameKey(w) === nameKey(x[offset + i] ?? ''));
};

/** The fullest form of each name the document gives, keyed by its last word, and the gender the document tells. */
export class NameRegistry {
  private readonly byLast = new Map<string, string>();
  /** Gender by last word; null when the document gives both (two people of one surname). */
  private readonly genders = new Map<string, Gender | null>();

  /**
   * Registers a document's person mentions, in order: one naming someone in full (two words or more) or
   * with a title (`Mrs. Hollis`) is a form of the name, and each notes the gender it tells. Returns the
   * mentions that are persons: those, and lone words the document also names in full or with a title.
   */
  registerPersons(persons: readonly NameMention[], genderOf: (person: NameMention) => Gender | undefined): NameMention[] {
    // Each mention's key is looked up once: the cache is usually cold when a document reaches this stage.
    const keys = persons.map((p) => surnameKey(p.name));
    persons.forEach((p, i) => {
      const key = keys[i] ?? '';
      if (p.words >= 2 || p.title !== undefined) {
        const known = this.byLast.get(key);
        if (known === undefined || wordCount(p.name) > wordCount(known)) this.byLast.set(key, p.name);
      }
      const gender = genderOf(p);
      if (gender !== undefined) {
        const noted = this.genders.get(key);
        this.genders.set(key, noted === undefined || noted === gender ? gender : null);
      }
    });
    // A lone word's key is its own; a name with a space is never a key (keys are single words).
    return persons.filter((p, i) => p.words >= 2 || p.title !== undefined || (!p.name.includes(' ') && this.byLast.has(keys[i] ?? '')));
  }

  /** Makes a form the canonical one for its surname unless a longer form is known (`Мария Захарова` over `Марии Захаровой`). */
  prefer(name: string): void {
    const key = surnameKey(name);
    const known = this.byLast.get(key);
    if (known === undefined || wordCount(name) >= wordCount(known)) this.byLast.set(key, name);
  }

  /** `Alikhanov` → `Anton Alikhanov` when the document names him so somewhere. */
  fullest(name: string): string {
    const known = this.byLast.get(surnameKey(name));
    if (known === undefined) return name;
    // The known form must end with this one (`Lazaro Gonzalez` is not `Juan Miguel Gonzalez`); at equal
    // length it is another case form of the same name (`Марии Захаровой`), not a namesake (`Jane Smith`).
    return known !== name && wordCount(known) >= wordCount(name) && endsWithName(known, name) ? known : name;
  }

  /** What titles and given names elsewhere in the document said of this surname's gender. */
  notedGender(name: string): Gender | undefined {
    return this.genders.get(surnameKey(name)) ?? undefined;
  }
}
