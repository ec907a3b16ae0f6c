import { isRecord } from '../shared/is-record.js';
/**
 * Reads one candidate's `content.parts`: `thought: true` text is reasoning, other text is content,
 * `functionCall` parts become tool calls, and every `thoughtSignature` is kept for the next turn.
 * Function calls without an `id` get `call_<n>`, n counting calls from `firstToolIndex` (the
 * stream parser passes how many it has already seen).
 */
export function readGeminiParts(parts, firstToolIndex = 0) {
    const out = { text: '', reasoning: '', toolCalls: [], signatures: [] };
    if (!Array.isArray(parts))
        return out;
    for (const part of parts) {
        if (!isRecord(part))
            continue;
        let toolCallId;
        if (isRecord(part.functionCall)) {
            const call = part.functionCall;
            toolCallId = typeof call.id === 'string' && call.id !== '' ? call.id : `call_${firstToolIndex + out.toolCalls.length}`;
            out.toolCalls.push({
                id: toolCallId,
                type: 'function',
                function: { name: typeof call.name === 'string' ? call.name : '', arguments: JSON.stringify(isRecord(call.args) ? call.args : {}) },
            });
        }
        else if (typeof part.text === 'string') {
            if (part.thought === true)
                out.reasoning += part.text;
            else
                out.text += part.text;
        }
        if (typeof part.thoughtSignature === 'string' && part.thoughtSignature !== '') {
            out.signatures.push({
                type: 'thought_signature',
                signature: part.thoughtSignature,
                ...(toolCallId !== undefined ? { tool_call_id: toolCallId } : {}),
            });
        }
    }
    return out;
}
//# sourceMappingURL=read-gemini-parts.js.map