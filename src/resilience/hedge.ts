import { AbortedError, LLMError } from '../errors/llm-error.js';
import type { ErrorKind } from '../spec/error-kind.js';
import { abortedError } from './deadline.js';

/** What a starter may return: just the result, or the result plus a first-progress signal. */
export interface HedgeAttempt<T> {
  result: Promise<T>;
  /**
   * Resolves when the attempt shows life (headers received, first token). Once it does, no
   * further hedge is started on its account; it keeps running until it settles.
   */
  firstSignal?: Promise<unknown>;
}

export type HedgeStarter<T> = (signal: AbortSignal, index: number) => Promise<T> | HedgeAttempt<T>;

export interface HedgeOptions {
  /** Start the next candidate after this long without progress. Default 2 000 ms. */
  delayMs?: number;
  /** Per-candidate delay (e.g. the observed p95 of that target); overrides delayMs. */
  delayFn?: (index: number) => number;
  /** Caller's signal: aborts every running attempt and rejects with AbortedError. */
  signal?: AbortSignal;
  /** Called when a candidate is started (for attempt logs). */
  onStart?: (index: number, reason: 'first' | 'hedge' | 'failover') => void;
}

export interface HedgeResult<T> {
  value: T;
  /** Index of the winning starter. */
  index: number;
  /** How many starters were started. */
  started: number;
}

/** Every candidate failed; `errors[i]` is candidate i's error (only started ones). */
export class HedgeError extends LLMError {
  readonly errors: readonly unknown[];

  constructor(errors: readonly unknown[]) {
    const last = errors[errors.length - 1];
    const kind: ErrorKind = last instanceof LLMError ? last.kind : 'server';
    super({ kind, message: `all ${errors.length} hedged attempts failed`, cause: last });
    this.name = 'HedgeError';
    this.errors = Object.freeze([...errors]);
  }
}

/**
 * Hedged execution: starts candidate 0; whenever the newest running candidate has neither settled
 * nor produced its first signal within its delay, starts the next one (a failure starts the next
 * one at once). The first success wins and every other attempt is aborted with an AbortedError
 * reason (code `hedge_lost`). If all fail, rejects with a HedgeError carrying every error.
 */
export function hedge<T>(starters: ReadonlyArray<HedgeStarter<T>>, options: HedgeOptions = {}): Promise<HedgeResult<T>> {
  const delayOf = options.delayFn ?? (() => options.delayMs ?? 2_000);
  const parent = options.signal;
  return new Promise<HedgeResult<T>>((resolve, reject) => {
    if (starters.length === 0) {
      reject(new HedgeError([]));
      return;
    }
    if (parent?.aborted) {
      reject(abortedError(parent.reason));
      return;
    }
    const controllers: AbortController[] = [];
    const errors: unknown[] = [];
    let failed = 0;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** Index of the candidate the pending hedge timer watches. */
    let watched = -1;

    const finish = (): void => {
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    };
    const abortAll = (reason: LLMError, except = -1): void => {
      controllers.forEach((c, i) => {
        if (i !== except && !c.signal.aborted) c.abort(reason);
      });
    };
    const onParentAbort = (): void => {
      if (done) return;
      finish();
      const reason = abortedError(parent?.reason);
      abortAll(reason);
      reject(reason);
    };
    parent?.addEventListener('abort', onParentAbort, { once: true });

    const startNext = (reason: 'first' | 'hedge' | 'failover'): void => {
      if (done) return;
      const index = controllers.length;
      if (index >= starters.length) return;
      const controller = new AbortController();
      controllers.push(controller);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      try {
        options.onStart?.(index, reason);
      } catch {
        // Logging hooks never change the race.
      }
      let attempt: HedgeAttempt<T>;
      try {
        const started = starters[index](controller.signal, index);
        attempt = isAttempt(started) ? started : { result: started };
      } catch (err) {
        attempt = { result: Promise.reject(err) };
      }
      watched = index;
      if (index + 1 < starters.length) {
        timer = setTimeout(
          () => {
            timer = undefined;
            if (watched === index) startNext('hedge');
          },
          Math.max(0, delayOf(index)),
        );
      }
      attempt.firstSignal?.then(
        () => {
          // This attempt is alive: stop the hedge timer it owned.
          if (!done && watched === index && timer !== undefined) {
            clearTimeout(timer);
            timer = undefined;
            watched = -1;
          }
        },
        () => {},
      );
      attempt.result.then(
        (value) => {
          if (done) return;
          finish();
          abortAll(new AbortedError({ message: 'hedged attempt lost the race', code: 'hedge_lost' }), index);
          resolve({ value, index, started: controllers.length });
        },
        (err: unknown) => {
          if (done) return;
          errors[index] = err;
          failed++;
          if (controllers.length < starters.length) {
            // Only fail over if no other attempt is still running the race for us, or if this
            // was the one being watched; otherwise the running one still has its chance.
            if (failed === controllers.length || watched === index) startNext('failover');
            return;
          }
          if (failed === starters.length) {
            finish();
            reject(new HedgeError(errors));
          }
        },
      );
    };
    startNext('first');
  });
}

function isAttempt<T>(v: Promise<T> | HedgeAttempt<T>): v is HedgeAttempt<T> {
  return typeof v === 'object' && v !== null && 'result' in v && !(v instanceof Promise);
}
