import type { Deployment } from '../client/deployment.js';
import type { CircuitBreakerRegistry } from '../resilience/circuit-breaker-registry.js';
import type { Clock } from '../resilience/clock.js';
import type { KeyPool } from '../resilience/key-pool.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { TargetStatus } from './engine-types.js';
/**
 * `getServiceStatus()`: one entry per configured `backend/model`, summarising its deployments.
 * The target is available when any deployment admits requests and has a usable key; its state is
 * the best state among its deployments (closed > half_open > open). Keys appear masked only.
 */
export declare function buildServiceStatus(settings: ResolvedSettings, breakers: CircuitBreakerRegistry, poolFor: (d: Deployment) => KeyPool | undefined, _clock: Clock): Record<string, TargetStatus>;
