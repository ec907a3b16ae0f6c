import { validateCloudCredentials } from '../auth/validate-cloud-credentials.js';
import { ConfigError } from '../errors/config-error.js';
import { BACKEND_TYPES, type BackendType, isBackendType } from './backend-type.js';
import { formatIssuePath } from './format-issue-path.js';
import type { ApiKeyConfig, BackendConfig, EndpointConfig, EndpointKind, ModelConfig, ResolvedSettings } from './resolved-settings.js';
import { backendSchema, endpointSchema, modelSchema, settingsSchema } from './settings-schema.js';

const KNOWN_ENDPOINT_KEYS = new Set(Object.keys(endpointSchema.shape));
const KNOWN_MODEL_KEYS = new Set(Object.keys(modelSchema.shape));
const KNOWN_BACKEND_KEYS = new Set(Object.keys(backendSchema.shape));

/** Implicit endpoint id used when a backend has a key in the environment but no endpoint. */
export function implicitEndpointId(backend: BackendType): string {
  return `${backend}-default`;
}

/**
 * Validates settings in the VERSION 2 shape and normalises them. Throws ConfigError naming the
 * path and the bad value. Models without endpoints use the backend's `default_endpoint`, else an
 * implicit endpoint built from the backend preset and its usual env var.
 */
export function parseSettings(input: unknown): ResolvedSettings {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError([{ path: '', message: `settings must be an object, got ${describe(input)}` }]);
  }
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const value = valueAt(input, issue.path);
        const shown = value === undefined ? '' : ` (got ${describe(value)})`;
        return { path: formatIssuePath(issue.path), message: `${issue.message}${shown}` };
      }),
    );
  }
  const data = parsed.data;
  const issues: { path: string; message: string }[] = [];
  const warnings: string[] = [];
  if (data.VERSION !== undefined && String(data.VERSION) !== '2') {
    issues.push({ path: 'VERSION', message: `only VERSION "2" is supported (got ${describe(data.VERSION)})` });
  }

  const endpoints = new Map<string, EndpointConfig>();
  data.endpoints.forEach((raw, index) => {
    const path = `endpoints[${index}]`;
    if (endpoints.has(raw.id)) {
      issues.push({ path: `${path}.id`, message: `duplicate endpoint id "${raw.id}"` });
      return;
    }
    for (const key of Object.keys(raw)) {
      if (!KNOWN_ENDPOINT_KEYS.has(key)) warnings.push(`${path}.${key}: unknown field, ignored`);
    }
    const keys: ApiKeyConfig[] = [];
    const addKey = (
      entry: string | { key: string; id?: string; weight?: number; rpm?: number; tpm?: number; rpd?: number; enabled?: boolean },
    ) => {
      const k = typeof entry === 'string' ? { key: entry } : entry;
      const id = k.id ?? `${raw.id}#${keys.length + 1}`;
      keys.push({ id, key: k.key, weight: k.weight ?? 1, rpm: k.rpm, tpm: k.tpm, rpd: k.rpd, enabled: k.enabled ?? true });
    };
    if (raw.api_key) addKey(raw.api_key);
    for (const entry of raw.api_keys ?? []) addKey(entry);
    endpoints.set(raw.id, {
      id: raw.id,
      apiBase: raw.api_base?.replace(/\/+$/, ''),
      keys,
      kind: endpointKind(raw),
      rpm: raw.rpm,
      tpm: raw.tpm,
      concurrentRequests: raw.concurrent_requests,
      enabled: raw.enabled ?? true,
      proxy: raw.proxy,
      headers: raw.headers ?? {},
      keySelection: raw.key_selection ?? 'round_robin',
      timeoutMs: raw.timeout === undefined ? undefined : raw.timeout * 1000,
      region: raw.region,
      apiVersion: raw.api_version,
      credentials: raw.credentials,
      raw: raw as Record<string, unknown>,
    });
    const endpoint = endpoints.get(raw.id);
    if (endpoint) issues.push(...validateCloudCredentials(endpoint, path));
  });

  const backends: Partial<Record<BackendType, BackendConfig>> = {};
  const seenNames = new Map<string, string>();
  for (const [backendName, rawBackend] of Object.entries(data.backends)) {
    const bpath = `backends.${backendName}`;
    if (!isBackendType(backendName)) {
      issues.push({ path: bpath, message: `unknown backend "${backendName}"; expected one of: ${BACKEND_TYPES.join(', ')}` });
      continue;
    }
    for (const key of Object.keys(rawBackend)) {
      if (!KNOWN_BACKEND_KEYS.has(key)) warnings.push(`${bpath}.${key}: unknown field, ignored`);
    }
    if (rawBackend.default_endpoint !== undefined && !endpoints.has(rawBackend.default_endpoint)) {
      issues.push({ path: `${bpath}.default_endpoint`, message: `unknown endpoint "${rawBackend.default_endpoint}"` });
    }
    const models: Record<string, ModelConfig> = {};
    for (const [modelName, rawModel] of Object.entries(rawBackend.models)) {
      const mpath = `${bpath}.models.${modelName}`;
      for (const key of Object.keys(rawModel)) {
        if (!KNOWN_MODEL_KEYS.has(key)) warnings.push(`${mpath}.${key}: unknown field, ignored`);
      }
      const modelId = rawModel.id ?? modelName;
      const refs = (rawModel.endpoints ?? []).map((ref, i) => {
        const r = typeof ref === 'string' ? { endpoint_id: ref } : ref;
        if (!endpoints.has(r.endpoint_id)) {
          const known = [...endpoints.keys()];
          issues.push({
            path: `${mpath}.endpoints[${i}]`,
            message: `unknown endpoint "${r.endpoint_id}"${known.length ? ` (configured: ${known.join(', ')})` : ' (no endpoints configured)'}`,
          });
        }
        return {
          endpointId: r.endpoint_id,
          modelId: 'model_id' in r && r.model_id ? r.model_id : modelId,
          rpm: 'rpm' in r ? r.rpm : undefined,
          tpm: 'tpm' in r ? r.tpm : undefined,
          concurrentRequests: 'concurrent_requests' in r ? r.concurrent_requests : undefined,
          weight: ('weight' in r ? r.weight : undefined) ?? 1,
        };
      });
      if (refs.length === 0) {
        const fallback = rawBackend.default_endpoint ?? implicitEndpointId(backendName);
        refs.push({ endpointId: fallback, modelId, rpm: undefined, tpm: undefined, concurrentRequests: undefined, weight: 1 });
      }
      models[modelName] = {
        name: modelName,
        backend: backendName,
        id: modelId,
        endpoints: refs,
        functionCallAvailable: rawModel.function_call_available ?? true,
        responseFormatAvailable: rawModel.response_format_available ?? true,
        nativeMultimodal: rawModel.native_multimodal ?? false,
        contextLength: rawModel.context_length,
        maxOutputTokens: rawModel.max_output_tokens,
        enabled: rawModel.enabled ?? true,
        aliases: rawModel.aliases ?? [],
        backup: rawModel.backup ?? false,
        pricing: rawModel.pricing,
      };
      for (const alias of [modelName, ...(rawModel.aliases ?? [])]) {
        const prev = seenNames.get(`${backendName}/${alias}`);
        if (prev && prev !== modelName) {
          issues.push({ path: `${mpath}.aliases`, message: `alias "${alias}" already used by model "${prev}"` });
        }
        seenNames.set(`${backendName}/${alias}`, modelName);
      }
    }
    backends[backendName] = { name: backendName, models, defaultEndpoint: rawBackend.default_endpoint };
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { endpoints, backends, warnings, source: input as Record<string, unknown> };
}

function endpointKind(raw: { endpoint_type?: string; is_azure?: boolean; is_vertex?: boolean; is_bedrock?: boolean }): EndpointKind {
  switch (raw.endpoint_type) {
    case 'openai_azure':
    case 'azure_openai':
      return 'azure_openai';
    case 'openai_vertex':
    case 'vertex':
    case 'gemini_vertex':
      return 'vertex_gemini';
    case 'anthropic_vertex':
      return 'vertex_anthropic';
    case 'anthropic_bedrock':
    case 'bedrock':
      return 'bedrock';
    case 'openai':
    case 'anthropic':
    case 'gemini':
      return raw.endpoint_type;
    default:
      if (raw.is_azure) return 'azure_openai';
      if (raw.is_vertex) return 'vertex_gemini';
      if (raw.is_bedrock) return 'bedrock';
      return 'default';
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
