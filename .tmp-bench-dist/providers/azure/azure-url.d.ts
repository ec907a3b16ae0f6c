import type { AdapterContext } from '../provider-adapter.js';
/** GA api-version used for deployment URLs when none is configured. */
export declare const DEFAULT_AZURE_API_VERSION = "2024-10-21";
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
export declare function resolveAzureTarget(ctx: Pick<AdapterContext, 'provider' | 'model' | 'apiBase' | 'endpointOptions'>): AzureTarget;
