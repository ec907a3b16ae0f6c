/** Ordered rules; the first that matches and has uses left wins, and is removed when used up. */
export class RuleStore {
    rules = [];
    nextId = 1;
    add(rule) {
        const id = `rule-${this.nextId++}`;
        this.rules.push({ id, rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
        return id;
    }
    remove(id) {
        const before = this.rules.length;
        this.rules = this.rules.filter((r) => r.id !== id);
        return this.rules.length !== before;
    }
    clear() {
        this.rules = [];
    }
    list() {
        return this.rules;
    }
    get size() {
        return this.rules.length;
    }
    take(ctx) {
        for (let i = 0; i < this.rules.length; i++) {
            const stored = this.rules[i];
            if (!matches(stored.rule, ctx))
                continue;
            stored.remaining--;
            if (stored.remaining <= 0)
                this.rules.splice(i, 1);
            return stored;
        }
        return undefined;
    }
}
function matches(rule, ctx) {
    const m = rule.match;
    const operation = m?.operation ?? 'chat';
    if (operation !== '*' && operation !== ctx.operation)
        return false;
    if (!m)
        return true;
    return ((m.protocol === undefined || m.protocol === ctx.protocol) &&
        (m.model === undefined || m.model === ctx.model) &&
        (m.apiKey === undefined || m.apiKey === ctx.apiKey) &&
        (m.stream === undefined || m.stream === ctx.stream) &&
        (m.path === undefined || ctx.path.includes(m.path)));
}
//# sourceMappingURL=rule-store.js.map