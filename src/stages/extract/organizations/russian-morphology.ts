// Just enough Russian inflection for organization names: the case forms of head nouns and the nominative of
// the adjectives before them. Names are short and regular; a full morphological dictionary is not needed.
import type { Gender } from './vocabulary.ru.js';

/** Case forms (singular and plural) of a noun given in the nominative singular. */
export function nounForms(lemma: string): string[] {
  const tail = (cut: number, endings: string): string[] => endings.split(' ').map((e) => lemma.slice(0, lemma.length - cut) + (e === '-' ? '' : e));
  if (/ие$/.test(lemma)) return tail(2, 'ие ия ию ием ии ий иям иями иях');
  if (/ия$/.test(lemma)) return tail(2, 'ия ии ию ией ий иям иями иях');
  if (/[гкхжшчщ]а$/.test(lemma)) return tail(1, 'а и е у ой ою - ам ами ах');
  if (/а$/.test(lemma)) return tail(1, 'а ы е у ой ою - ам ами ах');
  if (/о$/.test(lemma)) return tail(1, 'о а у ом е - ам ами ах');
  if (/ь$/.test(lemma)) return tail(1, 'ь я ю ем е и ей ям ями ях');
  return tail(0, '- а у ом е ы и ов ам ами ах');
}

const ADJECTIVE = /^(?<stem>[\p{L}-]+?)(?<ending>ыми|ими|ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ые|ие|ым|им|ом|ем|ую|юю|ых|их)$/u;

/** Words the adjective pattern would take that are pronouns or ordinary words, not name adjectives. */
const NOT_ADJECTIVES = new Set(['мой', 'твой', 'свой', 'своей', 'своего', 'этой', 'этого', 'которой', 'которого', 'всей', 'всего', 'нашей', 'нашего', 'той', 'того', 'ее', 'её', 'их', 'им', 'ему', 'его', 'ней', 'нем', 'ком', 'чем', 'всем', 'всех', 'этом', 'том', 'котором', 'новом', 'один', 'другой']);

export const isAdjective = (word: string): boolean => word.length > 3 && !NOT_ADJECTIVES.has(word.toLowerCase()) && ADJECTIVE.test(word);

const SOFT_ENDINGS = new Set(['его', 'ему', 'ий', 'яя', 'ее', 'ие', 'им', 'ем', 'юю', 'их', 'ими']);

/** The nominative singular of an adjective agreeing with a head of `gender` (`Российской` + f → `Российская`). */
export function adjectiveNominative(word: string, gender: Gender): string {
  const m = ADJECTIVE.exec(word);
  const stem = m?.groups?.['stem'];
  const ending = m?.groups?.['ending'];
  if (stem === undefined || ending === undefined) return word;
  const hushing = /[гкхжшчщ]$/.test(stem);
  const soft = SOFT_ENDINGS.has(ending) && !/[гкх]$/.test(stem);
  if (gender === 'f') return stem + (soft && !/[жшчщ]$/.test(stem) ? 'яя' : 'ая');
  if (gender === 'n') return stem + (soft || /[жшчщ]$/.test(stem) ? 'ее' : 'ое');
  return stem + (hushing || soft ? 'ий' : 'ый');
}
