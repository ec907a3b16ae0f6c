import { PRESETS } from '../providers/presets.js';
import type { BackendType } from '../settings/backend-type.js';

/** One line per provider that works with just a key: the backend and the env var it reads first. */
export function providerKeyEnv(): { backend: BackendType; label: string; envVar: string }[] {
  const out: { backend: BackendType; label: string; envVar: string }[] = [];
  for (const preset of Object.values(PRESETS)) {
    if (preset.keyOptional || preset.defaultModels.length === 0 || !preset.keyEnv[0]) continue;
    out.push({ backend: preset.backend, label: preset.label, envVar: preset.keyEnv[0] });
  }
  return out;
}
