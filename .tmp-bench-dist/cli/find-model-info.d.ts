import type { ModelCatalog } from '../catalog/model-catalog.js';
import type { ModelInfo } from '../catalog/model-info.js';
/**
 * Catalog entry for what a user typed: `backend/model`, or a bare model name / alias looked up
 * across every backend (first hit in catalog order, which lists configured models first).
 */
export declare function findModelInfo(catalog: ModelCatalog, name: string): ModelInfo | undefined;
