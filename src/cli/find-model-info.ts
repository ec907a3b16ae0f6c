import type { ModelCatalog } from '../catalog/model-catalog.js';
import type { ModelInfo } from '../catalog/model-info.js';
import { isBackendType } from '../settings/backend-type.js';

/**
 * Catalog entry for what a user typed: `backend/model`, or a bare model name / alias looked up
 * across every backend (first hit in catalog order, which lists configured models first).
 */
export function findModelInfo(catalog: ModelCatalog, name: string): ModelInfo | undefined {
  const slash = name.indexOf('/');
  if (slash > 0 && isBackendType(name.slice(0, slash))) return catalog.get(name.slice(0, slash), name.slice(slash + 1));
  const all = catalog.list();
  const lower = name.toLowerCase();
  const exact = all.find(
    (e) => e.id.toLowerCase() === lower || e.upstreamId?.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (exact) return exact;
  for (const backend of new Set(all.map((e) => e.backend))) {
    const hit = catalog.get(backend, name);
    if (hit && hit.source.indexOf(' entry)') === -1) return hit;
  }
  return undefined;
}
