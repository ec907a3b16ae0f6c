import { keysFromEnv } from '../client/resolve-deployments.js';
import { PRESETS } from '../providers/presets.js';
import { BACKEND_TYPES, type BackendType } from '../settings/backend-type.js';
import { implicitEndpointId } from '../settings/parse-settings.js';

/**
 * Settings for `new StableLLM({ openaiApiKey, … })` without explicit settings: every backend with
 * a key (given, or in its usual env var) gets its preset's models — the first as primary, the
 * rest as lighter backups (the seed's "primary → other providers → backup" plan).
 */
export function settingsFromKeys(
  explicit: Partial<Record<BackendType, string | string[] | undefined>>,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, unknown> {
  const endpoints: Record<string, unknown>[] = [];
  const backends: Record<string, unknown> = {};
  for (const backend of BACKEND_TYPES) {
    const preset = PRESETS[backend];
    if (preset.defaultModels.length === 0 || preset.keyOptional) continue;
    const given = explicit[backend];
    const keys =
      given === undefined ? keysFromEnv(backend, implicitEndpointId(backend), env).map((k) => k.key) : ([] as string[]).concat(given);
    if (keys.length === 0) continue;
    const id = implicitEndpointId(backend);
    endpoints.push({ id, api_keys: keys });
    const models: Record<string, unknown> = {};
    preset.defaultModels.forEach((name, i) => {
      models[name] = { id: name, endpoints: [id], backup: i > 0, native_multimodal: true };
    });
    backends[backend] = { models };
  }
  return { VERSION: '2', endpoints, backends };
}
