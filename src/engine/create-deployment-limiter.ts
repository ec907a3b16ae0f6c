import type { Deployment } from '../client/deployment.js';
import type { LimiterStore } from '../resilience/limiter-store.js';
import { type RateLease, RateLimiter, type RateScope } from '../resilience/rate-limiter.js';
import { WindowCounter } from '../resilience/window-counter.js';
import type { DeploymentLimiter, LimitUsage } from './engine-options.js';

/**
 * Enforces the settings' `rpm`, `tpm` and `concurrent_requests` per endpoint (shared by every
 * model on it) and per model-on-endpoint reference, through one RateLimiter. With a Redis store
 * the limits hold exactly across processes and hosts. Deployments without limits skip the store
 * entirely (no round trip on the hot path). When a limit is full the engine routes to another
 * candidate; `waitMs` > 0 makes it wait up to that long for capacity first.
 */
export function createDeploymentLimiter(
  options: { store?: LimiterStore; waitMs?: number } = {},
): DeploymentLimiter & { limiter: RateLimiter } {
  const limiter = new RateLimiter({ store: options.store });
  // Local, approximate mirrors of what this instance admitted, for status pages only (the store
  // stays the authority; with Redis the numbers are this instance's share).
  const counters = new Map<string, { requests: WindowCounter; tokens: WindowCounter; inflight: number }>();
  const countersFor = (scope: string): { requests: WindowCounter; tokens: WindowCounter; inflight: number } => {
    let c = counters.get(scope);
    if (!c) {
      c = { requests: new WindowCounter(60_000, 12), tokens: new WindowCounter(60_000, 12), inflight: 0 };
      counters.set(scope, c);
    }
    return c;
  };
  return {
    limiter,
    usage(deployment: Deployment): LimitUsage[] {
      return scopesFor(deployment).map((scope) => {
        const c = counters.get(scope.name);
        const out: LimitUsage = { scope: scope.name };
        if (scope.rpm) out.rpm = { used: Math.max(0, c?.requests.total() ?? 0), limit: scope.rpm };
        if (scope.tpm) out.tpm = { used: Math.max(0, c?.tokens.total() ?? 0), limit: scope.tpm };
        if (scope.concurrent) out.concurrent = { used: c?.inflight ?? 0, limit: scope.concurrent };
        return out;
      });
    },
    async acquire(deployment: Deployment, estimatedTokens: number) {
      const scopes = scopesFor(deployment);
      if (scopes.length === 0) return { allowed: true, release: () => {}, cancel: () => {} };
      let lease: RateLease;
      if (options.waitMs && options.waitMs > 0) {
        try {
          lease = await limiter.waitForCapacity({ scopes, estimatedTokens }, { deadline: Date.now() + options.waitMs });
        } catch (err) {
          const retryAfterMs = (err as { retryAfterMs?: number }).retryAfterMs ?? options.waitMs;
          return { allowed: false, retryAfterMs };
        }
      } else {
        const decision = await limiter.tryAcquire({ scopes, estimatedTokens });
        if (!decision.allowed) return { allowed: false, retryAfterMs: decision.retryAfterMs };
        lease = decision.lease;
      }
      const held = lease;
      const used = scopes.map((sc) => countersFor(sc.name));
      for (const c of used) {
        c.requests.add(1);
        c.tokens.add(estimatedTokens);
        c.inflight++;
      }
      let done = false;
      const finish = (tokensDelta: number, requestsDelta: number): void => {
        if (done) return;
        done = true;
        for (const c of used) {
          if (tokensDelta) c.tokens.add(tokensDelta);
          if (requestsDelta) c.requests.add(requestsDelta);
          c.inflight--;
        }
      };
      return {
        allowed: true,
        release(actualTokens?: number) {
          finish(actualTokens !== undefined ? actualTokens - estimatedTokens : 0, 0);
          const settle = actualTokens !== undefined ? limiter.settle(held, actualTokens) : Promise.resolve();
          void settle.then(() => limiter.release(held)).catch(() => undefined);
        },
        cancel() {
          finish(-estimatedTokens, -1);
          // Never sent: refund the window charges as well as the concurrency slot.
          void limiter.cancel(held).catch(() => undefined);
        },
      };
    },
  };
}

function scopesFor(d: Deployment): RateScope[] {
  const scopes: RateScope[] = [];
  const e = d.endpoint;
  if (e.rpm || e.tpm || e.concurrentRequests) {
    scopes.push({ name: `endpoint:${e.id}`, rpm: e.rpm, tpm: e.tpm, concurrent: e.concurrentRequests });
  }
  const own = {
    rpm: d.rpm !== e.rpm ? d.rpm : undefined,
    tpm: d.tpm !== e.tpm ? d.tpm : undefined,
    concurrent: d.concurrentRequests !== e.concurrentRequests ? d.concurrentRequests : undefined,
  };
  if (own.rpm || own.tpm || own.concurrent) scopes.push({ name: `deployment:${d.key}`, ...own });
  return scopes;
}
