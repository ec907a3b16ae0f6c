import { GatewayHttpError } from '../http/http-error.js';
import { ANONYMOUS, MASTER } from './caller.js';
import { extractToken } from './extract-token.js';
function authError(status, code, message) {
    return new GatewayHttpError({
        status,
        type: status === 401 ? 'authentication_error' : 'permission_error',
        code,
        message,
        headers: { 'x-should-retry': 'false' },
    });
}
/**
 * Identifies the caller of a /v1 or /api route. Open when neither a master key nor any gateway
 * key is configured (a local single-user setup); otherwise a valid, enabled, unexpired key is
 * required.
 */
export function authenticate(ctx) {
    const keys = ctx.state.keys;
    if (!keys.authRequired)
        return ANONYMOUS;
    const token = extractToken(ctx.req.headers);
    if (!token) {
        throw authError(401, 'missing_api_key', 'missing API key: send "Authorization: Bearer <key>" (or "x-api-key: <key>")');
    }
    const found = keys.identify(token);
    if (found === 'master')
        return MASTER;
    if (!found)
        throw authError(401, 'invalid_api_key', 'invalid API key');
    if (!found.enabled)
        throw authError(401, 'key_disabled', `API key "${found.id}" is disabled`);
    if (found.expiresAt !== undefined && Date.now() >= found.expiresAt) {
        throw authError(401, 'key_expired', `API key "${found.id}" expired at ${new Date(found.expiresAt).toISOString()}`);
    }
    return { kind: 'key', keyId: found.id, key: found };
}
/** 403 unless the caller's key allows the requested model (route name, `backend/model` or model name). */
export function authorizeModel(caller, requested, targets) {
    const allowed = caller.key?.models;
    if (!allowed || allowed.length === 0 || allowed.includes('*'))
        return;
    const ok = (requested !== undefined && allowed.includes(requested)) ||
        (targets.length > 0 &&
            targets.every((t) => {
                const id = `${t.backend}/${t.model}`;
                return allowed.includes(id) || allowed.includes(t.model) || allowed.includes(`${t.backend}/*`);
            }));
    if (!ok) {
        throw authError(403, 'model_not_allowed', `API key "${caller.keyId}" may not use model "${requested ?? 'default'}"; allowed: ${allowed.join(', ')}`);
    }
}
//# sourceMappingURL=authenticate.js.map