import { splitEvenly } from '../../split-into-chunks.js';
import { sseEvent } from '../../sse.js';
import { anthropicStopReason, anthropicToolId, anthropicUsage, hasTextBlock } from './anthropic-blocks.js';
/**
 * The Messages streaming event sequence: message_start, then per block content_block_start /
 * deltas (thinking_delta + signature_delta, text_delta, input_json_delta) / content_block_stop, a
 * ping after the first block start as the real API does, message_delta with the stop reason and
 * output usage, message_stop.
 */
export function renderAnthropicStream(reply, _request) {
    const frames = [];
    const push = (type, data) => {
        frames.push(sseEvent(type, { type, ...data }));
    };
    push('message_start', {
        message: {
            id: `msg_${reply.id}`,
            type: 'message',
            role: 'assistant',
            model: reply.model,
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: anthropicUsage(reply, 1),
        },
    });
    let index = 0;
    const start = (block) => {
        push('content_block_start', { index, content_block: block });
        if (index === 0)
            push('ping', {});
    };
    const delta = (d) => push('content_block_delta', { index, delta: d });
    const stop = () => {
        push('content_block_stop', { index });
        index++;
    };
    if (reply.reasoning !== undefined) {
        start({ type: 'thinking', thinking: '', signature: '' });
        for (const piece of reply.reasoningChunks)
            delta({ type: 'thinking_delta', thinking: piece });
        delta({ type: 'signature_delta', signature: reply.reasoningSignature ?? '' });
        stop();
    }
    if (hasTextBlock(reply)) {
        start({ type: 'text', text: '' });
        for (const piece of reply.contentChunks)
            delta({ type: 'text_delta', text: piece });
        stop();
    }
    for (const call of reply.toolCalls) {
        start({ type: 'tool_use', id: anthropicToolId(call), name: call.name, input: {} });
        delta({ type: 'input_json_delta', partial_json: '' });
        for (const piece of splitEvenly(call.arguments))
            delta({ type: 'input_json_delta', partial_json: piece });
        stop();
    }
    push('message_delta', {
        delta: { stop_reason: anthropicStopReason(reply.finishReason), stop_sequence: null },
        usage: { output_tokens: reply.usage.outputTokens },
    });
    push('message_stop', {});
    return { contentType: 'text/event-stream; charset=utf-8', headers: { 'request-id': `req_${reply.id}` }, frames };
}
//# sourceMappingURL=render-anthropic-stream.js.map