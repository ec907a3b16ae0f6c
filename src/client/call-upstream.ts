import { createLLMError, isLLMError, type LLMError } from '../errors/llm-error.js';
import { getAdapter, registerAdapter } from '../providers/adapter-registry.js';
import { cloudProtocolOf, installCloudProviders } from '../providers/cloud-auth.js';
import type { AdapterContext, ProviderAdapter, SseEvent, WireRequest } from '../providers/provider-adapter.js';
import { AttemptSignal, type DeadlineStage } from '../resilience/deadline.js';
import type { ApiKeyConfig } from '../settings/resolved-settings.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StreamDelta } from '../spec/stream-delta.js';
import { sendRequest, toTransportError, type UpstreamResponse } from '../transport/send-request.js';
import { SseDecoder } from '../transport/sse-decoder.js';
import { buildAdapterContext } from './build-adapter-context.js';
import type { Deployment } from './deployment.js';
import { inlineRemoteImages } from './inline-remote-images.js';
import { prepareRequest, type RequestTransform } from './prepare-request.js';
import type { StageTimeouts } from './stage-timeouts.js';

export interface UpstreamCallOptions {
  signal?: AbortSignal;
  apiKey?: ApiKeyConfig;
  timeouts?: StageTimeouts;
  /** Response headers arrived (status known). */
  onHeaders?: (status: number) => void;
}

/** Decodes a body's framing into events; SSE by default, pluggable (AWS event-stream). */
export interface FramingDecoder {
  push(chunk: Uint8Array): SseEvent[];
  end(): SseEvent[];
}

type FramingFactory = () => FramingDecoder;
const framings = new Map<string, FramingFactory>([['sse', () => new SseDecoder()]]);

export function registerFraming(name: string, factory: FramingFactory): void {
  framings.set(name, factory);
}

/** Optional async request signer (cloud auth: SigV4, OAuth tokens), registered by cloud modules. */
export type RequestSignerHook = (
  wire: WireRequest,
  deployment: Deployment,
  ctx: AdapterContext,
  signal: AbortSignal,
) => Promise<WireRequest>;
let signerHook: RequestSignerHook | undefined;
export function setRequestSigner(hook: RequestSignerHook | undefined): void {
  signerHook = hook;
}

// Azure OpenAI, Vertex AI and Bedrock plug in like any other protocol (adapters, the AWS
// event-stream framing, and the per-attempt signer for SigV4 / OAuth tokens).
installCloudProviders({ registerAdapter, registerFraming, setRequestSigner });

export function adapterFor(deployment: Deployment): ProviderAdapter {
  return getAdapter(cloudProtocolOf(deployment.endpoint, deployment.backend, deployment.modelId));
}

async function open(
  deployment: Deployment,
  request: ChatRequest,
  stream: boolean,
  opts: UpstreamCallOptions,
  attempt: AttemptSignal,
): Promise<{ adapter: ProviderAdapter; ctx: AdapterContext; res: UpstreamResponse; transform: RequestTransform }> {
  const adapter = adapterFor(deployment);
  const ctx = buildAdapterContext(deployment, opts.apiKey, stream, adapter.protocol);
  let req = request;
  if (adapter.requiresInlineImages) req = await inlineRemoteImages(req, deployment.backend, attempt.signal);
  const transform = prepareRequest(req, deployment);
  let wire = adapter.buildRequest(transform.request, ctx);
  if (Object.keys(deployment.endpoint.headers).length > 0) {
    wire = { ...wire, headers: { ...wire.headers, ...lowerKeys(deployment.endpoint.headers) } };
  }
  if (signerHook) wire = await signerHook(wire, deployment, ctx, attempt.signal);
  transform.warnings.push(...wire.warnings);
  arm(attempt, 'first_byte', opts.timeouts?.firstByteMs);
  const res = await sendRequest(wire, { signal: attempt.signal, proxy: deployment.endpoint.proxy, provider: deployment.backend });
  attempt.disarm('first_byte');
  opts.onHeaders?.(res.status);
  if (res.status < 200 || res.status >= 300) {
    let bodyText = '';
    try {
      bodyText = await res.body.text();
    } catch {
      res.cancel();
    }
    throw adapter.classifyError({ status: res.status, headers: res.headers, bodyText }, ctx);
  }
  return { adapter, ctx, res, transform };
}

/** One non-streaming attempt on one deployment with one key. */
export async function completeOnce(deployment: Deployment, request: ChatRequest, opts: UpstreamCallOptions = {}): Promise<ChatResult> {
  const attempt = new AttemptSignal({ signal: opts.signal, timeoutMs: opts.timeouts?.totalMs, provider: deployment.backend });
  try {
    const { adapter, ctx, res, transform } = await open(deployment, request, false, opts, attempt);
    let body: unknown;
    try {
      const text = await res.body.text();
      body = JSON.parse(text);
    } catch (err) {
      if (attempt.signal.aborted) throw err;
      throw createLLMError({
        kind: 'server',
        message: `${deployment.backend}: upstream returned a malformed JSON body`,
        provider: deployment.backend,
        status: 502,
        cause: err,
      });
    }
    const result = transform.finishResult(adapter.parseResponse(body, ctx));
    result.provider = deployment.backend;
    if (!result.model) result.model = deployment.modelId;
    if (transform.warnings.length) result.warnings = [...(result.warnings ?? []), ...transform.warnings];
    return result;
  } catch (err) {
    throw normalizeError(err, attempt.signal, deployment.backend);
  } finally {
    attempt.dispose();
  }
}

/**
 * One streaming attempt. Breaking out of the loop (or the caller's signal) aborts the upstream
 * request; the body is always consumed or destroyed.
 */
export async function* streamOnce(
  deployment: Deployment,
  request: ChatRequest,
  opts: UpstreamCallOptions = {},
): AsyncGenerator<StreamDelta, void, undefined> {
  const attempt = new AttemptSignal({ signal: opts.signal, timeoutMs: opts.timeouts?.totalMs, provider: deployment.backend });
  arm(attempt, 'first_token', opts.timeouts?.firstTokenMs);
  let finished = false;
  try {
    const { adapter, ctx, res, transform } = await open(deployment, request, true, opts, attempt);
    const contentType = String(res.headers['content-type'] ?? '');
    if (contentType.includes('application/json') && adapter.streamFraming !== 'aws-eventstream') {
      // Some vendors (MiniMax on rate limit) answer a stream request with a plain JSON body and
      // HTTP 200: parse it as a whole response so a hidden error is classified properly.
      const body: unknown = JSON.parse(await res.body.text());
      const result = transform.finishResult(adapter.parseResponse(body, ctx));
      attempt.disarm('first_token');
      yield* resultAsDeltas(result, deployment);
      finished = true;
      return;
    }
    const parser = transform.wrapStreamParser(adapter.createStreamParser(ctx));
    const framing = framings.get(adapter.streamFraming ?? 'sse');
    if (!framing)
      throw createLLMError({
        kind: 'invalid_request',
        message: `no stream decoder for ${adapter.streamFraming}`,
        provider: deployment.backend,
      });
    const decoder = framing();
    let sawToken = false;
    let first = true;
    arm(attempt, 'idle', opts.timeouts?.idleMs);
    const decorate = (d: StreamDelta): StreamDelta => {
      if (first) {
        first = false;
        d.provider = deployment.backend;
        d.model ??= deployment.modelId;
        if (transform.warnings.length) d.warnings = [...(d.warnings ?? []), ...transform.warnings];
      }
      if (!sawToken && (d.content || d.reasoning_content || d.tool_calls)) {
        sawToken = true;
        attempt.disarm('first_token');
      }
      return d;
    };
    for await (const chunk of res.body) {
      // Re-arming refreshes the same timer: cheap enough per chunk.
      arm(attempt, 'idle', opts.timeouts?.idleMs);
      for (const event of decoder.push(chunk)) {
        for (const delta of parser.push(event)) yield decorate(delta);
      }
    }
    for (const event of decoder.end()) {
      for (const delta of parser.push(event)) yield decorate(delta);
    }
    for (const delta of parser.finish()) yield decorate(delta);
    finished = true;
  } catch (err) {
    throw normalizeError(err, attempt.signal, deployment.backend);
  } finally {
    // Early exit (consumer broke out, error, timeout): abort so undici destroys the socket.
    if (!finished && !attempt.signal.aborted)
      attempt.abort(createLLMError({ kind: 'aborted', message: 'stream closed by consumer', provider: deployment.backend }));
    attempt.dispose();
  }
}

/** A whole response replayed as stream deltas (same field names as ChatResult). */
function* resultAsDeltas(result: ChatResult, deployment: Deployment): Generator<StreamDelta> {
  const first: StreamDelta = { provider: deployment.backend, model: result.model || deployment.modelId };
  if (result.id) first.id = result.id;
  if (result.reasoning_content) first.reasoning_content = result.reasoning_content;
  if (result.content) first.content = result.content;
  if (result.tool_calls)
    first.tool_calls = result.tool_calls.map((c, index) => ({ index, id: c.id, type: 'function', function: { ...c.function } }));
  if (result.warnings) first.warnings = result.warnings;
  yield first;
  yield { finish_reason: result.finish_reason, usage: result.usage };
}

/** Arms a stage timer when that stage has a limit. */
function arm(attempt: AttemptSignal, stage: DeadlineStage, ms: number | undefined): void {
  if (ms !== undefined && ms > 0) attempt.arm(stage, ms);
}

function normalizeError(err: unknown, signal: AbortSignal, provider: string): LLMError {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    if (isLLMError(reason)) return reason;
  }
  if (isLLMError(err)) return err;
  return toTransportError(err, signal, provider);
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}
