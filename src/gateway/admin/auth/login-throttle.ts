const WINDOW_MS = 5 * 60_000;
const MAX_FAILURES = 10;

/**
 * Slows down admin-key guessing: at most 10 failed logins per client address in 5 minutes.
 * In memory per instance (a guesser spread over instances still faces 192-bit keys).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  /** Milliseconds until this client may try again (0 = now). */
  retryAfterMs(client: string, now = Date.now()): number {
    const list = this.recent(client, now);
    return list.length >= MAX_FAILURES ? list[0] + WINDOW_MS - now : 0;
  }

  fail(client: string, now = Date.now()): void {
    const list = this.recent(client, now);
    list.push(now);
    this.failures.set(client, list);
    if (this.failures.size > 10_000) this.failures.clear();
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }

  private recent(client: string, now: number): number[] {
    return (this.failures.get(client) ?? []).filter((t) => t > now - WINDOW_MS);
  }
}
