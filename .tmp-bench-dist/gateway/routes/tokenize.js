import { z } from 'zod';
import { findModel } from '../../client/resolve-deployments.js';
import { isBackendType } from '../../settings/backend-type.js';
import { chatMessageSchema, toolDefinitionSchema } from '../../spec/chat-request-schema.js';
import { readJsonObject } from '../http/read-body.js';
import { sendJson } from '../http/send-json.js';
import { validateBody } from '../http/validate-body.js';
export const tokenizeRequestSchema = z
    .looseObject({
    model: z.string().min(1).optional(),
    text: z.string().optional(),
    messages: z.array(chatMessageSchema).optional(),
    tools: z.array(toolDefinitionSchema).optional(),
})
    .refine((v) => v.text !== undefined || v.messages !== undefined, { message: 'send "text" or "messages"', path: ['text'] });
export const countTokensRequestSchema = z.looseObject({ text: z.string(), model: z.string().min(1).optional() });
/** Upstream model id for a requested name, so the right tokenizer family is picked. */
export function tokenizerModel(state, requested) {
    const name = requested ?? state.active.chat ?? state.defaultPlan()[0]?.model ?? 'gpt-4o';
    const route = state.config.routes.get(name);
    if (route?.targets[0])
        return modelId(state, route.targets[0].backend, route.targets[0].model);
    const slash = name.indexOf('/');
    if (slash > 0 && isBackendType(name.slice(0, slash)))
        return modelId(state, name.slice(0, slash), name.slice(slash + 1));
    return name;
}
function modelId(state, backend, model) {
    return isBackendType(backend) ? (findModel(state.config.settings, backend, model)?.id ?? model) : model;
}
/** POST /v1/tokenize — `{model?, text}` or `{model?, messages, tools?}` → token count with the model's own tokenizer. */
export async function tokenize(ctx) {
    const body = validateBody(tokenizeRequestSchema, await readJsonObject(ctx));
    const model = tokenizerModel(ctx.state, body.model);
    const tokens = await import('../../tokens/index.js');
    if (body.messages) {
        const r = await tokens.countMessageTokens(body.messages, model, { tools: body.tools });
        sendJson(ctx, 200, {
            model,
            tokens: r.total,
            total_tokens: r.total,
            per_message: r.perMessage,
            tools: r.tools,
            images: r.images,
            family: r.family,
            estimated: r.estimated,
        });
        return;
    }
    const r = await tokens.countTokensDetailed(body.text ?? '', model);
    sendJson(ctx, 200, { model, tokens: r.tokens, total_tokens: r.tokens, family: r.family, estimated: r.estimated });
}
/** POST /count_tokens — vv-llm's `{text, model}` → `{total_tokens}`. */
export async function countTokens(ctx) {
    const body = validateBody(countTokensRequestSchema, await readJsonObject(ctx));
    const model = tokenizerModel(ctx.state, body.model);
    const tokens = await import('../../tokens/index.js');
    sendJson(ctx, 200, { total_tokens: await tokens.getTokenCounts(body.text, model) });
}
//# sourceMappingURL=tokenize.js.map