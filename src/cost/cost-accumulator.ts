import type { Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import { addCosts, zeroCost } from './compute-cost.js';

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

function emptyTotals(): CostTotals {
  return { requests: 0, prompt_tokens: 0, completion_tokens: 0, cached_tokens: 0, cost: zeroCost() };
}

function accumulate(into: CostTotals, entry: CostEntry): void {
  into.requests += 1;
  into.prompt_tokens += entry.usage?.prompt_tokens ?? 0;
  into.completion_tokens += entry.usage?.completion_tokens ?? 0;
  into.cached_tokens += entry.usage?.prompt_tokens_details?.cached_tokens ?? 0;
  into.cost = addCosts(into.cost, entry.cost);
}

/**
 * In-memory running totals per key, model and provider (the gateway's live view; persistent
 * usage logs live in the store). Entries without a key/model/provider count only in the total.
 */
export class CostAccumulator {
  private total = emptyTotals();
  private readonly keys = new Map<string, CostTotals>();
  private readonly models = new Map<string, CostTotals>();
  private readonly providers = new Map<string, CostTotals>();

  add(entry: CostEntry): void {
    accumulate(this.total, entry);
    if (entry.key !== undefined) accumulate(bucket(this.keys, entry.key), entry);
    if (entry.model !== undefined) accumulate(bucket(this.models, entry.model), entry);
    if (entry.provider !== undefined) accumulate(bucket(this.providers, entry.provider), entry);
  }

  /** A deep copy: callers may keep or serialise it while accumulation continues. */
  snapshot(): CostSnapshot {
    return {
      total: structuredClone(this.total),
      byKey: toRecord(this.keys),
      byModel: toRecord(this.models),
      byProvider: toRecord(this.providers),
    };
  }

  reset(): void {
    this.total = emptyTotals();
    this.keys.clear();
    this.models.clear();
    this.providers.clear();
  }
}

function bucket(map: Map<string, CostTotals>, name: string): CostTotals {
  let t = map.get(name);
  if (!t) {
    t = emptyTotals();
    map.set(name, t);
  }
  return t;
}

function toRecord(map: Map<string, CostTotals>): Record<string, CostTotals> {
  return Object.fromEntries([...map].map(([k, v]) => [k, structuredClone(v)]));
}
