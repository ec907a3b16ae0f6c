import { describe, expect, it } from 'vitest';
import { kindFromStatus } from './kind-from-status.js';
import { maskSecrets } from './mask-secrets.js';
import { parseResetTime } from './parse-reset-time.js';
import { retryDelayFromDetails } from './retry-delay-from-details.js';
import { tryParseJson } from './try-parse-json.js';

describe('classification helpers', () => {
  it('parseResetTime reads zone-less stamps as UTC+8 and honours explicit zones', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(parseResetTime('将在 2026-01-01 09:00:00 重置', now)).toBe(3_600_000);
    expect(parseResetTime('reset at 2026-01-01T00:30:00Z', now)).toBe(1_800_000);
    expect(parseResetTime('reset at 2026-01-01 02:00:00+01:00', now)).toBe(3_600_000);
    expect(parseResetTime('reset at 2025-12-31 08:00:00', now)).toBeUndefined();
    expect(parseResetTime('no time here', now)).toBeUndefined();
  });

  it('maskSecrets keeps a short prefix only', () => {
    expect(maskSecrets('Incorrect API key provided: sk-proj-1234567890abcdef.')).toBe('Incorrect API key provided: sk-proj-1234***.');
    expect(maskSecrets('key gsk_ABCDEFGHIJKL and Bearer abcdefghijkl')).toBe('key gsk_ABCD*** and Bearer abcd***');
    expect(maskSecrets('nothing secret')).toBe('nothing secret');
  });

  it('retryDelayFromDetails reads Google RetryInfo', () => {
    expect(retryDelayFromDetails([{ '@type': 'x.QuotaFailure' }, { '@type': 'x.RetryInfo', retryDelay: '1.5s' }])).toBe(1500);
    expect(retryDelayFromDetails(undefined)).toBeUndefined();
  });

  it('tryParseJson never throws and skips non-JSON cheaply', () => {
    expect(tryParseJson(' {"a":1}')).toEqual({ a: 1 });
    expect(tryParseJson('<html>')).toBeUndefined();
    expect(tryParseJson('{broken')).toBeUndefined();
  });

  it('kindFromStatus covers the fallbacks', () => {
    expect([401, 402, 403, 404, 408, 413, 429, 451, 500, 502, 503, 504, 529, 422, 200].map(kindFromStatus)).toEqual([
      'auth',
      'quota_exhausted',
      'permission',
      'not_found',
      'timeout',
      'invalid_request',
      'rate_limit',
      'content_policy',
      'server',
      'server',
      'overloaded',
      'timeout',
      'overloaded',
      'invalid_request',
      undefined,
    ]);
  });
});
