import { createLLMError } from '../../errors/llm-error.js';
import type { AdapterContext } from '../provider-adapter.js';

/** GA api-version used for deployment URLs when none is configured. */
export const DEFAULT_AZURE_API_VERSION = '2024-10-21';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export interface AzureTarget {
  /** Full URL including the query string. */
  url: string;
  /** `v1`: deployment in the body's `model`; `deployments`: deployment in the path. */
  style: 'v1' | 'deployments';
}

/**
 * Where an Azure OpenAI chat request goes. `ctx.model` is the deployment name (the model's `id`,
 * or the endpoint ref's `model_id`). The base may be given at any depth:
 *
 * - `https://{r}.openai.azure.com` (or `.cognitiveservices.azure.com`, `.services.ai.azure.com`,
 *   or with `/openai`) → `/openai/deployments/{deployment}/chat/completions?api-version=…`;
 *   `api_version: "v1"` (or `"preview"`) selects the v1 API instead;
 * - `…/openai/v1` → the v1 API: `/openai/v1/chat/completions`, deployment as `model`
 *   (`?api-version=` only for non-GA values such as `preview`);
 * - `…/openai/deployments/{name}` → that deployment, whatever the model id.
 *
 * Without `api_base`, `resource_name` fills the preset's `https://{resource}.openai.azure.com`.
 */
export function resolveAzureTarget(ctx: Pick<AdapterContext, 'provider' | 'model' | 'apiBase' | 'endpointOptions'>): AzureTarget {
  const o = ctx.endpointOptions ?? {};
  // `endpointOptions.api_base` is the user's (or AZURE_OPENAI_ENDPOINT's) base; ctx.apiBase may
  // still be the preset's `{resource}` template when it came from the environment.
  let base = (str(o.api_base) ?? ctx.apiBase).replace(/\/+$/, '');
  if (!str(o.api_base) && str(o.resource_name)) base = base.replace('{resource}', encodeURIComponent(String(o.resource_name)));
  else if (!str(o.api_base) && base.includes('{resource}') && str(o.resource))
    base = base.replace('{resource}', encodeURIComponent(String(o.resource)));
  if (base.includes('{resource}')) {
    throw createLLMError({
      kind: 'invalid_request',
      provider: ctx.provider,
      status: 400,
      retryable: false,
      code: 'azure_endpoint_missing',
      message: `${ctx.provider}: no Azure OpenAI resource: set the endpoint's api_base (https://<resource>.openai.azure.com), resource_name, or AZURE_OPENAI_ENDPOINT`,
    });
  }
  const version = str(o.api_version);
  if (/\/openai\/v1$/.test(base)) {
    return {
      url: `${base}/chat/completions${version && version !== 'v1' ? `?api-version=${encodeURIComponent(version)}` : ''}`,
      style: 'v1',
    };
  }
  if (/\/openai\/deployments\/[^/]+$/.test(base)) {
    return {
      url: `${base}/chat/completions?api-version=${encodeURIComponent(version ?? DEFAULT_AZURE_API_VERSION)}`,
      style: 'deployments',
    };
  }
  const root = /\/openai$/.test(base) ? base : `${base}/openai`;
  if (version === 'v1' || version === 'preview') {
    return { url: `${root}/v1/chat/completions${version === 'v1' ? '' : `?api-version=${version}`}`, style: 'v1' };
  }
  return {
    url: `${root}/deployments/${encodeURIComponent(ctx.model)}/chat/completions?api-version=${encodeURIComponent(version ?? DEFAULT_AZURE_API_VERSION)}`,
    style: 'deployments',
  };
}
