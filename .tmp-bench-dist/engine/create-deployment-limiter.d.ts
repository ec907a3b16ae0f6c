import type { LimiterStore } from '../resilience/limiter-store.js';
import { RateLimiter } from '../resilience/rate-limiter.js';
import type { DeploymentLimiter } from './engine-options.js';
/**
 * Enforces the settings' `rpm`, `tpm` and `concurrent_requests` per endpoint (shared by every
 * model on it) and per model-on-endpoint reference, through one RateLimiter. With a Redis store
 * the limits hold exactly across processes and hosts. Deployments without limits skip the store
 * entirely (no round trip on the hot path). When a limit is full the engine routes to another
 * candidate; `waitMs` > 0 makes it wait up to that long for capacity first.
 */
export declare function createDeploymentLimiter(options?: {
    store?: LimiterStore;
    waitMs?: number;
}): DeploymentLimiter & {
    limiter: RateLimiter;
};
