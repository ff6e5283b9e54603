/**
 * JavaScript strings index UTF-16 code units; the record indexes code points (what Python's
 * `text[start:end]` gives). Stages work in UTF-16 and convert once, when the record is built.
 */
export type ToCodePoint = (utf16Index: number) => number;

export function codePointIndexer(text: string): ToCodePoint {
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const map = new Uint32Array(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = codePoint;
    const unit = text.charCodeAt(i);
    const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    const nextIsLow = i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isHighSurrogate && nextIsLow) {
      map[i + 1] = codePoint;
      i++;
    }
    codePoint++;
  }
  map[text.length] = codePoint;
  return (index) => map[index] ?? codePoint;
}

/** The code-point slice `[...text].slice(start, end).join('')`, without materialising the array. */
export function codePointSlice(text: string, start: number, end: number): string {
  let utf16Start = -1;
  let codePoint = 0;
  let i = 0;
  for (; i < text.length && codePoint < end; codePoint++) {
    if (codePoint === start) utf16Start = i;
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  if (utf16Start === -1) utf16Start = i;
  return text.slice(utf16Start, i);
}
