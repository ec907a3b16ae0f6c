/** Writes a whole (non-streaming) response; objects as JSON, strings and bytes as they are. */
export function sendRendered(ex, rendered, extraHeaders, partial) {
    if (!ex.open)
        return;
    const { body } = rendered;
    let payload;
    let contentType;
    if (typeof body === 'string') {
        payload = body;
        const first = body.trimStart()[0];
        contentType = first === '{' || first === '[' ? 'application/json' : 'text/plain; charset=utf-8';
    }
    else if (body instanceof Uint8Array) {
        payload = body;
        contentType = 'application/octet-stream';
    }
    else {
        payload = body === undefined ? '' : JSON.stringify(body);
        contentType = 'application/json';
    }
    // Strings go out with res.end(string): Node then writes headers and body in one syscall.
    const length = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    ex.writeHead(rendered.status, { 'content-type': contentType, 'content-length': length, ...rendered.headers, ...extraHeaders });
    if (partial?.drop || partial?.stall) {
        const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
        ex.res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        if (partial.drop)
            ex.drop();
        return;
    }
    ex.res.end(payload);
}
//# sourceMappingURL=send-rendered.js.map