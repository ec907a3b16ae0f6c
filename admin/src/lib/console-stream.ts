import { api, responseError } from './api.js';
import { readSse } from './read-sse.js';
import type { Attempt } from './types.js';

export interface StreamDone {
  request_id: string;
  target: string | null;
  provider: string | null;
  model: string | null;
  key_id: string | null;
  tries: number;
  attempts: Attempt[];
  usage: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null;
  cost_usd: number | null;
  latency_ms: number;
  ttft_ms: number | null;
}

export interface StreamFailure {
  request_id?: string;
  status: number;
  kind: string;
  code: string | null;
  message: string;
  attempts: Attempt[];
}

export interface StreamHandlers {
  onDelta(delta: { content?: string; reasoning?: string }): void;
  onDone(done: StreamDone): void;
  onError(err: StreamFailure): void;
}

/**
 * Runs a playground request (chat or vision) and feeds its events to the handlers: text and
 * reasoning as they stream, then who answered after how many tries, or the classified error.
 */
export async function runConsoleStream(path: string, body: unknown, handlers: StreamHandlers, signal: AbortSignal): Promise<void> {
  const res = await api.raw('POST', path, body, signal);
  if (!res.ok || !res.body) throw await responseError(res);
  for await (const msg of readSse(res.body)) {
    const data = JSON.parse(msg.data) as Record<string, unknown>;
    if (msg.event === 'delta') handlers.onDelta(data as { content?: string; reasoning?: string });
    else if (msg.event === 'done') handlers.onDone(data as unknown as StreamDone);
    else if (msg.event === 'error') handlers.onError(data as unknown as StreamFailure);
  }
}
