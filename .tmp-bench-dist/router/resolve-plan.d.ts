import type { ResolvedSettings } from '../settings/resolved-settings.js';
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
export declare function resolvePlan(model: string | undefined, settings: ResolvedSettings, routes: ReadonlyMap<string, Route>, defaultPlan: () => PlanTarget[], random?: () => number): ResolvedPlan;
