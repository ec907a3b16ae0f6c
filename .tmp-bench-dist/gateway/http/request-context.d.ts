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
export declare class RequestContext {
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
    target: string | undefined;
    backend: string | undefined;
    model: string | undefined;
    requestedModel: string | undefined;
    promptTokens: number;
    completionTokens: number;
    costUsd: number;
    ttftMs: number | undefined;
    attempts: unknown[] | undefined;
    errorKind: string | undefined;
    errorMessage: string | undefined;
    stream: boolean;
    /** Chat-like routes set this: one usage row, token/cost metrics. */
    recordUsage: boolean;
    /** Gateway limiter lease to settle with real tokens when the request ends. */
    lease: RateLease | undefined;
    /** performance.now() when the engine call started (gateway overhead before upstream). */
    engineStartedAt: number | undefined;
    /** Status of an error that ended a stream after its 200 headers (usage row, metrics). */
    streamErrorStatus: number | undefined;
    /** Completion signals still awaited before the request is finalised (handler + response close). */
    pendingSignals: number;
    /** True once the client went away before the response was complete. */
    clientGone: boolean;
    private controller;
    constructor(req: IncomingMessage, res: ServerResponse, runtime: GatewayRuntime, state: GatewayState, requestId: string, url: string);
    /** Aborted when the client disconnects before the response is complete. Created on first use. */
    get signal(): AbortSignal;
    /** Called by the server when the socket closes before the response finished. */
    markClientGone(): void;
    elapsedMs(): number;
    /** A query parameter, decoded (rarely used, so parsed on demand). */
    queryParam(name: string): string | null;
    header(name: string): string | undefined;
}
