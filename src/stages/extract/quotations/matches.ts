/**
 * Matches of a global regex inside `text[start, end)`, with document offsets. The search runs on
 * the slice, so it never reads past `end`: a global regex given only a start offset would scan to
 * the end of the document for every call, which is quadratic over a document's quotes.
 */
export function matchesIn(re: RegExp, text: string, start: number, end: number): RegExpExecArray[] {
  const slice = text.slice(start, Math.max(start, end));
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0] === '') re.lastIndex++;
    m.index += start;
    found.push(m);
  }
  return found;
}

const ANY = (): boolean => true;

/**
 * The first match of a global regex inside `text[start, end)` that `accept` takes (any, by default), with
 * document offsets. The search stops there: a reader that wants one match does not pay for the others.
 */
export function firstMatchIn(
  re: RegExp,
  text: string,
  start: number,
  end: number,
  accept: (m: RegExpExecArray) => boolean = ANY,
): RegExpExecArray | null {
  const slice = text.slice(start, Math.max(start, end));
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0] === '') re.lastIndex++;
    m.index += start;
    if (accept(m)) return m;
  }
  return null;
}
