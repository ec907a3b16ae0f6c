/** Unpadded base64url (RFC 4648 §5), as JWTs use. */
export declare function base64url(data: string | Uint8Array): string;
export declare function fromBase64url(text: string): Buffer;
