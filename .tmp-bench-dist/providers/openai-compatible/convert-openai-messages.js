/**
 * Canonical messages → wire messages. Messages that carry nothing to strip are passed through
 * as-is (no copy); others are shallow-copied, never mutated. Removed: our `reasoning_details`
 * extension always, `reasoning_content` unless the vendor wants it echoed (Moonshot tool loops),
 * `cache_control` unless the vendor accepts it (MiniMax). `developer` becomes `system`, which
 * every compatible vendor accepts (OpenAI treats it as developer on reasoning models).
 */
export function convertOpenAIMessages(messages, quirks) {
    const keepCache = quirks.cacheControl === true;
    const echoReasoning = quirks.echoReasoningContent === true;
    const out = new Array(messages.length);
    for (let i = 0; i < messages.length; i++)
        out[i] = convertMessage(messages[i], keepCache, echoReasoning);
    return out;
}
function convertMessage(message, keepCache, echoReasoning) {
    let copy;
    const edit = () => (copy ??= { ...message });
    if (message.role === 'developer')
        edit().role = 'system';
    if (message.role === 'assistant') {
        if (message.reasoning_details !== undefined) {
            const c = edit();
            delete c.reasoning_details;
            if (echoReasoning && !message.reasoning_content) {
                const text = message.reasoning_details.map((d) => (d.type === 'thinking' ? d.text : '')).join('');
                if (text)
                    c.reasoning_content = text;
            }
        }
        if ('reasoning_content' in message && (!echoReasoning || message.reasoning_content == null)) {
            delete edit().reasoning_content;
        }
    }
    if (!keepCache) {
        if ('cache_control' in message)
            delete edit().cache_control;
        const content = message.content;
        if (Array.isArray(content) && content.some((p) => 'cache_control' in p)) {
            edit().content = content.map((part) => {
                if (!('cache_control' in part))
                    return part;
                const { cache_control: _drop, ...rest } = part;
                return rest;
            });
        }
    }
    return copy ?? message;
}
//# sourceMappingURL=convert-openai-messages.js.map