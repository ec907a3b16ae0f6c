#!/usr/bin/env node
/**
 * Per-request bookkeeping cost of the resilience layer (no HTTP, no upstream): exactly the calls
 * the engine makes around one attempt (src/resilience/README.md "Wiring one attempt"):
 *
 *   breaker.isAvailable → pool.acquire → limiter.tryAcquire (RPM+TPM+concurrency, memory store)
 *   → breaker.tryAcquire → [upstream call] → permit.release → lease.report → limiter.settle/release
 *
 * plus the failure path (a 429: key cooldown + breaker bookkeeping), and each piece alone.
 * Target (GUIDE §6 / issue 6): the whole success path well under 20 µs.
 *
 *   npm run build && node bench/resilience-bench.js [--json] [--iterations N]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(process.env.STABLE_LLM_DIST ?? join(here, '..', 'dist'));
const r = await import(pathToFileURL(join(dist, 'resilience', 'index.js')).href);
const args = process.argv.slice(2);
const N = Number(args.includes('--iterations') ? args[args.indexOf('--iterations') + 1] : 100_000);

const KEYS = ['sk-bench-key-aaaaaaaaaaaaaaaaaaaa01', 'sk-bench-key-aaaaaaaaaaaaaaaaaaaa02', 'sk-bench-key-aaaaaaaaaaaaaaaaaaaa03'].map(
  (key, i) => ({
    id: `k${i}`,
    key,
    rpm: 1_000_000_000,
    tpm: 1_000_000_000_000,
  }),
);
const SCOPES = [
  { name: 'endpoint:openai-main', rpm: 1_000_000_000, tpm: 1_000_000_000_000, concurrent: 10_000 },
  { name: 'deployment:openai|main|gpt-4o', rpm: 1_000_000_000 },
];

/** Runs `fn` n times (after a warm-up), returns mean µs per call; best of 5 rounds (noisy box). */
async function time(label, fn, n = N) {
  for (let i = 0; i < Math.min(20_000, n); i++) await fn(i);
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let i = 0; i < n / 5; i++) await fn(i);
    rounds.push(((performance.now() - t0) * 1000) / (n / 5));
  }
  return { label, us: Math.min(...rounds), usMedian: rounds.sort((a, b) => a - b)[2] };
}

function fresh() {
  const breakers = new r.CircuitBreakerRegistry({ failureThreshold: 5, coolDownMs: 30_000 });
  const pool = new r.KeyPool(KEYS);
  const limiter = new r.RateLimiter({ store: new r.MemoryLimiterStore() });
  return { breakers, pool, limiter };
}

const results = [];

{
  const { breakers, pool, limiter } = fresh();
  results.push(
    await time('success path (breaker + key pool + limiter, all steps)', async () => {
      const breaker = breakers.get('openai|main|gpt-4o');
      if (!breaker.isAvailable()) throw new Error('breaker open');
      const lease = pool.acquire({ estimatedTokens: 120 });
      const d = await limiter.tryAcquire({ scopes: SCOPES, estimatedTokens: 120 });
      const permit = breaker.tryAcquire();
      permit.release({ ok: true, latencyMs: 1.5 });
      lease.report({ ok: true, tokens: 150 });
      await limiter.settle(d.lease, 150);
      await limiter.release(d.lease);
    }),
  );
}
{
  const { breakers, limiter } = fresh();
  // The pool's clock jumps past the 1 s cooldown each time, so every iteration finds a usable key.
  let now = Date.now();
  const pool = new r.KeyPool(KEYS, { clock: { now: () => now } });
  results.push(
    await time('429 path (key cooldown, breaker, limiter refund)', async () => {
      now += 1_100;
      const breaker = breakers.get('openai|main|gpt-4o');
      breaker.isAvailable();
      const lease = pool.acquire({ estimatedTokens: 120 });
      const d = await limiter.tryAcquire({ scopes: SCOPES, estimatedTokens: 120 });
      const permit = breaker.tryAcquire();
      permit.release({ ok: false, kind: 'rate_limit', message: 'rate limited', latencyMs: 0.5 });
      lease.report({ ok: false, kind: 'rate_limit', retryAfterMs: 1_000 });
      await limiter.cancel(d.lease);
    }),
  );
}
{
  const { breakers } = fresh();
  results.push(
    await time('  breaker only (get + isAvailable + tryAcquire + release)', () => {
      const b = breakers.get('openai|main|gpt-4o');
      b.isAvailable();
      b.tryAcquire().release({ ok: true, latencyMs: 1.5 });
    }),
  );
}
{
  const { pool } = fresh();
  results.push(
    await time('  key pool only (acquire + report)', () => pool.acquire({ estimatedTokens: 120 }).report({ ok: true, tokens: 150 })),
  );
}
{
  const { limiter } = fresh();
  results.push(
    await time('  limiter only (tryAcquire + settle + release, memory store)', async () => {
      const d = await limiter.tryAcquire({ scopes: SCOPES, estimatedTokens: 120 });
      await limiter.settle(d.lease, 150);
      await limiter.release(d.lease);
    }),
  );
}

const summary = { iterations: N, node: process.version, results };
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  console.log(`Resilience bookkeeping per request (mean of ${N} iterations, best of 5 rounds; Node ${process.version})`);
  for (const x of results) console.log(`${x.label.padEnd(64)} ${x.us.toFixed(2).padStart(7)} µs`);
}
