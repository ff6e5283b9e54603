import { describe, expect, it } from 'vitest';
import { protectedDepth } from './01-protected.js';

const protectedGaps = (text: string): string =>
  [...protectedDepth(text)].map((depth) => (depth > 0 ? '+' : '.')).join('');

describe('protected regions', () => {
  it('finds www. in any letter case with a plain search: no other character folds to w', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (/w/iu.test(char)) expect(/w/i.test(char), code.toString(16)).toBe(true);
    }
  });

  // Expected gaps as the splitter marked them before the plain-search prefilters.
  it('protects addresses in any letter case, e-mails, quotes and brackets, and nothing else', () => {
    expect(protectedGaps('See WWW.Example.com. Then')).toBe('.....++++++++++++++.......');
    expect(protectedGaps('HTTPS://a.b ok')).toBe('.++++++++++....');
    expect(protectedGaps('Mail a.b@c.org now')).toBe('......++++++++.....');
    expect(protectedGaps('He said "Stop. Wait," (no.) x')).toBe('.........++++++++++++..++++...');
    expect(protectedGaps('No marks. At all.')).toBe('..................');
  });
});
