import { describe, expect, it } from 'vitest';
import { protectedGaps } from './01-protected.js';

const marked = (text: string): string => {
  const gaps = protectedGaps(text);
  return [...Array(text.length + 1).keys()].map((gap) => (gaps.has(gap) ? '+' : '.')).join('');
};

describe('protected regions', () => {
  it('finds www. in any letter case with a plain search: no other character folds to w', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (/w/iu.test(char)) expect(/w/i.test(char), code.toString(16)).toBe(true);
    }
  });

  // Expected gaps as the splitter marked them before the plain-search prefilters.
  it('protects addresses in any letter case, e-mails, quotes and brackets, and nothing else', () => {
    expect(marked('See WWW.Example.com. Then')).toBe('.....++++++++++++++.......');
    expect(marked('HTTPS://a.b ok')).toBe('.++++++++++....');
    expect(marked('Mail a.b@c.org now')).toBe('......++++++++.....');
    expect(marked('He said "Stop. Wait," (no.) x')).toBe('.........++++++++++++..++++...');
    expect(marked('No marks. At all.')).toBe('..................');
    expect(marked('(a "b (c)" d) e. F')).toBe('.++++++++++++......');
    expect(marked('«Раз „два“ три» — (x [y) z]')).toBe('.++++++++++++++....++++++++.');
    expect(marked('"a" "b" "c"')).toBe('.++..++..++.');
  });
});
