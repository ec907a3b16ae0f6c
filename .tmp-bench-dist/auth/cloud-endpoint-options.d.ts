import type { EndpointConfig } from '../settings/resolved-settings.js';
export type CloudProtocol = 'azure_openai' | 'vertex_gemini' | 'vertex_anthropic' | 'bedrock';
/**
 * Endpoint facts the cloud adapters read from `AdapterContext.endpointOptions`, with the
 * environment fallbacks applied (adapters stay pure: they never read `process.env`):
 *
 * - Azure: `api_base` ← AZURE_OPENAI_ENDPOINT, or `resource_name` ← AZURE_RESOURCE_NAME;
 *   `api_version` ← OPENAI_API_VERSION / AZURE_OPENAI_API_VERSION.
 * - Vertex: `project` ← settings `project`/`project_id`, credentials `project_id` /
 *   `quota_project_id`, GOOGLE_VERTEX_PROJECT / GOOGLE_CLOUD_PROJECT / GCLOUD_PROJECT, the
 *   project in GOOGLE_APPLICATION_CREDENTIALS; `region` ← settings `region`/`location`,
 *   GOOGLE_VERTEX_LOCATION / GOOGLE_CLOUD_LOCATION, else `global`.
 * - Bedrock: `region` ← settings `region`, AWS_REGION / AWS_DEFAULT_REGION.
 *
 * Returns only keys it could resolve; merge the result over `{ ...endpoint.raw, region,
 * api_version }` when building the adapter context.
 */
export declare function resolveCloudEndpointOptions(endpoint: EndpointConfig, protocol: CloudProtocol, env?: NodeJS.ProcessEnv): Record<string, unknown>;
