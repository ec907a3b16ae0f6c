import type { AttemptRecord } from '../../engine/engine-types.js';
import type { Cost } from '../../spec/chat-result.js';
import type { Usage } from '../../spec/usage.js';
import type { RequestContext } from '../http/request-context.js';
/** Records on the request what served it, for headers, the usage row, metrics and the log line. */
export declare function noteServed(ctx: RequestContext, served: {
    target?: string;
    provider?: string;
    model?: string;
    usage?: Usage;
    cost?: Cost;
    attempts?: readonly AttemptRecord[];
}): void;
/** Upstream tries (skipped candidates are not tries). */
export declare function countTries(attempts: readonly AttemptRecord[] | undefined): number;
/**
 * `x-stable-llm-*` headers: who served, with which key (an id, never the key), how many tries,
 * the gateway's own overhead, and cost when known before the body is sent.
 */
export declare function servedHeaders(ctx: RequestContext, info: {
    keyId?: string;
    attempts: readonly AttemptRecord[];
    tries: number;
    overheadMs: number;
    costUsd?: number;
}): Record<string, string>;
export declare function formatUsd(n: number): string;
