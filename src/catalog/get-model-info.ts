import type { BackendType } from '../settings/backend-type.js';
import { BUILTIN_MODELS, CATALOG_DATE } from './builtin-models.js';
import { ModelCatalog } from './model-catalog.js';
import type { ModelInfo } from './model-info.js';

/** The built-in catalog (no user settings applied). */
export const builtinCatalog = new ModelCatalog(BUILTIN_MODELS, CATALOG_DATE);

/** Built-in metadata for a model; see `ModelCatalog.get` for the matching rules. */
export function getModelInfo(backend: BackendType | string, modelId: string): ModelInfo | undefined {
  return builtinCatalog.get(backend, modelId);
}

/** Built-in entries, optionally for one backend. */
export function listCatalogModels(backend?: BackendType | string): ModelInfo[] {
  return builtinCatalog.list(backend);
}
