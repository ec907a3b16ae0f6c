import type { ResolvedSettings } from '../settings/resolved-settings.js';
import type { PlanTarget } from './plan-target.js';
/**
 * The seed's plan: every backend's primary model in `serviceOrder`, then the other configured
 * backends' primaries, then the backup / lightweight models (each backend's other enabled models,
 * and models marked `backup: true`), in the same backend order.
 */
export declare function buildDefaultPlan(settings: ResolvedSettings, serviceOrder?: readonly string[]): PlanTarget[];
