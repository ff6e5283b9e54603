// Builds profiles.json (per-language character n-gram counts for short-text identification) and compiles it
// into model.json (the estimates identify.ts reads, see compile() below). Run by hand on a Debian machine
// (`node src/stages/language/build-profiles.mjs`; `--compile` redoes model.json from the committed counts,
// `--check` tells whether model.json is current); both outputs are committed.
// Source text: the translation catalogs (gettext .mo files) that the machine's Debian packages install
// under /usr/share/locale, i.e. software messages written by translators, never evaluation data.
// English comes from the catalogs' msgids (the source strings). Only n-gram counts are kept, no text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCALE_DIR = '/usr/share/locale';
/** ISO 639-3 (franc) -> gettext locale folders. */
const SOURCES = {
  rus: ['ru'], ukr: ['uk'], bel: ['be'], bul: ['bg'], srp: ['sr'], mkd: ['mk'], kaz: ['kk'], khk: ['mn'],
  deu: ['de'], fra: ['fr'], spa: ['es'], ita: ['it'], pol: ['pl'],
};
const CYRILLIC = new Set(['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'khk']);
/** ISO 639-3 (franc) -> Tesseract language data (Debian packages tesseract-ocr-<code>). */
const TESSDATA_DIR = '/usr/share/tesseract-ocr/5/tessdata';
const TESSDATA = {
  eng: 'eng', rus: 'rus', ukr: 'ukr', bel: 'bel', bul: 'bul', srp: 'srp', mkd: 'mkd', kaz: 'kaz', khk: 'mon',
  deu: 'deu', fra: 'fra', spa: 'spa', ita: 'ita', pol: 'pol',
};
const USE = (process.env.SOURCES ?? 'catalogs,tessdata').split(',');
const MAX_WORDLIST_CHARS = Number(process.env.MAX_WORDLIST_CHARS ?? 2_000_000);
const MAX_ORDER = Number(process.env.MAX_ORDER ?? 4);
/** Catalog text counts this many times a dictionary word: it carries the token frequencies. */
const CATALOG_WEIGHT = Number(process.env.CATALOG_WEIGHT ?? 1);
/** Letters kept per language, so untranslated English words do not leak into Cyrillic profiles. */
const WORD = { cyr: /^[\p{Script=Cyrillic}']+$/u, lat: /^[\p{Script=Latin}']+$/u };
const MAX_CHARS = Number(process.env.MAX_CHARS ?? 600_000);
/** Rarer n-grams are dropped: they add size, not accuracy (the interpolation backs off to shorter ones). */
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const MIN_COUNT_TOP_ORDER = Number(process.env.MIN_COUNT_TOP ?? 3);

function readMo(path) {
  const buf = readFileSync(path);
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8);
  const ids = u32(12);
  const strs = u32(16);
  const pairs = [];
  for (let i = 0; i < n; i++) {
    const idLen = u32(ids + 8 * i), idOff = u32(ids + 8 * i + 4);
    const sLen = u32(strs + 8 * i), sOff = u32(strs + 8 * i + 4);
    pairs.push([buf.toString('utf8', idOff, idOff + idLen), buf.toString('utf8', sOff, sOff + sLen)]);
  }
  return pairs;
}

function catalogs(locale) {
  const dir = join(LOCALE_DIR, locale, 'LC_MESSAGES');
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.mo')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Markup, printf/brace placeholders and menu accelerators are not language. */
function clean(message) {
  return message
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]/g, ' ')
    .replace(/\{[^{}]{0,80}\}/g, ' ')
    .replace(/[_&](?=\p{L})/gu, '')
    .replace(/\\[nt]/g, ' ');
}

function words(message, script) {
  const out = [];
  for (const raw of clean(message).normalize('NFC').toLowerCase().replace(/[’ʼ]/g, "'").split(/[^\p{L}\p{M}']+/u)) {
    const w = raw.replace(/^'+|'+$/g, '');
    if (w && WORD[script].test(w)) out.push(w);
  }
  return out;
}

/** Catalog files read per language, recorded in the output so a rebuild can be compared. */
const used = {};

function messages(lang) {
  const seen = new Set();
  const out = [];
  used[lang] = [];
  const locales = lang === 'eng' ? Object.values(SOURCES).flat() : SOURCES[lang];
  for (const locale of locales) {
    for (const file of catalogs(locale)) {
      used[lang].push(file.slice(LOCALE_DIR.length + 1));
      for (const [id, str] of readMo(file)) {
        if (!id) continue; // the catalog header
        const text = lang === 'eng' ? id.split('\0')[0] : str.split('\0')[0];
        if (!text || (lang !== 'eng' && text === id) || seen.has(text)) continue;
        seen.add(text);
        out.push(text);
      }
    }
  }
  return out;
}

/** Tesseract's dictionary of a language (word types, not tokens), unpacked with its own tools. */
function wordlist(lang) {
  const dir = mkdtempSync(join(tmpdir(), 'tessdata-'));
  const code = TESSDATA[lang];
  execFileSync('combine_tessdata', ['-u', join(TESSDATA_DIR, `${code}.traineddata`), join(dir, `${code}.`)], { stdio: 'ignore' });
  const out = join(dir, 'words.txt');
  execFileSync('dawg2wordlist', [join(dir, `${code}.lstm-unicharset`), join(dir, `${code}.lstm-word-dawg`), out], { stdio: 'ignore' });
  return readFileSync(out, 'utf8').split('\n');
}

function packageVersion(lang) {
  const name = `tesseract-ocr-${TESSDATA[lang]}`;
  return `${name} ${execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' })}`;
}

function profile(lang) {
  const script = CYRILLIC.has(lang) ? 'cyr' : 'lat';
  const counts = Array.from({ length: MAX_ORDER }, () => new Map());
  const add = (w, weight = 1) => {
    const padded = ` ${w} `;
    for (let n = 1; n <= MAX_ORDER; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const g = padded.slice(i, i + n);
        if (g !== ' ') counts[n - 1].set(g, (counts[n - 1].get(g) ?? 0) + weight);
      }
    }
    return padded.length - 1;
  };
  let chars = 0;
  if (USE.includes('catalogs')) {
    for (const message of messages(lang)) {
      for (const w of words(message, script)) chars += add(w, CATALOG_WEIGHT);
      if (chars > MAX_CHARS) break;
    }
  }
  if (USE.includes('tessdata')) {
    const seen = new Set();
    let listChars = 0;
    for (const line of wordlist(lang)) {
      for (const w of words(line, script)) {
        if (seen.has(w) || listChars > MAX_WORDLIST_CHARS) continue;
        seen.add(w);
        listChars += add(w);
      }
    }
    chars += listChars;
  }
  const keep = counts.map((m, i) =>
    [...m.entries()].filter(([, c]) => c >= (i === MAX_ORDER - 1 ? MIN_COUNT_TOP_ORDER : MIN_COUNT)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  );
  process.stderr.write(`${lang}: ${chars} chars, kept ${keep.map((k) => k.length).join('/')}\n`);
  // One string per order: "ngram\tcount" lines, compact and diff-friendly.
  return keep.map((k) => k.map(([g, c]) => `${g}\t${c}`).join('\n'));
}

/**
 * The run-time model: per language, every kept n-gram and every context with the Witten-Bell estimate
 * already worked out, so identify.ts only looks numbers up. For an n-gram g = c·x, `logp` is log P(x | c)
 * interpolated down to single letters (exactly the recursion the counts define); for a context c,
 * `logbow` is log(T(c) / (N(c) + T(c))), the share left to shorter contexts (T: distinct continuations,
 * N: their total count). A letter after c that was never seen scores logbow(c) + log P(x | shorter c).
 * Keys are the n-gram's letter codes (1-based index in `characters`) in base characters.length + 2, the
 * last code being every letter no profile has; entries are sorted by key within a language and stored as
 * little-endian Uint32 keys and Float32 values (NaN: not an n-gram / not a context), base64-encoded.
 */
const UNSEEN_LETTERS = 120;

function compile(profiles) {
  const codes = new Map();
  const languages = Object.keys(profiles).filter((k) => Array.isArray(profiles[k]));
  const order = Math.max(...languages.map((l) => profiles[l].length));
  const lines = (lang) => profiles[lang].flatMap((block) => block.split('\n').map((line) => {
    const tab = line.lastIndexOf('\t');
    return [line.slice(0, tab), Number(line.slice(tab + 1))];
  }).filter(([gram]) => gram.length > 0));
  for (const lang of languages) for (const [gram] of lines(lang)) for (const ch of gram) if (!codes.has(ch)) codes.set(ch, codes.size + 1);
  const base = codes.size + 2;
  if (base ** order >= 2 ** 32) throw new Error(`n-gram keys do not fit 32 bits (base ${base}, order ${order})`);
  const key = (gram) => { let k = 0; for (const ch of gram) k = k * base + codes.get(ch); return k; };
  const keys = [], logp = [], logbow = [];
  const meta = {};
  for (const lang of languages) {
    const counts = new Map();
    const totals = new Map();
    const types = new Map();
    let unigrams = 0;
    for (const [gram, count] of lines(lang)) {
      counts.set(gram, count);
      if ([...gram].length === 1) { unigrams += count; continue; }
      const context = gram.slice(0, -1);
      totals.set(context, (totals.get(context) ?? 0) + count);
      types.set(context, (types.get(context) ?? 0) + 1);
    }
    const probability = (gram) => {
      let p = ((counts.get(gram.at(-1)) ?? 0) + 1) / (unigrams + UNSEEN_LETTERS);
      for (let n = 2; n <= gram.length; n++) {
        const context = gram.slice(gram.length - n, -1);
        const sum = totals.get(context);
        if (sum === undefined) break;
        const distinct = types.get(context);
        p = ((counts.get(gram.slice(gram.length - n)) ?? 0) + distinct * p) / (sum + distinct);
      }
      return p;
    };
    const entries = [...new Set([...counts.keys(), ...totals.keys()])].map((gram) => [key(gram), gram]).sort((a, b) => a[0] - b[0]);
    for (const [k, gram] of entries) {
      keys.push(k);
      logp.push(counts.has(gram) || gram.length === 1 ? Math.log(probability(gram)) : NaN);
      const sum = totals.get(gram);
      logbow.push(sum === undefined ? NaN : Math.log(types.get(gram) / (sum + types.get(gram))));
    }
    meta[lang] = { size: entries.length, unseen: Math.log(1 / (unigrams + UNSEEN_LETTERS)) };
  }
  const b64 = (Typed, values) => Buffer.from(Typed.from(values).buffer).toString('base64');
  return {
    $comment: 'Generated by build-profiles.mjs from profiles.json: per language, sorted n-gram keys with Witten-Bell log-probabilities and log back-off weights (see compile() there). Read by identify.ts.',
    characters: [...codes.keys()].join(''),
    order,
    languages: meta,
    keys: b64(Uint32Array, keys),
    logp: b64(Float32Array, logp),
    logbow: b64(Float32Array, logbow),
  };
}

const PROFILES = new URL('./profiles.json', import.meta.url);
const MODEL = new URL('./model.json', import.meta.url);
const modelText = (profiles) => JSON.stringify(compile(profiles)) + '\n';

if (process.argv[2] === '--check') {
  // Used by the tests: model.json must be what profiles.json compiles to.
  const current = readFileSync(MODEL, 'utf8') === modelText(JSON.parse(readFileSync(PROFILES, 'utf8')));
  if (!current) process.stderr.write('model.json is not compiled from the current profiles.json: run build-profiles.mjs --compile\n');
  process.exit(current ? 0 : 1);
} else if (process.argv[2] === '--compile') {
  writeFileSync(MODEL, modelText(JSON.parse(readFileSync(PROFILES, 'utf8'))));
} else {
  const out = {
    $comment: `Generated by build-profiles.mjs: character n-gram counts (orders 1..${MAX_ORDER}, lower-cased words padded with spaces, "ngram<TAB>count" lines per order) per ISO 639-3 language, from gettext catalogs (${USE.includes('catalogs') ? `up to ${MAX_CHARS} characters` : 'not used'}) and Tesseract dictionaries (${USE.includes('tessdata') ? `up to ${MAX_WORDLIST_CHARS} characters` : 'not used'}); n-grams seen fewer than ${MIN_COUNT} times (${MIN_COUNT_TOP_ORDER} for the top order) dropped.`,
  };
  const sources = {};
  for (const lang of ['eng', ...Object.keys(SOURCES)]) {
    out[lang] = profile(lang);
    sources[lang] = {
      ...(USE.includes('tessdata') ? { tessdata: packageVersion(lang) } : {}),
      ...(USE.includes('catalogs') ? { catalogs: used[lang] } : {}),
    };
  }
  out.$sources = sources;
  writeFileSync(PROFILES, JSON.stringify(out) + '\n');
  writeFileSync(MODEL, modelText(out));
}
