import type { TargetStatus } from '../../engine/engine-types.js';

interface KeysLike {
  keys?: { state?: string; cooldown_remaining_ms?: number }[];
}

/**
 * When the engine's error carries no retry time, the key pools still know when the first key of
 * the failed targets comes back: that is the honest Retry-After. Undefined when nothing is
 * cooling down (then no Retry-After is better than a guess).
 */
export function retryAfterFromStatus(status: Record<string, TargetStatus>, targets: Iterable<string>): number | undefined {
  let best: number | undefined;
  for (const target of new Set(targets)) {
    const s = status[target];
    if (!s) continue;
    if (s.state === 'open' && s.cool_down_remaining !== undefined && s.cool_down_remaining > 0)
      best = min(best, s.cool_down_remaining * 1000);
    for (const d of s.deployments) {
      const keys = (d as { keys?: KeysLike | null }).keys;
      for (const k of keys?.keys ?? []) {
        if (k.state === 'cooling_down' && k.cooldown_remaining_ms !== undefined && k.cooldown_remaining_ms > 0)
          best = min(best, k.cooldown_remaining_ms);
      }
    }
  }
  return best;
}

function min(a: number | undefined, b: number): number {
  return a === undefined ? b : Math.min(a, b);
}
