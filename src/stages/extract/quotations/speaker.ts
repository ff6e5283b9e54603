import type { FoundOrganization, FoundQuotation } from '../types.js';
import { personGender, pronounGender, roleGender, type Gender } from './gender.js';
import type { CompiledLanguage } from './language.js';
import { firstMatchIn, matchesIn } from './matches.js';
import { namesIn, NameRegistry, russianNominative, type NameMention } from './names.js';
import type { RawQuote } from './scan.js';

export type Speaker = FoundQuotation['speaker'];

/** What attribution knows about one document. */
export interface SpeakerContext {
  readonly text: string;
  readonly registry: NameRegistry;
  /** Person mentions outside quotations, in text order: the antecedents of `he`/`she`. */
  readonly persons: NameMention[];
  readonly organizations: readonly FoundOrganization[];
  /** Picks the language whose cues apply to a stretch of text. */
  readonly languageOf: (from: number, to: number) => CompiledLanguage;
}

/** A clause the speaker is read from; `start`/`end` are UTF-16 offsets. */
interface Span {
  readonly start: number;
  readonly end: number;
}

const CLAUSE_LIMIT = 300;
const SUBJECT_WORDS = 25;
/** Manner adverbs between a quote and its verb: `bluntly said`, `коротко ответил`. */
const ADVERB_FORM = /^(?:\p{Ll}{3,}ly|[а-яё]{3,}[оеи])$/u;
const SUBJECT_OPENING = /^\s*(?:\p{Lu}|(?:the|a|an|one|his|her|its|their|our|this|that|former|then|both|two|three)\s)/u;
const ROLE_WINDOW = 8000;
const ROLE_REACH = 160;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'prof', 'gov', 'sen', 'rep', 'adm', 'u.s', 'u.k', 'u.n',
  'capt', 'cmdr', 'maj', 'supt', 'det', 'cpl', 'pvt', 'rev', 'hon', 'fr', 'atty', 'gens', 'reps', 'sens', 'messrs', 'г', 'гг', 'т', 'им', 'тыс', 'млн', 'млрд']);
const CLAUSE_STOP = /[.!?…](?=\s|$)|[\n;:]|\s[“"«„]/gu;
const SENTENCE_END_MARK = /[.!?…]/u;
const LEADING_JUNK = /[\s,.!?…;:"“”»'’–—―-]{0,12}/uy;
const GENITIVE_SOURCE = /^(?:по\s+словам|по\s+мнению|по\s+данным|по\s+оценке|согласно)/iu;
const DEFINITE = /(?:^|\s)(?:the|this|that)\s/iu;

/** Where the sentence that follows a quotation ends: its attribution clause. */
export function clauseAfter(text: string, q: RawQuote, limit: number): Span {
  LEADING_JUNK.lastIndex = q.after;
  const skipped = LEADING_JUNK.exec(text);
  const start = Math.min(limit, q.after + (skipped?.[0].length ?? 0));
  const max = Math.min(limit, start + CLAUSE_LIMIT);
  const stop = firstMatchIn(CLAUSE_STOP, text, start, max, (m) => m[0] !== '.' || !isAbbreviation(text, m.index));
  return { start, end: stop === null ? max : stop.index };
}

/** `Gov.`, `J.`, `г.`: a dot that ends an abbreviation or an initial, not a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  const before = /(?<word>[\p{L}.]{1,4})$/u.exec(text.slice(Math.max(0, dot - 4), dot))?.groups?.word ?? '';
  return ABBREVIATIONS.has(before.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(before);
}

const wordAt = (text: string, at: number): Span | null => {
  const m = /[\p{L}\p{M}]+/uy;
  m.lastIndex = at;
  const hit = m.exec(text);
  return hit === null ? null : { start: at, end: at + hit[0].length };
};

/** Skips whitespace from `at`. */
const skipSpace = (text: string, at: number, limit: number): number => {
  let i = at;
  while (i < limit && /\s/u.test(text[i] ?? '')) i++;
  return i;
};

/** The speaker of a cue clause after a quotation; undefined when the clause is no attribution. */
export function speakerAfter(ctx: SpeakerContext, q: RawQuote, clause: Span): Speaker | undefined {
  const { text } = ctx;
  // `По словам X, «…». Она добавила: …`, `‘…costed’. He added`: a sentence end after the closing mark starts another sentence.
  if (clause.end <= clause.start || SENTENCE_END_MARK.test(text.slice(q.after, clause.start))) return undefined;
  const lang = ctx.languageOf(clause.start, clause.end);
  const first = wordAt(text, clause.start);
  if (first !== null && lang.isPronoun(text.slice(first.start, first.end)) && cueAt(lang, text, clause.start)) {
    return pronounSpeaker(ctx, first, q.open);
  }
  const verb = firstMatchIn(lang.verb, text, clause.start, clause.end);
  if (verb === null) return bylineSpeaker(ctx, lang, q, clause) ?? sourceSpeaker(ctx, lang, clause, q.open);
  const verbEnd = verb.index + verb[0].length;
  const subject = { start: clause.start, end: verb.index };
  const subjectWords = text.slice(subject.start, subject.end).match(/[\p{L}\p{M}]+/gu) ?? [];
  if (subjectWords.every((w) => lang.isModifier(w) || ADVERB_FORM.test(w))) {
    // Verb first (`said Jonathan Pollack`, `— сказал он`): the speaker follows the verb.
    const rest = { start: skipSpace(text, verbEnd, clause.end), end: clause.end };
    const pron = wordAt(text, rest.start);
    if (pron !== null && pron.end <= clause.end && lang.isPronoun(text.slice(pron.start, pron.end))) {
      return pronounSpeaker(ctx, pron, q.open);
    }
    const found = nounPhraseSpeaker(ctx, lang, rest, 'first', q.open);
    if (found !== undefined || text.slice(subject.start, subject.end).trim() === '') return found ?? null;
  }
  // `X said` after a quote: the subject opens with a name, a determiner or a capital, and is short;
  // `“pincer” movement to trap the troops, but insisted` is no attribution.
  const subjectText = text.slice(subject.start, subject.end);
  const shortPlain = subjectWords.length <= 6 && !subjectText.includes(',');
  // `“…attack.” The FBI continues …, Freeh said.`: after a quote that ends its sentence, only a short cue is its own.
  const newSentence = /\.$/u.test(text.slice(q.start, q.end).trimEnd()) && /^\p{Lu}/u.test(subjectText);
  const acceptable = shortPlain || (!newSentence && (SUBJECT_OPENING.test(subjectText) || headedByName(ctx, lang, subject)));
  if (subjectWords.length <= SUBJECT_WORDS && acceptable) return nounPhraseSpeaker(ctx, lang, subject, 'last', q.open);
  // `…'' in making the arrest, police spokesman Capt. Rod Beer said`: the subject is the short tail after the last comma.
  const comma = subjectText.lastIndexOf(',');
  const tail = { start: subject.start + comma + 1, end: subject.end };
  const tailWords = text.slice(tail.start, tail.end).match(/[\p{L}\p{M}]+/gu) ?? [];
  return !newSentence && comma >= 0 && tailWords.length > 0 && tailWords.length <= 6 ? nounPhraseSpeaker(ctx, lang, tail, 'last', q.open) : undefined;
}

/** `opposition politician Boris Nadezhdin, who was barred …, said`: a long subject a name heads. */
function headedByName(ctx: SpeakerContext, lang: CompiledLanguage, subject: Span): boolean {
  const first = namesIn(ctx.text, subject.start, subject.end, lang)[0];
  return first?.kind === 'person' && ctx.text.charAt(first.end) === ',' && headsPhrase(lang, ctx.text, subject.start, first);
}

function cueAt(lang: CompiledLanguage, text: string, at: number): boolean {
  lang.cueAhead.lastIndex = at;
  return lang.cueAhead.test(text);
}

const DASH = /[–—―]|--/u;
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
const BYLINE_END = /^\s*(?:$|[,(])/u;

/**
 * `“…” – Senator Edward Vance`, `"…" — Nikolai Orlov, veteran of the siege`: a dash after the
 * closing mark, then a name (titles allowed before it) that ends the clause or opens an apposition.
 */
function bylineSpeaker(ctx: SpeakerContext, lang: CompiledLanguage, q: RawQuote, clause: Span): Speaker | undefined {
  const { text } = ctx;
  if (!DASH.test(text.slice(q.after, clause.start))) return undefined;
  const first = namesIn(text, clause.start, clause.end, lang)[0];
  if (first?.kind !== 'person' || first.possessive === true) return undefined;
  if (!TITLE_WORDS.test(text.slice(clause.start, first.start)) || !BYLINE_END.test(text.slice(first.end, clause.end))) return undefined;
  return { name: ctx.registry.fullest(first.name), start: first.start, end: first.end };
}

/** `according to X`, `по словам X`, `по его словам` inside a span. */
function sourceSpeaker(ctx: SpeakerContext, lang: CompiledLanguage, span: Span, before: number): Speaker | undefined {
  const { text } = ctx;
  let found: Speaker | undefined;
  if (lang.pronounSource !== null) {
    for (const m of matchesIn(lang.pronounSource, text, span.start, span.end)) {
      found = pronounSpeaker(ctx, { start: m.index, end: m.index + m[0].length }, before);
    }
  }
  for (const m of matchesIn(lang.source, text, span.start, span.end)) {
    const from = m.index + m[0].length;
    const comma = text.slice(from, span.end).search(/[,:]/u);
    const np = { start: from, end: comma < 0 ? span.end : from + comma };
    const pron = wordAt(text, from);
    if (pron !== null && (lang.isObjectPronoun(text.slice(pron.start, pron.end)) || lang.isPronoun(text.slice(pron.start, pron.end)))) {
      found = pronounSpeaker(ctx, pron, before);
    } else {
      const speaker = nounPhraseSpeaker(ctx, lang, np, 'first', before);
      if (speaker !== null && speaker !== undefined && GENITIVE_SOURCE.test(m[0])) {
        // The name as written is genitive; its nominative is the form later mentions (`она`, `Захаровой`) resolve to.
        const nominative = russianNominative(text.slice(speaker.start, speaker.end));
        ctx.registry.prefer(nominative);
        found = { ...speaker, name: ctx.registry.fullest(nominative) };
      } else found = speaker ?? found;
    }
  }
  return found;
}

const DASH_CUE = /[,.!?…]\s{0,3}[–—―]\s+/gu;

/**
 * `“… will not” be asked “, … good trade, – believes Koltashov.`: when stray marks break a quote,
 * a dialogue-dash cue later in the same sentence still names its speaker.
 */
export function speakerAtDashCue(ctx: SpeakerContext, q: RawQuote, limit: number): Speaker | undefined {
  const { text } = ctx;
  const max = Math.min(limit, q.after + CLAUSE_LIMIT);
  const sentenceEnd = text.slice(q.after, max).search(/[.!?](?=\s|$)/u);
  const end = sentenceEnd < 0 ? max : q.after + sentenceEnd;
  const cue = firstMatchIn(DASH_CUE, text, q.after, end, (m) => {
    const at = m.index + m[0].length;
    return cueAt(ctx.languageOf(at, end), text, at);
  });
  if (cue === null) return undefined;
  const shifted = { ...q, after: cue.index + 1 };
  return speakerAfter(ctx, shifted, clauseAfter(text, shifted, limit));
}

/** The speaker a cue before the quotation names: `X said:`, `said X:`, `according to X,`. */
export function speakerBefore(ctx: SpeakerContext, q: RawQuote, window: Span): Speaker | undefined {
  const { text } = ctx;
  if (window.end <= window.start) return undefined;
  const lang = ctx.languageOf(window.start, window.end);
  const source = sourceSpeaker(ctx, lang, window, q.open);
  if (source !== undefined) return source;
  const last = matchesIn(lang.verb, text, window.start, window.end).at(-1);
  if (last === undefined) return undefined;
  const subject = { start: window.start, end: last.index };
  const pron = lastWord(text, subject);
  if (pron !== null && lang.isPronoun(text.slice(pron.start, pron.end))) return pronounSpeaker(ctx, pron, q.open);
  const fromSubject = nounPhraseSpeaker(ctx, lang, subject, 'last', q.open);
  if (fromSubject !== undefined && fromSubject !== null) return fromSubject;
  const after = { start: last.index + last[0].length, end: window.end };
  return nounPhraseSpeaker(ctx, lang, after, 'first', q.open) ?? fromSubject;
}

function lastWord(text: string, span: Span): Span | null {
  const m = /(?<word>[\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(text.slice(Math.max(span.start, span.end - 40), span.end));
  const word = m?.groups?.word;
  if (m === null || word === undefined) return null;
  const start = Math.max(span.start, span.end - 40) + m.index;
  return { start, end: start + word.length };
}

/**
 * The speaker a noun phrase names: a person (fullest form), else an institution or organization,
 * else the person a definite description (`the moderator`) refers to; null when it only describes
 * someone (`a spokesman for the Foreign Office`).
 */
function nounPhraseSpeaker(ctx: SpeakerContext, lang: CompiledLanguage, span: Span, pick: 'first' | 'last', before: number): Speaker | undefined {
  const { text } = ctx;
  if (span.end <= span.start) return undefined;
  const names = namesIn(text, span.start, span.end, lang);
  const institutions = institutionsIn(lang, text, span);
  // `a Sun spokesman`, `Hewlett-Packard's Mr. Archuleta`: a name before a role or owning something is not the speaker;
  // nor is a lone word after a preposition (`an official in Maricopa County`): that is a place.
  const people = names.filter(
    (n) =>
      n.kind === 'person' &&
      n.possessive !== true &&
      !roleFollows(lang, text, n.end) &&
      !institutions.some((i) => i.start < n.end && n.start < i.end) &&
      !placeAfterPreposition(ctx, lang, n),
  );
  const full = people.filter((n) => n.words >= 2);
  // `Sarah Kim, a fellow at X, said`, `Defence Secretary Grant Shelby, who met …, said`: a name heading
  // the subject, then an apposition or a relative clause, is the subject.
  const opening = people[0];
  const heads = opening !== undefined && headsPhrase(lang, text, span.start, opening);
  const apposed = heads && text.charAt(opening.end) === ',';
  // The first name after a verb is the subject (`said Freeh at the Jomo Kenyatta airport`), unless a
  // description opened by a determiner is (`said the message, read to thousands of Cuban exiles`,
  // `a spokeswoman for Senator Greg Hadley said`).
  const description = opening === undefined ? '' : text.slice(span.start, opening.start);
  if (opening !== undefined && !heads && describedBefore(lang, description)) {
    const described = roleIn(lang, description);
    return described !== undefined && DEFINITE.test(` ${description}`) ? resolveRole(ctx, lang, described, before) : null;
  }
  const person = apposed || pick === 'first' ? opening : (pickOne(full, pick) ?? pickOne(people, pick));
  if (person !== undefined) return { name: orgOfLoneWord(ctx, person) ?? ctx.registry.fullest(person.name), start: person.start, end: person.end };
  // Read only now: a phrase naming a person needs no role.
  const phrase = text.slice(span.start, span.end);
  const role = roleIn(lang, phrase);
  const describesSomeone = role !== undefined && lang.code === 'eng' && INDEFINITE.test(phrase);
  // `the White House said`; `a White House official said` names an official, not the White House.
  const institution = pickOne(institutions.filter((i) => !roleFollows(lang, text, i.end)), pick);
  if (institution !== undefined && !describesSomeone) return institution;
  // Subject first, the organization nearest the verb: `the RT Defense Ministry’s statement quotes`.
  const org = pickOne(ctx.organizations.filter((o) => o.start >= span.start && o.end <= span.end), pick);
  const orgName = pickOne(names.filter((n) => n.kind === 'organization'), pick);
  const bodyName = orgName ?? lowerCaseBody(lang, text, span);
  if (!describesSomeone) {
    if (org !== undefined) return { name: org.name, start: org.start, end: org.end };
    if (bodyName !== undefined) return { name: bodyName.name, start: bodyName.start, end: bodyName.end };
  }
  if (role === undefined) return undefined;
  const definite = DEFINITE.test(` ${phrase}`) || lang.code === 'rus';
  return definite && !describesSomeone ? resolveRole(ctx, lang, role, before) : null;
}

const DETERMINED = /^[\s,]*(?:the|a|an|his|her|its|their|our|this|that|one)\s/iu;
const CLAUSE_OPENING = /,|(?<![\p{L}])(?:that|who|which|whose)(?![\p{L}])/iu;

/**
 * The words before the first name are a description opened by a determiner and extended by a
 * clause (`the message, read during …`, `a message that was read to …`) or a role with a
 * preposition (`a spokesman for Senator …`): the description is the subject, not the name.
 */
function describedBefore(lang: CompiledLanguage, prefix: string): boolean {
  // `the ambassador of China to Russia, Zhang Hanhui`: a name apposed to the description is its referent.
  if (!DETERMINED.test(prefix) || APPOSITION_COMMA.test(prefix)) return false;
  if (CLAUSE_OPENING.test(prefix)) return true;
  const words = prefix.match(/[\p{L}-]+/gu) ?? [];
  const roleAt = words.findIndex((w) => lang.isRole(w));
  return roleAt >= 0 && words.slice(roleAt + 1).some((w) => lang.isPreposition(w));
}

/**
 * `Poughkeepsie said`, where the document names `Poughkeepsie Savings Bank`: a lone unknown word
 * that opens an organization's name is that organization.
 */
function orgOfLoneWord(ctx: SpeakerContext, person: NameMention): string | undefined {
  if (person.words !== 1 || person.title !== undefined || ctx.registry.fullest(person.name) !== person.name) return undefined;
  return ctx.organizations.find((o) => o.name.startsWith(`${person.name} `))?.name;
}

/** `Russia’s foreign ministry`, `the Russian defence ministry`: a capitalized owner or adjective, then lower-case words. */
const LOWER_CASE_BODY = /(?<![\p{L}])(?<owner>\p{Lu}[\p{L}-]*(?:['’]s?)?)(?<rest>(?:\s+\p{Ll}[\p{L}-]*){1,3})/gu;

/** A government body named in lower case after its country, when the clause names no organization otherwise. */
function lowerCaseBody(lang: CompiledLanguage, text: string, span: Span): { name: string; start: number; end: number } | undefined {
  for (const m of matchesIn(LOWER_CASE_BODY, text, span.start, span.end)) {
    const owner = m.groups?.owner ?? '';
    const rest = m.groups?.rest ?? '';
    // `The company said`: a capitalized determiner owns nothing.
    if (DETERMINED.test(`${owner} `)) continue;
    // The body ends at its first organization head word (`foreign ministry` in `foreign ministry in a statement`).
    for (const w of rest.matchAll(/\p{Ll}[\p{L}-]*/gu)) {
      if (!lang.isOrganizationHead(w[0])) continue;
      const end = m.index + owner.length + (w.index ?? 0) + w[0].length;
      return roleFollows(lang, text, end) ? undefined : { name: text.slice(m.index, end), start: m.index, end };
    }
  }
  return undefined;
}

/** An indefinite description opens the phrase: `a spokesman for …`, `one official at …`. */
const INDEFINITE = /^[\s,]*(?:a|an|one|another|some|several|two|three)\s/iu;

function institutionsIn(lang: CompiledLanguage, text: string, span: Span): Array<{ name: string; start: number; end: number }> {
  if (lang.institution === null) return [];
  return matchesIn(lang.institution, text, span.start, span.end).map((m) => ({
    name: lang.institutionName(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const WORD_BEFORE = /(?<word>[\p{L}]+)[ \u00a0]+$/u;

/** A lone capitalized word right after a preposition (`in Detroit`, `from Scranton`) names a place, unless the document names a person so. */
function placeAfterPreposition(ctx: SpeakerContext, lang: CompiledLanguage, n: NameMention): boolean {
  if (n.words >= 2 || n.title !== undefined || ctx.registry.fullest(n.name) !== n.name) return false;
  const word = WORD_BEFORE.exec(ctx.text.slice(Math.max(0, n.start - 16), n.start))?.groups?.word;
  return word !== undefined && lang.isPreposition(word);
}

/**
 * Whether a name heads the phrase it opens: nothing but title words or a short lower-case
 * description before it (`opposition politician Boris Nadezhdin`), or in apposition to one
 * (`the former minister, Priya Lal`); no preposition (`After talks with Putin, …` is not headed by Putin).
 */
function headsPhrase(lang: CompiledLanguage, text: string, start: number, name: NameMention): boolean {
  const prefix = text.slice(start, name.start).replace(APPOSITION_COMMA, ' ');
  if (/[,;:()]/u.test(prefix)) return false;
  const words = prefix.match(/[\p{L}\p{M}'’.-]+/gu) ?? [];
  return words.length <= 5 && !words.some((w) => lang.isPreposition(w) || lang.isPronoun(w) || /^(?:and|or|but|и|или|но)$/iu.test(w));
}

/** The comma between a description and the name in apposition to it, right before the name. */
const APPOSITION_COMMA = /,\s*$/u;

function roleFollows(lang: CompiledLanguage, text: string, at: number): boolean {
  const next = /^\s+(?<word>[\p{L}\p{M}-]+)/u.exec(text.slice(at, at + 40))?.groups?.word;
  return next !== undefined && lang.isRole(next);
}

const pickOne = <T>(list: readonly T[], pick: 'first' | 'last'): T | undefined => (pick === 'first' ? list[0] : list.at(-1));

function roleIn(lang: CompiledLanguage, phrase: string): string | undefined {
  const words = phrase.match(/[\p{L}\p{M}-]+/gu) ?? [];
  return words.find((w) => lang.isRole(w));
}

/** The person named next to the last earlier mention of a role word (`the moderator …, Wang Bin`). */
function resolveRole(ctx: SpeakerContext, lang: CompiledLanguage, role: string, before: number): Speaker | null {
  const { text } = ctx;
  const from = Math.max(0, before - ROLE_WINDOW);
  const stem = lang.code === 'rus' ? role.toLowerCase().slice(0, Math.max(4, role.length - 2)) : role.toLowerCase();
  const window = text.slice(from, before).toLowerCase();
  const mentioned = window.lastIndexOf(stem) >= 0;
  for (let at = window.lastIndexOf(stem); at >= 0; at = at === 0 ? -1 : window.lastIndexOf(stem, at - 1)) {
    const roleStart = from + at;
    const reach = { start: roleStart, end: Math.min(before, roleStart + ROLE_REACH) };
    const sentenceEnd = text.slice(reach.start, reach.end).search(/[.!?](?=\s)/u);
    const end = sentenceEnd < 0 ? reach.end : reach.start + sentenceEnd;
    const person = namesIn(text, reach.start, end, lang).find((n) => n.kind === 'person' && n.words >= 2);
    if (person !== undefined) return { name: ctx.registry.fullest(person.name), start: person.start, end: person.end };
  }
  // `the first law enforcement official … the official added`: a role introduced without a name names nobody.
  if (mentioned) return null;
  // `the minister said` with no earlier `minister`: the description takes up the last person named.
  const nearest = agreeingBefore(ctx.registry, ctx.persons, before, roleGender(role));
  return nearest === undefined ? null : { name: ctx.registry.fullest(nearest.name), start: nearest.start, end: nearest.end };
}

/** How many earlier mentions a pronoun looks back over for one of its gender. */
const PRONOUN_REACH = 12;

/**
 * `he`/`she`: the nearest person named before the quotation (and before the pronoun) whose gender
 * agrees or is unknown; the nearest person at all when none agrees.
 */
function pronounSpeaker(ctx: SpeakerContext, pronoun: Span, quoteOpen: number): Speaker {
  const limit = Math.min(pronoun.start, quoteOpen);
  const words = ctx.text.slice(pronoun.start, pronoun.end).split(/\s+/u);
  const gender = words.map(pronounGender).find((g) => g !== undefined);
  const antecedent = agreeingBefore(ctx.registry, ctx.persons, limit, gender);
  if (antecedent === undefined || unnamedReferentBetween(ctx, antecedent, limit, gender)) return null;
  return { name: ctx.registry.fullest(antecedent.name), start: pronoun.start, end: pronoun.end };
}

/** `an IBM spokeswoman`, `a senior administration official`: someone introduced without a name. */
const UNNAMED_ROLE = /(?<![\p{L}])(?:a|an|one|another)\s+(?<words>(?:[\p{L}.-]+\s+){0,2}[\p{L}-]+)/giu;
/** How far back from a pronoun an unnamed referent is looked for. */
const UNNAMED_REACH = 600;

/**
 * `An IBM spokeswoman said … “…,” she said.`: someone introduced without a name, by a role noun
 * agreeing with the pronoun, shortly before it, is a likelier referent than a name whose gender
 * does not say it agrees.
 */
function unnamedReferentBetween(ctx: SpeakerContext, antecedent: NameMention, limit: number, gender: Gender | undefined): boolean {
  if (gender === undefined || personGender(ctx.registry, antecedent.name) === gender) return false;
  const from = Math.max(0, limit - UNNAMED_REACH);
  const introduced = firstMatchIn(UNNAMED_ROLE, ctx.text, from, limit, (m) =>
    (m.groups?.words ?? '').split(/\s+/u).some((role) => roleGender(role) === gender && ctx.languageOf(m.index, limit).isRole(role)),
  );
  return introduced !== null;
}

/**
 * The last mention before `limit` that agrees in gender and owns nothing, within PRONOUN_REACH
 * mentions; else the last that agrees; else the last one.
 */
function agreeingBefore(registry: NameRegistry, mentions: readonly NameMention[], limit: number, gender: Gender | undefined): NameMention | undefined {
  const last = lastIndexBefore(mentions, limit);
  // `Moskal said no one was named in Slepian's death. “…,” he said.`: a possessor is a weaker antecedent than a subject.
  for (const skipPossessors of [true, false]) {
    for (let i = last; i >= 0 && i > last - PRONOUN_REACH; i--) {
      const m = mentions[i];
      if (m === undefined || (skipPossessors && m.possessive === true)) continue;
      const known = gender === undefined ? undefined : personGender(registry, m.name);
      if (known === undefined || known === gender) return m;
    }
  }
  return mentions[last];
}

/** Binary search: the index of the last mention ending at or before `limit` (-1 when none does). */
function lastIndexBefore(mentions: readonly NameMention[], limit: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.end ?? Infinity) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
