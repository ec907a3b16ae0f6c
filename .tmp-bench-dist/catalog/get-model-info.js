import { BUILTIN_MODELS, CATALOG_DATE } from './builtin-models.js';
import { ModelCatalog } from './model-catalog.js';
/** The built-in catalog (no user settings applied). */
export const builtinCatalog = new ModelCatalog(BUILTIN_MODELS, CATALOG_DATE);
/** Built-in metadata for a model; see `ModelCatalog.get` for the matching rules. */
export function getModelInfo(backend, modelId) {
    return builtinCatalog.get(backend, modelId);
}
/** Built-in entries, optionally for one backend. */
export function listCatalogModels(backend) {
    return builtinCatalog.list(backend);
}
//# sourceMappingURL=get-model-info.js.map