import { findModel } from '../../../client/resolve-deployments.js';
import { isLLMError } from '../../../errors/llm-error.js';
import type { PlanTarget } from '../../../router/plan-target.js';
import { resolvePlan } from '../../../router/resolve-plan.js';
import type { BackendType } from '../../../settings/backend-type.js';
import type { GatewayState } from '../../gateway-state.js';

/**
 * The targets an active-model name stands for, or the reason it cannot be used: unknown,
 * ambiguous, or naming only models that are not configured (the gateway would answer 404).
 */
export function resolveActive(name: string, state: GatewayState): { targets: PlanTarget[] } | { error: string } {
  let targets: PlanTarget[];
  try {
    targets = resolvePlan(name, state.config.settings, state.config.routes, state.defaultPlan).targets;
  } catch (err) {
    return { error: isLLMError(err) ? err.message : String(err) };
  }
  const configured = targets.filter((t) => findModel(state.config.settings, t.backend as BackendType, t.model));
  if (configured.length === 0) return { error: `"${name}" names no configured model` };
  return { targets: configured };
}
