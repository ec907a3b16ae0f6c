import { createHmac, timingSafeEqual } from 'node:crypto';
import { extractToken } from './extract-token.js';
export const ADMIN_COOKIE = 'stable_llm_admin';
const DEFAULT_TTL_MS = 12 * 3_600_000;
/**
 * Admin console sessions: a stateless cookie `<expiry>.<hmac>` signed with a digest of the admin
 * key, so every worker and instance accepts it and changing the admin key logs everyone out.
 * Helpers for the admin routes (src/gateway/admin) — they own login UI and API.
 */
export function isAdminRequest(ctx) {
    const keys = ctx.state.keys;
    if (!keys.adminAuthRequired)
        return true;
    const token = extractToken(ctx.req.headers);
    if (token && keys.isAdmin(token))
        return true;
    const cookie = readCookie(ctx.req.headers.cookie, ADMIN_COOKIE);
    return cookie !== undefined && verifySession(cookie, keys.adminSecretDigest);
}
/** Checks a presented admin key; on success sets the session cookie and returns true. */
export function startAdminSession(ctx, presentedKey, ttlMs = DEFAULT_TTL_MS) {
    const keys = ctx.state.keys;
    if (keys.adminAuthRequired && !keys.isAdmin(presentedKey))
        return false;
    const expires = Date.now() + ttlMs;
    const value = `${expires}.${sign(String(expires), keys.adminSecretDigest)}`;
    const secure = ctx.req.headers['x-forwarded-proto'] === 'https' || Boolean(ctx.req.socket.encrypted);
    ctx.res.appendHeader('set-cookie', `${ADMIN_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(ttlMs / 1000)}${secure ? '; Secure' : ''}`);
    return true;
}
export function endAdminSession(ctx) {
    ctx.res.appendHeader('set-cookie', `${ADMIN_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
}
export function verifySession(value, secret) {
    const dot = value.indexOf('.');
    if (dot <= 0)
        return false;
    const expires = Number(value.slice(0, dot));
    if (!Number.isFinite(expires) || Date.now() >= expires)
        return false;
    const expected = Buffer.from(sign(value.slice(0, dot), secret));
    const got = Buffer.from(value.slice(dot + 1));
    return expected.length === got.length && timingSafeEqual(expected, got);
}
function sign(payload, secret) {
    return createHmac('sha256', secret ?? Buffer.alloc(32))
        .update(`stable-llm-admin:${payload}`)
        .digest('base64url');
}
export function readCookie(header, name) {
    if (!header)
        return undefined;
    for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name)
            return decodeURIComponent(part.slice(eq + 1).trim());
    }
    return undefined;
}
//# sourceMappingURL=admin-session.js.map