import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../spec/error-kind.js';
import { breakerKindsOf, DEFAULT_ERROR_POLICY, resolveErrorPolicy, shouldFailover } from './error-policy.js';

describe('error policy', () => {
  it('covers every error kind', () => {
    expect(Object.keys(DEFAULT_ERROR_POLICY).sort()).toEqual([...ERROR_KINDS].sort());
  });

  it('encodes the documented defaults', () => {
    const p = DEFAULT_ERROR_POLICY;
    expect(p.rate_limit).toMatchObject({ failover: true, tripsBreaker: false, keyAction: 'cooldown' });
    expect(p.overloaded).toMatchObject({ failover: true, tripsBreaker: true, keyAction: 'none' });
    expect(p.quota_exhausted).toMatchObject({ failover: true, tripsBreaker: false, keyAction: 'disable' });
    expect(p.auth).toMatchObject({ failover: true, tripsBreaker: false, keyAction: 'disable' });
    expect(p.invalid_request).toMatchObject({ failover: false, retrySameTarget: false, tripsBreaker: false });
    expect(p.context_length).toMatchObject({ failover: false, tripsBreaker: false, failoverIfLargerContext: true });
    expect(p.aborted).toMatchObject({ failover: false, retrySameTarget: false, tripsBreaker: false });
    expect([...breakerKindsOf()].sort()).toEqual(['network', 'overloaded', 'server', 'timeout']);
  });

  it('merges overrides field by field without touching the default', () => {
    const p = resolveErrorPolicy({ content_policy: { failover: true }, server: { retrySameTarget: false } });
    expect(p.content_policy).toEqual({ failover: true, retrySameTarget: false, tripsBreaker: false, keyAction: 'none' });
    expect(p.server).toMatchObject({ failover: true, tripsBreaker: true, retrySameTarget: false });
    expect(DEFAULT_ERROR_POLICY.content_policy.failover).toBe(false);
    expect(Object.isFrozen(p.server)).toBe(true);
  });

  it('rejects unknown kinds', () => {
    expect(() => resolveErrorPolicy({ nope: { failover: true } } as never)).toThrow(/unknown error kind "nope"/);
  });

  it('context_length fails over only to a larger context', () => {
    expect(shouldFailover(DEFAULT_ERROR_POLICY, 'context_length', false)).toBe(false);
    expect(shouldFailover(DEFAULT_ERROR_POLICY, 'context_length', true)).toBe(true);
    expect(shouldFailover(DEFAULT_ERROR_POLICY, 'invalid_request', true)).toBe(false);
    expect(shouldFailover(DEFAULT_ERROR_POLICY, 'rate_limit')).toBe(true);
  });
});
