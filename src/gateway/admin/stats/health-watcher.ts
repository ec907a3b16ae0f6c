import type { HealthTarget } from '../views/health-board.js';

export interface HealthEvent {
  ts: number;
  type: 'breaker' | 'key';
  target: string;
  /** Deployment key (`backend|endpoint|model`) or key id. */
  subject: string;
  from: string;
  to: string;
  detail: string | null;
}

const KEEP = 200;

/**
 * Turns successive health boards into a feed of transitions (breaker opened / closed, key cooling
 * down / disabled / back), so the dashboard can say what happened, not only what is.
 */
export class HealthWatcher {
  private readonly last = new Map<string, string>();
  private readonly feed: HealthEvent[] = [];
  private primed = false;

  observe(board: HealthTarget[], now = Date.now()): HealthEvent[] {
    const fresh: HealthEvent[] = [];
    const note = (key: string, state: string, make: (from: string) => HealthEvent): void => {
      const prev = this.last.get(key);
      this.last.set(key, state);
      if (this.primed && prev !== undefined && prev !== state) fresh.push(make(prev));
    };
    for (const t of board) {
      for (const d of t.deployments) {
        if (d.breaker) {
          const b = d.breaker;
          note(`b:${d.key}`, b.state, (from) => ({
            ts: now,
            type: 'breaker',
            target: t.id,
            subject: d.key,
            from,
            to: b.state,
            detail: b.last_error ? `${b.last_error.kind}: ${b.last_error.message}` : null,
          }));
        }
        for (const k of d.keys?.keys ?? []) {
          note(`k:${d.endpoint}:${k.id}`, k.state, (from) => ({
            ts: now,
            type: 'key',
            target: t.id,
            subject: `${d.endpoint} ${k.id}`,
            from,
            to: k.state,
            detail: k.disabled_reason,
          }));
        }
      }
    }
    this.primed = true;
    // The same key shows up under every model on its endpoint: report it once.
    const unique = fresh.filter(
      (e, i) => e.type === 'breaker' || fresh.findIndex((x) => x.type === 'key' && x.subject === e.subject && x.to === e.to) === i,
    );
    this.feed.push(...unique);
    if (this.feed.length > KEEP) this.feed.splice(0, this.feed.length - KEEP);
    return unique;
  }

  events(since = 0): HealthEvent[] {
    return this.feed.filter((e) => e.ts > since);
  }
}
