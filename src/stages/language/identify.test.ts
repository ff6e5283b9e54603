import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifyLanguage } from './identify.js';
import { loadModel, type CompiledModel } from './ngram-model.js';
import {
  currentEpoch,
  INTERN_LIMIT,
  isCurrent,
  isWebName,
  languageWords,
  MAX_SCORED_LETTERS,
  refScoredLetters,
  refScript,
  SCRIPTS,
  wordLetters,
  wordOf,
  wordScript,
  wordText,
} from './words.js';

/** The texts of a text's kept words. */
const texts = (text: string): string[] => languageWords(text).words.map((reference) => wordText(wordOf(reference)));

const ALL = ['rus', 'eng', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'khk', 'deu', 'fra', 'spa', 'ita', 'pol'] as const;
const NEWS = ['rus', 'eng'] as const;
/** The pipeline's default candidates. */
const DEFAULT = ['rus', 'eng', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz'] as const;
const id = (text: string, languages: readonly string[] = ALL, prior?: string) =>
  identifyLanguage(text, { languages, minLength: 30, ...(prior ? { prior } : {}) });

describe('identifyLanguage: sentences', () => {
  const cases: Array<[string, string]> = [
    ['Правительство объявило о новых мерах поддержки малого бизнеса в регионах.', 'rus'],
    ['Уряд оголосив про нові заходи підтримки малого бізнесу в регіонах країни.', 'ukr'],
    ['Урад абвясціў пра новыя меры падтрымкі малога бізнесу ў рэгіёнах краіны.', 'bel'],
    ['Правителството обяви нови мерки за подкрепа на малкия бизнес в регионите.', 'bul'],
    ['Влада је најавила нове мере подршке малим предузећима у свим регионима.', 'srp'],
    ['Владата најави нови мерки за поддршка на малите бизниси во регионите.', 'mkd'],
    ['Үкімет өңірлердегі шағын бизнесті қолдаудың жаңа шараларын жариялады.', 'kaz'],
    ['Засгийн газар бүс нутгийн жижиг бизнесийг дэмжих шинэ арга хэмжээг зарлалаа.', 'khk'],
    ['The government announced new measures to support small businesses in the regions.', 'eng'],
    ['Die Regierung hat neue Maßnahmen zur Unterstützung kleiner Unternehmen angekündigt.', 'deu'],
    ['Le gouvernement a annoncé de nouvelles mesures pour soutenir les petites entreprises.', 'fra'],
    ['El gobierno anunció nuevas medidas para apoyar a las pequeñas empresas de la región.', 'spa'],
    ['Il governo ha annunciato nuove misure per sostenere le piccole imprese nelle regioni.', 'ita'],
    ['Rząd ogłosił nowe środki wsparcia dla małych firm we wszystkich regionach kraju.', 'pol'],
  ];
  it.each(cases)('%s -> %s', (text, code) => {
    const guess = id(text);
    expect(guess.code).toBe(code);
    expect(guess.confidence).toBeGreaterThan(0.5);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });
});

describe('identifyLanguage: short words and pairs', () => {
  const cases: Array<[string, string]> = [
    ['объявило', 'rus'],
    ['підтримки', 'ukr'],
    ['абвясціў', 'bel'],
    ['държавата', 'bul'],
    ['предузећа', 'srp'],
    ['поддршка', 'mkd'],
    ['қолдаудың', 'kaz'],
    ['хэмжээг', 'khk'],
    ['neighbourhood', 'eng'],
    ['Unterstützung', 'deu'],
    ['entreprises', 'fra'],
    ['pequeñas', 'spa'],
    ['annunciato', 'ita'],
    ['wszystkich', 'pol'],
    ['новые выборы', 'rus'],
    ['нові вибори', 'ukr'],
    ['the weather', 'eng'],
  ];
  it.each(cases)('%s -> %s', (text, code) => {
    expect(id(text).code).toBe(code);
  });
});

describe('identifyLanguage: news lines in a Russian/English pipeline', () => {
  it('keeps Russian lines inside an English document Russian', () => {
    const lines = ['Читать на русском', 'Photo: Артем Дергунов', 'Артем Дергунов / realnoevremya.ru', 'Фото: Максим Платонов', 'Новости Татарстана'];
    for (const line of lines) {
      expect(id(line, NEWS, 'eng').code).toBe('rus');
      expect(id(line, DEFAULT, 'eng').code).toBe('rus');
    }
  });
  it('keeps English lines inside a Russian document English', () => {
    expect(id('Photo: John Smith', DEFAULT, 'rus').code).toBe('eng');
  });
  it('still hears distinctive letters in a short line of a Russian document', () => {
    expect(id('Київ', DEFAULT, 'rus').code).toBe('ukr');
    expect(id('Қазақстан', DEFAULT, 'rus').code).toBe('kaz');
    expect(id('Ўрад', DEFAULT, 'rus').code).toBe('bel');
  });
  it('does not call Ukrainian Russian', () => {
    expect(id('Їжак і ґудзик', ALL).code).toBe('ukr');
    expect(id('Київ', ['rus', 'ukr', 'eng']).code).toBe('ukr');
  });
  it('lets the document language decide an ambiguous short segment', () => {
    expect(id('Макет', ['rus', 'bul', 'eng'], 'bul').code).toBe('bul');
    expect(id('Макет', ['rus', 'bul', 'eng'], 'rus').code).toBe('rus');
  });
  it('answers und when there are no letters', () => {
    expect(id('12:30 — 45 %')).toEqual({ code: 'und', confidence: 0 });
    expect(id('https://example.com/a?b=1 mail@example.org realnoevremya.ru')).toEqual({ code: 'und', confidence: 0 });
    expect(id('')).toEqual({ code: 'und', confidence: 0 });
  });
  it('answers only with allowed languages', () => {
    expect(id('Правительство объявило о новых мерах', ['eng', 'deu']).code).toBe('und');
    expect(['rus', 'eng']).toContain(id('Правительство объявило', NEWS).code);
  });
});

describe('Serbian in Latin script', () => {
  it('is scored through its Cyrillic profile, in text long enough to tell', () => {
    expect(id('Vlada je najavila nove mere podrške malim preduzećima u svim regionima.').code).toBe('srp');
    expect(id('Predsednik je juče razgovarao sa novinarima o budžetu.').code).toBe('srp');
    expect(id('njegova ljubav', ['srp', 'rus']).code).toBe('srp');
    expect(id('Foto: Marko Petrović', ['srp', 'eng', 'rus'], 'srp').code).toBe('srp');
    expect(id('Foto: Marko Petrović', ['srp', 'eng', 'rus']).code).not.toBe('srp');
    expect(id('The government announced new measures to support small businesses.').code).toBe('eng');
  });
});

describe('languages without a character profile', () => {
  it('leaves them to franc when the text is long enough', () => {
    const text = 'O governo anunciou novas medidas para apoiar as pequenas empresas em todas as regiões do país.';
    expect(id(text, ['spa', 'por', 'eng']).code).toBe('por');
  });
  it('uses franc alone when no candidate has a profile', () => {
    expect(id('Vláda oznámila nová opatření na podporu malých podniků v regionech.', ['ces', 'slk']).code).toBe('ces');
  });
});

describe('web names', () => {
  it('recognizes URLs, e-mails and domains', () => {
    expect(isWebName('realnoevremya.ru')).toBe(true);
    expect(isWebName('(kremlin.ru).')).toBe(true);
    expect(isWebName('https://x.y/z')).toBe(true);
    expect(isWebName('www.bbc.co.uk')).toBe(true);
    expect(isWebName('press@company.com')).toBe(true);
    expect(isWebName('т.е.')).toBe(false);
    expect(isWebName('U.S.')).toBe(false);
    expect(isWebName('конец.Начало')).toBe(false);
    expect(isWebName('www.')).toBe(true);
    expect(isWebName('site.рф')).toBe(true);
    expect(isWebName('gov.uk,')).toBe(true);
    expect(isWebName('A.B')).toBe(false);
    expect(isWebName('end.')).toBe(false);
    expect(isWebName('1.5')).toBe(false);
    expect(isWebName('word.)')).toBe(false);
    expect(isWebName('10:30')).toBe(false);
  });
  it('drops web names before counting letters', () => {
    expect(texts('Артем Дергунов / realnoevremya.ru')).toEqual(['артем', 'дергунов']);
  });
});

describe('adversarial input', () => {
  it('finishes on 1 MB of mixed text and returns a sane answer', () => {
    const pieces = ['Привет мир ', 'hello.world.ru ', 'a@b ', "м'ята ", 'x'.repeat(5000), ' .'.repeat(3000), 'Ґ', '🙂'];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += pieces[i % pieces.length];
    const guess = id(text);
    expect(ALL).toContain(guess.code);
    expect(guess.confidence).toBeGreaterThanOrEqual(0);
    expect(guess.confidence).toBeLessThanOrEqual(1);
    const oneToken = id('а'.repeat(1_000_000));
    expect(ALL).toContain(oneToken.code);
    expect(id('.'.repeat(1_000_000)).code).toBe('und');
  });
});

describe('compiled model', () => {
  it('is compiled from the committed profiles.json', () => {
    const script = fileURLToPath(new URL('./build-profiles.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  /** Witten-Bell interpolation straight from the counts, as the model defines it (build-profiles.mjs): a scorer for one language. */
  function reference(lines: string): (word: string) => number {
    const counts = new Map<string, number>();
    const totals = new Map<string, number>();
    const types = new Map<string, number>();
    let unigrams = 0;
    for (const line of lines.split('\n')) {
      const tab = line.lastIndexOf('\t');
      const gram = line.slice(0, tab);
      const count = Number(line.slice(tab + 1));
      counts.set(gram, count);
      if (gram.length === 1) {
        unigrams += count;
        continue;
      }
      totals.set(gram.slice(0, -1), (totals.get(gram.slice(0, -1)) ?? 0) + count);
      types.set(gram.slice(0, -1), (types.get(gram.slice(0, -1)) ?? 0) + 1);
    }
    return (word) => {
      const padded = ` ${word} `;
      let total = 0;
      for (let i = 1; i < padded.length; i++) {
        let p = ((counts.get(padded[i]!) ?? 0) + 1) / (unigrams + 120);
        for (let n = 2; n <= 4 && i - n + 1 >= 0; n++) {
          const context = padded.slice(i - n + 1, i);
          const sum = totals.get(context);
          if (sum === undefined) break;
          const distinct = types.get(context)!;
          p = ((counts.get(padded.slice(i - n + 1, i + 1)) ?? 0) + distinct * p) / (sum + distinct);
        }
        total += Math.log(p);
      }
      return total;
    };
  }

  it('scores words as the counts say', () => {
    const profiles = JSON.parse(readFileSync(new URL('./profiles.json', import.meta.url), 'utf8')) as Record<string, string[]>;
    const model = loadModel(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as CompiledModel);
    const words: Array<[string, string]> = [
      ['rus', 'правительство'], ['rus', 'київ'], ['ukr', "м'ята"], ['eng', 'the'], ['eng', 'zqxj'], ['eng', 'naïve'],
      ['deu', 'straße'], ['kaz', 'қазақстан'], ['pol', 'źdźbło'], ['eng', 'a'], ['fra', 'œuvre'], ['eng', '日本'],
    ];
    for (const [code, word] of words) {
      expect(model.scoreWord(word, [code])[0]).toBeCloseTo(reference(profiles[code]!.join('\n'))(word), 4);
    }
    expect(model.scoreWord('the', ['xxx'])).toEqual([Number.NEGATIVE_INFINITY]);
  });

  it('finds by walking the trie what the counts say, for any string of letters', () => {
    const profiles = JSON.parse(readFileSync(new URL('./profiles.json', import.meta.url), 'utf8')) as Record<string, string[]>;
    const model = loadModel(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as CompiledModel);
    const letters = [...'etaoinshrdlcumwfgypbvkjxqz', ...'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё', 'і', 'ї', "'", 'ß', '中'];
    for (const code of ['eng', 'rus', 'ukr']) {
      const score = reference(profiles[code]!.join('\n'));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }), (word) => {
          expect(model.scoreWord(word.join(''), [code])[0]).toBeCloseTo(score(word.join('')), 4);
        }),
        { numRuns: 500 },
      );
    }
  });
});

describe('languageWords', () => {
  /** The definition: every token normalized, lower-cased and cut at anything but letters, marks and apostrophes. */
  function reference(text: string): Array<{ text: string; script: string; letters: number }> {
    const out: Array<{ text: string; script: string; letters: number }> = [];
    for (const token of text.split(/\s+/)) {
      if (!token || isWebName(token)) continue;
      for (const piece of token.normalize('NFC').toLowerCase().replace(/[’ʼ`]/g, "'").split(/[^\p{L}\p{M}']+/u)) {
        const word = piece.replace(/^'+|'+$/g, '');
        if (!word) continue;
        const first = word.replace(/'/g, '')[0] ?? '';
        const script = /\p{Script=Cyrillic}/u.test(first) ? 'Cyrillic' : /\p{Script=Latin}/u.test(first) ? 'Latin' : 'Other';
        out.push({ text: word, script, letters: word.replace(/'/g, '').length });
      }
    }
    return out;
  }

  const plain = (reference: number) => {
    const word = wordOf(reference);
    // The reference carries what scoring reads of the word.
    expect(refScript(reference)).toBe(wordScript(word));
    expect(refScoredLetters(reference)).toBe(wordText(word).length > 40 ? 40 : wordLetters(word));
    return { text: wordText(word), script: SCRIPTS[wordScript(word)], letters: wordLetters(word) };
  };

  /** What the line keeps of the reference words, and its letters per script in the order scripts appear. */
  function summary(words: ReadonlyArray<{ text: string; script: string; letters: number }>) {
    const kept: Array<(typeof words)[number]> = [];
    const scored = new Map<string, number>();
    const letters = new Map<string, number>();
    for (const word of words) {
      letters.set(word.script, (letters.get(word.script) ?? 0) + word.letters);
      if ((scored.get(word.script) ?? 0) >= MAX_SCORED_LETTERS) continue;
      kept.push(word);
      scored.set(word.script, (scored.get(word.script) ?? 0) + (word.text.length > 40 ? 40 : word.letters));
    }
    return { kept, letters: [...letters] };
  }

  function actual(text: string) {
    const line = languageWords(text);
    return { kept: line.words.map(plain), letters: line.scripts.map((script) => [SCRIPTS[script], line.letters[script]]) };
  }

  it('cuts words as the general path would, whatever the characters', () => {
    // Letters of both scripts, decomposed accents, apostrophes of every kind, İ (lower-cases to two units),
    // web-name punctuation, Greek, CJK and astral characters.
    // White space of every kind \s knows, and tokens that look like web names.
    const pieces = [
      'a', 'Z', 'é', 'e\u0301', 'и\u0306', 'й', 'Ё', 'ў', "'", '’', 'ʼ', '`', 'İ', 'ß', '-', '.', '@', ':', ' ', '\n', '\u00a0', '«', '»', '—', 'ω',
      '中', '🙂', '1', '҂', '\u0483', 'ǅ', 'ʰ', '\t', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', 'x.ru', 'www.', 'ab.cd',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(actual(text)).toEqual(summary(reference(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the words scoring can read and counts the letters of all', () => {
    const pieces = ['Правительство ', 'объявило ', 'the ', 'government ', 'x.ru ', 'ω ', 'é'.repeat(45), ' ', 'e\u0301', "м'ята "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 600 }), (parts) => {
        const text = parts.join('');
        expect(actual(text)).toEqual(summary(reference(text)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives every occurrence of a word the same object, whatever its case and apostrophes', () => {
    const [first, second, third, fourth] = languageWords("М'ята м’ята МʼЯТА Мята").words;
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(fourth).not.toBe(first);
    expect(wordText(wordOf(first!))).toBe("м'ята");
  });

  it('stays right after the table of remembered words starts afresh', () => {
    const before = languageWords('Правительство объявило');
    const words = before.words.map(plain);
    // More distinct words than the table remembers.
    const name = (n: number): string => {
      let out = 'w';
      do {
        out += String.fromCharCode(0x61 + (n % 26));
        n = Math.floor(n / 26);
      } while (n > 0);
      return out;
    };
    const epoch = currentEpoch();
    for (let i = 0; i < 2 * INTERN_LIMIT; i += 100) languageWords(Array.from({ length: 100 }, (_, j) => name(i + j)).join(' '));
    expect(currentEpoch()).toBeGreaterThan(epoch);
    expect(isCurrent(before)).toBe(false);
    const after = languageWords('Правительство объявило');
    expect(isCurrent(after)).toBe(true);
    expect(after.words.map(plain)).toEqual(words);
  });
});
