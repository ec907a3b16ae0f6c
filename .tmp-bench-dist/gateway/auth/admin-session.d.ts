import type { RequestContext } from '../http/request-context.js';
export declare const ADMIN_COOKIE = "stable_llm_admin";
/**
 * Admin console sessions: a stateless cookie `<expiry>.<hmac>` signed with a digest of the admin
 * key, so every worker and instance accepts it and changing the admin key logs everyone out.
 * Helpers for the admin routes (src/gateway/admin) — they own login UI and API.
 */
export declare function isAdminRequest(ctx: RequestContext): boolean;
/** Checks a presented admin key; on success sets the session cookie and returns true. */
export declare function startAdminSession(ctx: RequestContext, presentedKey: string, ttlMs?: number): boolean;
export declare function endAdminSession(ctx: RequestContext): void;
export declare function verifySession(value: string, secret: Buffer | undefined): boolean;
export declare function readCookie(header: string | undefined, name: string): string | undefined;
