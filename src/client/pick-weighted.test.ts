import { describe, expect, it } from 'vitest';
import { pickWeighted } from './pick-weighted.js';

describe('pickWeighted', () => {
  it('picks in proportion to weight', () => {
    const items = [
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    let a = 0;
    for (let i = 0; i < 4000; i++) if (pickWeighted(items, rnd).id === 'a') a++;
    expect(a / 4000).toBeGreaterThan(0.72);
    expect(a / 4000).toBeLessThan(0.78);
  });
  it('returns the only item without drawing', () => {
    expect(pickWeighted([{ weight: 1, id: 'x' }], () => Number.NaN).id).toBe('x');
  });
});
