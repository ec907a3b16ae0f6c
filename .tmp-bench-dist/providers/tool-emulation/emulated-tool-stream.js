import { findJsonEnd } from './find-json-end.js';
import { parseEmulatedToolCalls } from './parse-emulated-tool-calls.js';
import { toolCallsFromJson } from './tool-calls-from-json.js';
/** Fence languages that may hold our JSON; any other fence is ordinary code and streams through. */
const JSON_FENCES = new Set(['', 'json', 'json5', 'jsonc', 'tool_call', 'tool_calls', 'tool']);
/**
 * Re-streams a reply produced under tool emulation. Prose streams through as it arrives; from the
 * first `{` or ``` fence the text is held until the JSON is complete, then either recorded as tool
 * calls or released as content. Tool calls, the finish reason (`tool_calls` when any were found)
 * and usage are emitted by `finish()`, after everything else.
 */
export class EmulatedToolStream {
    mode = 'text';
    buf = '';
    calls = [];
    finishReason;
    usage;
    done = false;
    names;
    constructor(options = {}) {
        this.names = options.toolNames ? new Set(options.toolNames) : undefined;
    }
    push(deltas) {
        const out = [];
        for (const delta of deltas) {
            const { content, finish_reason, usage, ...rest } = delta;
            if (finish_reason !== undefined)
                this.finishReason = finish_reason;
            if (usage)
                this.usage = usage;
            const text = content ? this.feed(content) : '';
            const next = rest;
            if (text)
                next.content = text;
            if (Object.keys(next).length > 0)
                out.push(next);
        }
        return out;
    }
    finish() {
        if (this.done)
            return [];
        this.done = true;
        const out = [];
        let text = this.buf;
        this.buf = '';
        if (text && (this.mode === 'object' || this.mode === 'fence')) {
            // The reply ended inside a candidate (e.g. an unclosed fence): parse what is there.
            const parsed = parseEmulatedToolCalls(text, { toolNames: this.names });
            if (parsed.tool_calls) {
                this.addCalls(parsed.tool_calls);
                text = parsed.content ?? '';
            }
        }
        if (text)
            out.push({ content: text });
        const last = {};
        if (this.calls.length > 0) {
            out.push({
                tool_calls: this.calls.map((c, index) => ({
                    index,
                    id: c.id,
                    type: 'function',
                    function: { name: c.function.name, arguments: c.function.arguments },
                })),
            });
            last.finish_reason = 'tool_calls';
        }
        else if (this.finishReason !== undefined) {
            last.finish_reason = this.finishReason;
        }
        if (this.usage)
            last.usage = this.usage;
        if (Object.keys(last).length > 0)
            out.push(last);
        return out;
    }
    feed(chunk) {
        this.buf += chunk;
        let out = '';
        for (;;) {
            if (this.mode === 'text') {
                const brace = this.buf.indexOf('{');
                const fence = this.buf.indexOf('```');
                const at = brace < 0 ? fence : fence < 0 ? brace : Math.min(brace, fence);
                if (at < 0)
                    return out + this.release(trailingBackticks(this.buf));
                out += this.buf.slice(0, at);
                this.buf = this.buf.slice(at);
                this.mode = this.buf[0] === '{' ? 'object' : 'fence';
            }
            else if (this.mode === 'object') {
                const end = findJsonEnd(this.buf, 0);
                if (end < 0)
                    return out;
                out += this.settle(this.buf.slice(0, end), this.buf.slice(0, end));
                this.buf = this.buf.slice(end);
                this.mode = 'text';
            }
            else if (this.mode === 'fence') {
                const nl = this.buf.indexOf('\n');
                if (nl < 0)
                    return out;
                if (!JSON_FENCES.has(this.buf.slice(3, nl).trim().toLowerCase())) {
                    out += this.buf.slice(0, nl + 1);
                    this.buf = this.buf.slice(nl + 1);
                    this.mode = 'code';
                    continue;
                }
                const close = this.buf.indexOf('```', nl + 1);
                if (close < 0)
                    return out;
                out += this.settle(this.buf.slice(nl + 1, close).trim(), this.buf.slice(0, close + 3));
                this.buf = this.buf.slice(close + 3);
                this.mode = 'text';
            }
            else {
                const close = this.buf.indexOf('```');
                if (close < 0)
                    return out + this.release(trailingBackticks(this.buf));
                out += this.buf.slice(0, close + 3);
                this.buf = this.buf.slice(close + 3);
                this.mode = 'text';
            }
        }
    }
    /** Records `json` as tool calls, or returns `original` to be released as text. */
    settle(json, original) {
        let value;
        try {
            value = JSON.parse(json);
        }
        catch {
            return original;
        }
        const calls = toolCallsFromJson(value, this.names, this.calls.length);
        if (!calls)
            return original;
        this.addCalls(calls);
        return '';
    }
    addCalls(calls) {
        this.calls.push(...calls);
    }
    /** Releases the buffer except its last `keep` characters. */
    release(keep) {
        const text = this.buf.slice(0, this.buf.length - keep);
        this.buf = this.buf.slice(this.buf.length - keep);
        return text;
    }
}
/** 0–2 trailing backticks that may be the start of a fence in the next chunk. */
function trailingBackticks(text) {
    let n = 0;
    while (n < 2 && text.charCodeAt(text.length - 1 - n) === 96)
        n++;
    return n;
}
/** Wraps an adapter's stream parser so emulated tool calls come out as proper tool_calls deltas. */
export function withToolEmulation(parser, options = {}) {
    const stream = new EmulatedToolStream(options);
    return {
        push: (event) => stream.push(parser.push(event)),
        finish: () => [...stream.push(parser.finish()), ...stream.finish()],
    };
}
//# sourceMappingURL=emulated-tool-stream.js.map