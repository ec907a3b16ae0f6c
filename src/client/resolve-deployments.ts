import { builtinCatalog } from '../catalog/get-model-info.js';
import { ConfigError } from '../errors/config-error.js';
import { PRESETS } from '../providers/presets.js';
import type { BackendType } from '../settings/backend-type.js';
import { implicitEndpointId } from '../settings/parse-settings.js';
import type { ApiKeyConfig, EndpointConfig, ModelConfig, ResolvedSettings } from '../settings/resolved-settings.js';
import type { Deployment } from './deployment.js';

/** Keys from the backend's usual environment variables (`OPENAI_API_KEY`, comma-separated lists allowed). */
export function keysFromEnv(backend: BackendType, endpointId: string, env: NodeJS.ProcessEnv = process.env): ApiKeyConfig[] {
  for (const name of PRESETS[backend].keyEnv) {
    const value = env[name];
    if (value) {
      return value
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
        .map((key, i) => ({ id: `${endpointId}#${i + 1}`, key, weight: 1, enabled: true }));
    }
  }
  return [];
}

/**
 * Base URL override from the environment, following the official SDKs' convention:
 * `OPENAI_BASE_URL`, `ANTHROPIC_BASE_URL`, and likewise `<KEY VAR without _API_KEY>_BASE_URL`
 * for every vendor (`DEEPSEEK_BASE_URL`, `DASHSCOPE_BASE_URL`, `GEMINI_BASE_URL`, …). Applies
 * only to endpoints that set no `api_base` of their own.
 */
export function baseUrlFromEnv(backend: BackendType, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const keyVar of PRESETS[backend].keyEnv) {
    if (!keyVar.endsWith('_API_KEY')) continue;
    const value = env[`${keyVar.slice(0, -'_API_KEY'.length)}_BASE_URL`];
    if (value) return value;
  }
  return undefined;
}

/** The endpoint a backend uses when settings name none: preset base URL + env key. */
export function implicitEndpoint(backend: BackendType, env: NodeJS.ProcessEnv = process.env): EndpointConfig {
  const id = implicitEndpointId(backend);
  return {
    id,
    keys: keysFromEnv(backend, id, env),
    kind: 'default',
    enabled: true,
    headers: {},
    keySelection: 'round_robin',
    raw: { id },
  };
}

/** Finds a model in a backend by settings name, alias or upstream id. */
export function findModel(settings: ResolvedSettings, backend: BackendType, name: string): ModelConfig | undefined {
  const models = settings.backends[backend]?.models;
  if (!models) return undefined;
  if (models[name]) return models[name];
  for (const m of Object.values(models)) {
    if (m.aliases.includes(name) || m.id === name) return m;
  }
  return undefined;
}

/**
 * A model that is not in settings but whose backend has a key in the environment: synthesised
 * from the preset so `createChatClient('openai', { model: 'gpt-5.5' })` works with just
 * OPENAI_API_KEY set.
 */
export function synthesizeModel(backend: BackendType, name: string): ModelConfig {
  return {
    name,
    backend,
    id: name,
    endpoints: [{ endpointId: implicitEndpointId(backend), modelId: name, weight: 1 }],
    functionCallAvailable: true,
    responseFormatAvailable: true,
    nativeMultimodal: true,
    enabled: true,
    aliases: [],
    backup: false,
  };
}

/**
 * Resolves a backend + model name into its callable deployments (enabled endpoints only).
 * Throws a ConfigError that lists what is configured when nothing matches.
 */
const cache = new WeakMap<ResolvedSettings, Map<string, Deployment[]>>();

/**
 * Cached `resolveDeployments` for the hot path: settings objects are immutable (a reload builds a
 * new one), so the deployments of a backend/model/endpoint are resolved once per settings version.
 */
export function resolveDeploymentsCached(
  settings: ResolvedSettings,
  backend: BackendType,
  modelName: string,
  endpointId?: string,
): Deployment[] {
  let byName = cache.get(settings);
  if (!byName) {
    byName = new Map();
    cache.set(settings, byName);
  }
  const k = `${backend}\u0000${modelName}\u0000${endpointId ?? ''}`;
  let hit = byName.get(k);
  if (!hit) {
    hit = resolveDeployments(settings, backend, modelName, { endpointId });
    byName.set(k, hit);
  }
  return hit;
}

/** Fills context window, max output and prices a model's settings leave out from the catalog. */
function withCatalogFacts(model: ModelConfig, modelId: string): ModelConfig {
  if (model.contextLength !== undefined && model.maxOutputTokens !== undefined && model.pricing !== undefined) return model;
  const info = builtinCatalog.get(model.backend, modelId) ?? builtinCatalog.get(model.backend, model.name);
  if (!info) return model;
  return {
    ...model,
    contextLength: model.contextLength ?? info.contextWindow,
    maxOutputTokens: model.maxOutputTokens ?? info.maxOutputTokens,
    pricing: model.pricing ?? info.pricing,
  };
}

export function resolveDeployments(
  settings: ResolvedSettings,
  backend: BackendType,
  modelName: string,
  options: { endpointId?: string; env?: NodeJS.ProcessEnv; allowSynthesized?: boolean } = {},
): Deployment[] {
  const env = options.env ?? process.env;
  const preset = PRESETS[backend];
  if (!preset) {
    throw new ConfigError([
      { path: 'backend', message: `unknown backend "${backend}"; expected one of: ${Object.keys(PRESETS).join(', ')}` },
    ]);
  }
  let model = findModel(settings, backend, modelName);
  if (!model) {
    const envKeys = keysFromEnv(backend, implicitEndpointId(backend), env);
    const backendConfigured = settings.backends[backend] !== undefined;
    // Env-only setups (keys from OPENAI_API_KEY & co., no explicit models) accept any model id of
    // that vendor, so `deepseek/deepseek-chat` works without listing it first.
    const envOnly = settings.endpoints.has(implicitEndpointId(backend));
    if ((options.allowSynthesized ?? true) && (envOnly || (!backendConfigured && (envKeys.length > 0 || preset.keyOptional)))) {
      model = synthesizeModel(backend, modelName);
    } else {
      const configured = Object.keys(settings.backends[backend]?.models ?? {});
      throw new ConfigError([
        {
          path: `backends.${backend}.models`,
          message: `unknown model "${modelName}" for backend "${backend}"; ${
            configured.length
              ? `configured: ${configured.join(', ')}`
              : `no models configured${envKeys.length ? '' : ` and ${preset.keyEnv[0]} is not set`}`
          }`,
        },
      ]);
    }
  }
  if (!model.enabled) {
    throw new ConfigError([{ path: `backends.${backend}.models.${model.name}.enabled`, message: `model "${model.name}" is disabled` }]);
  }
  const out: Deployment[] = [];
  for (const ref of model.endpoints) {
    if (options.endpointId && ref.endpointId !== options.endpointId) continue;
    let endpoint = settings.endpoints.get(ref.endpointId);
    if (!endpoint && ref.endpointId === implicitEndpointId(backend)) endpoint = implicitEndpoint(backend, env);
    if (!endpoint?.enabled) continue;
    // Cloud endpoints take keys from the cloud's env vars (an Anthropic model on Bedrock must not
    // pick up ANTHROPIC_API_KEY and send it as a bearer token).
    const keyBackend: BackendType =
      endpoint.kind === 'azure_openai'
        ? 'azure_openai'
        : endpoint.kind.startsWith('vertex')
          ? 'vertex'
          : endpoint.kind === 'bedrock'
            ? 'bedrock'
            : backend;
    const keys = endpoint.keys.length > 0 ? endpoint.keys : keysFromEnv(keyBackend, endpoint.id, env);
    out.push({
      key: `${backend}|${endpoint.id}|${ref.modelId}`,
      backend,
      modelName: model.name,
      modelId: ref.modelId,
      endpoint,
      apiBase: (endpoint.apiBase ?? baseUrlFromEnv(backend, env) ?? preset.baseURL).replace(/\/+$/, ''),
      keys,
      weight: ref.weight,
      rpm: ref.rpm ?? endpoint.rpm,
      tpm: ref.tpm ?? endpoint.tpm,
      concurrentRequests: ref.concurrentRequests ?? endpoint.concurrentRequests,
      model: withCatalogFacts(model, ref.modelId),
      quirks: preset.quirks,
    });
  }
  if (out.length === 0) {
    const where = options.endpointId ? ` on endpoint "${options.endpointId}"` : '';
    throw new ConfigError([
      { path: `backends.${backend}.models.${model.name}.endpoints`, message: `no enabled endpoint${where} for model "${model.name}"` },
    ]);
  }
  return out;
}
