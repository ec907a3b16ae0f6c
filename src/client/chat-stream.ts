import type { StreamDelta } from '../spec/stream-delta.js';

/**
 * An async iterable of deltas that can also be aborted from outside the loop. Breaking out of a
 * `for await` aborts the upstream request as well.
 */
export class ChatStream implements AsyncIterable<StreamDelta> {
  private readonly controller = new AbortController();

  constructor(private readonly start: (signal: AbortSignal) => AsyncGenerator<StreamDelta, void, undefined>) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  [Symbol.asyncIterator](): AsyncIterator<StreamDelta> {
    return this.start(this.controller.signal);
  }
}

/** Links a caller-provided signal to a stream's own controller. */
export function linkSignal(target: ChatStream, source?: AbortSignal): void {
  if (!source) return;
  if (source.aborted) target.abort(source.reason);
  else source.addEventListener('abort', () => target.abort(source.reason), { once: true });
}
