/**
 * 32-bit FNV-1a over UTF-16 code units. Loops that hash words as they read them, one unit at a
 * time, start from FNV_OFFSET and step with `fnvStep`, and so agree with `fnv1a` of the same units.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export const fnvStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, FNV_PRIME);

export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}
