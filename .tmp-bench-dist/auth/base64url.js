/** Unpadded base64url (RFC 4648 §5), as JWTs use. */
export function base64url(data) {
    return Buffer.from(data).toString('base64url');
}
export function fromBase64url(text) {
    return Buffer.from(text, 'base64url');
}
//# sourceMappingURL=base64url.js.map