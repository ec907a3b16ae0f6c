/**
 * Rewrites native tool turns as plain text for a model that has never seen them: an assistant's
 * `tool_calls` become the same JSON the emulation protocol asks for (so the model sees its own
 * protocol in the history), and each run of `tool` messages becomes one user message.
 */
export function convertToolHistory(messages) {
    const names = new Map();
    const out = [];
    let results = [];
    const flushResults = () => {
        if (results.length === 0)
            return;
        out.push({ role: 'user', content: `Tool results:\n\n${results.join('\n\n')}` });
        results = [];
    };
    for (const message of messages) {
        if (message.role === 'tool') {
            results.push(formatResult(message, names.get(message.tool_call_id)));
            continue;
        }
        flushResults();
        if (message.role === 'assistant' && message.tool_calls && message.tool_calls.length > 0) {
            for (const call of message.tool_calls)
                names.set(call.id, call.function.name);
            const json = JSON.stringify({
                tool_calls: message.tool_calls.map((c) => ({ name: c.function.name, arguments: parseArguments(c.function.arguments) })),
            });
            const text = textOf(message.content ?? '');
            const { tool_calls: _calls, ...rest } = message;
            out.push({ ...rest, content: text ? `${text}\n${json}` : json });
            continue;
        }
        out.push(message);
    }
    flushResults();
    return out;
}
function formatResult(message, name) {
    const label = name ? `${name} (call ${message.tool_call_id})` : `call ${message.tool_call_id}`;
    return `[${label}]\n${textOf(message.content)}`;
}
function textOf(content) {
    return typeof content === 'string' ? content : content.map((p) => p.text).join('');
}
/** Arguments are a JSON string on the wire; show the object when it is one. */
function parseArguments(args) {
    try {
        return JSON.parse(args);
    }
    catch {
        return args;
    }
}
//# sourceMappingURL=convert-tool-history.js.map