import { createLLMError } from '../errors/llm-error.js';

/** Per-attempt time limits, in ms. Each stage aborts the upstream request for real. */
export interface StageTimeouts {
  /** Until response headers arrive (connect + time to first byte). */
  firstByteMs?: number;
  /** Until the first content / reasoning / tool-call token of a stream. */
  firstTokenMs?: number;
  /** Max gap between two stream chunks. */
  idleMs?: number;
  /** Whole attempt. */
  totalMs?: number;
}

export type TimeoutStage = 'first_byte' | 'first_token' | 'idle' | 'total';

/**
 * One AbortController per attempt, linked to the caller's signal, with re-armable stage timers.
 * When a timer fires the controller aborts with a typed `timeout` error as its reason, so the
 * transport surfaces that error instead of a generic abort.
 */
export class AttemptController {
  readonly controller = new AbortController();
  private readonly timers = new Map<TimeoutStage, NodeJS.Timeout>();
  private readonly unlink: (() => void) | undefined;

  constructor(
    private readonly provider: string,
    parent?: AbortSignal,
  ) {
    if (parent) {
      if (parent.aborted) this.controller.abort(parent.reason);
      else {
        const onAbort = () => this.controller.abort(parent.reason);
        parent.addEventListener('abort', onAbort, { once: true });
        this.unlink = () => parent.removeEventListener('abort', onAbort);
      }
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  arm(stage: TimeoutStage, ms: number | undefined): void {
    this.disarm(stage);
    if (ms === undefined || ms <= 0 || this.controller.signal.aborted) return;
    const timer = setTimeout(() => {
      this.controller.abort(
        createLLMError({
          kind: 'timeout',
          code: `${stage}_timeout`,
          message: `${this.provider}: no ${stage.replace('_', ' ')} within ${ms} ms`,
          provider: this.provider,
        }),
      );
    }, ms);
    timer.unref?.();
    this.timers.set(stage, timer);
  }

  disarm(stage: TimeoutStage): void {
    const t = this.timers.get(stage);
    if (t !== undefined) {
      clearTimeout(t);
      this.timers.delete(stage);
    }
  }

  /** Clears every timer and unlinks from the parent signal; call once the attempt is over. */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.unlink?.();
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
}
