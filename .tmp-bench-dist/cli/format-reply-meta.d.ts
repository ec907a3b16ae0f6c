import type { AttemptRecord } from '../engine/engine-types.js';
import type { Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import type { Style } from './style.js';
export interface ReplyMeta {
    /** `backend/model` that answered. */
    target?: string;
    /** Upstream model id, when it differs from the target's name. */
    model?: string;
    attempts: readonly AttemptRecord[];
    elapsedMs: number;
    usage?: Usage;
    cost?: Cost;
}
/**
 * The line under every answer: who answered, how long it took, tokens, cost, and every attempt
 * that failed or was skipped before it — so failover is visible, not silent.
 */
export declare function formatReplyMeta(meta: ReplyMeta, style: Style): string;
export declare function formatSeconds(ms: number): string;
export declare function formatUsd(amount: number): string;
