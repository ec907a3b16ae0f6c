import { addCosts, zeroCost } from './compute-cost.js';
function emptyTotals() {
    return { requests: 0, prompt_tokens: 0, completion_tokens: 0, cached_tokens: 0, cost: zeroCost() };
}
function accumulate(into, entry) {
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
    total = emptyTotals();
    keys = new Map();
    models = new Map();
    providers = new Map();
    add(entry) {
        accumulate(this.total, entry);
        if (entry.key !== undefined)
            accumulate(bucket(this.keys, entry.key), entry);
        if (entry.model !== undefined)
            accumulate(bucket(this.models, entry.model), entry);
        if (entry.provider !== undefined)
            accumulate(bucket(this.providers, entry.provider), entry);
    }
    /** A deep copy: callers may keep or serialise it while accumulation continues. */
    snapshot() {
        return {
            total: structuredClone(this.total),
            byKey: toRecord(this.keys),
            byModel: toRecord(this.models),
            byProvider: toRecord(this.providers),
        };
    }
    reset() {
        this.total = emptyTotals();
        this.keys.clear();
        this.models.clear();
        this.providers.clear();
    }
}
function bucket(map, name) {
    let t = map.get(name);
    if (!t) {
        t = emptyTotals();
        map.set(name, t);
    }
    return t;
}
function toRecord(map) {
    return Object.fromEntries([...map].map(([k, v]) => [k, structuredClone(v)]));
}
//# sourceMappingURL=cost-accumulator.js.map