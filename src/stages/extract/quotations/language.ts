import { memoized } from './memo.js';

/** The attribution vocabulary one language supplies (`en.ts`, `ru.ts`); see those files for what belongs where. */
export interface CueLanguage {
  readonly code: string;
  readonly speechVerbs: readonly string[];
  readonly verbModifiers: readonly string[];
  readonly pronouns: readonly string[];
  readonly objectPronouns: readonly string[];
  readonly sourcePhrases: readonly string[];
  readonly pronounSourcePhrases: readonly string[];
  readonly titleNouns: readonly string[];
  readonly nameMarkers: readonly string[];
  readonly roleNouns: readonly string[];
  readonly honorifics: readonly string[];
  readonly prepositions: readonly string[];
  /** Written form → canonical name. */
  readonly institutions: Readonly<Record<string, string>>;
  readonly nonPersonWords: readonly string[];
  readonly organizationHeads: readonly string[];
}

/** `nameWordKind` bits: the word heads an organization's name (`Ministry`), or is no part of a person's name (`The`). */
export const NAME_WORD = { organizationHead: 1, nonPerson: 2 } as const;

/** A language's vocabulary turned into matchers once, at module load. */
export interface CompiledLanguage {
  readonly code: string;
  /** Global: every speech verb (or verb phrase) in a string, as `verb`. */
  readonly verb: RegExp;
  /** Sticky: a cue starting right here (`he said`, `said X`, `X said`, `– believes X`). */
  readonly cueAhead: RegExp;
  /** Global: `according to X` / `по словам X` phrases; the source starts where the match ends. */
  readonly source: RegExp;
  /** Global: `по его словам`: a pronoun source in one phrase. */
  readonly pronounSource: RegExp | null;
  readonly isPronoun: (word: string) => boolean;
  readonly isModifier: (word: string) => boolean;
  readonly isObjectPronoun: (word: string) => boolean;
  /** What a word of a capitalized run is to the name reader: `NAME_WORD` bits, both lists asked with one cached answer. */
  readonly nameWordKind: (word: string) => number;
  readonly isOrganizationHead: (word: string) => boolean;
  readonly isRole: (word: string) => boolean;
  readonly isHonorific: (word: string) => boolean;
  readonly isPreposition: (word: string) => boolean;
  /** Global: institutions named by a place (`the White House`, `Downing Street`), as `name`. */
  readonly institution: RegExp | null;
  /** The canonical name of an institution `institution` matched. */
  readonly institutionName: (written: string) => string;
  readonly isTitleNoun: (word: string) => boolean;
  readonly isNameMarker: (word: string) => boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Alternation of phrases, longest first so `pointed out` wins over `pointed`, any whitespace between words. */
const alternation = (phrases: readonly string[]): string =>
  [...new Set(phrases.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /gu, '\\s+'))
    .join('|');

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Words in a list match exactly; in languages that inflect, entries of four letters or more also
 * match as a prefix (`росси` covers `России`, `Россией`).
 */
const POSSESSIVE_S = /['’]s$/u;

const wordTest = (words: readonly string[], byPrefix: boolean): ((word: string) => boolean) => {
  const exact = new Set(words.map((w) => w.toLowerCase()));
  const prefixes = new Set(byPrefix ? words.filter((w) => w.length >= 4).map((w) => w.toLowerCase()) : []);
  const longest = Math.max(0, ...[...prefixes].map((p) => p.length));
  // One set lookup per prefix length, not one comparison per listed prefix.
  const hasPrefix = (lower: string): boolean => {
    for (let n = Math.min(longest, lower.length); n >= 4; n--) if (prefixes.has(lower.slice(0, n))) return true;
    return false;
  };
  const one = (lower: string): boolean => exact.has(lower) || hasPrefix(lower);
  return memoized((word) => {
    const lower = word.toLowerCase().replace(POSSESSIVE_S, '');
    // `Secretary-General`, `вице-премьер`: a compound of listed words is listed.
    return one(lower) || (lower.includes('-') && lower.split('-').every(one));
  });
};

/** Written forms longest first, case-sensitive: institutions are proper names. */
const institutionPattern = (forms: readonly string[]): RegExp | null =>
  forms.length === 0
    ? null
    : new RegExp(
        `${NOT_LETTER_BEFORE}(?<name>${[...forms].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /gu, '\\s+')).join('|')})${NOT_LETTER_AFTER}`,
        'gu',
      );

export function compileLanguage(lang: CueLanguage, inflected: boolean): CompiledLanguage {
  const verbs = alternation(lang.speechVerbs);
  const mods = alternation(lang.verbModifiers);
  const pronouns = alternation(lang.pronouns);
  const isNonPerson = wordTest(lang.nonPersonWords, inflected);
  const isOrganizationHead = wordTest(lang.organizationHeads, inflected);
  const verbGroup = `(?:(?:${mods})\\s+){0,2}(?:${verbs})${NOT_LETTER_AFTER}`;
  // A cue right after a closing mark or dialogue dash: pronoun + verb, verb first, or up to six
  // words (a name or a description: `the Chinese moderator`) then the verb.
  const cueAhead = new RegExp(
    `\\s*(?:(?:${pronouns})\\s+${verbGroup}|${verbGroup}|(?:[\\p{L}\\p{M}'’.-]+\\s+){1,6}${verbGroup})`,
    'uy',
  );
  return {
    code: lang.code,
    verb: new RegExp(`${NOT_LETTER_BEFORE}(?<verb>${verbs})${NOT_LETTER_AFTER}`, 'gu'),
    cueAhead,
    source: new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(lang.sourcePhrases)})\\s+`, 'gu'),
    pronounSource:
      lang.pronounSourcePhrases.length > 0
        ? new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(lang.pronounSourcePhrases)})${NOT_LETTER_AFTER}`, 'gu')
        : null,
    isPronoun: wordTest(lang.pronouns, false),
    isModifier: wordTest(lang.verbModifiers.flatMap((m) => m.split(' ')), false),
    isObjectPronoun: wordTest(lang.objectPronouns, false),
    // Every word of every capitalized run is asked both: one cache lookup instead of two.
    nameWordKind: memoized((word) => (isOrganizationHead(word) ? NAME_WORD.organizationHead : 0) | (isNonPerson(word) ? NAME_WORD.nonPerson : 0)),
    isOrganizationHead,
    isRole: wordTest(lang.roleNouns, inflected),
    isHonorific: wordTest(lang.honorifics, inflected),
    isPreposition: wordTest(lang.prepositions, false),
    institution: institutionPattern(Object.keys(lang.institutions)),
    institutionName: (written) => lang.institutions[written.replace(/\s+/gu, ' ')] ?? written,
    isTitleNoun: wordTest(lang.titleNouns, inflected),
    isNameMarker: wordTest(lang.nameMarkers, inflected),
  };
}
