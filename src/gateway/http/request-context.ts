import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RateLease } from '../../resilience/rate-limiter.js';
import type { Caller } from '../auth/caller.js';
import type { GatewayRuntime } from '../gateway-runtime.js';
import type { GatewayState } from '../gateway-state.js';
import type { RouteEntry } from './router.js';

/**
 * Everything one request needs, in one object (no per-request closures). `state` is the config
 * snapshot taken when the request arrived: a hot reload swaps the runtime's state, while this
 * request finishes on the one it started with.
 */
export class RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly runtime: GatewayRuntime;
  readonly state: GatewayState;
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  /** Raw query string without `?` ('' when none). */
  readonly query: string;
  /** performance.now() at arrival; all durations are measured from here. */
  readonly startedAt: number;
  /** Wall clock at arrival (usage rows, logs). */
  readonly startedAtMs: number;
  route: RouteEntry | undefined;
  caller: Caller | undefined;

  // Filled in by handlers for the request log line, metrics and the usage row.
  target: string | undefined;
  backend: string | undefined;
  model: string | undefined;
  requestedModel: string | undefined;
  promptTokens = 0;
  completionTokens = 0;
  costUsd = 0;
  ttftMs: number | undefined;
  attempts: unknown[] | undefined;
  errorKind: string | undefined;
  errorMessage: string | undefined;
  stream = false;
  /** Chat-like routes set this: one usage row, token/cost metrics. */
  recordUsage = false;
  /** Gateway limiter lease to settle with real tokens when the request ends. */
  lease: RateLease | undefined;
  /** performance.now() when the engine call started (gateway overhead before upstream). */
  engineStartedAt: number | undefined;
  /** Status of an error that ended a stream after its 200 headers (usage row, metrics). */
  streamErrorStatus: number | undefined;
  /** Completion signals still awaited before the request is finalised (handler + response close). */
  pendingSignals = 2;
  /** True once the client went away before the response was complete. */
  clientGone = false;

  private controller: AbortController | undefined;

  constructor(req: IncomingMessage, res: ServerResponse, runtime: GatewayRuntime, state: GatewayState, requestId: string, url: string) {
    this.req = req;
    this.res = res;
    this.runtime = runtime;
    this.state = state;
    this.requestId = requestId;
    this.method = req.method ?? 'GET';
    const q = url.indexOf('?');
    this.path = q === -1 ? url : url.slice(0, q);
    this.query = q === -1 ? '' : url.slice(q + 1);
    this.startedAt = performance.now();
    this.startedAtMs = Date.now();
    this.route = undefined;
    this.caller = undefined;
    this.target = undefined;
    this.backend = undefined;
    this.model = undefined;
    this.requestedModel = undefined;
    this.ttftMs = undefined;
    this.attempts = undefined;
    this.errorKind = undefined;
    this.errorMessage = undefined;
    this.lease = undefined;
    this.streamErrorStatus = undefined;
    this.engineStartedAt = undefined;
  }

  /** Aborted when the client disconnects before the response is complete. Created on first use. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.clientGone) this.controller.abort(clientGoneReason());
    }
    return this.controller.signal;
  }

  /** Called by the server when the socket closes before the response finished. */
  markClientGone(): void {
    if (this.clientGone) return;
    this.clientGone = true;
    this.controller?.abort(clientGoneReason());
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** A query parameter, decoded (rarely used, so parsed on demand). */
  queryParam(name: string): string | null {
    return this.query ? new URLSearchParams(this.query).get(name) : null;
  }

  header(name: string): string | undefined {
    const v = this.req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  }
}

function clientGoneReason(): Error {
  const err = new Error('client disconnected');
  err.name = 'AbortError';
  return err;
}
