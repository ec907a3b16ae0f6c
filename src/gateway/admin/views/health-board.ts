import type { LimitUsage } from '../../../engine/engine-options.js';
import type { Engine } from '../../../engine/engine-types.js';
import type { BreakerSnapshot } from '../../../resilience/circuit-breaker.js';
import type { KeyPoolSnapshot } from '../../../resilience/key-pool.js';
import type { ResolvedSettings } from '../../../settings/resolved-settings.js';

export interface HealthDeployment {
  key: string;
  endpoint: string;
  model_id: string;
  breaker: BreakerSnapshot | null;
  keys: KeyPoolSnapshot | null;
  limits: { rpm: number | null; tpm: number | null; concurrent: number | null };
  /** Use of each configured limit scope on this instance over the last minute. */
  limit_usage: LimitUsage[];
}

export interface HealthTarget {
  id: string;
  backend: string;
  model: string;
  enabled: boolean;
  available: boolean;
  state: 'closed' | 'open' | 'half_open';
  failure_count: number;
  cool_down_remaining: number | null;
  last_error: string | null;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  success_rate: number | null;
  total_requests: number;
  deployments: HealthDeployment[];
}

/**
 * Every configured `backend/model` with its deployments: breaker state and cool-down, key pool
 * (per key: active / cooling until / disabled with reason, usage against limits) and the
 * endpoint's limits. Built from the engine's masked status; no secret can appear here.
 */
export function healthBoard(engine: Engine, settings: ResolvedSettings): HealthTarget[] {
  const status = engine.getServiceStatus();
  return Object.entries(status)
    .map(([id, t]) => {
      const slash = id.indexOf('/');
      const backend = id.slice(0, slash);
      const model = id.slice(slash + 1);
      const cfg = settings.backends[backend as keyof ResolvedSettings['backends']]?.models[model];
      return {
        id,
        backend,
        model,
        enabled: cfg?.enabled ?? true,
        available: t.available,
        state: t.state,
        failure_count: t.failure_count,
        cool_down_remaining: t.cool_down_remaining ?? null,
        last_error: t.last_error ?? null,
        latency_p50_ms: t.latency_p50_ms ?? null,
        latency_p95_ms: t.latency_p95_ms ?? null,
        success_rate: t.success_rate ?? null,
        total_requests: t.total_requests,
        deployments: (t.deployments ?? []).map((d) => toDeployment(d, settings)),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function toDeployment(d: Record<string, unknown>, settings: ResolvedSettings): HealthDeployment {
  const endpointId = String(d.endpoint ?? '');
  const ep = settings.endpoints.get(endpointId);
  return {
    key: String(d.deployment ?? ''),
    endpoint: endpointId,
    model_id: String(d.model_id ?? ''),
    breaker: (d.breaker as BreakerSnapshot | undefined) ?? null,
    keys: (d.keys as KeyPoolSnapshot | null | undefined) ?? null,
    limits: { rpm: ep?.rpm ?? null, tpm: ep?.tpm ?? null, concurrent: ep?.concurrentRequests ?? null },
    limit_usage: (d.limits as LimitUsage[] | undefined) ?? [],
  };
}
