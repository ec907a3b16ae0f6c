/** Records on the request what served it, for headers, the usage row, metrics and the log line. */
export function noteServed(ctx, served) {
    if (served.target)
        ctx.target = served.target;
    if (served.provider)
        ctx.backend = served.provider;
    else if (served.target)
        ctx.backend = served.target.slice(0, served.target.indexOf('/'));
    if (served.model)
        ctx.model = served.model;
    if (served.usage) {
        ctx.promptTokens = served.usage.prompt_tokens ?? 0;
        ctx.completionTokens = served.usage.completion_tokens ?? 0;
    }
    if (served.cost)
        ctx.costUsd = served.cost.total;
    if (served.attempts)
        ctx.attempts = served.attempts;
}
/** Upstream tries (skipped candidates are not tries). */
export function countTries(attempts) {
    if (!attempts)
        return 0;
    let n = 0;
    for (const a of attempts)
        if (a.outcome !== 'skipped')
            n++;
    return n;
}
/**
 * `x-stable-llm-*` headers: who served, with which key (an id, never the key), how many tries,
 * the gateway's own overhead, and cost when known before the body is sent.
 */
export function servedHeaders(ctx, info) {
    const h = {};
    if (ctx.backend)
        h['x-stable-llm-backend'] = ctx.backend;
    if (ctx.model)
        h['x-stable-llm-model'] = ctx.model;
    if (ctx.target)
        h['x-stable-llm-target'] = ctx.target;
    if (info.keyId)
        h['x-stable-llm-key-id'] = info.keyId;
    h['x-stable-llm-attempts'] = String(Math.max(1, info.tries));
    h['x-stable-llm-overhead-ms'] = Math.max(0, info.overheadMs).toFixed(2);
    if (info.costUsd !== undefined)
        h['x-stable-llm-cost-usd'] = formatUsd(info.costUsd);
    if (ctx.state.config.demo && ctx.backend === 'local' && ctx.model?.startsWith('demo-'))
        h['x-stable-llm-demo'] = 'simulated provider: answers are canned, not from a real model';
    return h;
}
export function formatUsd(n) {
    if (!(n > 0))
        return '0';
    return n.toFixed(8).replace(/0+$/, '').replace(/\.$/, '');
}
//# sourceMappingURL=note-served.js.map