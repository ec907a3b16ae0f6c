import { PRESETS } from '../../providers/presets.js';
/**
 * Settings for a gateway started without a config file: every backend whose usual key variable
 * is set (OPENAI_API_KEY, ANTHROPIC_API_KEY, …) gets its preset's default models on the implicit
 * endpoint. Key-optional presets (local servers) are left out: they need an explicit api_base.
 */
export function settingsFromEnv(env) {
    const backends = {};
    for (const [backend, preset] of Object.entries(PRESETS)) {
        if (!preset || preset.keyOptional)
            continue;
        if (!preset.keyEnv.some((name) => env[name]))
            continue;
        const models = {};
        for (const model of preset.defaultModels ?? [])
            models[model] = {};
        if (Object.keys(models).length > 0)
            backends[backend] = { models };
    }
    return { VERSION: '2', endpoints: [], backends };
}
/** The env variable names users can set, for the "no provider configured" help text. */
export function providerKeyEnvNames() {
    const out = [];
    for (const preset of Object.values(PRESETS)) {
        if (preset && !preset.keyOptional && preset.keyEnv[0])
            out.push(preset.keyEnv[0]);
    }
    return out;
}
//# sourceMappingURL=settings-from-env.js.map