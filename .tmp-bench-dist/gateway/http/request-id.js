import { randomUUID } from 'node:crypto';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** The caller's `x-request-id` when it is sane (so ids correlate across proxies), else a new UUID. */
export function requestIdFor(req) {
    const given = req.headers['x-request-id'];
    if (typeof given === 'string' && SAFE_ID.test(given))
        return given;
    return randomUUID();
}
//# sourceMappingURL=request-id.js.map