import { isLLMError, type LLMError } from '../errors/llm-error.js';
import { toTransportError } from '../transport/send-request.js';

/** What to do after a candidate failed: stop, or pull the next one with a hint. */
export type FailureDecision = { stop: true } | { stop: false; hint: PullHint };

/** Where the next candidate should come from. */
export type PullHint = 'same_deployment' | 'next_deployment' | 'larger_context' | 'hedge';

export interface RaceOptions<C> {
  pull(hint: PullHint): Promise<C | undefined>;
  onFailure(candidate: C, error: LLMError): FailureDecision;
  /** ms after which a still-running candidate gets a hedge started next to it; undefined = never. */
  hedgeDelay?(candidate: C): number | undefined;
  /** Caller / deadline signal; optional so the common path adds no listeners at all. */
  signal?: AbortSignal;
}

export type RaceOutcome<C, T> = { ok: true; value: T; candidate: C } | { ok: false; error: LLMError | undefined };

const NEVER = new AbortController().signal;

/** Abort reason given to hedging losers; callers record them as `aborted`, not as failures. */
export const HEDGE_LOST = Symbol('hedge-lost');

/**
 * Runs candidates until one succeeds. Sequential failover by default: a failure pulls the next
 * candidate at once (no sleeping while another candidate exists). With hedging, a candidate that
 * is still running after its delay gets the next one started beside it; the first success wins
 * and every other running candidate is aborted.
 */
export function runRace<C, T>(
  options: RaceOptions<C>,
  exec: (candidate: C, signal: AbortSignal | undefined) => Promise<T>,
): Promise<RaceOutcome<C, T>> {
  return new Promise((resolve) => {
    // Per-candidate controllers exist only when hedging can start a second candidate that may
    // have to be cancelled; sequential failover passes the caller's signal straight through.
    const hedging = options.hedgeDelay !== undefined;
    const outer = options.signal ?? NEVER;
    const running = new Map<C, { controller?: AbortController; timer?: NodeJS.Timeout; unlink?: () => void }>();
    let settled = false;
    let pulling = 0;
    let lastError: LLMError | undefined;
    let exhausted = false;

    const finish = (outcome: RaceOutcome<C, T>): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const [c, r] of running) {
        if (r.timer) clearTimeout(r.timer);
        if (!(outcome.ok && outcome.candidate === c)) r.controller?.abort(HEDGE_LOST);
      }
      resolve(outcome);
    };
    const maybeFail = (): void => {
      if (!settled && running.size === 0 && pulling === 0 && exhausted) finish({ ok: false, error: lastError });
    };
    const onAbort = (): void => {
      const reason: unknown = outer.reason;
      finish({ ok: false, error: isLLMError(reason) ? reason : toTransportError(reason, outer, 'stable-llm') });
    };
    if (options.signal) {
      if (options.signal.aborted) {
        onAbort();
        return;
      }
      // Sequential failover needs no listener of its own: the running attempt is linked to the
      // same signal and fails with its reason, and `decide` stops on an abort.
      if (hedging) options.signal.addEventListener('abort', onAbort, { once: true });
    }

    const start = async (hint: PullHint): Promise<void> => {
      if (settled) return;
      pulling++;
      let candidate: C | undefined;
      try {
        candidate = await options.pull(hint);
      } finally {
        pulling--;
      }
      if (settled) return;
      if (candidate === undefined) {
        exhausted = true;
        maybeFail();
        return;
      }
      const c = candidate;
      const entry: { controller?: AbortController; timer?: NodeJS.Timeout; unlink?: () => void } = {};
      let signal: AbortSignal | undefined = options.signal;
      if (hedging) {
        const controller = new AbortController();
        entry.controller = controller;
        signal = controller.signal;
        if (options.signal) {
          const parent = options.signal;
          const linked = (): void => controller.abort(parent.reason);
          parent.addEventListener('abort', linked, { once: true });
          entry.unlink = () => parent.removeEventListener('abort', linked);
        }
      }
      running.set(c, entry);
      const delay = options.hedgeDelay?.(c);
      if (delay !== undefined && Number.isFinite(delay)) {
        entry.timer = setTimeout(
          () => {
            if (!settled && running.has(c)) void start('hedge');
          },
          Math.max(0, delay),
        );
        entry.timer.unref?.();
      }
      try {
        const value = await exec(c, signal);
        if (entry.timer) clearTimeout(entry.timer);
        entry.unlink?.();
        running.delete(c);
        if (settled) {
          // A hedge finished after another won: nothing to do, the caller owns only the winner.
          entry.controller?.abort(HEDGE_LOST);
          return;
        }
        running.set(c, entry);
        finish({ ok: true, value, candidate: c });
        running.delete(c);
      } catch (err) {
        if (entry.timer) clearTimeout(entry.timer);
        entry.unlink?.();
        running.delete(c);
        if (settled) return;
        const error = isLLMError(err) ? err : toTransportError(err, signal ?? outer, 'stable-llm');
        lastError = error;
        const decision = options.onFailure(c, error);
        if (decision.stop) {
          finish({ ok: false, error });
          return;
        }
        await start(decision.hint);
        maybeFail();
      }
    };
    void start('next_deployment');
  });
}
