import { systemClock } from './clock.js';
import { DEFAULT_ERROR_POLICY } from './error-policy.js';
import { KeyLease } from './key-lease.js';
import { maskSecret, maskSecretsInText } from './mask-secret.js';
import { WindowCounter } from './window-counter.js';
/**
 * Many keys for one endpoint. `acquire` is a synchronous check-and-take (no await between choosing
 * a key and charging its budgets), so thousands of concurrent callers never overshoot a budget.
 * Cooldown ends are evaluated lazily on read; there are no timers to leak.
 */
export class KeyPool {
    selection;
    clock;
    policy;
    entries = [];
    byId = new Map();
    listeners = new Set();
    random;
    defaultCooldownMs;
    minCooldownMs;
    maxCooldownMs;
    reEnableAfterMs;
    cursor = 0;
    constructor(keys, options = {}) {
        this.selection = options.selection ?? 'round_robin';
        this.clock = options.clock ?? systemClock;
        this.policy = options.errorPolicy ?? DEFAULT_ERROR_POLICY;
        this.random = options.random ?? Math.random;
        this.defaultCooldownMs = options.defaultCooldownMs ?? 30_000;
        this.minCooldownMs = options.minCooldownMs ?? 1_000;
        this.maxCooldownMs = options.maxCooldownMs ?? 300_000;
        this.reEnableAfterMs = options.reEnableAfterMs;
        const seen = new Set();
        for (const raw of keys) {
            const input = typeof raw === 'string' ? { key: raw } : raw;
            const secret = typeof input.key === 'string' ? input.key.trim() : '';
            if (secret === '' || seen.has(secret))
                continue; // the same key twice shares one provider limit
            seen.add(secret);
            const masked = maskSecret(secret);
            const index = this.entries.length;
            let id = input.id ?? (masked === '****' ? `key-${index + 1}` : masked);
            for (let n = 2; this.byId.has(id); n++)
                id = `${input.id ?? masked}#${n}`;
            const entry = {
                id,
                masked,
                secret,
                index,
                weight: input.weight !== undefined && input.weight > 0 ? input.weight : 1,
                rpm: positive(input.rpm),
                tpm: positive(input.tpm),
                rpd: positive(input.rpd),
                enabled: input.enabled !== false,
                disabledReason: input.enabled === false ? 'disabled in settings' : null,
                disabledKind: undefined,
                disabledAt: 0,
                coolingUntil: 0,
                lastLimitedAt: Number.NEGATIVE_INFINITY,
                swrr: 0,
                requests: new WindowCounter(60_000, 60, this.clock),
                tokens: new WindowCounter(60_000, 60, this.clock),
                daily: new WindowCounter(86_400_000, 96, this.clock),
                totalRequests: 0,
                totalFailures: 0,
            };
            this.entries.push(entry);
            this.byId.set(id, entry);
        }
    }
    get size() {
        return this.entries.length;
    }
    get ids() {
        return this.entries.map((e) => e.id);
    }
    /** Picks a usable key and charges its budgets, or undefined when none is usable now. */
    acquire(options = {}) {
        const now = this.clock.now();
        const est = Math.max(0, Math.ceil(options.estimatedTokens ?? 0));
        const exclude = options.exclude;
        const usable = (e) => (exclude === undefined || !exclude.has(e.id)) && this.isUsable(e, now, est);
        const entry = this.pick(usable);
        if (entry === undefined)
            return undefined;
        if (entry.rpm !== undefined)
            entry.requests.add(1, now);
        if (entry.tpm !== undefined)
            entry.tokens.add(est, now);
        if (entry.rpd !== undefined)
            entry.daily.add(1, now);
        entry.totalRequests++;
        return new KeyLease({ keyId: entry.id, masked: entry.masked, secret: entry.secret, acquiredAt: now, estimatedTokens: est, host: this });
    }
    /** Applies the error policy's key action for an outcome on `keyId`. */
    report(keyId, outcome) {
        const entry = this.byId.get(keyId);
        if (entry === undefined)
            return;
        if (outcome.ok) {
            // A success on a key that came back through `reEnableAfterMs` confirms it works again.
            if (!entry.enabled && !this.isDisabled(entry, this.clock.now())) {
                entry.enabled = true;
                entry.disabledReason = null;
                entry.disabledKind = undefined;
            }
            return;
        }
        entry.totalFailures++;
        const action = this.policy[outcome.kind].keyAction;
        if (action === 'cooldown')
            this.cooldown(keyId, outcome.retryAfterMs, outcome.kind);
        else if (action === 'disable') {
            const detail = outcome.message ? `: ${outcome.message}` : '';
            this.disable(keyId, `${outcome.kind}${detail}`, outcome.kind);
        }
    }
    /** Puts a key in cooldown (Retry-After aware, clamped); an existing longer cooldown wins. */
    cooldown(keyId, ms, reason = 'rate_limit') {
        const entry = this.byId.get(keyId);
        if (entry === undefined)
            return;
        const now = this.clock.now();
        const wanted = ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : this.defaultCooldownMs;
        const effective = Math.min(this.maxCooldownMs, Math.max(this.minCooldownMs, wanted));
        entry.lastLimitedAt = now;
        entry.coolingUntil = Math.max(entry.coolingUntil, now + effective);
        this.emit({ keyId, state: 'cooling_down', at: now, until: entry.coolingUntil, reason });
    }
    disable(keyId, reason, kind) {
        const entry = this.byId.get(keyId);
        if (entry === undefined)
            return;
        const now = this.clock.now();
        entry.enabled = false;
        entry.disabledReason = maskSecretsInText(reason, [entry.secret]);
        entry.disabledKind = kind;
        entry.disabledAt = now;
        this.emit({ keyId, state: 'disabled', at: now, reason: entry.disabledReason });
    }
    /** Re-enables a key by hand and clears its cooldown. */
    enable(keyId) {
        const entry = this.byId.get(keyId);
        if (entry === undefined)
            return;
        entry.enabled = true;
        entry.disabledReason = null;
        entry.disabledKind = undefined;
        entry.coolingUntil = 0;
        this.emit({ keyId, state: 'active', at: this.clock.now() });
    }
    refund(keyId, at, estimatedTokens) {
        const entry = this.byId.get(keyId);
        if (entry === undefined)
            return;
        if (entry.rpm !== undefined)
            entry.requests.add(-1, at);
        if (entry.tpm !== undefined && estimatedTokens > 0)
            entry.tokens.add(-estimatedTokens, at);
        if (entry.rpd !== undefined)
            entry.daily.add(-1, at);
        entry.totalRequests = Math.max(0, entry.totalRequests - 1);
    }
    adjustTokens(keyId, at, delta) {
        const entry = this.byId.get(keyId);
        if (entry?.tpm !== undefined)
            entry.tokens.add(delta, at);
    }
    /** Listens to cooldown / disable / enable (for `onKeyCooldown` hooks). Returns unsubscribe. */
    onChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    availability(estimatedTokens = 0) {
        const now = this.clock.now();
        const est = Math.max(0, Math.ceil(estimatedTokens));
        const out = {
            available: 0,
            coolingDown: 0,
            overBudget: 0,
            disabled: 0,
            disabledKinds: [],
            nextAvailableAt: undefined,
        };
        for (const e of this.entries) {
            let at;
            if (this.isDisabled(e, now)) {
                out.disabled++;
                if (e.disabledKind !== undefined && !out.disabledKinds.includes(e.disabledKind))
                    out.disabledKinds.push(e.disabledKind);
                if (this.reEnableAfterMs === undefined || e.disabledReason === 'disabled in settings')
                    continue;
                at = e.disabledAt + this.reEnableAfterMs;
            }
            else if (e.coolingUntil > now) {
                out.coolingDown++;
                at = Math.max(e.coolingUntil, now + this.budgetWait(e, now, est));
            }
            else {
                const wait = this.budgetWait(e, now, est);
                if (wait === 0)
                    out.available++;
                else
                    out.overBudget++;
                at = now + wait;
            }
            if (out.nextAvailableAt === undefined || at < out.nextAvailableAt)
                out.nextAvailableAt = at;
        }
        return out;
    }
    snapshot() {
        const now = this.clock.now();
        const keys = this.entries.map((e) => {
            const disabled = this.isDisabled(e, now);
            const cooling = !disabled && e.coolingUntil > now;
            return {
                id: e.id,
                masked: e.masked,
                state: disabled ? 'disabled' : cooling ? 'cooling_down' : 'active',
                cooling_until: cooling ? e.coolingUntil : null,
                cooldown_remaining_ms: cooling ? e.coolingUntil - now : 0,
                disabled_reason: disabled ? e.disabledReason : null,
                over_budget: !disabled && !cooling && this.budgetWait(e, now, 0) > 0,
                weight: e.weight,
                limits: { rpm: e.rpm ?? null, tpm: e.tpm ?? null, rpd: e.rpd ?? null },
                usage: {
                    requests_last_minute: e.rpm === undefined ? 0 : e.requests.total(now),
                    tokens_last_minute: e.tpm === undefined ? 0 : e.tokens.total(now),
                    requests_last_day: e.rpd === undefined ? 0 : e.daily.total(now),
                },
                last_limited_at: Number.isFinite(e.lastLimitedAt) ? e.lastLimitedAt : null,
                total_requests: e.totalRequests,
                total_failures: e.totalFailures,
            };
        });
        return {
            selection: this.selection,
            size: keys.length,
            available: keys.filter((k) => k.state === 'active' && !k.over_budget).length,
            keys,
        };
    }
    /** All secrets, for masking them out of error text. Internal use; never log the result. */
    secrets() {
        return this.entries.map((e) => e.secret);
    }
    toString() {
        return `KeyPool(${this.entries.map((e) => e.id).join(', ')})`;
    }
    toJSON() {
        return this.snapshot();
    }
    isDisabled(e, now) {
        if (e.enabled)
            return false;
        if (this.reEnableAfterMs !== undefined && e.disabledReason !== 'disabled in settings' && now >= e.disabledAt + this.reEnableAfterMs) {
            return false;
        }
        return true;
    }
    isUsable(e, now, est) {
        return !this.isDisabled(e, now) && e.coolingUntil <= now && this.budgetWait(e, now, est) === 0;
    }
    /** Ms until the key's local budgets admit one more request of `est` tokens (0 = now). */
    budgetWait(e, now, est) {
        let wait = 0;
        if (e.rpm !== undefined)
            wait = Math.max(wait, e.requests.msUntilTotalAtMost(e.rpm - 1, now));
        if (e.rpd !== undefined)
            wait = Math.max(wait, e.daily.msUntilTotalAtMost(e.rpd - 1, now));
        if (e.tpm !== undefined) {
            // A request larger than the whole budget may go once the window is empty, never before.
            wait = Math.max(wait, e.tokens.msUntilTotalAtMost(Math.max(0, e.tpm - Math.min(est, e.tpm)), now));
        }
        return wait;
    }
    pick(usable) {
        const n = this.entries.length;
        if (n === 0)
            return undefined;
        switch (this.selection) {
            case 'random': {
                const ok = this.entries.filter(usable);
                if (ok.length === 0)
                    return undefined;
                return ok[Math.min(ok.length - 1, Math.floor(this.random() * ok.length))];
            }
            case 'weighted': {
                // Smooth weighted round-robin (nginx): exact proportions, no clustering, no randomness.
                let best;
                let total = 0;
                for (const e of this.entries) {
                    if (!usable(e))
                        continue;
                    e.swrr += e.weight;
                    total += e.weight;
                    if (best === undefined || e.swrr > best.swrr)
                        best = e;
                }
                if (best !== undefined)
                    best.swrr -= total;
                return best;
            }
            case 'least_recently_limited': {
                let best;
                for (let i = 0; i < n; i++) {
                    const e = this.entries[(this.cursor + i) % n];
                    if (usable(e) && (best === undefined || e.lastLimitedAt < best.lastLimitedAt))
                        best = e;
                }
                if (best !== undefined)
                    this.cursor = (best.index + 1) % n;
                return best;
            }
            default: {
                for (let i = 0; i < n; i++) {
                    const e = this.entries[(this.cursor + i) % n];
                    if (usable(e)) {
                        this.cursor = (e.index + 1) % n;
                        return e;
                    }
                }
                return undefined;
            }
        }
    }
    emit(change) {
        for (const listener of this.listeners) {
            try {
                listener(change);
            }
            catch {
                // Hooks are for logging/metrics; they must not break key handling.
            }
        }
    }
}
function positive(n) {
    return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}
//# sourceMappingURL=key-pool.js.map