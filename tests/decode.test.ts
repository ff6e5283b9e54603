import { describe, expect, it } from 'vitest';
import { decode } from '../src/stages/decode.js';
import { encodeLegacy, encodeUtf16 } from './helpers/encode.js';

const russian =
  'В декабре 1997 г. правительство провинции провело в Харбине рабочее совещание по проблематике торгово-экономических связей с Россией.';
const english = 'Russia has sent 4,000 experts to China since 1992 — “a big change from the past.”';

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(english);
    expect(decode(bytes)).toEqual({ ok: true, text: english, encoding: 'utf-8' });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: english, encoding: 'utf-8' });
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s with a byte-order mark', (endianness) => {
    expect(decode(encodeUtf16(russian, endianness))).toEqual({ ok: true, text: russian, encoding: `utf-16${endianness}` });
  });

  it.each(['windows-1251', 'koi8-r'] as const)('detects and reads Russian in %s', (encoding) => {
    expect(decode(encodeLegacy(russian, encoding))).toEqual({ ok: true, text: russian, encoding });
  });

  it('reads a short Russian line in windows-1251 and in KOI8-R apart', () => {
    const line = 'Положительная динамика сотрудничества становилась все более очевидной.';
    expect(decode(encodeLegacy(line, 'windows-1251'))).toMatchObject({ ok: true, encoding: 'windows-1251', text: line });
    expect(decode(encodeLegacy(line, 'koi8-r'))).toMatchObject({ ok: true, encoding: 'koi8-r', text: line });
  });

  it('reads Western European legacy text as windows-1252', () => {
    const line = 'Le café de la gare a fermé, déjà vu à Genève.';
    expect(decode(encodeLegacy(line, 'windows-1252'))).toEqual({ ok: true, text: line, encoding: 'windows-1252' });
  });

  it('rejects binary content', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decode(controls)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });

  it('rejects a UTF-16 file whose byte count is odd', () => {
    const bytes = encodeUtf16('abc', 'le');
    expect(decode(bytes.subarray(0, bytes.length - 1))).toMatchObject({ ok: false, reason: expect.stringMatching(/utf-16le/) });
  });

  it('decodes the empty file to the empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
