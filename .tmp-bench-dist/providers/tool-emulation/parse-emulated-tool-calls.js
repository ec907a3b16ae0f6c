import { findJsonEnd } from './find-json-end.js';
import { toolCallsFromJson } from './tool-calls-from-json.js';
const FENCE = /```[^\n]*\n([\s\S]*?)(?:```|$)/g;
const TOOL_TAGS = /<\/?tool_calls?>/g;
/**
 * Recovers emulated tool calls from a model's text reply, tolerantly: the JSON may sit in a
 * ```json fence (closed or not), follow leading prose, be wrapped in `<tool_call>` tags, or come as
 * several objects. Text that is not a tool call stays content.
 */
export function parseEmulatedToolCalls(text, options = {}) {
    const names = options.toolNames ? new Set(options.toolNames) : undefined;
    const calls = [];
    const spans = [];
    FENCE.lastIndex = 0;
    for (let m = FENCE.exec(text); m !== null; m = FENCE.exec(text)) {
        const found = parseCalls(m[1].trim(), names, calls.length);
        if (found) {
            calls.push(...found);
            spans.push([m.index, m.index + m[0].length]);
        }
    }
    if (calls.length === 0) {
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c !== '{' && c !== '[')
                continue;
            const end = findJsonEnd(text, i);
            if (end < 0)
                continue;
            const found = parseCalls(text.slice(i, end), names, calls.length);
            if (found) {
                calls.push(...found);
                spans.push([i, end]);
                i = end - 1;
            }
            else if (c === '{') {
                i = end - 1; // skip a whole non-call object instead of rescanning its inner braces
            }
        }
    }
    if (calls.length === 0)
        return { content: text === '' ? null : text, tool_calls: null };
    let rest = '';
    let from = 0;
    for (const [start, end] of spans) {
        rest += text.slice(from, start);
        from = end;
    }
    rest = (rest + text.slice(from)).replace(TOOL_TAGS, '').trim();
    return { content: rest === '' ? null : rest, tool_calls: calls };
}
function parseCalls(json, names, firstIndex) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return undefined;
    }
    return toolCallsFromJson(value, names, firstIndex);
}
//# sourceMappingURL=parse-emulated-tool-calls.js.map