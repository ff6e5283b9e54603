/**
 * Step 4 — decide: each candidate goes down an ordered list of rules; the first rule with a verdict
 * wins, and a candidate no rule claims ends a sentence.
 */
import { abbreviationKeys, followsNumber, leadCharacter, startsSentence, tokenBefore, wordAt } from '../tokens.js';
import type { AbbreviationClass, Candidate, Context, DecisionRule, Verdict } from '../types.js';

const BRACKET_OPENERS = new Set(['(', '[', '{']);
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_LETTER = /^\p{L}$/u;

export const RULES: readonly DecisionRule[] = [
  {
    name: 'end-of-text',
    why: 'the end of the segment ends the last sentence anyway',
    decide: (c, { text }) => (c.next >= text.length ? 'join' : null),
  },
  {
    name: 'before-spaced-ellipsis',
    why: 'a word\'s period followed by ". . ." and more text closes the sentence (Chicago style)',
    decide: (c) => (c.kind === 'before-ellipsis' ? 'split' : null),
  },
  {
    name: 'protected',
    why: 'no sentence ends inside quotation marks, brackets, a URL or an e-mail address',
    decide: (c, { protectedGaps }) => (protectedGaps.has(c.end) ? 'join' : null),
  },
  {
    name: 'enumerator',
    why: 'the period of "1." or "a.)" numbers a list item; the item starts the sentence instead',
    decide: (c, { enumeratorMarks }) => (enumeratorMarks.has(c.start) ? 'join' : null),
  },
  {
    name: 'glued',
    why: 'with no space after it, only "word.Next" (a missing space) is a boundary; 31.5, U.S. and e.g. are not',
    decide: (c, context) => (c.end === c.next ? gluedVerdict(c, context) : null),
  },
  {
    name: 'bracket-next',
    why: 'a bracketed remark after the punctuation still belongs to the sentence ("Co. (cited …)")',
    decide: (c, { text }) => (BRACKET_OPENERS.has(text.charAt(c.next)) ? 'join' : null),
  },
  {
    name: 'lowercase-next',
    why: 'a sentence starts with a capital, digit or uncased letter; "Stop!" he said and "co. at" go on',
    decide: (c, { text }) => (startsSentence(text, leadCharacter(text, c.next)) ? null : 'join'),
  },
  {
    name: 'strong-or-ellipsis',
    why: '?, ! and an ellipsis before a capital end a sentence; abbreviations only matter for one period',
    decide: (c) => (c.kind === 'period' ? null : 'split'),
  },
  {
    name: 'abbreviation',
    why: 'a period after an abbreviation ends a sentence only when what follows says so (see AbbreviationClass)',
    decide: (c, context) => abbreviationVerdict(c, context),
  },
];

export function decide(candidate: Candidate, context: Context): Verdict {
  for (const rule of RULES) {
    const verdict = rule.decide(candidate, context);
    if (verdict !== null) return verdict;
  }
  return 'split';
}

function gluedVerdict(c: Candidate, { text, rules }: Context): Verdict {
  if (c.kind !== 'period' || !/[\p{Ll}\p{N}]{2}$/u.test(text.slice(Math.max(0, c.start - 2), c.start))) return 'join';
  if (!/^\p{Lu}(?:\p{Ll}|\s)/u.test(text.slice(c.next, c.next + 2))) return 'join';
  const word = tokenBefore(text, c.start).token.toLowerCase();
  return rules.abbreviations.has(word) || rules.dottedNames.has(word) ? 'join' : 'split';
}

function abbreviationVerdict(c: Candidate, { text, rules }: Context): Verdict | null {
  const { keys, start } = abbreviationKeys(text, c.start);
  const known = keys.map((key) => rules.abbreviations.get(key)).find((kind) => kind !== undefined);
  const token = keys[keys.length - 1] ?? '';
  const kind: AbbreviationClass | undefined =
    known ?? (SINGLE_LETTER.test(token) || INITIALISM.test(token) ? 'plain' : undefined);
  if (kind === undefined) return null;
  const lead = leadCharacter(text, c.next);
  if (/\p{N}/u.test(text.charAt(lead))) return 'join';
  const isUnit = (word: string): boolean => rules.abbreviations.get(word) === 'unit';
  const effective = kind === 'unit' ? (followsNumber(text, start, isUnit) ? 'final' : 'plain') : kind;
  if (effective === 'title') return 'join';
  // `Smith & Co. Ltd.`: a second suffix continues the name.
  if (effective === 'final') return rules.abbreviations.get(nextAbbreviation(text, lead)) === 'final' ? 'join' : 'split';
  return opensWithStarter(text, lead, rules.starters) ? 'split' : 'join';
}

/** `The`, `Он`, `Mr.`: a capitalized starter word that is not itself an initial (`В. В. Путин`). */
function opensWithStarter(text: string, lead: number, starters: ReadonlySet<string>): boolean {
  const word = wordAt(text, lead);
  if (word === '' || (SINGLE_LETTER.test(word) && text.charAt(lead + 1) === '.')) return false;
  const capitalized = word.charAt(0) + word.slice(1).toLowerCase();
  return word === capitalized && starters.has(word.toLowerCase());
}

/** The lowercase word at `lead` when a period follows it ('' otherwise). */
function nextAbbreviation(text: string, lead: number): string {
  const word = wordAt(text, lead);
  return text.charAt(lead + word.length) === '.' ? word.toLowerCase() : '';
}
