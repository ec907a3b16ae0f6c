import { validateChatRequest } from '../../spec/validate-chat-request.js';
import { pipeEngineStream } from '../chat/pipe-engine-stream.js';
import { prepareChat } from '../chat/prepare-chat.js';
import { parseJsonObject } from '../http/parse-json-object.js';
import { readBody } from '../http/read-body.js';
/**
 * The seed-003 protocol: `data: {"content": "..."}` events, then `data: [DONE]`. Reasoning
 * arrives as `{"reasoning_content": ...}` events (old clients only read `content`); an error
 * after the stream started is `{"error": {...}}` followed by `[DONE]`, so clients waiting for
 * `[DONE]` always stop.
 */
class SimpleSseEncoder {
    open(_first) {
        return '';
    }
    encode(d) {
        let out = '';
        if (d.reasoning_content)
            out += `data: ${JSON.stringify({ reasoning_content: d.reasoning_content })}\n\n`;
        if (d.content)
            out += `data: ${JSON.stringify({ content: d.content })}\n\n`;
        return out;
    }
    close() {
        return 'data: [DONE]\n\n';
    }
    fail(error) {
        return `data: ${JSON.stringify({ error: { message: error.message, type: error.type, code: error.code } })}\n\ndata: [DONE]\n\n`;
    }
}
/** POST /api/chat — body `{messages, model?, temperature?, ...}`; always streams. */
export async function simpleChat(ctx) {
    const body = await readBody(ctx, ctx.state.config.server.bodyLimit);
    const request = validateChatRequest(parseJsonObject(body));
    request.stream = true;
    const options = await prepareChat(ctx, request, 'chat', body.length);
    const stream = ctx.state.engine.stream(request, options);
    await pipeEngineStream(ctx, stream, () => new SimpleSseEncoder());
}
//# sourceMappingURL=simple-chat.js.map