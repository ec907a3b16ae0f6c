import { formatAttempt } from './report-error.js';
/**
 * The line under every answer: who answered, how long it took, tokens, cost, and every attempt
 * that failed or was skipped before it — so failover is visible, not silent.
 */
export function formatReplyMeta(meta, style) {
    const parts = [];
    parts.push(style.cyan(meta.target ?? 'unknown'));
    parts.push(formatSeconds(meta.elapsedMs));
    if (meta.usage)
        parts.push(`${meta.usage.prompt_tokens}→${meta.usage.completion_tokens} tokens`);
    if (meta.cost && meta.cost.total > 0)
        parts.push(formatUsd(meta.cost.total));
    // Only real failures: skipped candidates (breaker open, key cooling) and lost hedges are noise here.
    const failed = meta.attempts.filter((a) => a.outcome === 'error' && a.code !== 'hedge_lost');
    let line = `${style.dim('↳')} ${parts.join(style.dim(' · '))}`;
    if (failed.length > 0)
        line += `${style.dim(' · ')}${style.yellow(`failover after ${failed.map((a) => formatAttempt(a, true)).join(', ')}`)}`;
    return line;
}
export function formatSeconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
export function formatUsd(amount) {
    if (amount === 0)
        return '$0';
    if (amount < 0.0001)
        return `$${amount.toExponential(1)}`;
    if (amount < 1)
        return `$${amount.toFixed(Math.max(4, 2 - Math.floor(Math.log10(amount))))}`.replace(/0+$/, '');
    return `$${amount.toFixed(2)}`;
}
//# sourceMappingURL=format-reply-meta.js.map