import type { CreateGatewayOptions } from '../create-gateway.js';
import type { AdminConsole } from './admin-console.js';
import { type RegisterAdminOptions, registerAdminRoutes } from './register-admin-routes.js';

/**
 * Gateway options with the admin console mounted (what `startGateway` uses): `registerRoutes`
 * adds the console, and `loadConfig` (file watcher, SIGHUP, reload) merges the console overlay
 * into every reloaded file config before it goes live, so file edits and console edits never
 * replace each other, not even for a moment.
 *
 *   const gw = await createGateway(withAdminConsole({ config, loadConfig, store }));
 */
export function withAdminConsole(
  options: CreateGatewayOptions,
  adminOptions: RegisterAdminOptions = {},
): CreateGatewayOptions & { admin(): AdminConsole | undefined } {
  let admin: AdminConsole | undefined;
  const load = options.loadConfig;
  const previous = options.registerRoutes;
  return {
    ...options,
    loadConfig: load
      ? async () => {
          const base = await load();
          return admin ? admin.config.mergeLoaded(base) : base;
        }
      : undefined,
    registerRoutes: async (router, runtime) => {
      admin = await registerAdminRoutes(router, runtime, adminOptions);
      if (previous) await previous(router, runtime);
    },
    admin: () => admin,
  };
}
