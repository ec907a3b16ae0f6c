/** Endpoint id and model names of the built-in simulated provider (`--demo`). */
export const DEMO_ENDPOINT_ID = 'stable-llm-demo';
export const DEMO_BACKEND = 'local';
export const DEMO_MODELS = ['demo-chat', 'demo-reasoner', 'demo-vision'];
/**
 * Adds the simulated provider (the fake upstream started in-process) as the `local` backend.
 * Its answers are canned, so everything about it says "demo": model names, /v1/models owner,
 * the banner and a response header.
 */
export function withDemoProvider(raw, upstreamUrl) {
    const out = { ...raw };
    const endpoints = Array.isArray(out.endpoints) ? [...out.endpoints] : [];
    endpoints.push({ id: DEMO_ENDPOINT_ID, api_base: `${upstreamUrl.replace(/\/+$/, '')}/v1`, api_key: 'demo-not-a-secret' });
    out.endpoints = endpoints;
    const backends = { ...(out.backends ?? {}) };
    const local = { ...(backends[DEMO_BACKEND] ?? {}) };
    const models = { ...(local.models ?? {}) };
    for (const name of DEMO_MODELS) {
        models[name] = {
            id: name,
            endpoints: [DEMO_ENDPOINT_ID],
            native_multimodal: name === 'demo-vision',
            context_length: 32768,
            pricing: { input: 0, output: 0 },
        };
    }
    local.models = models;
    backends[DEMO_BACKEND] = local;
    out.backends = backends;
    const realBackends = Object.keys(backends).filter((b) => b !== DEMO_BACKEND);
    const active = { ...(out.active ?? {}) };
    if (realBackends.length === 0 && active.chat === undefined)
        active.chat = `${DEMO_BACKEND}/demo-chat`;
    if (realBackends.length === 0 && active.vision === undefined)
        active.vision = `${DEMO_BACKEND}/demo-vision`;
    out.active = active;
    return out;
}
//# sourceMappingURL=with-demo-provider.js.map