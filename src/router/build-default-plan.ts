import type { BackendType } from '../settings/backend-type.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { PlanTarget } from './plan-target.js';

/**
 * The seed's plan: every backend's primary model in `serviceOrder`, then the other configured
 * backends' primaries, then the backup / lightweight models (each backend's other enabled models,
 * and models marked `backup: true`), in the same backend order.
 */
export function buildDefaultPlan(settings: ResolvedSettings, serviceOrder: readonly string[] = []): PlanTarget[] {
  const configured = Object.keys(settings.backends) as BackendType[];
  const orderedBackends: BackendType[] = [];
  const primaries: PlanTarget[] = [];
  const backups: PlanTarget[] = [];
  const explicitTargets: PlanTarget[] = [];
  for (const entry of serviceOrder) {
    const slash = entry.indexOf('/');
    if (slash > 0) explicitTargets.push({ backend: entry.slice(0, slash), model: entry.slice(slash + 1) });
    else if (!orderedBackends.includes(entry as BackendType)) orderedBackends.push(entry as BackendType);
  }
  for (const b of configured) if (!orderedBackends.includes(b)) orderedBackends.push(b);
  for (const backend of orderedBackends) {
    const models = Object.values(settings.backends[backend]?.models ?? {}).filter((m) => m.enabled);
    const primary = models.find((m) => !m.backup);
    if (primary) primaries.push({ backend, model: primary.name });
    for (const m of models) if (m !== primary) backups.push({ backend, model: m.name });
  }
  const seen = new Set<string>();
  const out: PlanTarget[] = [];
  for (const t of [...explicitTargets, ...primaries, ...backups]) {
    const id = `${t.backend}/${t.model}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(t);
    }
  }
  return out;
}
