/** Data URLs can be megabytes; a placeholder only needs to say what was there. */
function describeImageUrl(url) {
    if (!url.startsWith('data:'))
        return url;
    const comma = url.indexOf(',');
    const header = comma >= 0 ? url.slice(0, comma) : url.slice(0, 32);
    const kb = ((comma >= 0 ? url.length - comma - 1 : url.length) * 0.75) / 1024;
    return `${header},…(${kb.toFixed(1)} KB)`;
}
function normaliseParts(content, nativeMultimodal) {
    if (typeof content === 'string')
        return content ? [{ type: 'text', text: content }] : [];
    if (!Array.isArray(content))
        return [];
    const parts = [];
    for (const item of content) {
        if (typeof item === 'string') {
            if (item)
                parts.push({ type: 'text', text: item });
            continue;
        }
        if (typeof item !== 'object' || item === null)
            continue;
        const p = item;
        if (p.type === 'text') {
            const text = typeof p.text === 'string' ? p.text : '';
            // An empty part only matters when it carries a cache breakpoint.
            if (text || p.cache_control)
                parts.push(p.cache_control ? { type: 'text', text, cache_control: p.cache_control } : { type: 'text', text });
            continue;
        }
        if (p.type === 'image_url') {
            const ref = p.image_url;
            const url = typeof ref === 'string' ? ref : typeof ref === 'object' && ref !== null ? ref.url : undefined;
            if (typeof url !== 'string' || !url)
                continue;
            if (!nativeMultimodal) {
                parts.push({ type: 'text', text: `Image<image_url: ${describeImageUrl(url)}>` });
                continue;
            }
            const detail = typeof ref === 'object' && ref !== null ? ref.detail : undefined;
            const image = {
                type: 'image_url',
                image_url: detail === 'low' || detail === 'high' || detail === 'auto' ? { url, detail } : { url },
            };
            if (p.cache_control)
                image.cache_control = p.cache_control;
            parts.push(image);
        }
        // Unknown part types (audio, files) are left out: no canonical shape to carry them.
    }
    return parts;
}
function isBlank(parts) {
    return parts.every((p) => p.type === 'text' && !p.text.trim() && !p.cache_control);
}
function shape(parts, mode) {
    if (mode === 'parts')
        return parts;
    const textOnly = parts.every((p) => p.type === 'text');
    if (!textOnly)
        return parts;
    if (mode === 'auto' && parts.some((p) => p.cache_control))
        return parts;
    return parts.map((p) => p.text).join('\n');
}
export function formatMessages(messages, options = {}) {
    const nativeMultimodal = options.nativeMultimodal ?? true;
    const functionCalls = options.functionCallAvailable ?? true;
    const dropEmpty = options.dropEmpty ?? true;
    const mode = options.content ?? 'auto';
    let work = messages.map((m) => ({ message: m, parts: normaliseParts(m.content, nativeMultimodal) }));
    if (!functionCalls)
        work = work.map(textualiseTools);
    if (dropEmpty) {
        work = work.filter(({ message, parts }) => {
            if (message.role === 'tool')
                return true;
            if (message.role === 'assistant' && message.tool_calls?.length)
                return true;
            return !isBlank(parts);
        });
    }
    if (options.mergeConsecutive)
        work = mergeRuns(work);
    return work.map(({ message, parts }) => rebuild(message, parts, mode));
}
/** vv-llm's text rendering of tool traffic for models without native tool calling. */
function textualiseTools(w) {
    const { message, parts } = w;
    if (message.role === 'tool') {
        const result = parts.map((p) => (p.type === 'text' ? p.text : '')).join('');
        return {
            message: { role: 'user', content: '' },
            parts: [{ type: 'text', text: `Tool<tool_call_id: ${message.tool_call_id}> Call result: ${result}` }],
        };
    }
    if (message.role === 'assistant' && message.tool_calls?.length) {
        const { tool_calls, ...rest } = message;
        return { message: rest, parts: [...parts, { type: 'text', text: `Tool calls: ${JSON.stringify(tool_calls)}` }] };
    }
    return w;
}
function mergeKey(m) {
    if (m.role === 'tool')
        return undefined;
    const role = m.role === 'developer' ? 'system' : m.role;
    return `${role}\u0000${'name' in m && m.name ? m.name : ''}`;
}
function mergeRuns(work) {
    const out = [];
    for (const w of work) {
        const prev = out[out.length - 1];
        const key = mergeKey(w.message);
        if (!prev || key === undefined || key !== mergeKey(prev.message)) {
            out.push({ message: w.message, parts: [...w.parts] });
            continue;
        }
        // Separate merged turns with a blank line so sentences do not run together.
        if (prev.parts.length > 0 && w.parts.length > 0)
            prev.parts.push({ type: 'text', text: '\n\n' });
        prev.parts.push(...w.parts);
        if (prev.message.role === 'assistant' && w.message.role === 'assistant') {
            const calls = [...(prev.message.tool_calls ?? []), ...(w.message.tool_calls ?? [])];
            prev.message = calls.length ? { ...prev.message, tool_calls: calls } : prev.message;
        }
    }
    // Collapse the separator into the neighbouring text where both sides are text.
    return out.map((w) => ({ message: w.message, parts: joinAdjacentText(w.parts) }));
}
function joinAdjacentText(parts) {
    const out = [];
    for (const p of parts) {
        const last = out[out.length - 1];
        if (p.type === 'text' && last?.type === 'text' && !p.cache_control && !last.cache_control) {
            out[out.length - 1] = { type: 'text', text: last.text + p.text };
        }
        else
            out.push(p);
    }
    return out;
}
function rebuild(message, parts, mode) {
    switch (message.role) {
        case 'system':
        case 'developer': {
            const content = shape(parts.filter((p) => p.type === 'text'), mode);
            return { ...message, content };
        }
        case 'user':
            return { ...message, content: shape(parts, mode) };
        case 'tool': {
            const content = shape(parts.filter((p) => p.type === 'text'), mode);
            return { ...message, content: Array.isArray(content) && content.length === 0 && mode !== 'parts' ? '' : content };
        }
        case 'assistant': {
            const textParts = parts.filter((p) => p.type === 'text');
            let content = shape(textParts, mode);
            // Providers disagree on "" next to tool calls; null is accepted everywhere.
            if (message.tool_calls?.length && (content === '' || (Array.isArray(content) && content.length === 0)))
                content = null;
            return { ...message, content };
        }
    }
}
//# sourceMappingURL=format-messages.js.map