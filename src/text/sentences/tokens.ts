/**
 * Bounded looks at the words around a candidate. Every scan stops after `REACH` characters, so the
 * splitter stays linear however long a run without spaces is.
 */
import { isWhiteSpaceCode } from '../characters.js';

const REACH = 32;
const LETTER = /\p{L}/u;
const OPENERS = /["'“‘«„([{]/u;
/** Quotes and dashes that may open a sentence before its first word (`— Это`, `"Stop`). */
const LEAD_IN = /["'`“‘«„”—–\-]/u;
const NUMBER_TOKEN = /(?:\p{N}|^[IVXLC]+|\p{N}-\p{L}{1,3})$/u;

/** The non-space token that ends right before `end`, without leading quotes or brackets ('' if too long). */
export function tokenBefore(text: string, end: number): { token: string; start: number } {
  let start = end;
  while (start > 0 && !isWhiteSpaceCode(text.charCodeAt(start - 1))) {
    if (end - start >= REACH) return { token: '', start: end };
    start--;
  }
  while (start < end && OPENERS.test(text.charAt(start))) start++;
  return { token: text.slice(start, end), start };
}

/**
 * The abbreviation key of the token before a period: lowercase, inner periods kept, and a short
 * part before it joined when written apart (`т. д` → `т.д`, `кв. м` → `кв.м`).
 */
export function abbreviationKeys(text: string, period: number): { keys: string[]; start: number } {
  const { token, start } = tokenBefore(text, period);
  const key = token.toLowerCase();
  if (!/^\p{L}{1,3}$/u.test(token) || text.charAt(start - 1) !== ' ' || text.charAt(start - 2) !== '.') {
    // `Tuesday.Mr`: a missing space glues the abbreviation to the previous sentence.
    // Most tokens hold no period, and skip the search.
    const gluedTo = key.includes('.') ? /\p{L}{2}\.(?<glued>\p{L}+)$/u.exec(key)?.groups?.['glued'] : undefined;
    return { keys: gluedTo === undefined ? [key] : [key, gluedTo], start };
  }
  const before = tokenBefore(text, start - 2);
  if (!/^\p{L}{1,3}$/u.test(before.token)) return { keys: [key], start };
  return { keys: [`${before.token.toLowerCase()}.${key}`, key], start: before.start };
}

/**
 * Whether a number comes before `start` (`1997`, `XX`, `1990-х`), possibly through one more
 * counting word (`150 тыс. долл.`, `5,2 млн руб.`).
 */
export function followsNumber(text: string, start: number, isCountingWord: (word: string) => boolean): boolean {
  const previous = previousToken(text, start);
  if (NUMBER_TOKEN.test(previous.token)) return true;
  if (!isCountingWord(previous.token.replace(/\.$/u, '').toLowerCase())) return false;
  return NUMBER_TOKEN.test(previousToken(text, previous.start).token);
}

function previousToken(text: string, start: number): { token: string; start: number } {
  let end = start;
  while (end > 0 && isWhiteSpaceCode(text.charCodeAt(end - 1)) && start - end < REACH) end--;
  return end < start ? tokenBefore(text, end) : { token: '', start };
}

/** Offset of the first letter or digit of the next sentence candidate, skipping quotes and dashes. */
export function leadCharacter(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < REACH && (LEAD_IN.test(text.charAt(i)) || isWhiteSpaceCode(text.charCodeAt(i)))) i++;
  return i;
}

/** The word starting at `from` (letters only; '' when none). */
export function wordAt(text: string, from: number): string {
  let end = from;
  while (end < text.length && end - from < REACH && (LETTER.test(text.charAt(end)) || text.charAt(end) === '-')) end++;
  return text.slice(from, end);
}

/**
 * Whether a sentence may start at `at`: a capital letter, a digit, a currency sign, a letter of a
 * script without case, or a brand written in camel case (`iPhone`, `eBay`).
 */
export function startsSentence(text: string, at: number): boolean {
  return /^(?:[\p{Lu}\p{Lt}\p{Lo}\p{N}\p{Sc}]|\p{Ll}\p{Lu})/u.test(text.slice(at, at + 2));
}
