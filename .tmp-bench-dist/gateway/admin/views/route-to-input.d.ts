import type { Route } from '../../../router/route-config.js';
/** A normalised route back in config form (`strategy` + `targets` with weights / priorities). */
export declare function routeToInput(r: Route): Record<string, unknown>;
