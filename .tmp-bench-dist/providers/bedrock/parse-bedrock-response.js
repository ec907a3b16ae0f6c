import { createLLMError } from '../../errors/llm-error.js';
import { isRecord, readString } from '../classify/json-guards.js';
import { convertBedrockUsage } from './convert-bedrock-usage.js';
import { mapBedrockStopReason } from './map-bedrock-stop-reason.js';
/**
 * Converse response → canonical result. Text blocks are joined; `toolUse` blocks become
 * tool calls (input re-serialised as the arguments JSON); `reasoningContent` becomes
 * `reasoning_content` plus `reasoning_details` (signed Claude thinking and redacted blocks) to
 * send back on the next turn.
 */
export function parseBedrockResponse(body, ctx) {
    const output = isRecord(body) && isRecord(body.output) ? body.output : undefined;
    const message = output && isRecord(output.message) ? output.message : undefined;
    if (!isRecord(body) || !message) {
        throw createLLMError({
            kind: 'server',
            provider: ctx.provider,
            status: 502,
            message: `${ctx.provider}: Converse response has no output.message`,
            body,
        });
    }
    let text = '';
    let reasoning = '';
    const details = [];
    const toolCalls = [];
    for (const block of Array.isArray(message.content) ? message.content : []) {
        if (!isRecord(block))
            continue;
        if (typeof block.text === 'string')
            text += block.text;
        else if (isRecord(block.toolUse)) {
            const use = block.toolUse;
            toolCalls.push({
                id: readString(use.toolUseId) ?? `tooluse_${toolCalls.length}`,
                type: 'function',
                function: { name: readString(use.name) ?? '', arguments: JSON.stringify(use.input ?? {}) },
            });
        }
        else if (isRecord(block.reasoningContent)) {
            const rc = block.reasoningContent;
            if (isRecord(rc.reasoningText)) {
                const t = readString(rc.reasoningText.text) ?? '';
                const signature = readString(rc.reasoningText.signature);
                reasoning += t;
                details.push({ type: 'thinking', text: t, ...(signature ? { signature } : {}) });
            }
            else if (typeof rc.redactedContent === 'string') {
                details.push({ type: 'redacted_thinking', data: rc.redactedContent });
            }
        }
    }
    const result = {
        content: text === '' && toolCalls.length > 0 ? null : text,
        reasoning_content: reasoning === '' ? null : reasoning,
        tool_calls: toolCalls.length > 0 ? toolCalls : null,
        finish_reason: mapBedrockStopReason(body.stopReason),
        usage: convertBedrockUsage(body.usage),
        provider: ctx.provider,
        model: ctx.model,
        raw: body,
    };
    if (details.length > 0)
        result.reasoning_details = details;
    return result;
}
//# sourceMappingURL=parse-bedrock-response.js.map