import { GatewayHttpError } from '../http/http-error.js';
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 8192;
const DISPOSITION_PARAM = /;\s*([a-zA-Z*]+)=(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
// Parser states (plain numbers: cheap comparisons, no enum emit).
const State = { Preamble: 0, AfterBoundary: 1, Headers: 2, Body: 3, Done: 4 };
function bad(message) {
    return new GatewayHttpError({
        status: 400,
        type: 'invalid_request_error',
        code: 'invalid_multipart',
        message: `multipart body: ${message}`,
    });
}
/**
 * A streaming multipart/form-data parser (RFC 7578). Chunks are scanned for the boundary as
 * they arrive; only a delimiter-sized tail is carried between chunks, so a part's bytes are
 * copied once, and limits are enforced while the upload is still arriving. No dependency.
 */
export class MultipartParser {
    delimiter;
    firstBoundary;
    limits;
    state = State.Preamble;
    buf = Buffer.alloc(0);
    parts = [];
    current;
    constructor(boundary, limits) {
        if (!boundary || boundary.length > 200)
            throw bad('missing or invalid boundary');
        this.firstBoundary = Buffer.from(`--${boundary}`);
        this.delimiter = Buffer.from(`\r\n--${boundary}`);
        this.limits = { maxFieldBytes: 1024 * 1024, maxParts: 20, ...limits };
    }
    push(chunk) {
        this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
        for (;;) {
            switch (this.state) {
                case State.Preamble: {
                    const i = this.buf.indexOf(this.firstBoundary);
                    if (i === -1) {
                        // Keep only what could still be the start of the boundary.
                        if (this.buf.length > this.firstBoundary.length)
                            this.buf = this.buf.subarray(this.buf.length - this.firstBoundary.length);
                        return;
                    }
                    this.buf = this.buf.subarray(i + this.firstBoundary.length);
                    this.state = State.AfterBoundary;
                    break;
                }
                case State.AfterBoundary: {
                    if (this.buf.length < 2)
                        return;
                    if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) {
                        this.state = State.Done;
                        this.buf = Buffer.alloc(0);
                        return;
                    }
                    if (this.buf[0] !== CRLF[0] || this.buf[1] !== CRLF[1])
                        throw bad('malformed boundary line');
                    this.buf = this.buf.subarray(2);
                    this.state = State.Headers;
                    break;
                }
                case State.Headers: {
                    const end = this.buf.indexOf(HEADER_END);
                    if (end === -1) {
                        if (this.buf.length > MAX_HEADER_BYTES)
                            throw bad('part headers too large');
                        return;
                    }
                    this.startPart(this.buf.subarray(0, end).toString('latin1'));
                    this.buf = this.buf.subarray(end + HEADER_END.length);
                    this.state = State.Body;
                    break;
                }
                case State.Body: {
                    const i = this.buf.indexOf(this.delimiter);
                    if (i === -1) {
                        const keep = this.delimiter.length - 1;
                        if (this.buf.length > keep) {
                            this.append(this.buf.subarray(0, this.buf.length - keep));
                            this.buf = this.buf.subarray(this.buf.length - keep);
                        }
                        return;
                    }
                    this.append(this.buf.subarray(0, i));
                    this.endPart();
                    this.buf = this.buf.subarray(i + this.delimiter.length);
                    this.state = State.AfterBoundary;
                    break;
                }
                case State.Done:
                    return;
            }
        }
    }
    /** All parts, once the closing boundary was seen. */
    end() {
        if (this.state !== State.Done)
            throw bad('unexpected end of body (no closing boundary)');
        return this.parts;
    }
    startPart(headerText) {
        if (this.parts.length >= this.limits.maxParts)
            throw bad(`more than ${this.limits.maxParts} parts`);
        let name;
        let filename;
        let contentType;
        for (const line of headerText.split('\r\n')) {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const key = line.slice(0, colon).trim().toLowerCase();
            const value = line.slice(colon + 1).trim();
            if (key === 'content-disposition') {
                DISPOSITION_PARAM.lastIndex = 0;
                for (let m = DISPOSITION_PARAM.exec(value); m !== null; m = DISPOSITION_PARAM.exec(value)) {
                    const param = m[1].toLowerCase();
                    const v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
                    if (param === 'name')
                        name = Buffer.from(v, 'latin1').toString('utf8');
                    else if (param === 'filename')
                        filename = Buffer.from(v, 'latin1').toString('utf8');
                }
            }
            else if (key === 'content-type') {
                contentType = value;
            }
        }
        if (!name)
            throw bad('a part has no name in Content-Disposition');
        this.current = { name, filename, contentType, chunks: [], size: 0 };
    }
    append(data) {
        const part = this.current;
        if (!part || data.length === 0)
            return;
        part.size += data.length;
        const limit = part.filename !== undefined ? this.limits.maxFileBytes : this.limits.maxFieldBytes;
        if (part.size > limit) {
            throw new GatewayHttpError({
                status: 413,
                type: 'invalid_request_error',
                code: 'request_too_large',
                param: part.name,
                message: `${part.name}: larger than the ${Math.floor(limit / 1024)} KiB limit${part.filename !== undefined ? ' (server.upload_limit)' : ''}`,
                headers: { connection: 'close' },
            });
        }
        // Copy: the chunk's memory belongs to the socket reader.
        part.chunks.push(Buffer.from(data));
    }
    endPart() {
        const part = this.current;
        if (!part)
            return;
        this.parts.push({
            name: part.name,
            filename: part.filename,
            contentType: part.contentType,
            data: part.chunks.length === 1 ? part.chunks[0] : Buffer.concat(part.chunks, part.size),
        });
        this.current = undefined;
    }
}
/** The boundary parameter of a multipart Content-Type, or undefined. */
export function multipartBoundary(contentType) {
    if (!contentType?.toLowerCase().startsWith('multipart/form-data'))
        return undefined;
    const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    return m ? (m[1] ?? m[2]) : undefined;
}
//# sourceMappingURL=multipart-parser.js.map