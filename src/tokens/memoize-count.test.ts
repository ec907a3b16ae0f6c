import { describe, expect, it } from 'vitest';
import { memoizeCount } from './memoize-count.js';

describe('memoizeCount', () => {
  it('counts long texts once and short texts every time', () => {
    let calls = 0;
    const count = memoizeCount(
      (t) => {
        calls++;
        return t.length;
      },
      { minChars: 10, maxChars: 1_000 },
    );
    const long = 'x'.repeat(50);
    expect(count(long)).toBe(50);
    expect(count(long)).toBe(50);
    expect(calls).toBe(1);
    count('short');
    count('short');
    expect(calls).toBe(3);
  });

  it('evicts least recently used entries beyond the character budget', () => {
    let calls = 0;
    const count = memoizeCount(
      (t) => {
        calls++;
        return t.length;
      },
      { minChars: 1, maxChars: 400 },
    );
    const a = 'a'.repeat(100);
    const b = 'b'.repeat(100);
    const c = 'c'.repeat(100);
    const d = 'd'.repeat(100);
    const e = 'e'.repeat(100);
    for (const t of [a, b, c, d]) count(t); // 400 chars held
    count(a); // refresh a
    count(e); // evicts b (least recently used)
    calls = 0;
    count(a);
    count(e);
    expect(calls).toBe(0);
    count(b);
    expect(calls).toBe(1);
  });
});
