import { GatewayHttpError } from '../http/http-error.js';
/**
 * USD spent per gateway key, for budgets. Seeded from the usage log at start, kept current by
 * every recorded row, and re-read from the store periodically so instances sharing a database
 * converge on each other's spend.
 */
export class SpendTracker {
    spent = new Map();
    add(keyId, usd) {
        if (!keyId || !(usd > 0))
            return;
        this.spent.set(keyId, (this.spent.get(keyId) ?? 0) + usd);
    }
    get(keyId) {
        return this.spent.get(keyId) ?? 0;
    }
    /** Throws 429 insufficient_quota once a key's budget is used up. */
    check(caller) {
        const budget = caller.key?.budgetUsd;
        if (budget === undefined || !caller.keyId)
            return;
        const used = this.get(caller.keyId);
        if (used >= budget) {
            throw new GatewayHttpError({
                status: 429,
                type: 'insufficient_quota',
                code: 'budget_exceeded',
                message: `API key "${caller.keyId}" has used its budget ($${used.toFixed(4)} of $${budget.toFixed(2)})`,
                headers: { 'x-should-retry': 'false' },
            });
        }
    }
    /**
     * Replaces totals with the store's (which include rows flushed by other instances) plus rows
     * recorded here but not yet written. Call right after a usage flush.
     */
    async refresh(store, pendingLocal = new Map()) {
        if (!store)
            return;
        const totals = await store.spendByKey();
        this.spent.clear();
        for (const [k, v] of totals)
            this.spent.set(k, v);
        for (const [k, v] of pendingLocal)
            this.spent.set(k, (this.spent.get(k) ?? 0) + v);
    }
}
//# sourceMappingURL=spend-tracker.js.map