/** Unpadded base64url (RFC 4648 §5), as JWTs use. */
export function base64url(data: string | Uint8Array): string {
  return Buffer.from(data).toString('base64url');
}

export function fromBase64url(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}
