import { findModel } from '../client/resolve-deployments.js';
import { LLMError } from '../errors/llm-error.js';
import { isBackendType } from '../settings/backend-type.js';
import { implicitEndpointId } from '../settings/parse-settings.js';
import type { ResolvedSettings } from '../settings/resolved-settings.js';
import { orderRouteTargets } from './order-route-targets.js';
import type { PlanTarget } from './plan-target.js';
import type { Route } from './route-config.js';

export interface ResolvedPlan {
  targets: PlanTarget[];
  /** How the name was understood: a route, an explicit target, a unique model name, or the default plan. */
  via: 'route' | 'target' | 'model' | 'default';
  route?: Route;
}

/**
 * Turns a requested `model` into an ordered plan. Accepted forms, in order: a route name;
 * `backend/model` (the model part may itself contain `/`, e.g. `groq/openai/gpt-oss-120b`); a
 * model name or alias unique across backends. An explicit model fails over only across its own
 * endpoints and keys; use a route for cross-provider failover. No model → `defaultPlan`.
 */
export function resolvePlan(
  model: string | undefined,
  settings: ResolvedSettings,
  routes: ReadonlyMap<string, Route>,
  defaultPlan: () => PlanTarget[],
  random: () => number = Math.random,
): ResolvedPlan {
  if (model === undefined || model === '' || model === 'default' || model === 'auto') {
    return { targets: defaultPlan(), via: 'default' };
  }
  const route = routes.get(model);
  if (route)
    return { targets: orderRouteTargets(route, random).map(({ backend, model: m }) => ({ backend, model: m })), via: 'route', route };

  const slash = model.indexOf('/');
  if (slash > 0) {
    const backend = model.slice(0, slash);
    const rest = model.slice(slash + 1);
    if (
      isBackendType(backend) &&
      (findModel(settings, backend, rest) ||
        settings.backends[backend] === undefined ||
        settings.endpoints.has(implicitEndpointId(backend)))
    ) {
      return { targets: [{ backend, model: rest }], via: 'target' };
    }
  }
  const matches: PlanTarget[] = [];
  for (const [backend, cfg] of Object.entries(settings.backends)) {
    if (!cfg) continue;
    for (const m of Object.values(cfg.models)) {
      if (m.name === model || m.aliases.includes(model) || m.id === model) matches.push({ backend, model: m.name });
    }
  }
  if (matches.length === 1) return { targets: matches, via: 'model' };
  if (matches.length > 1) {
    throw new LLMError({
      kind: 'invalid_request',
      status: 400,
      code: 'model',
      message: `model "${model}" is ambiguous: ${matches.map((t) => `${t.backend}/${t.model}`).join(', ')}; name one as "backend/model"`,
    });
  }
  const known = [
    ...routes.keys(),
    ...Object.entries(settings.backends).flatMap(([b, cfg]) => Object.keys(cfg?.models ?? {}).map((m) => `${b}/${m}`)),
  ];
  throw new LLMError({
    kind: 'not_found',
    status: 404,
    code: 'model_not_found',
    message: `unknown model "${model}"; ${known.length ? `available: ${known.slice(0, 30).join(', ')}${known.length > 30 ? ', …' : ''}` : 'no models are configured'}`,
  });
}
