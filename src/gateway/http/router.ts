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

interface PrefixEntry extends RouteEntry {
  readonly method: string;
  readonly prefix: string;
}

/**
 * A precompiled router: exact paths are one Map lookup on `METHOD path`; prefix routes (the admin
 * console's assets and API) are a short list checked only on a miss. No regexes on the hot path.
 */
export class GatewayRouter {
  private readonly exact = new Map<string, RouteEntry>();
  private readonly methodsByPath = new Map<string, string[]>();
  private readonly prefixes: PrefixEntry[] = [];

  /** Registers `method path`. A later registration of the same pair replaces the earlier one. */
  add(method: string, path: string, handler: RouteHandler, options: RouteOptions = {}): this {
    const m = method.toUpperCase();
    let methods = this.methodsByPath.get(path);
    if (!methods) {
      methods = [];
      this.methodsByPath.set(path, methods);
    }
    if (!methods.includes(m)) methods.push(m);
    this.exact.set(`${m} ${path}`, this.entry(handler, options, path, methods));
    return this;
  }

  get(path: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('GET', path, handler, options);
  }

  post(path: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('POST', path, handler, options);
  }

  /**
   * Registers every path starting with `prefix` (e.g. `/admin/`) for `method` (`*` = any).
   * Longer prefixes win; exact routes always win over prefixes.
   */
  addPrefix(method: string, prefix: string, handler: RouteHandler, options: RouteOptions = {}): this {
    const m = method === '*' ? '*' : method.toUpperCase();
    const i = this.prefixes.findIndex((p) => p.prefix === prefix && p.method === m);
    const entry: PrefixEntry = { ...this.entry(handler, options, prefix, [m]), method: m, prefix };
    if (i >= 0) this.prefixes[i] = entry;
    else this.prefixes.push(entry);
    this.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
    return this;
  }

  /** Finds the route for a request; HEAD falls back to GET. */
  match(method: string, path: string): RouteEntry | undefined {
    const hit = this.exact.get(`${method} ${path}`);
    if (hit) return hit;
    if (method === 'HEAD') {
      const get = this.exact.get(`GET ${path}`);
      if (get) return get;
    }
    if (this.prefixes.length === 0) return undefined;
    for (const p of this.prefixes) {
      if ((p.method === '*' || p.method === method || (method === 'HEAD' && p.method === 'GET')) && path.startsWith(p.prefix)) return p;
    }
    return undefined;
  }

  /** Methods registered on an exact path (for 405 and CORS preflight). */
  allowedMethods(path: string): string[] | undefined {
    return this.methodsByPath.get(path);
  }

  /** Every registered exact route, for the docs page and tests. */
  list(): { method: string; path: string; auth: RouteAuth }[] {
    return [...this.exact.entries()].map(([k, v]) => {
      const space = k.indexOf(' ');
      return { method: k.slice(0, space), path: k.slice(space + 1), auth: v.auth };
    });
  }

  private entry(handler: RouteHandler, options: RouteOptions, path: string, methods: string[]): RouteEntry {
    return { handler, auth: options.auth ?? 'none', errorStyle: options.errorStyle ?? 'openai', name: options.name ?? path, methods };
  }
}
