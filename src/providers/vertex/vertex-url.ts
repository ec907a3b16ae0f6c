import { createLLMError } from '../../errors/llm-error.js';
import type { AdapterContext } from '../provider-adapter.js';

type Ctx = Pick<AdapterContext, 'provider' | 'apiBase' | 'apiKey' | 'endpointOptions'>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `location` for Vertex calls: the endpoint's `region` (or `location`), else `global`. */
export function vertexLocation(ctx: Pick<AdapterContext, 'endpointOptions'>): string {
  const o = ctx.endpointOptions ?? {};
  return str(o.region) ?? str(o.location) ?? 'global';
}

/**
 * The `…/v1` root: an explicit `api_base` (private endpoint, proxy, the local fake) wins; else
 * `global` → `aiplatform.googleapis.com`, the `us`/`eu` multi-regions →
 * `aiplatform.{us|eu}.rep.googleapis.com`, a region → `{region}-aiplatform.googleapis.com`.
 */
export function vertexApiRoot(ctx: Pick<AdapterContext, 'apiBase' | 'endpointOptions'>): string {
  const o = ctx.endpointOptions ?? {};
  const explicit = str(o.api_base);
  if (explicit) return explicit.replace(/\/+$/, '');
  const location = vertexLocation(ctx);
  if (location === 'global') return 'https://aiplatform.googleapis.com/v1';
  if (location === 'us' || location === 'eu') return `https://aiplatform.${location}.rep.googleapis.com/v1`;
  return `https://${location}-aiplatform.googleapis.com/v1`;
}

/** Project from the endpoint (`project`, `project_id`) or its credentials (`project_id`, `quota_project_id`). */
export function vertexProject(ctx: Pick<AdapterContext, 'endpointOptions'>): string | undefined {
  const o = ctx.endpointOptions ?? {};
  const creds = typeof o.credentials === 'object' && o.credentials !== null ? (o.credentials as Record<string, unknown>) : {};
  return str(o.project) ?? str(o.project_id) ?? str(creds.project_id) ?? str(creds.quota_project_id);
}

/** Google API keys (`AIza…`) are Vertex "express mode" keys; anything else is an OAuth access token. */
export function isGoogleApiKey(key: string | undefined): boolean {
  return key?.startsWith('AIza') ?? false;
}

/** Model ids keep `@` (`claude-haiku-4-5@20251001`) as Google's own clients do. */
function modelSegment(model: string): string {
  return encodeURIComponent(model).replace(/%40/g, '@');
}

/**
 * `{root}/projects/{p}/locations/{l}/publishers/{publisher}/models/{m}:{method}`. Express mode
 * (an API key and no project) uses `{root}/publishers/google/models/{m}:{method}`. A model given
 * as a full resource path (`projects/…/endpoints/123`, tuned models) is used as is.
 */
export function vertexModelUrl(ctx: Ctx & { model: string }, publisher: 'google' | 'anthropic', method: string): string {
  const root = vertexApiRoot(ctx);
  if (ctx.model.startsWith('projects/')) return `${root}/${ctx.model}:${method}`;
  const project = vertexProject(ctx);
  const model = `publishers/${publisher}/models/${modelSegment(ctx.model)}:${method}`;
  if (!project) {
    if (publisher === 'google' && isGoogleApiKey(ctx.apiKey)) return `${root}/${model}`;
    throw createLLMError({
      kind: 'invalid_request',
      provider: ctx.provider,
      status: 400,
      retryable: false,
      code: 'vertex_project_missing',
      message: `${ctx.provider}: no Google Cloud project for Vertex AI: set the endpoint's "project", credentials.project_id, or GOOGLE_CLOUD_PROJECT`,
    });
  }
  return `${root}/projects/${encodeURIComponent(project)}/locations/${encodeURIComponent(vertexLocation(ctx))}/${model}`;
}

/** Auth from the attempt's key: an express-mode API key header, or a Bearer access token. */
export function vertexAuthHeaders(apiKey: string | undefined): Record<string, string> {
  if (!apiKey) return {};
  return isGoogleApiKey(apiKey) ? { 'x-goog-api-key': apiKey } : { authorization: `Bearer ${apiKey}` };
}
