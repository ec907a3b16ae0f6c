/**
 * The admin console: JSON API under /admin/api and the built web UI under /admin.
 * `startGateway` loads this module and mounts it with `withAdminConsole(options)` (routes, plus
 * the console overlay merged into every reloaded config). See docs/admin.md.
 */
export { AdminConsole, type AdminConsoleOptions } from './admin-console.js';
export { type RegisterAdminOptions, registerAdminRoutes } from './register-admin-routes.js';
export { withAdminConsole } from './with-admin-console.js';
