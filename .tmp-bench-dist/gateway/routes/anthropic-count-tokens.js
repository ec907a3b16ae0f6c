import { anthropicCountTokensSchema } from '../anthropic/anthropic-request-schema.js';
import { anthropicToChatRequest } from '../anthropic/anthropic-to-chat-request.js';
import { readJsonObject } from '../http/read-body.js';
import { sendJson } from '../http/send-json.js';
import { validateBody } from '../http/validate-body.js';
import { tokenizerModel } from './tokenize.js';
/** POST /v1/messages/count_tokens — Anthropic-compatible `{input_tokens}` (Claude Code calls it). */
export async function anthropicCountTokens(ctx) {
    const body = validateBody(anthropicCountTokensSchema, await readJsonObject(ctx));
    const request = anthropicToChatRequest({ ...body, max_tokens: 1 });
    const model = tokenizerModel(ctx.state, body.model);
    const tokens = await import('../../tokens/index.js');
    const count = await tokens.countMessageTokens(request.messages, model, { tools: request.tools, toolChoice: request.tool_choice });
    sendJson(ctx, 200, { input_tokens: count.total });
}
//# sourceMappingURL=anthropic-count-tokens.js.map