/** Header names providers use for the id support asks for, most common first. */
const NAMES = ['x-request-id', 'request-id', 'x-dashscope-request-id', 'trace-id', 'x-trace-id', 'x-tt-logid'];
export function requestIdFromHeaders(headers) {
    for (const name of NAMES) {
        const v = headers[name];
        if (v === undefined)
            continue;
        const s = Array.isArray(v) ? v[0] : v;
        if (s)
            return s;
    }
    return undefined;
}
//# sourceMappingURL=request-id-from-headers.js.map