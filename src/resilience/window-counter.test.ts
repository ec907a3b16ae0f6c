import { describe, expect, it } from 'vitest';
import { FakeClock } from './testing/fake-clock.js';
import { WindowCounter } from './window-counter.js';

describe('WindowCounter', () => {
  it('sums events inside the window and forgets them after it', () => {
    const clock = new FakeClock(0);
    const c = new WindowCounter(60_000, 60, clock);
    c.add(3);
    clock.advance(30_000);
    c.add(2);
    expect(c.total()).toBe(5);
    clock.advance(31_000); // first events are 61 s old
    expect(c.total()).toBe(2);
    clock.advance(30_000);
    expect(c.total()).toBe(0);
  });

  it('is conservative: an event is never dropped before windowMs has passed', () => {
    const clock = new FakeClock(0);
    const c = new WindowCounter(10_000, 10, clock);
    clock.set(999); // late in the first bucket
    c.add(1);
    clock.set(999 + 9_999);
    expect(c.total()).toBe(1);
    clock.set(11_000); // one bucket past the event's bucket + window
    expect(c.total()).toBe(0);
  });

  it('computes how long until a budget has room again', () => {
    const clock = new FakeClock(0);
    const c = new WindowCounter(60_000, 60, clock);
    c.add(5);
    clock.advance(10_000);
    c.add(5);
    expect(c.msUntilTotalAtMost(10)).toBe(0);
    const wait = c.msUntilTotalAtMost(9);
    expect(wait).toBe(51_000); // the first bucket leaves the window at 61 s
    clock.advance(wait);
    expect(c.total()).toBeLessThanOrEqual(9);
  });

  it('applies negative corrections to the original bucket', () => {
    const clock = new FakeClock(0);
    const c = new WindowCounter(60_000, 60, clock);
    c.add(100, 0);
    clock.advance(5_000);
    c.add(-40, 0);
    expect(c.total()).toBe(60);
  });
});
