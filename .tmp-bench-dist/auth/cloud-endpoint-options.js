import { readFileSync } from 'node:fs';
import { awsRegionFromEnv } from './aws-credentials.js';
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
export function resolveCloudEndpointOptions(endpoint, protocol, env = process.env) {
    const raw = endpoint.raw;
    const out = {};
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    switch (protocol) {
        case 'azure_openai': {
            if (!endpoint.apiBase) {
                const base = str(env.AZURE_OPENAI_ENDPOINT);
                const resource = str(raw.resource_name) ?? str(raw.resource) ?? str(env.AZURE_RESOURCE_NAME);
                if (str(raw.resource_name) ?? str(raw.resource))
                    out.resource_name = resource;
                else if (base)
                    out.api_base = base.replace(/\/+$/, '');
                else if (resource)
                    out.resource_name = resource;
            }
            const version = endpoint.apiVersion ?? str(env.AZURE_OPENAI_API_VERSION) ?? str(env.OPENAI_API_VERSION);
            if (version)
                out.api_version = version;
            break;
        }
        case 'vertex_gemini':
        case 'vertex_anthropic': {
            const creds = endpoint.credentials ?? {};
            const project = str(raw.project) ??
                str(raw.project_id) ??
                str(creds.project_id) ??
                str(creds.quota_project_id) ??
                str(env.GOOGLE_VERTEX_PROJECT) ??
                str(env.GOOGLE_CLOUD_PROJECT) ??
                str(env.GCLOUD_PROJECT) ??
                projectFromCredentialsFile(str(creds.credentials_file) ?? str(creds.key_file) ?? str(env.GOOGLE_APPLICATION_CREDENTIALS));
            if (project)
                out.project = project;
            out.region = endpoint.region ?? str(raw.location) ?? str(env.GOOGLE_VERTEX_LOCATION) ?? str(env.GOOGLE_CLOUD_LOCATION) ?? 'global';
            break;
        }
        case 'bedrock': {
            const region = endpoint.region ?? awsRegionFromEnv(env);
            if (region)
                out.region = region;
            break;
        }
    }
    return out;
}
const projectCache = new Map();
/** `project_id` of a key file, read once per path (settings-time, not per request). */
function projectFromCredentialsFile(path) {
    if (!path)
        return undefined;
    if (projectCache.has(path))
        return projectCache.get(path);
    let project;
    try {
        const parsed = JSON.parse(readFileSync(path, 'utf8'));
        if (parsed && typeof parsed === 'object') {
            const p = parsed.project_id ?? parsed.quota_project_id;
            project = typeof p === 'string' && p !== '' ? p : undefined;
        }
    }
    catch {
        project = undefined;
    }
    projectCache.set(path, project);
    return project;
}
//# sourceMappingURL=cloud-endpoint-options.js.map