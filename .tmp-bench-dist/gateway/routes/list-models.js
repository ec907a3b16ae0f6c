import { GatewayHttpError } from '../http/http-error.js';
import { sendJson } from '../http/send-json.js';
/** Every configured `backend/model` and every route, in the OpenAI list shape, filtered to what the key may use. */
export function modelEntries(state, caller, created) {
    const allowed = caller?.key?.models;
    const may = (id, backend, name) => !allowed ||
        allowed.length === 0 ||
        allowed.includes('*') ||
        allowed.includes(id) ||
        (name !== undefined && allowed.includes(name)) ||
        (backend !== undefined && allowed.includes(`${backend}/*`));
    const out = [];
    const demo = state.config.demo;
    for (const [backend, cfg] of Object.entries(state.config.settings.backends)) {
        for (const m of Object.values(cfg?.models ?? {})) {
            if (!m.enabled)
                continue;
            const id = `${backend}/${m.name}`;
            if (!may(id, backend, m.name))
                continue;
            const isDemo = demo && backend === 'local' && m.name.startsWith('demo-');
            out.push({
                id,
                object: 'model',
                created,
                owned_by: isDemo ? 'stable-llm-demo (simulated provider, canned answers)' : backend,
                name: m.name,
                upstream_id: m.id,
                context_length: m.contextLength ?? null,
                max_output_tokens: m.maxOutputTokens ?? null,
                capabilities: { tools: m.functionCallAvailable, response_format: m.responseFormatAvailable, vision: m.nativeMultimodal },
                ...(m.aliases.length ? { aliases: m.aliases } : {}),
                ...(isDemo ? { simulated: true } : {}),
            });
        }
    }
    for (const route of state.config.routes.values()) {
        if (!may(route.name))
            continue;
        out.push({
            id: route.name,
            object: 'model',
            created,
            owned_by: 'stable-llm-route',
            strategy: route.strategy,
            targets: route.targets.map((t) => `${t.backend}/${t.model}`),
        });
    }
    return out;
}
/** GET /v1/models */
export function listModels(ctx) {
    sendJson(ctx, 200, { object: 'list', data: modelEntries(ctx.state, ctx.caller, Math.floor(ctx.runtime.startedAt / 1000)) });
}
/** GET /v1/models/{id} (ids may contain `/`). */
export function retrieveModel(ctx) {
    const id = decodeURIComponent(ctx.path.slice(ctx.path.indexOf('/models/') + 8));
    const entry = modelEntries(ctx.state, ctx.caller, Math.floor(ctx.runtime.startedAt / 1000)).find((m) => m.id === id || m.name === id);
    if (!entry)
        throw new GatewayHttpError({
            status: 404,
            type: 'invalid_request_error',
            code: 'model_not_found',
            param: 'model',
            message: `The model "${id}" does not exist on this gateway`,
        });
    sendJson(ctx, 200, entry);
}
//# sourceMappingURL=list-models.js.map