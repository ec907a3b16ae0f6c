/** Built-in model metadata (limits, capabilities, prices) and user-settings overrides. */
export { BUILTIN_MODELS, CATALOG_DATE } from './builtin-models.js';
export { builtinCatalog, getModelInfo, listCatalogModels } from './get-model-info.js';
export { mergeWithSettings } from './merge-with-settings.js';
export { idCandidates, ModelCatalog } from './model-catalog.js';
export type { ModelCapabilities, ModelInfo } from './model-info.js';
