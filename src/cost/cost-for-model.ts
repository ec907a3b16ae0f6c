import { builtinCatalog } from '../catalog/get-model-info.js';
import type { ModelCatalog } from '../catalog/model-catalog.js';
import type { BackendType } from '../settings/backend-type.js';
import type { Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import { computeCost, hasPricing } from './compute-cost.js';

/**
 * Cost of a request to `backend`/`model` using catalog prices (pass a catalog from
 * `mergeWithSettings` to honour user prices). Undefined when the model has no known prices, so
 * callers can omit `cost` rather than report a misleading $0.
 */
export function costForModel(
  usage: Usage,
  backend: BackendType | string,
  model: string,
  catalog: ModelCatalog = builtinCatalog,
): Cost | undefined {
  const pricing = catalog.get(backend, model)?.pricing;
  return hasPricing(pricing) ? computeCost(usage, pricing) : undefined;
}
