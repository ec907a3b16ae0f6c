import { isRecord, readString } from '../classify/json-guards.js';
const ARGUMENT_KEYS = ['arguments', 'parameters', 'args', 'input'];
/**
 * Reads emulated tool calls from a parsed JSON value. Accepted shapes, all-or-nothing:
 * `{"tool_calls":[…]}` (our protocol), `{"tool_call":{…}}`, a bare call `{"name","arguments"}`,
 * an array of calls; each call `{name, arguments}` or OpenAI-style `{function:{name, arguments}}`.
 * With `toolNames`, calls to unknown tools disqualify the value (it was an ordinary JSON answer).
 * `firstIndex` keeps generated ids stable across several JSON blocks in one reply.
 */
export function toolCallsFromJson(value, toolNames, firstIndex = 0) {
    let entries;
    let bare = false;
    if (Array.isArray(value))
        entries = value;
    else if (isRecord(value)) {
        if (Array.isArray(value.tool_calls))
            entries = value.tool_calls;
        else if (isRecord(value.tool_call))
            entries = [value.tool_call];
        else {
            entries = [value];
            bare = true;
        }
    }
    else
        return undefined;
    if (entries.length === 0)
        return undefined;
    const calls = [];
    for (const entry of entries) {
        if (!isRecord(entry))
            return undefined;
        const fn = isRecord(entry.function) ? entry.function : entry;
        const name = readString(fn.name);
        if (!name)
            return undefined;
        if (toolNames && !toolNames.has(name))
            return undefined;
        const key = ARGUMENT_KEYS.find((k) => fn[k] !== undefined);
        // A bare `{"name": …}` without arguments is far more likely data than a call.
        if (bare && key === undefined && !isRecord(entry.function))
            return undefined;
        const raw = key === undefined ? {} : fn[key];
        const args = typeof raw === 'string' ? raw : JSON.stringify(raw ?? {});
        calls.push({
            id: readString(entry.id) || emulatedCallId(name, args, firstIndex + calls.length),
            type: 'function',
            function: { name, arguments: args },
        });
    }
    return calls;
}
/** Deterministic id (FNV-1a of name, arguments and position): pure, and stable in tests. */
export function emulatedCallId(name, args, index) {
    let h = 0x811c9dc5;
    const text = `${index}:${name}:${args}`;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return `call_${(h >>> 0).toString(36)}${index}`;
}
//# sourceMappingURL=tool-calls-from-json.js.map