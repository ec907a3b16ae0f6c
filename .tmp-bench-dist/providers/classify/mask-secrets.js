/**
 * Masks API keys that upstream error messages sometimes echo back ("Incorrect API key provided:
 * sk-abc…"). Keeps a short prefix so operators can still tell keys apart.
 */
const SECRET = /\b(sk-(?:or-v1-|ant-|proj-)?|gsk_|xai-|AIza|bce-v3\/|Bearer\s+)([A-Za-z0-9._\-/+=]{7,}[A-Za-z0-9_\-/+=])/g;
const QUICK = /sk-|gsk_|xai-|AIza|bce-v3|Bearer/;
export function maskSecrets(text) {
    if (!QUICK.test(text))
        return text;
    return text.replace(SECRET, (_m, prefix, secret) => `${prefix}${secret.slice(0, 4)}***`);
}
/** True when the text may carry a key worth masking (cheap pre-check). */
export function mayContainSecret(text) {
    return QUICK.test(text);
}
//# sourceMappingURL=mask-secrets.js.map