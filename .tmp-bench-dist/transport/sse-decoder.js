const LF = 0x0a;
const CR = 0x0d;
/**
 * Incremental Server-Sent Events decoder (WHATWG event-stream rules) that survives any split of
 * the byte stream: a multi-byte UTF-8 character, a CRLF pair or a field name may be cut anywhere
 * between two chunks. Lines are decoded only once complete, so UTF-8 is never cut mid-character.
 */
export class SseDecoder {
    pending = new Uint8Array(0);
    utf8 = new TextDecoder('utf-8');
    dataLines = [];
    eventName;
    lastId;
    /** A CR ended the previous chunk: a following LF belongs to the same line break. */
    sawCr = false;
    push(chunk) {
        const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
        const events = [];
        let buf;
        if (this.pending.length === 0)
            buf = bytes;
        else {
            buf = new Uint8Array(this.pending.length + bytes.length);
            buf.set(this.pending, 0);
            buf.set(bytes, this.pending.length);
        }
        let start = 0;
        if (this.sawCr && buf.length > 0) {
            this.sawCr = false;
            if (buf[0] === LF)
                start = 1;
        }
        for (let i = start; i < buf.length; i++) {
            const b = buf[i];
            if (b !== LF && b !== CR)
                continue;
            this.processLine(this.utf8.decode(buf.subarray(start, i)), events);
            if (b === CR) {
                if (i + 1 < buf.length) {
                    if (buf[i + 1] === LF)
                        i++;
                }
                else {
                    this.sawCr = true;
                }
            }
            start = i + 1;
        }
        this.pending = start >= buf.length ? new Uint8Array(0) : buf.slice(start);
        return events;
    }
    /** Flushes a final event not terminated by a blank line (lenient, as browsers are not). */
    end() {
        const events = [];
        if (this.pending.length > 0) {
            this.processLine(this.utf8.decode(this.pending), events);
            this.pending = new Uint8Array(0);
        }
        this.dispatch(events);
        return events;
    }
    processLine(line, events) {
        if (line === '') {
            this.dispatch(events);
            return;
        }
        if (line.charCodeAt(0) === 58 /* ':' comment / keep-alive */)
            return;
        const colon = line.indexOf(':');
        let field;
        let value;
        if (colon === -1) {
            field = line;
            value = '';
        }
        else {
            field = line.slice(0, colon);
            value = line.charCodeAt(colon + 1) === 32 ? line.slice(colon + 2) : line.slice(colon + 1);
        }
        switch (field) {
            case 'data':
                this.dataLines.push(value);
                break;
            case 'event':
                this.eventName = value;
                break;
            case 'id':
                if (!value.includes('\0'))
                    this.lastId = value;
                break;
            default:
                // `retry` and unknown fields are ignored: we never reconnect an LLM stream.
                break;
        }
    }
    dispatch(events) {
        if (this.dataLines.length === 0) {
            this.eventName = undefined;
            return;
        }
        const event = { data: this.dataLines.join('\n') };
        if (this.eventName !== undefined)
            event.event = this.eventName;
        if (this.lastId !== undefined)
            event.id = this.lastId;
        events.push(event);
        this.dataLines = [];
        this.eventName = undefined;
    }
}
//# sourceMappingURL=sse-decoder.js.map