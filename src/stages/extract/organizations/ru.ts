import { joined, spanOf, type Candidate } from './candidate.js';
import type { Gazetteer } from './gazetteer-match.js';
import { PLACES_RU_GENITIVE, STATE_ACRONYMS_RU } from './places.js';
import { adjectiveNominative, isAdjective, nounForms } from './russian-morphology.js';
import { isAllCaps, isCapitalized, lowerCase, type Token } from './tokens.js';
import { NOT_NAME_WORDS } from './vocabulary.en.js';
import {
  COMPLEMENT_NOUNS_RU,
  GENERIC_HEADS_RU,
  HEADS_RU,
  LEGAL_FORMS_RU,
  MEDIA_CUES_RU,
  NOT_COMPLEMENT_RU,
  TEAM_WORDS_RU,
  PLACE_BODIES_RU,
  QUOTE_DESCRIPTORS_RU,
  REGION_NOUNS_RU,
  type Gender,
} from './vocabulary.ru.js';

interface Head {
  readonly lemma: string;
  readonly gender: Gender;
}

const HEAD_FORMS: ReadonlyMap<string, Head> = new Map(
  HEADS_RU.flatMap(([lemma, gender]) => nounForms(lemma).map((form) => [form, { lemma, gender }] as const)),
);
const DESCRIPTOR_FORMS: ReadonlySet<string> = new Set(QUOTE_DESCRIPTORS_RU.flatMap(nounForms));

/** Lowercase genitive adjectives and nouns that continue a name (`природных ресурсов`, `промышленности`). */
const GENITIVE = /(?:ого|его|ой|ей|ых|их|ов|ев|ости|ения|ания|ства|ии)$/;
/** Dative and locative words after `по` (`по развитию Дальнего Востока`, `по иностранным делам`). */
const AFTER_PO = /(?:ому|ему|ой|ей|ым|им|ам|ям|ию|ии|ству|нию|делам|ам)$/;
/** Capitalised words in the genitive inside a name (`Дальнего Востока`, `Российской Федерации`, `Татарстана`). */
const CAPITAL_GENITIVE = /(?:а|я|ы|и|ого|его|ой|ей|ых|их|ов|ев)$/;
const OPEN_QUOTES = new Set(['«', '"', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '"', '”', '“']);
const SENTENCE_BREAK = new Set(['.', '!', '?', '…', ':', '«', '"', '“', '—', '–', '(', ';']);

interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Each token in lower case, made once: four rules look words up by it. */
  readonly lowered: readonly string[];
  readonly gazetteer: Gazetteer;
}

const word = (ctx: Context, k: number): string => ctx.tokens[k]?.text ?? '';
const lower = (ctx: Context, k: number): string => ctx.lowered[k] ?? '';
const sentenceInitial = (ctx: Context, k: number): boolean => k === 0 || SENTENCE_BREAK.has(word(ctx, k - 1));

/** Is token `k` a lowercase word of a head's genitive complement? */
function complementWord(ctx: Context, k: number): boolean {
  const w = word(ctx, k);
  // Another head in the genitive plural belongs to the name (`Ассоциация российских банков`); in the singular it
  // starts a body of its own.
  if (!/^[а-яё-]+$/.test(w) || NOT_COMPLEMENT_RU.has(w) || (HEAD_FORMS.has(w) && !/(?:ов|ев|ий)$/.test(w))) return false;
  return COMPLEMENT_NOUNS_RU.has(w) || REGION_NOUNS_RU.has(w) || GENITIVE.test(w);
}

/** Is token `k` a capitalised part of a complement (`России`, `РАН`, `Дальнего`)? */
function capitalComplement(ctx: Context, k: number, afterRegion: boolean): boolean {
  const w = word(ctx, k);
  if (!isCapitalized(w) || !/^[\p{L}-]+$/u.test(w)) return false;
  return afterRegion || isAllCaps(w) || PLACES_RU_GENITIVE.has(w) || CAPITAL_GENITIVE.test(w);
}

interface Complement {
  readonly last: number;
  readonly capitalised: boolean;
}

/** Extends from the head over its complement; `last` is the final token taken. */
function complementAfter(ctx: Context, head: number): Complement {
  let last = head;
  let capitalised = false;
  let k = head + 1;
  while (k < ctx.tokens.length && k - head <= 10 && joined(ctx.tokens, k, ctx.text)) {
    const w = word(ctx, k);
    const afterRegion = REGION_NOUNS_RU.has(word(ctx, k - 1));
    if (capitalComplement(ctx, k, afterRegion)) {
      last = k;
      capitalised = true;
    } else if (complementWord(ctx, k)) {
      last = k;
    } else if (w === 'и' && k > head + 1 && last === k - 1 && (complementWord(ctx, k + 1) || capitalComplement(ctx, k + 1, false))) {
      // `промышленности и торговли`: the conjunction is kept only when a complement word follows.
    } else if (w === 'по' && k === last + 1 && AFTER_PO.test(word(ctx, k + 1))) {
      last = k + 1;
      k += 1;
    } else if (w === 'в' && k === last + 1 && last > head && isCapitalized(word(ctx, k + 1)) && CAPITAL_GENITIVE.test(word(ctx, k + 1)) === false) {
      last = k + 1;
      k += 1;
    } else if (AFTER_PO.test(w) && last === k - 1 && word(ctx, k - 2) === 'по') {
      last = k;
    } else {
      break;
    }
    k += 1;
  }
  return { last, capitalised };
}

const ADJECTIVE_ENDING = /(?:ыми|ими|ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ые|ие|ым|им|ом|ем|ую|юю|ых|их)$/;
const ending = (w: string): string => ADJECTIVE_ENDING.exec(w)?.[0] ?? '';
const hardSoft = (e: string): string => e.replace(/^[иеюя]/, (c) => ({ и: 'ы', е: 'о', ю: 'у', я: 'а' })[c] ?? c);

/**
 * Does token `k` modify the head at `head` as an adjective of the same name? Nouns in -ние/-тие look like
 * adjectives (`Решение Банка России`), and an adjective in another case than its neighbour starts another
 * phrase (`Учёные Российской академии`).
 */
function modifies(ctx: Context, k: number, head: number): boolean {
  const w = word(ctx, k);
  if (!isAdjective(w) || /(?:ни|ти)[ея]$/.test(w.toLowerCase())) return false;
  const neighbour = word(ctx, k + 1);
  if (k + 1 < head) return hardSoft(ending(neighbour)) === hardSoft(ending(w));
  return !/^(?:ые|ие)$/.test(ending(w)) || /(?:ы|и|а)$/.test(neighbour);
}

/** The nominative of tokens `first..head` (adjectives agreeing with the head) followed by the rest as written. */
function nominativeName(ctx: Context, first: number, head: number, last: number, info: Head): string {
  const words: string[] = [];
  const headWord = word(ctx, head);
  // A head already in the nominative keeps its adjectives as written (`Большой театр`, not a guessed ending).
  const nominative = headWord.toLowerCase() === info.lemma;
  for (let k = first; k < head; k += 1) words.push(nominative ? word(ctx, k) : adjectiveNominative(word(ctx, k), info.gender));
  words.push(isCapitalized(headWord) ? info.lemma.charAt(0).toUpperCase() + info.lemma.slice(1) : info.lemma);
  const rest = last > head ? spanOf(ctx.text, ctx.tokens, head + 1, last).surface : '';
  return [...words, rest].filter((w) => w !== '').join(' ');
}

function headCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  ctx.tokens.forEach((token, i) => {
    const info = HEAD_FORMS.get(lower(ctx, i));
    if (info === undefined) return;
    let first = i;
    for (;;) {
      if (first > i - 4 && modifies(ctx, first - 1, i) && joined(ctx.tokens, first, ctx.text)) first -= 1;
      else if (word(ctx, first - 1) === 'и' && first < i && modifies(ctx, first - 2, i)) first -= 2;
      else break;
    }
    while (first < i && !isCapitalized(word(ctx, first))) first += 1;
    const { last, capitalised } = complementAfter(ctx, i);
    const named = first < i || isCapitalized(token.text);
    const initialOnly = sentenceInitial(ctx, first) && !(first < i && first + 1 < i);
    const modified = first < i;
    const completed = last > i;
    const evidence =
      capitalised ||
      (named && !initialOnly && (modified || completed)) ||
      (named && initialOnly && ((modified && completed) || ((modified || completed) && !GENERIC_HEADS_RU.has(info.lemma))));
    if (!evidence) return;
    if (!named && !(capitalised && PLACE_BODIES_RU.has(info.lemma))) return;
    const span = spanOf(ctx.text, ctx.tokens, first, last);
    found.push({ start: span.start, end: span.end, name: nominativeName(ctx, first, i, last, info), acronym: null, rule: 'head' });
  });
  return found;
}

/** `компании «Газпром»` → `Газпром`; `ООО «Ромашка»` → `ООО «Ромашка»` (a legal form is part of the name). */
function quotedCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  ctx.tokens.forEach((token, i) => {
    const legal = LEGAL_FORMS_RU.has(token.text);
    const lowered = lower(ctx, i);
    if (!legal && !DESCRIPTOR_FORMS.has(lowered) && !MEDIA_CUES_RU.has(lowered)) return;
    if (!OPEN_QUOTES.has(word(ctx, i + 1))) return;
    let close = i + 2;
    while (close < ctx.tokens.length && close - i < 14 && !CLOSE_QUOTES.has(word(ctx, close))) close += 1;
    if (!CLOSE_QUOTES.has(word(ctx, close)) || close === i + 2 || !/^[\p{Lu}\p{N}A-Za-z]/u.test(word(ctx, i + 2))) return;
    const inner = spanOf(ctx.text, ctx.tokens, i + 2, close - 1);
    if (legal) {
      const whole = spanOf(ctx.text, ctx.tokens, i, close);
      found.push({ start: whole.start, end: whole.end, name: whole.surface, acronym: null, rule: 'context' });
    } else {
      found.push({ start: inner.start, end: inner.end, name: inner.surface, acronym: null, rule: 'context' });
    }
  });
  return found;
}

function gazetteerCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  ctx.tokens.forEach((_, i) => {
    const hit = ctx.gazetteer.match(ctx.tokens, i);
    if (hit === null) return;
    // A body followed by its country is one name: `Минприроды России`, `МИД РФ`.
    const place = PLACES_RU_GENITIVE.has(word(ctx, hit.last + 1)) && joined(ctx.tokens, hit.last + 1, ctx.text);
    const last = place ? hit.last + 1 : hit.last;
    // `японского МИДа`: a geographic adjective before a listed body says whose body it is.
    const geo = /ск(?:ого|ому|им|ом|ий|ая|ой|ую|ое|ие|их)$/.test(word(ctx, hit.first - 1)) && joined(ctx.tokens, hit.first, ctx.text);
    const first = geo ? hit.first - 1 : hit.first;
    const span = spanOf(ctx.text, ctx.tokens, first, last);
    const name = place ? `${hit.entry.name} ${word(ctx, last)}` : hit.entry.name;
    found.push({ start: span.start, end: span.end, name, acronym: hit.acronym, rule: 'gazetteer' });
  });
  return found;
}

/**
 * Abbreviations that are not organizations (`СМИ` media, `ВВП` GDP, `АЭС` power plant). An unknown capital
 * acronym is taken as an organization only after a descriptor (`концерна ГАЗ`, `компанией МТС`): alone, most
 * unknown acronyms in news are things (`МКС`, `СПО`), and measured on factRuEval dev they cost as much as they gain.
 */
const NOT_ORGANIZATION_ACRONYMS = new Set(
  ('СМИ ВВП НДС НДФЛ ДТП ЖКХ ВИЧ СПИД ПВО ПРО АЭС ГЭС ТЭЦ ЕГЭ ОГЭ ИТ ПО ЧП ВПК ЗРК БПЛА ТВ НИОКР ИИ ОРВИ КПД ' +
    'СИЗО ДНК ЖД АПК ТЭК ЦФО ПФО СЗФО ДФО УФО СФО ЮФО СКФО ВИП ЧМ ОИ НЛО РНК ЭКО ИП ТЦ ЛЭП СНГ-').split(' '),
);

const ACRONYM_WITH_ENDING = /^(?<caps>[А-ЯЁ]{2,6})(?:[а-яё]{1,2})?$/;

function acronymCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  ctx.tokens.forEach((token, i) => {
    if (!DESCRIPTOR_FORMS.has(lower(ctx, i - 1)) && !LEGAL_FORMS_RU.has(word(ctx, i - 1))) return;
    const w = ACRONYM_WITH_ENDING.exec(token.text)?.groups?.['caps'];
    if (w === undefined || STATE_ACRONYMS_RU.has(w) || NOT_ORGANIZATION_ACRONYMS.has(w)) return;
    found.push({ start: token.start, end: token.end, name: w, acronym: w, rule: 'context' });
  });
  return found;
}

/**
 * A Latin-script name in Russian text is almost always a company, an outlet or a band (`Philips`, `Lenta.ru`,
 * `Hewlett-Packard`): people and places are written in Cyrillic. Up to four capitalised Latin words.
 */
function latinCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  const latin = (k: number): boolean => {
    const w = word(ctx, k);
    // Most words of Russian text are Cyrillic: the first character rules them out before any pattern runs.
    const c = w.charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
    return /^[A-Z0-9][A-Za-z0-9.&'’-]*[A-Za-z0-9]$|^[A-Z]$/.test(w) && /[A-Za-z]{2}/.test(w);
  };
  let k = 0;
  while (k < ctx.tokens.length) {
    const w = word(ctx, k);
    if (!latin(k) || !/^[A-Z0-9]/.test(w) || /^[IVXLCDM]+$/.test(w) || NOT_NAME_WORDS.has(w)) {
      k += 1;
      continue;
    }
    let last = k;
    while (last - k < 3 && (latin(last + 1) || /^(?:of|the|and|&|de)$/.test(word(ctx, last + 1))) && joined(ctx.tokens, last + 1, ctx.text)) last += 1;
    while (last > k && !latin(last)) last -= 1;
    const span = spanOf(ctx.text, ctx.tokens, k, last);
    found.push({ start: span.start, end: span.end, name: span.surface, acronym: null, rule: 'context' });
    k = last + 1;
  }
  return found;
}

/** `сборная России`: a country's national team is an organization named by the country. */
function teamCandidates(ctx: Context): Candidate[] {
  const found: Candidate[] = [];
  ctx.tokens.forEach((_, i) => {
    const next = ctx.tokens[i + 1];
    if (!TEAM_WORDS_RU.has(lower(ctx, i)) || next === undefined || !isCapitalized(next.text)) return;
    found.push({ start: next.start, end: next.end, name: next.text, acronym: null, rule: 'context' });
  });
  return found;
}

/** All Russian candidates of one segment; overlaps are resolved by the caller. */
export function russianCandidates(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Candidate[] {
  const ctx: Context = { text, tokens, lowered: tokens.map((t) => lowerCase(t.text)), gazetteer };
  return [
    ...gazetteerCandidates(ctx),
    ...headCandidates(ctx),
    ...quotedCandidates(ctx),
    ...acronymCandidates(ctx),
    ...latinCandidates(ctx),
    ...teamCandidates(ctx),
  ];
}
