import { createHash, randomBytes } from 'node:crypto';
/** A fresh gateway key: recognisable prefix + 192 random bits. */
export function newKeySecret() {
    return `sk-sllm-${randomBytes(24).toString('base64url')}`;
}
/** Hex SHA-256: how keys are stored and looked up (the plaintext is never kept). */
export function hashKey(key) {
    return createHash('sha256').update(key).digest('hex');
}
/** `sk-sllm-ab12…` — enough to recognise a key in a list, useless to an attacker. */
export function keyPrefix(key) {
    return key.length <= 12 ? '****' : `${key.slice(0, Math.min(12, key.length - 8))}…`;
}
//# sourceMappingURL=new-key-secret.js.map