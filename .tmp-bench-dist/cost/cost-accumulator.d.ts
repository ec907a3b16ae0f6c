import type { Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
export interface CostEntry {
    cost: Cost;
    usage?: Usage;
    /** API key id (never the key itself), virtual key or user — whatever the caller bills by. */
    key?: string;
    model?: string;
    /** Backend name that answered (`"anthropic"`). */
    provider?: string;
}
export interface CostTotals {
    requests: number;
    prompt_tokens: number;
    completion_tokens: number;
    cached_tokens: number;
    cost: Cost;
}
export interface CostSnapshot {
    total: CostTotals;
    byKey: Record<string, CostTotals>;
    byModel: Record<string, CostTotals>;
    byProvider: Record<string, CostTotals>;
}
/**
 * In-memory running totals per key, model and provider (the gateway's live view; persistent
 * usage logs live in the store). Entries without a key/model/provider count only in the total.
 */
export declare class CostAccumulator {
    private total;
    private readonly keys;
    private readonly models;
    private readonly providers;
    add(entry: CostEntry): void;
    /** A deep copy: callers may keep or serialise it while accumulation continues. */
    snapshot(): CostSnapshot;
    reset(): void;
}
