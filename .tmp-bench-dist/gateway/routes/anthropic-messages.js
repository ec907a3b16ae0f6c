import { anthropicRequestSchema } from '../anthropic/anthropic-request-schema.js';
import { AnthropicSseEncoder } from '../anthropic/anthropic-sse-encoder.js';
import { anthropicToChatRequest } from '../anthropic/anthropic-to-chat-request.js';
import { toAnthropicMessage } from '../anthropic/to-anthropic-message.js';
import { countTries, noteServed, servedHeaders } from '../chat/note-served.js';
import { pipeEngineStream } from '../chat/pipe-engine-stream.js';
import { prepareChat } from '../chat/prepare-chat.js';
import { parseJsonObject } from '../http/parse-json-object.js';
import { readBody } from '../http/read-body.js';
import { sendJson } from '../http/send-json.js';
import { validateBody } from '../http/validate-body.js';
import { overheadOf } from './chat-completions.js';
/**
 * POST /v1/messages: Anthropic-compatible, to any backend. Errors on this route are
 * Anthropic-shaped (the route is registered with errorStyle 'anthropic').
 */
export async function anthropicMessages(ctx) {
    const body = await readBody(ctx, ctx.state.config.server.bodyLimit);
    const req = validateBody(anthropicRequestSchema, parseJsonObject(body));
    const request = anthropicToChatRequest(req);
    const options = await prepareChat(ctx, request, 'chat', body.length);
    const id = `msg_${ctx.requestId.replace(/-/g, '')}`;
    ctx.res.setHeader('request-id', ctx.requestId);
    if (request.stream) {
        const stream = ctx.state.engine.stream(request, options);
        await pipeEngineStream(ctx, stream, () => new AnthropicSseEncoder(id, req.model, ctx.requestId));
        return;
    }
    const result = await ctx.state.engine.complete(request, options);
    noteServed(ctx, {
        target: result.target,
        provider: result.provider,
        model: result.model,
        usage: result.usage,
        cost: result.cost,
        attempts: result.attempts,
    });
    const headers = servedHeaders(ctx, {
        keyId: result.keyId,
        attempts: result.attempts,
        tries: countTries(result.attempts),
        overheadMs: overheadOf(ctx, result.attempts),
        costUsd: result.cost?.total,
    });
    sendJson(ctx, 200, toAnthropicMessage(result, id), headers);
}
//# sourceMappingURL=anthropic-messages.js.map