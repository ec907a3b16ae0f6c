import { describe, expect, it } from 'vitest';
import { type BreakerPermit, type BreakerStateChange, CircuitBreaker } from './circuit-breaker.js';
import { CircuitBreakerRegistry } from './circuit-breaker-registry.js';
import { FakeClock } from './testing/fake-clock.js';

function admitted(b: CircuitBreaker): BreakerPermit {
  const d = b.tryAcquire();
  if (!d.allowed) throw new Error(`expected admission, breaker is ${d.state}`);
  return d;
}

const fail = { ok: false, kind: 'server', message: 'upstream 500' } as const;

describe('CircuitBreaker', () => {
  it('opens after N consecutive counted failures and rejects fast while open', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000, clock });
    admitted(b).release(fail);
    admitted(b).release(fail);
    expect(b.state).toBe('closed');
    admitted(b).release(fail);
    expect(b.state).toBe('open');
    const d = b.tryAcquire();
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.retryAfterMs).toBe(10_000);
    const s = b.snapshot();
    expect(s).toMatchObject({ state: 'open', available: false, consecutive_failures: 3, failure_count: 3, cool_down_remaining: 10 });
    expect(s.opened_at).toBe(clock.now());
  });

  it('a success resets the consecutive count', () => {
    const b = new CircuitBreaker({ failureThreshold: 3, clock: new FakeClock() });
    admitted(b).release(fail);
    admitted(b).release(fail);
    admitted(b).release({ ok: true });
    admitted(b).release(fail);
    admitted(b).release(fail);
    expect(b.state).toBe('closed');
  });

  it('opens on failure rate only once the window holds the minimum request count', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 100, failureRateThreshold: 0.5, minimumRequests: 10, windowMs: 60_000, clock });
    // Alternate so there are never 2 consecutive failures.
    for (let i = 0; i < 8; i++) admitted(b).release(i % 2 === 0 ? fail : { ok: true });
    expect(b.state).toBe('closed'); // 4/8 = 50 % but under the minimum
    admitted(b).release({ ok: true });
    admitted(b).release(fail); // 5/10 = 50 %
    expect(b.state).toBe('open');
  });

  it('old failures slide out of the rate window', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 100, minimumRequests: 4, failureRateThreshold: 0.5, windowMs: 10_000, clock });
    admitted(b).release(fail);
    admitted(b).release({ ok: true });
    clock.advance(12_000);
    admitted(b).release(fail);
    admitted(b).release({ ok: true });
    admitted(b).release({ ok: true });
    expect(b.state).toBe('closed');
    expect(b.snapshot().failure_count).toBe(1);
  });

  it('does not count non-breaker kinds (rate_limit, invalid_request, context_length, aborted)', () => {
    const b = new CircuitBreaker({ failureThreshold: 2, clock: new FakeClock() });
    for (const kind of ['rate_limit', 'invalid_request', 'context_length', 'aborted', 'auth'] as const) {
      admitted(b).release({ ok: false, kind });
      admitted(b).release({ ok: false, kind });
    }
    expect(b.state).toBe('closed');
    expect(b.snapshot().failure_count).toBe(0);
  });

  it('counted kinds are configurable', () => {
    const b = new CircuitBreaker({ failureThreshold: 2, countedKinds: ['rate_limit'], clock: new FakeClock() });
    admitted(b).release({ ok: false, kind: 'server' });
    admitted(b).release({ ok: false, kind: 'server' });
    expect(b.state).toBe('closed');
    admitted(b).release({ ok: false, kind: 'rate_limit' });
    admitted(b).release({ ok: false, kind: 'rate_limit' });
    expect(b.state).toBe('open');
  });

  it('half-open admits exactly halfOpenMaxProbes concurrent probes; the rest are rejected fast', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 5_000, halfOpenMaxProbes: 2, clock });
    admitted(b).release(fail);
    expect(b.state).toBe('open');
    clock.advance(5_000);
    const decisions = Array.from({ length: 1_000 }, () => b.tryAcquire());
    const probes = decisions.filter((d) => d.allowed);
    expect(probes).toHaveLength(2);
    expect(probes.every((d) => d.probe)).toBe(true);
    expect(decisions.filter((d) => !d.allowed && d.state === 'half_open')).toHaveLength(998);
    expect(b.snapshot()).toMatchObject({ state: 'half_open', available: false, half_open_probes_in_flight: 2 });
    // A neutral outcome frees a slot without deciding anything.
    probes[0].release({ ok: false, kind: 'aborted' });
    expect(b.state).toBe('half_open');
    expect(b.isAvailable()).toBe(true);
    expect(b.tryAcquire().allowed).toBe(true);
    expect(b.tryAcquire().allowed).toBe(false);
  });

  it('probe success closes; probe failure re-opens for a fresh cool-down', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 5_000, clock });
    admitted(b).release(fail);
    clock.advance(5_000);
    admitted(b).release({ ok: false, kind: 'timeout', message: 'no first token' });
    expect(b.state).toBe('open');
    clock.advance(4_999);
    expect(b.state).toBe('open');
    clock.advance(1);
    const probe = admitted(b);
    expect(probe.probe).toBe(true);
    probe.release({ ok: true, latencyMs: 120 });
    expect(b.state).toBe('closed');
    expect(b.snapshot()).toMatchObject({ consecutive_failures: 0, failure_count: 0, opened_at: null, cool_down_remaining: 0 });
  });

  it('needs successesToClose successful probes', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000, successesToClose: 3, clock });
    admitted(b).release(fail);
    clock.advance(1_000);
    admitted(b).release({ ok: true });
    admitted(b).release({ ok: true });
    expect(b.state).toBe('half_open');
    admitted(b).release({ ok: true });
    expect(b.state).toBe('closed');
  });

  it('grows the cool-down after repeated failed probes when configured, capped', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000, coolDownMultiplier: 2, maxCoolDownMs: 3_000, clock });
    admitted(b).release(fail);
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(10_000);
      admitted(b).release(fail);
      const d = b.tryAcquire();
      remaining.push(d.allowed ? -1 : d.retryAfterMs);
    }
    expect(remaining).toEqual([2_000, 3_000, 3_000]);
  });

  it('a stale permit from before an opening cannot move the state', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 1_000, clock });
    const slow = admitted(b);
    admitted(b).release(fail);
    admitted(b).release(fail);
    expect(b.state).toBe('open');
    clock.advance(1_000);
    expect(b.state).toBe('half_open');
    slow.release({ ok: true }); // admitted while closed: not a probe
    expect(b.state).toBe('half_open');
    slow.release(fail); // second release ignored
    expect(b.snapshot().total_requests).toBe(3);
  });

  it('cancel frees a probe slot without recording an outcome', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000, clock });
    admitted(b).release(fail);
    clock.advance(1_000);
    const probe = admitted(b);
    expect(b.tryAcquire().allowed).toBe(false);
    probe.cancel();
    probe.release(fail); // ignored after cancel
    expect(b.state).toBe('half_open');
    expect(b.snapshot().total_requests).toBe(1);
    expect(b.tryAcquire().allowed).toBe(true);
  });

  it('reclaims a probe slot that never reports back', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000, probeTimeoutMs: 30_000, clock });
    admitted(b).release(fail);
    clock.advance(1_000);
    admitted(b); // lost: never released
    expect(b.tryAcquire().allowed).toBe(false);
    clock.advance(30_000);
    expect(b.tryAcquire().allowed).toBe(true);
  });

  it('notifies listeners of every transition and survives a throwing listener', () => {
    const clock = new FakeClock();
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000, clock });
    const seen: BreakerStateChange[] = [];
    b.onStateChange(() => {
      throw new Error('bad listener');
    });
    const off = b.onStateChange((c) => seen.push(c));
    admitted(b).release(fail);
    clock.advance(1_000);
    admitted(b).release({ ok: true });
    expect(seen.map((c) => `${c.from}>${c.to}:${c.reason}`)).toEqual([
      'closed>open:consecutive_failures',
      'open>half_open:cool_down_elapsed',
      'half_open>closed:probe_succeeded',
    ]);
    off();
    b.forceOpen();
    expect(seen).toHaveLength(3);
    expect(b.state).toBe('open');
    b.reset();
    expect(b.state).toBe('closed');
  });

  it('snapshot has success rate, latency percentiles and a masked last error', () => {
    const b = new CircuitBreaker({ failureThreshold: 10, clock: new FakeClock() });
    for (let i = 1; i <= 20; i++) admitted(b).release({ ok: true, latencyMs: i * 10 });
    admitted(b).release({ ok: false, kind: 'server', message: 'failed with key sk-abcdefghijklmnopqrstuvwxyz012345 rejected' });
    const s = b.snapshot();
    expect(s.success_rate).toBeCloseTo(20 / 21);
    expect(s.latency_p50_ms).toBe(100);
    expect(s.latency_p95_ms).toBe(190);
    expect(s.total_requests).toBe(21);
    expect(s.last_error?.kind).toBe('server');
    expect(s.last_error?.message).not.toContain('abcdefghijklmnopqrstuvwxyz');
    expect(JSON.stringify(s)).not.toContain('sk-abcdefghijklmnopqrstuvwxyz012345');
  });
});

describe('CircuitBreakerRegistry', () => {
  it('keys breakers by provider|endpoint|model and reports state changes with the key', () => {
    const clock = new FakeClock();
    const reg = new CircuitBreakerRegistry({ failureThreshold: 1, clock });
    const changes: string[] = [];
    reg.onStateChange((c) => changes.push(`${c.key}:${c.to}`));
    const a = reg.get({ provider: 'openai', endpoint: 'main', model: 'gpt-4o' });
    expect(reg.get('openai|main|gpt-4o')).toBe(a);
    const other = reg.get({ provider: 'anthropic', endpoint: 'main', model: 'claude' });
    expect(other).not.toBe(a);
    const d = a.tryAcquire();
    if (d.allowed) d.release({ ok: false, kind: 'overloaded' });
    expect(changes).toEqual(['openai|main|gpt-4o:open']);
    const snap = reg.snapshot();
    expect(Object.keys(snap).sort()).toEqual(['anthropic|main|claude', 'openai|main|gpt-4o']);
    expect(snap['openai|main|gpt-4o'].state).toBe('open');
    expect(snap['anthropic|main|claude'].state).toBe('closed');
  });

  it('applies per-breaker overrides on creation', () => {
    const reg = new CircuitBreakerRegistry({ failureThreshold: 5, clock: new FakeClock() });
    const b = reg.get('x|y|z', { failureThreshold: 1 });
    const d = b.tryAcquire();
    if (d.allowed) d.release({ ok: false, kind: 'network' });
    expect(b.state).toBe('open');
  });
});
