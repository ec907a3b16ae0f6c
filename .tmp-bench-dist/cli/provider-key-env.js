import { PRESETS } from '../providers/presets.js';
/** One line per provider that works with just a key: the backend and the env var it reads first. */
export function providerKeyEnv() {
    const out = [];
    for (const preset of Object.values(PRESETS)) {
        if (preset.keyOptional || preset.defaultModels.length === 0 || !preset.keyEnv[0])
            continue;
        out.push({ backend: preset.backend, label: preset.label, envVar: preset.keyEnv[0] });
    }
    return out;
}
//# sourceMappingURL=provider-key-env.js.map