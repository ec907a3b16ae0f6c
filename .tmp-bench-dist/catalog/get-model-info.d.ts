import type { BackendType } from '../settings/backend-type.js';
import { ModelCatalog } from './model-catalog.js';
import type { ModelInfo } from './model-info.js';
/** The built-in catalog (no user settings applied). */
export declare const builtinCatalog: ModelCatalog;
/** Built-in metadata for a model; see `ModelCatalog.get` for the matching rules. */
export declare function getModelInfo(backend: BackendType | string, modelId: string): ModelInfo | undefined;
/** Built-in entries, optionally for one backend. */
export declare function listCatalogModels(backend?: BackendType | string): ModelInfo[];
