/**
 * The seed's plan: every backend's primary model in `serviceOrder`, then the other configured
 * backends' primaries, then the backup / lightweight models (each backend's other enabled models,
 * and models marked `backup: true`), in the same backend order.
 */
export function buildDefaultPlan(settings, serviceOrder = []) {
    const configured = Object.keys(settings.backends);
    const orderedBackends = [];
    const primaries = [];
    const backups = [];
    const explicitTargets = [];
    for (const entry of serviceOrder) {
        const slash = entry.indexOf('/');
        if (slash > 0)
            explicitTargets.push({ backend: entry.slice(0, slash), model: entry.slice(slash + 1) });
        else if (!orderedBackends.includes(entry))
            orderedBackends.push(entry);
    }
    for (const b of configured)
        if (!orderedBackends.includes(b))
            orderedBackends.push(b);
    for (const backend of orderedBackends) {
        const models = Object.values(settings.backends[backend]?.models ?? {}).filter((m) => m.enabled);
        const primary = models.find((m) => !m.backup);
        if (primary)
            primaries.push({ backend, model: primary.name });
        for (const m of models)
            if (m !== primary)
                backups.push({ backend, model: m.name });
    }
    const seen = new Set();
    const out = [];
    for (const t of [...explicitTargets, ...primaries, ...backups]) {
        const id = `${t.backend}/${t.model}`;
        if (!seen.has(id)) {
            seen.add(id);
            out.push(t);
        }
    }
    return out;
}
//# sourceMappingURL=build-default-plan.js.map