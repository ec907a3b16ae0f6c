import { validateChatRequest } from '../../spec/validate-chat-request.js';
import { countTries, noteServed, servedHeaders } from '../chat/note-served.js';
import { pipeEngineStream } from '../chat/pipe-engine-stream.js';
import { prepareChat } from '../chat/prepare-chat.js';
import { parseJsonObject } from '../http/parse-json-object.js';
import { readBody } from '../http/read-body.js';
import { sendJson } from '../http/send-json.js';
import { OpenAISseEncoder } from '../openai/openai-sse-encoder.js';
import { toChatCompletion } from '../openai/to-chat-completion.js';
/** POST /v1/chat/completions (and /api/v1/chat/completions): OpenAI-exact JSON and SSE. */
export async function chatCompletions(ctx) {
    const body = await readBody(ctx, ctx.state.config.server.bodyLimit);
    const request = validateChatRequest(parseJsonObject(body));
    const options = await prepareChat(ctx, request, 'chat', body.length);
    const engine = ctx.state.engine;
    const id = `chatcmpl-${ctx.requestId.replace(/-/g, '')}`;
    const created = Math.floor(ctx.startedAtMs / 1000);
    if (request.stream) {
        const stream = engine.stream(request, options);
        const includeUsage = request.stream_options?.include_usage === true;
        await pipeEngineStream(ctx, stream, () => new OpenAISseEncoder(id, created, includeUsage, options.model ?? 'default'));
        return;
    }
    const result = await engine.complete(request, options);
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
    sendJson(ctx, 200, toChatCompletion(result, id, created), headers);
}
/** Gateway time that was not spent waiting for an upstream answer. */
export function overheadOf(ctx, attempts) {
    let upstream = 0;
    for (const a of attempts)
        if (a.outcome !== 'skipped' && !a.hedged)
            upstream += a.latencyMs;
    return ctx.elapsedMs() - upstream;
}
//# sourceMappingURL=chat-completions.js.map