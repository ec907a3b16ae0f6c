import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as resilience from './index.js';

const here = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('resilience module boundaries', () => {
  it('never imports DB drivers or HTTP servers statically (type-only imports are fine)', () => {
    const forbidden =
      /^\s*import\s+(?!type\b)[^;]*from\s+'(ioredis|better-sqlite3|pg|node:http|node:https|http|https|fastify|hono|@hono\/node-server|undici|vitest)'/m;
    const offenders = sources(here).filter((f) => forbidden.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(here.length + 1))).toEqual([]);
  });

  it('never imports the gateway or other upper layers', () => {
    const upward = /from\s+'\.\.\/(gateway|engine|stable|router|client|store)\//;
    const offenders = sources(here).filter((f) => upward.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('exports the public API', () => {
    for (const name of [
      'CircuitBreaker',
      'CircuitBreakerRegistry',
      'LatencyTracker',
      'KeyPool',
      'KeyLease',
      'KeyManager',
      'stable',
      'AllKeysFailedError',
      'MemoryLimiterStore',
      'RedisLimiterStore',
      'SqliteLimiterStore',
      'RateLimiter',
      'RetryPolicy',
      'RetryBudget',
      'DEFAULT_ERROR_POLICY',
      'resolveErrorPolicy',
      'AttemptSignal',
      'withDeadline',
      'timeoutError',
      'hedge',
      'maskSecret',
      'classifyError',
    ]) {
      expect(resilience, name).toHaveProperty(name);
    }
  });
});
