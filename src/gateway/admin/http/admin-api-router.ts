import type { RequestContext } from '../../http/request-context.js';

export type AdminParams = Record<string, string>;
export type AdminHandler<S> = (ctx: RequestContext, params: AdminParams, services: S) => Promise<void> | void;

export interface AdminRoute<S> {
  method: string;
  /** Path below `/admin/api`, e.g. `/endpoints/:id/keys/:keyId`. */
  path: string;
  handler: AdminHandler<S>;
  /** Reachable without an admin session (session, login, logout). */
  public: boolean;
  summary: string;
}

/**
 * The admin API's route table. Parameter-free paths become exact gateway routes (one Map
 * lookup, proper names in metrics and usage rows); parameterised ones are matched here segment
 * by segment behind one `/admin/api/` prefix route. Segments are URL-decoded, so model names
 * with `/` travel as `%2F`.
 */
export class AdminApiRouter<S> {
  readonly routes: AdminRoute<S>[] = [];

  add(method: string, path: string, handler: AdminHandler<S>, options: { public?: boolean; summary: string }): this {
    this.routes.push({ method: method.toUpperCase(), path, handler, public: options.public ?? false, summary: options.summary });
    return this;
  }

  get staticRoutes(): AdminRoute<S>[] {
    return this.routes.filter((r) => !r.path.includes(':'));
  }

  /** Matches a parameterised route; `methods` lists what the path allows when the method did not match. */
  match(method: string, subPath: string): { route: AdminRoute<S>; params: AdminParams } | { methods: string[] } | undefined {
    const parts = subPath.split('/').slice(1);
    let decoded: string[];
    try {
      decoded = parts.map((p) => decodeURIComponent(p));
    } catch {
      return undefined;
    }
    const methods: string[] = [];
    for (const route of this.routes) {
      const pattern = route.path.split('/').slice(1);
      if (pattern.length !== decoded.length) continue;
      const params: AdminParams = {};
      let ok = true;
      for (let i = 0; i < pattern.length && ok; i++) {
        if (pattern[i].startsWith(':')) {
          if (decoded[i] === '') ok = false;
          else params[pattern[i].slice(1)] = decoded[i];
        } else if (pattern[i] !== decoded[i]) ok = false;
      }
      if (!ok) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
      methods.push(route.method);
    }
    return methods.length ? { methods } : undefined;
  }
}
