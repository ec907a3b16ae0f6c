import type { GatewayRouter } from '../http/router.js';
/** The gateway's own HTTP surface (GUIDE §2). The admin console adds its routes afterwards. */
export declare function registerBuiltinRoutes(router: GatewayRouter): void;
