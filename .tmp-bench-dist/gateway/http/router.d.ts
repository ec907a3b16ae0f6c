import type { RequestContext } from './request-context.js';
export type RouteHandler = (ctx: RequestContext) => Promise<void> | void;
/**
 * `api`: master key or a gateway key when any is configured (the /v1 and /api surface).
 * `admin`: admin key / session (the admin console API). `none`: public (health, docs, login page).
 */
export type RouteAuth = 'api' | 'admin' | 'none';
export interface RouteOptions {
    auth?: RouteAuth;
    /** Error body style; Anthropic-compatible routes answer Anthropic-shaped errors. */
    errorStyle?: 'openai' | 'anthropic';
    /** Label for metrics and logs; defaults to the path (prefix routes: the prefix). */
    name?: string;
}
export interface RouteEntry {
    readonly handler: RouteHandler;
    readonly auth: RouteAuth;
    readonly errorStyle: 'openai' | 'anthropic';
    readonly name: string;
    /** Methods registered for the same path, for 405 answers and CORS preflight. */
    readonly methods: string[];
}
/**
 * A precompiled router: exact paths are one Map lookup on `METHOD path`; prefix routes (the admin
 * console's assets and API) are a short list checked only on a miss. No regexes on the hot path.
 */
export declare class GatewayRouter {
    private readonly exact;
    private readonly methodsByPath;
    private readonly prefixes;
    /** Registers `method path`. A later registration of the same pair replaces the earlier one. */
    add(method: string, path: string, handler: RouteHandler, options?: RouteOptions): this;
    get(path: string, handler: RouteHandler, options?: RouteOptions): this;
    post(path: string, handler: RouteHandler, options?: RouteOptions): this;
    /**
     * Registers every path starting with `prefix` (e.g. `/admin/`) for `method` (`*` = any).
     * Longer prefixes win; exact routes always win over prefixes.
     */
    addPrefix(method: string, prefix: string, handler: RouteHandler, options?: RouteOptions): this;
    /** Finds the route for a request; HEAD falls back to GET. */
    match(method: string, path: string): RouteEntry | undefined;
    /** Methods registered on an exact path (for 405 and CORS preflight). */
    allowedMethods(path: string): string[] | undefined;
    /** Every registered exact route, for the docs page and tests. */
    list(): {
        method: string;
        path: string;
        auth: RouteAuth;
    }[];
    private entry;
}
