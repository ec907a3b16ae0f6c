import { isRecord, readNumber, readString } from '../classify/json-guards.js';
/** Some servers (Ollama, llama.cpp builds) send arguments as an object instead of a JSON string. */
export function readArguments(value) {
    if (typeof value === 'string')
        return value;
    if (isRecord(value) || Array.isArray(value))
        return JSON.stringify(value);
    return undefined;
}
/** `message.tool_calls` of a complete response → canonical tool calls (null when none). */
export function readToolCalls(value) {
    if (!Array.isArray(value))
        return null;
    const calls = [];
    for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (!isRecord(item) || !isRecord(item.function))
            continue;
        const name = readString(item.function.name);
        if (!name)
            continue;
        calls.push({
            id: readString(item.id) || `call_${i}`,
            type: 'function',
            function: { name, arguments: readArguments(item.function.arguments) ?? '' },
        });
    }
    return calls.length > 0 ? calls : null;
}
/**
 * Assigns stream tool-call indexes. Most vendors send `index`; some omit it, either listing all
 * calls positionally in one chunk (Moonshot) or sending each complete call alone in its own chunk
 * (Ollama-style), where every call would land on index 0. A new id at an occupied index therefore
 * opens the next index.
 */
export class ToolCallIndexer {
    ids = new Map();
    maxIndex = -1;
    read(value) {
        if (!Array.isArray(value))
            return undefined;
        const deltas = [];
        for (let position = 0; position < value.length; position++) {
            const item = value[position];
            if (!isRecord(item))
                continue;
            const id = readString(item.id) || undefined;
            let index = readNumber(item.index);
            if (index === undefined) {
                index = position;
                const known = this.ids.get(index);
                if (id !== undefined && known !== undefined && known !== id)
                    index = this.maxIndex + 1;
            }
            if (id !== undefined)
                this.ids.set(index, id);
            if (index > this.maxIndex)
                this.maxIndex = index;
            const delta = { index };
            if (id !== undefined)
                delta.id = id;
            if (item.type === 'function' || id !== undefined)
                delta.type = 'function';
            if (isRecord(item.function)) {
                const fn = {};
                const name = readString(item.function.name);
                if (name)
                    fn.name = name;
                const args = readArguments(item.function.arguments);
                if (args !== undefined)
                    fn.arguments = args;
                delta.function = fn;
            }
            deltas.push(delta);
        }
        return deltas.length > 0 ? deltas : undefined;
    }
}
//# sourceMappingURL=read-tool-calls.js.map