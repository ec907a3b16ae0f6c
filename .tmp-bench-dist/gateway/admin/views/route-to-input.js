/** A normalised route back in config form (`strategy` + `targets` with weights / priorities). */
export function routeToInput(r) {
    const plain = r.strategy === 'ordered' && r.hedgeAfterMs === undefined && r.targets.every((t, i) => t.weight === 1 && t.priority === i);
    if (plain)
        return { strategy: 'ordered', targets: r.targets.map((t) => `${t.backend}/${t.model}`) };
    const out = {
        strategy: r.strategy,
        targets: r.targets.map((t, i) => {
            const entry = { target: `${t.backend}/${t.model}` };
            if (t.weight !== 1)
                entry.weight = t.weight;
            if (t.priority !== i)
                entry.priority = t.priority;
            return entry;
        }),
    };
    if (r.hedgeAfterMs !== undefined)
        out.hedge_after_ms = r.hedgeAfterMs;
    return out;
}
//# sourceMappingURL=route-to-input.js.map