import { getModelInfo } from '../catalog/get-model-info.js';
import { keysFromEnv } from '../client/resolve-deployments.js';
import { PRESETS } from '../providers/presets.js';
import { BACKEND_TYPES, type BackendType } from '../settings/backend-type.js';
import { implicitEndpointId } from '../settings/parse-settings.js';

/**
 * Settings when none are given (`new StableLLM({ openaiApiKey, … })`, and the gateway without a
 * config file): every backend with a key — given here, or in its usual env var — gets its preset's
 * models, the first as primary and the rest as lighter backups (the seed's "primary → other
 * providers → backup" plan). Keys from the environment stay there (the endpoint reads them when
 * called), so no secret is copied into settings; the endpoint also marks the backend as env-only,
 * which lets `backend/any-model-id` resolve. Vision capability comes from the catalog.
 */
export function settingsFromKeys(
  explicit: Partial<Record<BackendType, string | string[] | undefined>>,
  env: NodeJS.ProcessEnv = process.env,
): { VERSION: '2'; endpoints: Record<string, unknown>[]; backends: Record<string, { models: Record<string, object> }> } {
  const endpoints: Record<string, unknown>[] = [];
  const backends: Record<string, { models: Record<string, object> }> = {};
  for (const backend of BACKEND_TYPES) {
    const preset = PRESETS[backend];
    if (preset.defaultModels.length === 0 || preset.keyOptional) continue;
    const given = explicit[backend];
    const id = implicitEndpointId(backend);
    if (given !== undefined) endpoints.push({ id, api_keys: ([] as string[]).concat(given) });
    else if (keysFromEnv(backend, id, env).length > 0) endpoints.push({ id });
    else continue;
    const models: Record<string, object> = {};
    preset.defaultModels.forEach((name, i) => {
      models[name] = {
        id: name,
        endpoints: [id],
        backup: i > 0,
        native_multimodal: getModelInfo(backend, name)?.capabilities.vision ?? false,
      };
    });
    backends[backend] = { models };
  }
  return { VERSION: '2', endpoints, backends };
}
