import type { Deployment } from '../client/deployment.js';
import type { LimiterStore } from '../resilience/limiter-store.js';
import { type RateLease, RateLimiter, type RateScope } from '../resilience/rate-limiter.js';
import type { DeploymentLimiter } from './engine-options.js';

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
  return {
    limiter,
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
      return {
        allowed: true,
        release(actualTokens?: number) {
          const settle = actualTokens !== undefined ? limiter.settle(held, actualTokens) : Promise.resolve();
          void settle.then(() => limiter.release(held)).catch(() => undefined);
        },
        cancel() {
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
