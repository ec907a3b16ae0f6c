import type { Deployment } from '../client/deployment.js';
import { resolveDeployments } from '../client/resolve-deployments.js';
import type { CircuitBreakerRegistry } from '../resilience/circuit-breaker-registry.js';
import type { KeyPool } from '../resilience/key-pool.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { DeploymentLimiter } from './engine-options.js';
import type { BreakerState, TargetStatus } from './engine-types.js';

/**
 * `getServiceStatus()`: one entry per configured `backend/model`, summarising its deployments.
 * The target is available when any deployment admits requests and has a usable key; its state is
 * the best state among its deployments (closed > half_open > open). Keys appear masked only.
 */
export function buildServiceStatus(
  settings: ResolvedSettings,
  breakers: CircuitBreakerRegistry,
  poolFor: (d: Deployment) => KeyPool | undefined,
  limiter?: DeploymentLimiter,
): Record<string, TargetStatus> {
  const out: Record<string, TargetStatus> = {};
  for (const [backend, cfg] of Object.entries(settings.backends)) {
    for (const model of Object.values(cfg?.models ?? {})) {
      const id = `${backend}/${model.name}`;
      let deployments: Deployment[] = [];
      try {
        deployments = resolveDeployments(settings, backend as Deployment['backend'], model.name, { allowSynthesized: false });
      } catch {
        deployments = [];
      }
      const rows = deployments.map((d) => {
        const snap = breakers.get(d.key).snapshot();
        const pool = poolFor(d);
        const keys = pool?.snapshot();
        return {
          deployment: d.key,
          endpoint: d.endpoint.id,
          model_id: d.modelId,
          breaker: snap,
          keys: keys ?? null,
          keyUsable: pool ? (keys?.available ?? 0) > 0 : true,
          // RPM / TPM / concurrency used against each configured limit (this instance, last 60 s).
          limits: limiter?.usage?.(d) ?? [],
        };
      });
      const states = rows.map((r) => r.breaker.state as BreakerState);
      const state: BreakerState = states.includes('closed')
        ? 'closed'
        : states.includes('half_open')
          ? 'half_open'
          : states.length
            ? 'open'
            : 'open';
      const open = rows.filter((r) => r.breaker.state === 'open');
      const withLatency = rows.find((r) => r.breaker.latency_p50_ms !== null);
      const lastError = rows
        .map((r) => r.breaker.last_error)
        .filter((e) => e !== null)
        .sort((a, b) => (b?.at ?? 0) - (a?.at ?? 0))[0];
      const successRates = rows.map((r) => r.breaker.success_rate).filter((x): x is number => x !== null);
      out[id] = {
        available: model.enabled && rows.some((r) => r.breaker.available && r.keyUsable),
        state,
        failure_count: rows.reduce((n, r) => n + r.breaker.failure_count, 0),
        cool_down_remaining:
          open.length === rows.length && open.length > 0 ? Math.min(...open.map((r) => r.breaker.cool_down_remaining)) : undefined,
        last_error: lastError ? `${lastError.kind}: ${lastError.message}` : undefined,
        latency_p50_ms: withLatency?.breaker.latency_p50_ms ?? undefined,
        latency_p95_ms: withLatency?.breaker.latency_p95_ms ?? undefined,
        success_rate: successRates.length ? successRates.reduce((a, b) => a + b, 0) / successRates.length : undefined,
        total_requests: rows.reduce((n, r) => n + r.breaker.total_requests, 0),
        deployments: rows,
      };
    }
  }
  return out;
}
