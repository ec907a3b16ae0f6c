/** Writes a complete JSON response. One stringify, one write, explicit Content-Length. */
export function sendJson(ctx, status, body, headers) {
    const res = ctx.res;
    if (res.headersSent) {
        if (!res.writableEnded)
            res.end();
        return;
    }
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.statusCode = status;
    if (headers)
        for (const name in headers)
            res.setHeader(name, headers[name]);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(text));
    res.end(ctx.method === 'HEAD' ? undefined : text);
}
//# sourceMappingURL=send-json.js.map