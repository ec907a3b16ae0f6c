import { builtinCatalog } from '../catalog/get-model-info.js';
import { computeCost, hasPricing } from './compute-cost.js';
/**
 * Cost of a request to `backend`/`model` using catalog prices (pass a catalog from
 * `mergeWithSettings` to honour user prices). Undefined when the model has no known prices, so
 * callers can omit `cost` rather than report a misleading $0.
 */
export function costForModel(usage, backend, model, catalog = builtinCatalog) {
    const pricing = catalog.get(backend, model)?.pricing;
    return hasPricing(pricing) ? computeCost(usage, pricing) : undefined;
}
//# sourceMappingURL=cost-for-model.js.map