import { PRESETS } from '../../providers/presets.js';
import type { BackendType } from '../../settings/backend-type.js';

/**
 * Settings for a gateway started without a config file: every backend whose usual key variable
 * is set (OPENAI_API_KEY, ANTHROPIC_API_KEY, …) gets its preset's default models on the implicit
 * endpoint. Key-optional presets (local servers) are left out: they need an explicit api_base.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): {
  VERSION: '2';
  endpoints: [];
  backends: Record<string, { models: Record<string, object> }>;
} {
  const backends: Record<string, { models: Record<string, object> }> = {};
  for (const [backend, preset] of Object.entries(PRESETS) as [BackendType, (typeof PRESETS)[BackendType]][]) {
    if (!preset || preset.keyOptional) continue;
    if (!preset.keyEnv.some((name) => env[name])) continue;
    const models: Record<string, object> = {};
    for (const model of preset.defaultModels ?? []) models[model] = {};
    if (Object.keys(models).length > 0) backends[backend] = { models };
  }
  return { VERSION: '2', endpoints: [], backends };
}

/** The env variable names users can set, for the "no provider configured" help text. */
export function providerKeyEnvNames(): string[] {
  const out: string[] = [];
  for (const preset of Object.values(PRESETS)) {
    if (preset && !preset.keyOptional && preset.keyEnv[0]) out.push(preset.keyEnv[0]);
  }
  return out;
}
