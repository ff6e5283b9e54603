import chardet from 'chardet';
import type { Encoding } from '../types/record.js';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string };

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: Encoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Legacy single-byte encodings docsift reads, by the names chardet reports. Russian text arrives
 * in windows-1251 and KOI8-R; English in windows-1252 (WHATWG decodes ISO-8859-1 as windows-1252).
 */
const LEGACY: Readonly<Record<string, Encoding>> = {
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
};

/** Share of control characters above which a byte stream is not text. */
const MAX_CONTROL_SHARE = 0.02;

export function decode(bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return decodeStrict(bytes.subarray(bom.bytes.length), bom.encoding);
  if (bytes.includes(0)) return { ok: false, reason: 'binary content: NUL bytes and no UTF-16 byte-order mark' };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8.ok) return utf8;
  const detected = chardet.analyse(bytes).find(({ name }) => name in LEGACY);
  if (!detected) return { ok: false, reason: 'not valid UTF-8 and not in an encoding docsift reads (windows-1251, KOI8-R, windows-1252)' };
  return decodeStrict(bytes, LEGACY[detected.name] as Encoding);
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `invalid ${encoding} byte sequence` };
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, reason: `binary content: control characters in ${encoding} text` };
  return { ok: true, text, encoding };
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls / text.length;
}
