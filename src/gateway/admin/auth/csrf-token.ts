import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens for cookie sessions: HMAC of the session cookie under the admin secret, so any
 * instance can check them without shared state and they die with the session. Open (localhost)
 * mode uses a per-process secret instead. The SPA sends the token in `x-csrf-token`; a forged
 * cross-site form cannot set that header, and SameSite=Strict keeps the cookie home anyway.
 */
export class CsrfTokens {
  private readonly openSecret = randomBytes(32);

  forSession(cookie: string, adminSecret: Buffer | undefined): string {
    return createHmac('sha256', adminSecret ?? this.openSecret)
      .update(`stable-llm-csrf:${cookie}`)
      .digest('base64url');
  }

  forOpenMode(): string {
    return createHmac('sha256', this.openSecret).update('stable-llm-csrf:open').digest('base64url');
  }

  static equal(a: string, b: string): boolean {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  }
}
