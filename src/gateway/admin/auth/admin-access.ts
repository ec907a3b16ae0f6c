import { ADMIN_COOKIE, readCookie, verifySession } from '../../auth/admin-session.js';
import { extractToken } from '../../auth/extract-token.js';
import { GatewayHttpError } from '../../http/http-error.js';
import type { RequestContext } from '../../http/request-context.js';
import { CsrfTokens } from './csrf-token.js';
import { isLoopbackRequest } from './is-loopback.js';
import { isCrossSite } from './same-origin.js';

/** How a request proved it may use the admin API. */
export type AdminAccess = { mode: 'session'; cookie: string } | { mode: 'bearer' } | { mode: 'open' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The caller's access, or undefined (not logged in, or open mode from another machine). */
export function resolveAccess(ctx: RequestContext): AdminAccess | undefined {
  const keys = ctx.state.keys;
  if (!keys.adminAuthRequired) return isLoopbackRequest(ctx.req) ? { mode: 'open' } : undefined;
  const token = extractToken(ctx.req.headers);
  if (token && keys.isAdmin(token)) return { mode: 'bearer' };
  const cookie = readCookie(ctx.req.headers.cookie, ADMIN_COOKIE);
  if (cookie && verifySession(cookie, keys.adminSecretDigest)) return { mode: 'session', cookie };
  return undefined;
}

/** The CSRF token the SPA must echo for this access (none for bearer clients). */
export function csrfTokenFor(access: AdminAccess, ctx: RequestContext, tokens: CsrfTokens): string | undefined {
  if (access.mode === 'session') return tokens.forSession(access.cookie, ctx.state.keys.adminSecretDigest);
  if (access.mode === 'open') return tokens.forOpenMode();
  return undefined;
}

/** Refuses cross-site browser requests to any admin API path (login included). */
export function assertSameSite(ctx: RequestContext): void {
  if (isCrossSite(ctx.req)) {
    throw new GatewayHttpError({
      status: 403,
      type: 'permission_error',
      code: 'cross_site_request',
      message: 'cross-site requests to the admin API are refused',
    });
  }
}

/**
 * Gate for every protected admin API route: a session, the admin key as a bearer token, or open
 * mode on localhost; plus a valid `x-csrf-token` on state-changing requests from browsers.
 */
export function requireAdmin(ctx: RequestContext, tokens: CsrfTokens): AdminAccess {
  assertSameSite(ctx);
  const access = resolveAccess(ctx);
  if (!access) {
    if (!ctx.state.keys.adminAuthRequired) {
      throw new GatewayHttpError({
        status: 403,
        type: 'permission_error',
        code: 'admin_localhost_only',
        message:
          'the admin console is open only on localhost because neither server.admin_key nor server.master_key is set; set one to use it from elsewhere',
      });
    }
    throw new GatewayHttpError({
      status: 401,
      type: 'authentication_error',
      code: 'admin_login_required',
      message: 'admin login required (admin_key, or master_key when no admin_key is set)',
    });
  }
  if (!SAFE_METHODS.has(ctx.method)) {
    const expected = csrfTokenFor(access, ctx, tokens);
    const got = ctx.header('x-csrf-token');
    if (expected !== undefined && (!got || !CsrfTokens.equal(got, expected))) {
      throw new GatewayHttpError({
        status: 403,
        type: 'permission_error',
        code: 'csrf_token_invalid',
        message: 'missing or invalid x-csrf-token header; reload the admin console',
      });
    }
  }
  return access;
}
