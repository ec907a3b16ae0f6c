import type { AttemptRecord } from '../../../engine/engine-types.js';
import type { ChatRequest } from '../../../spec/chat-request.js';
import type { Cost } from '../../../spec/chat-result.js';
import type { Usage } from '../../../spec/usage.js';
import { validateChatRequest } from '../../../spec/validate-chat-request.js';
import type { Caller } from '../../auth/caller.js';
import { countTries, noteServed } from '../../chat/note-served.js';
import { prepareChat } from '../../chat/prepare-chat.js';
import { parseJsonObject } from '../../http/parse-json-object.js';
import { readBody } from '../../http/read-body.js';
import type { RequestContext } from '../../http/request-context.js';
import { SseWriter } from '../../http/sse-writer.js';
import { toGatewayHttpError } from '../../http/to-gateway-http-error.js';
import { validateBody } from '../../http/validate-body.js';
import type { AdminConsole } from '../admin-console.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { visionBody } from '../schemas/admin-schemas.js';

/** Usage rows from the playground carry this key id, so the log can filter them. */
export const PLAYGROUND_CALLER: Caller = Object.freeze({ kind: 'master', keyId: 'admin-console' }) as Caller;
const DEFAULT_VISION_PROMPT = 'Describe this image in detail.';

/**
 * Playground: the same path as /v1/chat/completions (active model when none is named, routes,
 * failover, limits, usage log) streamed as small SSE events the console renders directly:
 * `meta`, `delta` ({content} or {reasoning}), `done` (who answered, after how many tries, usage,
 * cost, latency, TTFT, every attempt) or `error` (classified, with the attempts).
 */
export function registerPlaygroundRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add(
    'POST',
    '/playground/chat',
    async (ctx) => {
      const buf = await readBody(ctx, ctx.state.config.server.bodyLimit);
      const body = parseJsonObject(buf);
      const { system, ...rest } = body;
      const messages = Array.isArray(rest.messages) ? rest.messages : [];
      if (typeof system === 'string' && system.trim()) messages.unshift({ role: 'system', content: system });
      const request = validateChatRequest({ ...rest, model: rest.model || undefined, messages, stream: true });
      await streamToConsole(ctx, request, 'chat', buf.length);
    },
    { summary: 'Streaming chat test (SSE: meta, delta, done | error). Body: a chat request plus optional `system`' },
  );

  api.add(
    'POST',
    '/playground/vision',
    async (ctx) => {
      const limit = Math.max(ctx.state.config.server.bodyLimit, Math.ceil(ctx.state.config.server.uploadLimit * 1.4));
      const buf = await readBody(ctx, limit);
      const body = validateBody(visionBody, parseJsonObject(buf));
      const request = validateChatRequest({
        model: body.model || undefined,
        stream: true,
        temperature: body.temperature,
        max_tokens: body.max_tokens,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: body.prompt?.trim() || DEFAULT_VISION_PROMPT },
              { type: 'image_url', image_url: { url: body.image } },
            ],
          },
        ],
      });
      await streamToConsole(ctx, request, 'vision', buf.length);
    },
    { summary: 'Vision test: an image (data URL) and a prompt; the active vision model answers when none is named' },
  );
}

async function streamToConsole(ctx: RequestContext, request: ChatRequest, purpose: 'chat' | 'vision', bytes: number): Promise<void> {
  ctx.caller = PLAYGROUND_CALLER;
  ctx.stream = true;
  const writer = new SseWriter(ctx);
  const send = (event: string, data: unknown): void => {
    writer.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  writer.start({});
  writer.flush();
  let attempts: readonly AttemptRecord[] = [];
  try {
    const options = await prepareChat(ctx, request, purpose, bytes);
    send('meta', { request_id: ctx.requestId, requested: options.model ?? null, purpose });
    const stream = ctx.state.engine.stream(request, options);
    attempts = stream.attempts;
    let usage: Usage | undefined;
    let cost: Cost | undefined;
    let provider: string | undefined;
    let model: string | undefined;
    for await (const d of stream) {
      if (ctx.clientGone) {
        stream.abort();
        break;
      }
      if (ctx.ttftMs === undefined && (d.content || d.reasoning_content)) ctx.ttftMs = ctx.elapsedMs();
      provider ??= d.provider;
      model ??= d.model;
      if (d.usage) usage = d.usage;
      if (d.cost) cost = d.cost;
      if (d.reasoning_content) send('delta', { reasoning: d.reasoning_content });
      if (d.content) send('delta', { content: d.content });
      if (d.finish_reason) send('finish', { finish_reason: d.finish_reason });
    }
    const done = await stream.done;
    noteServed(ctx, { target: done.target, provider, model, usage, cost, attempts: stream.attempts });
    send('done', {
      request_id: ctx.requestId,
      target: done.target ?? null,
      provider: ctx.backend ?? null,
      model: ctx.model ?? null,
      key_id: done.keyId ?? null,
      tries: countTries(stream.attempts),
      attempts: stream.attempts,
      usage: usage ?? null,
      cost_usd: cost?.total ?? null,
      latency_ms: Math.round(ctx.elapsedMs()),
      ttft_ms: ctx.ttftMs === undefined ? null : Math.round(ctx.ttftMs),
    });
  } catch (err) {
    const e = toGatewayHttpError(err);
    ctx.errorKind = e.kind ?? e.type;
    ctx.errorMessage = e.message;
    ctx.streamErrorStatus = e.status;
    if (attempts.length) ctx.attempts = attempts as unknown[];
    send('error', { request_id: ctx.requestId, status: e.status, kind: e.kind ?? e.type, code: e.code, message: e.message, attempts });
  } finally {
    writer.end();
  }
}
