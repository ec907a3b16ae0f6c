import type { GatewayRuntime } from '../gateway-runtime.js';
import type { RequestContext } from '../http/request-context.js';
import type { GatewayRouter, RouteHandler } from '../http/router.js';
import { AdminConsole, type AdminConsoleOptions } from './admin-console.js';
import { assertSameSite, requireAdmin } from './auth/admin-access.js';
import { AdminApiRouter, type AdminParams, type AdminRoute } from './http/admin-api-router.js';
import { adminError } from './http/admin-error.js';
import { toAdminError } from './http/to-admin-error.js';
import { openapiWithAdmin } from './openapi/openapi-with-admin.js';
import { registerDashboardRoutes } from './routes/dashboard-routes.js';
import { registerKeyRoutes } from './routes/key-routes.js';
import { registerModelRoutes } from './routes/model-routes.js';
import { registerPlaygroundRoutes } from './routes/playground-routes.js';
import { registerProviderRoutes } from './routes/provider-routes.js';
import { registerSessionRoutes } from './routes/session-routes.js';
import { registerSettingsRoutes } from './routes/settings-routes.js';
import { registerUsageRoutes } from './routes/usage-routes.js';
import { AdminStatic } from './static/admin-static.js';

export interface RegisterAdminOptions extends AdminConsoleOptions {
  /** Built console directory (default `<package>/admin/dist`). */
  distDir?: string;
}

/**
 * Mounts the admin console on a gateway: the JSON API under /admin/api (session auth, CSRF,
 * documented in /openapi.json) and the built web UI under /admin. Use as
 * `createGateway({ …, registerRoutes: registerAdminRoutes })`, or better `withAdminConsole(options)`,
 * which also merges the console overlay into reloaded file configs.
 */
export async function registerAdminRoutes(
  router: GatewayRouter,
  runtime: GatewayRuntime,
  options: RegisterAdminOptions = {},
): Promise<AdminConsole> {
  const admin = new AdminConsole(runtime, options);
  await admin.start();
  const api = new AdminApiRouter<AdminConsole>();
  registerSessionRoutes(api);
  registerDashboardRoutes(api);
  registerProviderRoutes(api);
  registerModelRoutes(api);
  registerPlaygroundRoutes(api);
  registerUsageRoutes(api);
  registerKeyRoutes(api);
  registerSettingsRoutes(api);

  for (const route of api.staticRoutes) {
    const path = `/admin/api${route.path}`;
    router.add(route.method, path, guarded(route, {}, admin), { auth: 'none', name: path });
  }
  router.addPrefix(
    '*',
    '/admin/api/',
    async (ctx) => {
      const hit = api.match(ctx.method, ctx.path.slice('/admin/api'.length));
      if (!hit) throw adminError(404, 'not_found', `no admin API route for ${ctx.method} ${ctx.path}`);
      if ('methods' in hit) {
        throw adminError(405, 'method_not_allowed', `${ctx.method} is not allowed on ${ctx.path}; use ${hit.methods.join(', ')}`);
      }
      await guarded(hit.route, hit.params, admin)(ctx);
    },
    { auth: 'none', name: '/admin/api' },
  );

  const ui = new AdminStatic(options.distDir);
  const serveUi: RouteHandler = (ctx) => ui.serve(ctx);
  router.get('/admin', serveUi);
  router.addPrefix('GET', '/admin/', serveUi, { name: '/admin' });
  router.get('/openapi.json', openapiWithAdmin(api.routes as AdminRoute<unknown>[]));
  return admin;
}

function guarded(route: AdminRoute<AdminConsole>, params: AdminParams, admin: AdminConsole): (ctx: RequestContext) => Promise<void> {
  return async (ctx) => {
    ctx.res.setHeader('cache-control', 'no-store');
    if (route.public) assertSameSite(ctx);
    else requireAdmin(ctx, admin.csrf);
    try {
      await admin.config.sync();
      await route.handler(ctx, params, admin);
    } catch (err) {
      throw toAdminError(err);
    }
  };
}
