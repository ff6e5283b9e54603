import { resolveOverlaps, type Candidate } from './candidate.js';
import { isCapitalized, withoutPossessive, type Token } from './tokens.js';

// Words that acronyms skip (`Organization for Security and Co-operation in Europe` → OSCE).
const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'и', 'в', 'по', 'при', 'на', 'с', '&']);
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;

const initials = (words: readonly string[]): string =>
  words
    .filter((w) => !FUNCTION_WORDS.has(w))
    .flatMap((w) => w.split(/[-–]/))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

/** Is `acronym` spelled by the initials of `words` (all of them, or in order with some skipped)? */
function spells(acronym: string, words: readonly string[]): boolean {
  const letters = initials(words);
  const wanted = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters === wanted) return true;
  if (letters.charAt(0) !== wanted.charAt(0) || wanted.length < 2) return false;
  let k = 0;
  for (const ch of letters) if (ch === wanted[k]) k += 1;
  return k === wanted.length && letters.length <= wanted.length + 2;
}

interface Definition {
  readonly acronym: string;
  readonly name: string;
}

/**
 * Finds `Long Name (ACR)` definitions. The long name is the candidate ending just before the bracket or, when
 * no rule found one, the shortest run of preceding words whose initials spell the acronym.
 */
function findDefinitions(text: string, tokens: readonly Token[], candidates: ReadonlyMap<number, Candidate>): { definitions: Definition[]; added: Candidate[] } {
  const definitions: Definition[] = [];
  const added: Candidate[] = [];
  tokens.forEach((open, i) => {
    const acr = tokens[i + 1];
    if (open.text !== '(' || acr === undefined || tokens[i + 2]?.text !== ')' || !ACRONYM.test(acr.text)) return;
    const before = candidates.get(tokens[i - 1]?.end ?? -1);
    let name = before?.name;
    if (before === undefined) {
      for (let first = i - 1; first >= Math.max(0, i - 10); first -= 1) {
        const words = tokens.slice(first, i).map((t) => t.text);
        if (words.some((w) => !/^[\p{L}\p{N}]/u.test(w))) break;
        if (!/^[\p{Lu}]/u.test(words[0] ?? '') || !spells(acr.text, words)) continue;
        const start = tokens[first]?.start ?? 0;
        const end = tokens[i - 1]?.end ?? 0;
        name = text.slice(start, end);
        added.push({ start, end, name, acronym: acr.text, rule: 'acronym' });
        break;
      }
    }
    if (name === undefined) return;
    definitions.push({ acronym: acr.text, name });
    added.push({ start: acr.start, end: acr.end, name, acronym: acr.text, rule: 'acronym' });
  });
  return { definitions, added };
}

/**
 * Links acronyms the document defines: the long name gets the acronym, and every bare use of the acronym in the
 * document becomes a mention with the long name. `segments` are the tokens of each content segment.
 */
export function linkAcronyms(text: string, segments: readonly (readonly Token[])[], candidates: readonly Candidate[]): Candidate[] {
  const byEnd = new Map(candidates.map((c) => [c.end, c] as const));
  // A definition needs a bracket: a segment whose text holds none is not read token by token. `bracket` is the
  // first `(` at or after `searchedFrom`; it is searched for again only when it lies before a segment, so the
  // searches read the text once.
  let searchedFrom = Infinity;
  let bracket = Infinity;
  const found = segments.map((tokens) => {
    const first = tokens[0];
    const last = tokens.at(-1);
    if (first === undefined || last === undefined) return { definitions: [], added: [] };
    if (!(searchedFrom <= first.start && bracket >= first.start)) {
      searchedFrom = first.start;
      const at = text.indexOf('(', first.start);
      bracket = at < 0 ? Infinity : at;
    }
    return bracket < last.end ? findDefinitions(text, tokens, byEnd) : { definitions: [], added: [] };
  });
  const byAcronym = new Map<string, string>();
  for (const d of found.flatMap((f) => f.definitions)) if (!byAcronym.has(d.acronym)) byAcronym.set(d.acronym, d.name);
  if (byAcronym.size === 0) return [...candidates];
  const byName = new Map([...byAcronym].map(([acronym, name]) => [name, acronym] as const));
  const linked = candidates.map((c) => {
    const surface = text.slice(c.start, c.end);
    const expansion = byAcronym.get(surface);
    if (expansion !== undefined) return { ...c, name: expansion, acronym: surface };
    const acronym = byName.get(c.name);
    return acronym === undefined ? c : { ...c, acronym };
  });
  const uses: Candidate[] = [];
  for (const tokens of segments) {
    for (const t of tokens) {
      // Every defined acronym starts with a capital: other tokens are not looked up.
      if (!isCapitalized(t.text)) continue;
      const acronym = withoutPossessive(t.text);
      const name = byAcronym.get(acronym);
      if (name !== undefined) uses.push({ start: t.start, end: t.start + acronym.length, name, acronym, rule: 'acronym' });
    }
  }
  return resolveOverlaps([...linked, ...found.flatMap((f) => f.added), ...uses]);
}
