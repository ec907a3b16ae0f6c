import { createHash } from 'node:crypto';
/** SHA-256 digest; secrets are compared and looked up by digest, never as plain strings. */
export function sha256(text) {
    return createHash('sha256').update(text).digest();
}
//# sourceMappingURL=sha256.js.map