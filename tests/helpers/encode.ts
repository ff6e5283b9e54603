/** Encodes text in a single-byte legacy encoding by inverting the WHATWG decoder's table. */
export function encodeLegacy(text: string, encoding: 'windows-1251' | 'koi8-r' | 'windows-1252'): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${char} has no ${encoding} byte`);
    return byte;
  }));
}

export function encodeUtf16(text: string, endianness: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endianness === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endianness === 'le');
  return bytes;
}
