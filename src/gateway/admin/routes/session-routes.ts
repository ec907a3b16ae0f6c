import { endAdminSession, startAdminSession } from '../../auth/admin-session.js';
import type { RequestContext } from '../../http/request-context.js';
import { sendJson } from '../../http/send-json.js';
import type { AdminConsole } from '../admin-console.js';
import { type AdminAccess, assertSameSite, csrfTokenFor, resolveAccess } from '../auth/admin-access.js';
import { isLoopbackRequest } from '../auth/is-loopback.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { adminError } from '../http/admin-error.js';
import { readAdminBody } from '../http/read-admin-body.js';
import { loginBody } from '../schemas/admin-schemas.js';

/** GET /session, POST /login, POST /logout. */
export function registerSessionRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add('GET', '/session', (ctx, _p, admin) => sendJson(ctx, 200, sessionInfo(ctx, admin, resolveAccess(ctx))), {
    public: true,
    summary: 'Who am I: login state, CSRF token, auth mode, persistence',
  });

  api.add(
    'POST',
    '/login',
    async (ctx, _p, admin) => {
      assertSameSite(ctx);
      const body = await readAdminBody(ctx, loginBody);
      const keys = ctx.state.keys;
      if (!keys.adminAuthRequired) {
        if (!isLoopbackRequest(ctx.req))
          throw adminError(403, 'admin_localhost_only', 'no admin key is configured: the console is open on localhost only');
        sendJson(ctx, 200, sessionInfo(ctx, admin, { mode: 'open' }));
        return;
      }
      const client = ctx.req.socket.remoteAddress ?? 'unknown';
      const wait = admin.throttle.retryAfterMs(client);
      if (wait > 0) {
        throw adminError(429, 'too_many_attempts', `too many failed logins; try again in ${Math.ceil(wait / 1000)} s`, undefined);
      }
      if (!startAdminSession(ctx, body.key)) {
        admin.throttle.fail(client);
        throw adminError(401, 'invalid_admin_key', 'wrong admin key');
      }
      admin.throttle.succeed(client);
      const cookie = sessionCookieJustSet(ctx);
      sendJson(ctx, 200, sessionInfo(ctx, admin, cookie ? { mode: 'session', cookie } : undefined));
    },
    { public: true, summary: 'Log in with the admin key; sets an HttpOnly, SameSite=Strict session cookie' },
  );

  api.add(
    'POST',
    '/logout',
    (ctx) => {
      assertSameSite(ctx);
      endAdminSession(ctx);
      sendJson(ctx, 200, { authenticated: false });
    },
    { public: true, summary: 'Log out (clears the session cookie)' },
  );
}

function sessionInfo(ctx: RequestContext, admin: AdminConsole, access: AdminAccess | undefined): Record<string, unknown> {
  const keys = ctx.state.keys;
  const store = admin.runtime.store;
  return {
    authenticated: access !== undefined,
    auth_required: keys.adminAuthRequired,
    mode: access?.mode ?? null,
    /** True when no admin key is set: the console works from this machine only. */
    open_localhost: !keys.adminAuthRequired,
    csrf_token: access ? (csrfTokenFor(access, ctx, admin.csrf) ?? null) : null,
    version: admin.runtime.version,
    instance: admin.instanceId,
    persistence: { persistent: admin.config.persistent, kind: store?.kind ?? null },
    multi_instance: { redis: admin.bus.connected },
  };
}

function sessionCookieJustSet(ctx: RequestContext): string | undefined {
  const header = ctx.res.getHeader('set-cookie');
  const list = Array.isArray(header) ? header : header ? [String(header)] : [];
  for (const line of list) {
    const m = /^stable_llm_admin=([^;]+)/.exec(line);
    if (m) return decodeURIComponent(m[1]);
  }
  return undefined;
}
