import { PRESETS } from '../../providers/presets.js';
import { settingsFromKeys } from '../../stable/settings-from-keys.js';

/**
 * Gateway settings when no config file exists: the same as the library's defaults
 * (`settingsFromKeys`) — preset models for every backend whose key is in the environment.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv): ReturnType<typeof settingsFromKeys> {
  return settingsFromKeys({}, env);
}

/** The env variable names users can set, for the "no provider configured" help text. */
export function providerKeyEnvNames(): string[] {
  const out: string[] = [];
  for (const preset of Object.values(PRESETS)) {
    if (preset && !preset.keyOptional && preset.keyEnv[0]) out.push(preset.keyEnv[0]);
  }
  return out;
}
