import type { AdapterContext } from '../provider-adapter.js';
type Ctx = Pick<AdapterContext, 'provider' | 'apiBase' | 'apiKey' | 'endpointOptions'>;
/** `location` for Vertex calls: the endpoint's `region` (or `location`), else `global`. */
export declare function vertexLocation(ctx: Pick<AdapterContext, 'endpointOptions'>): string;
/**
 * The `…/v1` root: an explicit `api_base` (private endpoint, proxy, the local fake) wins; else
 * `global` → `aiplatform.googleapis.com`, the `us`/`eu` multi-regions →
 * `aiplatform.{us|eu}.rep.googleapis.com`, a region → `{region}-aiplatform.googleapis.com`.
 */
export declare function vertexApiRoot(ctx: Pick<AdapterContext, 'apiBase' | 'endpointOptions'>): string;
/** Project from the endpoint (`project`, `project_id`) or its credentials (`project_id`, `quota_project_id`). */
export declare function vertexProject(ctx: Pick<AdapterContext, 'endpointOptions'>): string | undefined;
/** Google API keys (`AIza…`) are Vertex "express mode" keys; anything else is an OAuth access token. */
export declare function isGoogleApiKey(key: string | undefined): boolean;
/**
 * `{root}/projects/{p}/locations/{l}/publishers/{publisher}/models/{m}:{method}`. Express mode
 * (an API key and no project) uses `{root}/publishers/google/models/{m}:{method}`. A model given
 * as a full resource path (`projects/…/endpoints/123`, tuned models) is used as is.
 */
export declare function vertexModelUrl(ctx: Ctx & {
    model: string;
}, publisher: 'google' | 'anthropic', method: string): string;
/** Auth from the attempt's key: an express-mode API key header, or a Bearer access token. */
export declare function vertexAuthHeaders(apiKey: string | undefined): Record<string, string>;
export {};
