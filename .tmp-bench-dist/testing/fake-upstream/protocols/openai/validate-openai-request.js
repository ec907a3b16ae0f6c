import { FakeRequestError } from '../../fake-request-error.js';
import { asRecord } from '../../guards.js';
/** The checks OpenAI itself makes that an adapter is most likely to trip over. */
export function validateOpenAIRequest(request) {
    const body = asRecord(request.body);
    if (!request.model)
        return new FakeRequestError('bad_request', 'you must provide a model parameter');
    if (!Array.isArray(body.messages))
        return new FakeRequestError('bad_request', "Missing required parameter: 'messages'.");
    if (request.messages.length === 0) {
        return new FakeRequestError('bad_request', "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.");
    }
    const pending = new Set();
    for (let i = 0; i < request.messages.length; i++) {
        const m = request.messages[i];
        if (m.role === 'tool') {
            const id = m.toolResults[0]?.id;
            if (id === undefined || !pending.delete(id)) {
                return new FakeRequestError('bad_request', `Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.`);
            }
            continue;
        }
        if (pending.size > 0) {
            return new FakeRequestError('bad_request', `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${[...pending].join(', ')}`);
        }
        for (const call of m.toolCalls)
            pending.add(call.id);
    }
    return undefined;
}
//# sourceMappingURL=validate-openai-request.js.map