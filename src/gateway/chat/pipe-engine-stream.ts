import type { EngineStream } from '../../engine/engine-types.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import type { RequestContext } from '../http/request-context.js';
import { SseWriter } from '../http/sse-writer.js';
import { toGatewayHttpError } from '../http/to-gateway-http-error.js';
import { countTries, noteServed, servedHeaders } from './note-served.js';
import type { SseEncoder } from './sse-encoder.js';

/**
 * Streams an engine stream to the client. Headers wait for the first delta: the engine fails
 * over silently until a candidate produced its first token, so errors before that are proper
 * HTTP errors (429/503 with the SDKs' error classes); after it they are a final SSE error event.
 * A client that leaves aborts the upstream request at once (ctx.signal + iterator return).
 */
export async function pipeEngineStream(
  ctx: RequestContext,
  stream: EngineStream,
  createEncoder: (first: StreamDelta) => SseEncoder,
): Promise<void> {
  ctx.stream = true;
  const it = stream[Symbol.asyncIterator]();
  let first: IteratorResult<StreamDelta, void>;
  try {
    first = await it.next();
  } catch (err) {
    attachAttempts(ctx, stream);
    throw err;
  }
  const firstDelta: StreamDelta = first.done ? {} : first.value;
  noteServed(ctx, { provider: firstDelta.provider, model: firstDelta.model, attempts: stream.attempts });
  ctx.ttftMs = ctx.elapsedMs();
  const writer = new SseWriter(ctx);
  const encoder = createEncoder(firstDelta);
  writer.start(
    servedHeaders(ctx, {
      keyId: stream.served?.keyId,
      attempts: stream.attempts,
      tries: countTries(stream.attempts) + 1,
      overheadMs: (ctx.engineStartedAt ?? ctx.startedAt) - ctx.startedAt,
    }),
  );
  let usage = firstDelta.usage;
  let cost = firstDelta.cost;
  try {
    let text = encoder.open(firstDelta);
    if (!first.done) text += encoder.encode(firstDelta);
    if (!writer.write(text)) await writer.drain();
    if (!first.done) {
      for (;;) {
        if (ctx.clientGone) break;
        const next = await it.next();
        if (next.done) break;
        const d = next.value;
        if (d.usage) usage = d.usage;
        if (d.cost) cost = d.cost;
        const chunk = encoder.encode(d);
        if (chunk && !writer.write(chunk)) await writer.drain();
      }
    }
    if (!ctx.clientGone) writer.end(encoder.close());
  } catch (err) {
    const e = toGatewayHttpError(err);
    ctx.errorKind = ctx.clientGone ? 'aborted' : (e.kind ?? e.type);
    ctx.errorMessage = e.message;
    ctx.streamErrorStatus = ctx.clientGone ? 499 : e.status;
    writer.end(ctx.clientGone ? undefined : encoder.fail(e));
  } finally {
    if (ctx.clientGone) {
      stream.abort();
      await it.return?.(undefined).catch(() => undefined);
    }
    const done = await stream.done;
    noteServed(ctx, { target: done.target, usage, cost, attempts: stream.attempts });
    if (ctx.clientGone) {
      ctx.streamErrorStatus = 499;
      ctx.errorKind ??= 'aborted';
    }
  }
}

function attachAttempts(ctx: RequestContext, stream: EngineStream): void {
  if (stream.attempts.length) ctx.attempts = stream.attempts as unknown[];
}
