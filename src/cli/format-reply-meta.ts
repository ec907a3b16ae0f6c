import type { AttemptRecord } from '../engine/engine-types.js';
import type { Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import { formatAttempt } from './report-error.js';
import type { Style } from './style.js';

export interface ReplyMeta {
  /** `backend/model` that answered. */
  target?: string;
  /** Upstream model id, when it differs from the target's name. */
  model?: string;
  attempts: readonly AttemptRecord[];
  elapsedMs: number;
  usage?: Usage;
  cost?: Cost;
}

/**
 * The line under every answer: who answered, how long it took, tokens, cost, and every attempt
 * that failed or was skipped before it — so failover is visible, not silent.
 */
export function formatReplyMeta(meta: ReplyMeta, style: Style): string {
  const parts: string[] = [];
  parts.push(style.cyan(meta.target ?? 'unknown'));
  parts.push(formatSeconds(meta.elapsedMs));
  if (meta.usage) parts.push(`${meta.usage.prompt_tokens}→${meta.usage.completion_tokens} tokens`);
  if (meta.cost && meta.cost.total > 0) parts.push(formatUsd(meta.cost.total));
  // Only real failures: skipped candidates (breaker open, key cooling) and lost hedges are noise here.
  const failed = meta.attempts.filter((a) => a.outcome === 'error' && a.code !== 'hedge_lost');
  let line = `${style.dim('↳')} ${parts.join(style.dim(' · '))}`;
  if (failed.length > 0)
    line += `${style.dim(' · ')}${style.yellow(`failover after ${failed.map((a) => formatAttempt(a, true)).join(', ')}`)}`;
  return line;
}

export function formatSeconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatUsd(amount: number): string {
  if (amount === 0) return '$0';
  // Two significant digits for small amounts: $0.0000057, $0.00012, $0.034.
  if (amount < 1) {
    const rounded = Number(amount.toPrecision(2));
    return `$${rounded.toFixed(Math.max(2, 1 - Math.floor(Math.log10(rounded))))}`;
  }
  return `$${amount.toFixed(2)}`;
}
