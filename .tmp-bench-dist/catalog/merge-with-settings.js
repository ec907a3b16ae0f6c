import { tokenizerFamilyFor } from '../tokens/tokenizer-family.js';
import { builtinCatalog } from './get-model-info.js';
import { ModelCatalog } from './model-catalog.js';
/** The model object exactly as the user wrote it, to tell explicit flags from parser defaults. */
function rawModel(settings, backend, name) {
    const backends = settings.source.backends;
    if (typeof backends !== 'object' || backends === null)
        return {};
    const b = backends[backend];
    const models = typeof b === 'object' && b !== null ? b.models : undefined;
    const m = typeof models === 'object' && models !== null ? models[name] : undefined;
    return typeof m === 'object' && m !== null ? m : {};
}
function explicitBool(raw, field) {
    return typeof raw[field] === 'boolean' ? raw[field] : undefined;
}
function mergePricing(base, user) {
    if (!user)
        return base;
    const defined = Object.fromEntries(Object.entries(user).filter(([, v]) => typeof v === 'number'));
    // A user price is a negotiated or corrected rate; the vendor's long-context tier no longer applies.
    const { longContext: _ignored, ...rest } = base ?? {};
    return { ...rest, ...defined };
}
function fromSettings(cfg, raw, base) {
    const aliases = [...cfg.aliases];
    return {
        id: cfg.name,
        backend: cfg.backend,
        upstreamId: cfg.id !== cfg.name ? cfg.id : undefined,
        aliases,
        contextWindow: cfg.contextLength ?? base?.contextWindow,
        maxOutputTokens: cfg.maxOutputTokens ?? base?.maxOutputTokens,
        capabilities: {
            tools: explicitBool(raw, 'function_call_available') ?? base?.capabilities.tools ?? cfg.functionCallAvailable,
            jsonMode: explicitBool(raw, 'response_format_available') ?? base?.capabilities.jsonMode ?? cfg.responseFormatAvailable,
            vision: explicitBool(raw, 'native_multimodal') ?? base?.capabilities.vision ?? cfg.nativeMultimodal,
            reasoning: base?.capabilities.reasoning ?? false,
            promptCaching: base?.capabilities.promptCaching ?? false,
        },
        pricing: mergePricing(base?.pricing, cfg.pricing),
        tokenizer: tokenizerFamilyFor(cfg.id),
        source: base ? `${base.source}; overridden by settings` : 'settings',
        notes: base?.notes,
        origin: base ? 'catalog+settings' : 'settings',
    };
}
/**
 * A catalog where the user's settings override or add models. Each configured model is matched
 * to a built-in entry by its upstream id (then by its name); explicit settings fields
 * (`context_length`, `max_output_tokens`, `pricing`, capability flags) win, the rest comes from
 * the built-in entry. Settings models answer to their configured name, aliases and upstream id.
 */
export function mergeWithSettings(settings, base = builtinCatalog) {
    const merged = [];
    for (const backend of Object.values(settings.backends)) {
        if (!backend)
            continue;
        for (const cfg of Object.values(backend.models)) {
            const builtIn = base.get(cfg.backend, cfg.id) ?? base.get(cfg.backend, cfg.name);
            merged.push(fromSettings(cfg, rawModel(settings, cfg.backend, cfg.name), builtIn));
        }
    }
    return new ModelCatalog([...merged, ...base.list()], base.date);
}
//# sourceMappingURL=merge-with-settings.js.map