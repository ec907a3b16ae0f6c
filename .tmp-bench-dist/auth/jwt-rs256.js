import { createPrivateKey, createPublicKey, createSign, createVerify } from 'node:crypto';
import { base64url, fromBase64url } from './base64url.js';
export function signJwtRs256(claims, privateKey, keyId) {
    const header = { alg: 'RS256', typ: 'JWT' };
    if (keyId)
        header.kid = keyId;
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
    return `${signingInput}.${base64url(signature)}`;
}
/** Returns the decoded token when the RS256 signature is valid; throws a plain Error otherwise. */
export function verifyJwtRs256(token, publicKey) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new Error('JWT must have three parts');
    const header = JSON.parse(fromBase64url(parts[0]).toString('utf8'));
    if (header.alg !== 'RS256')
        throw new Error(`unexpected JWT alg ${String(header.alg)}`);
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
    const ok = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(key, fromBase64url(parts[2]));
    if (!ok)
        throw new Error('invalid JWT signature');
    const claims = JSON.parse(fromBase64url(parts[1]).toString('utf8'));
    return { header, claims };
}
//# sourceMappingURL=jwt-rs256.js.map