import type { ChatRequest, ResponseFormat } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import { deepMerge } from '../shared/deep-merge.js';
import { isRecord } from '../shared/is-record.js';
import type { AnthropicRequestBody, AnthropicTextBlock, AnthropicThinking } from './anthropic-wire-types.js';
import { convertToAnthropicMessages } from './convert-to-anthropic-messages.js';
import { prepareAnthropicTools } from './prepare-anthropic-tools.js';

/**
 * `max_tokens` is mandatory on the Messages API. When neither the request nor the catalog gives
 * one we send 4096: every Claude model accepts it (the oldest cap output at 4096), it is plenty
 * for chat turns, and a larger guess would be rejected by older models. Catalog entries should
 * set `max_output_tokens` so newer models get their full range.
 */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;

/** The API's floor for `thinking.budget_tokens`. */
export const MIN_THINKING_BUDGET = 1024;

export interface ConvertToAnthropicRequestOptions {
  /** False for deployments that cannot fetch image URLs (Anthropic on Vertex). */
  allowImageUrls?: boolean;
}

export interface AnthropicRequestConversion {
  /** The Messages body; `provider_options` may have added keys beyond the typed ones. */
  body: AnthropicRequestBody & Record<string, unknown>;
  warnings: string[];
}

/** Canonical request → Anthropic Messages body. Pure; throws LLMError(invalid_request) on bad content. */
export function convertToAnthropicRequest(
  request: ChatRequest,
  ctx: AdapterContext,
  options: ConvertToAnthropicRequestOptions = {},
): AnthropicRequestConversion {
  const prompt = convertToAnthropicMessages(request.messages, {
    provider: ctx.provider,
    allowImageUrls: options.allowImageUrls,
  });
  const warnings = [...prompt.warnings];
  const system = [...prompt.system];

  const formatInstruction = responseFormatInstruction(request.response_format);
  if (formatInstruction) {
    system.push(formatInstruction);
    warnings.push('response_format: Anthropic has no JSON mode here; requested through a system-prompt instruction');
  }

  const { tools, tool_choice } = prepareAnthropicTools(request);
  const thinking = convertThinking(request, warnings);
  const thinkingOn = thinking !== undefined && thinking.type !== 'disabled';

  let toolChoice = tool_choice;
  if (thinkingOn && (toolChoice?.type === 'any' || toolChoice?.type === 'tool')) {
    // The API only allows `auto`/`none` together with thinking; forcing a tool would be a 400.
    warnings.push(`tool_choice: forced tool use is not allowed with thinking; sent as "auto"`);
    const { disable_parallel_tool_use } = toolChoice;
    toolChoice = { type: 'auto', ...(disable_parallel_tool_use ? { disable_parallel_tool_use } : {}) };
  }

  const body: AnthropicRequestBody & Record<string, unknown> = {
    model: ctx.model,
    max_tokens: resolveMaxTokens(request, ctx, thinking, warnings),
    ...(system.length > 0 ? { system } : {}),
    messages: prompt.messages,
    ...(tools ? { tools } : {}),
    ...(toolChoice ? { tool_choice: toolChoice } : {}),
  };

  applySampling(body, request, ctx, thinkingOn, warnings);

  const stops = typeof request.stop === 'string' ? [request.stop] : (request.stop ?? []);
  // The API rejects stop sequences made only of whitespace.
  const stopSequences = stops.filter((s) => s.trim() !== '');
  if (stopSequences.length < stops.length) warnings.push('stop: whitespace-only stop sequences are not accepted by Anthropic; dropped');
  if (stopSequences.length > 0) body.stop_sequences = stopSequences;

  if (thinking) body.thinking = thinking;
  if (request.user !== undefined) body.metadata = { user_id: request.user };
  if (ctx.stream) body.stream = true;

  if (request.seed !== undefined) warnings.push('seed: not supported by Anthropic; dropped');
  if (request.n !== undefined && request.n > 1) warnings.push('n: Anthropic returns one choice; n > 1 dropped');
  if (request.presence_penalty !== undefined) warnings.push('presence_penalty: not supported by Anthropic; dropped');
  if (request.frequency_penalty !== undefined) warnings.push('frequency_penalty: not supported by Anthropic; dropped');
  if (request.logit_bias !== undefined) warnings.push('logit_bias: not supported by Anthropic; dropped');
  if (request.reasoning_effort !== undefined) {
    // `output_config.effort` exists only on some models and is a 400 elsewhere, so it is opt-in.
    warnings.push(
      'reasoning_effort: not mapped for Anthropic; use thinking.budget_tokens or provider_options.anthropic.output_config.effort',
    );
  }

  return { body: mergeProviderOptions(body, request, ctx.provider), warnings };
}

function resolveMaxTokens(request: ChatRequest, ctx: AdapterContext, thinking: AnthropicThinking | undefined, warnings: string[]): number {
  const cap = ctx.capabilities.maxOutputTokens;
  const explicit = request.max_completion_tokens ?? request.max_tokens;
  if (explicit !== undefined) {
    if (cap !== undefined && explicit > cap) {
      warnings.push(`max_tokens: ${explicit} exceeds the model's output limit; sent as ${cap}`);
      return cap;
    }
    return explicit;
  }
  const fallback = cap ?? DEFAULT_ANTHROPIC_MAX_TOKENS;
  // Thinking tokens count against max_tokens and the API requires max_tokens > budget_tokens; a
  // defaulted limit must leave room for an answer after the thinking.
  if (thinking?.type === 'enabled' && fallback <= thinking.budget_tokens) {
    const wanted = thinking.budget_tokens + DEFAULT_ANTHROPIC_MAX_TOKENS;
    return cap !== undefined ? Math.min(cap, wanted) : wanted;
  }
  return fallback;
}

function convertThinking(request: ChatRequest, warnings: string[]): AnthropicThinking | undefined {
  const thinking = request.thinking;
  if (!thinking) return undefined;
  if (thinking.type === 'disabled' || thinking.type === 'adaptive') return { type: thinking.type };
  let budget = thinking.budget_tokens ?? MIN_THINKING_BUDGET;
  if (budget < MIN_THINKING_BUDGET) {
    warnings.push(`thinking.budget_tokens: Anthropic's minimum is ${MIN_THINKING_BUDGET}; raised from ${budget}`);
    budget = MIN_THINKING_BUDGET;
  }
  return { type: 'enabled', budget_tokens: budget };
}

function applySampling(
  body: AnthropicRequestBody,
  request: ChatRequest,
  ctx: AdapterContext,
  thinkingOn: boolean,
  warnings: string[],
): void {
  const noSampling = ctx.quirks.noSamplingModels !== undefined && new RegExp(ctx.quirks.noSamplingModels).test(ctx.model);
  // With thinking the API insists on default sampling; some models reject the knobs entirely.
  const reason = thinkingOn ? 'not allowed while thinking is enabled' : noSampling ? `not accepted by ${ctx.model}` : undefined;

  if (request.temperature !== undefined) {
    if (reason) warnings.push(`temperature: ${reason}; dropped`);
    else {
      const [min, max] = ctx.quirks.temperatureRange ?? [0, 1];
      const clamped = Math.min(max, Math.max(min, request.temperature));
      if (clamped !== request.temperature)
        warnings.push(`temperature: ${request.temperature} is outside Anthropic's ${min}–${max}; sent as ${clamped}`);
      body.temperature = clamped;
    }
  }
  if (request.top_p !== undefined) {
    if (reason) warnings.push(`top_p: ${reason}; dropped`);
    else body.top_p = request.top_p;
  }
}

function responseFormatInstruction(format: ResponseFormat | undefined): AnthropicTextBlock | undefined {
  if (!format || format.type === 'text') return undefined;
  const rule = 'and nothing else: no prose before or after it and no Markdown code fences.';
  if (format.type === 'json_object') return { type: 'text', text: `Respond with a single valid JSON object ${rule}` };
  const { name, description, schema } = format.json_schema;
  const lines = [`Respond with a single valid JSON value that conforms to the JSON Schema "${name}" below ${rule}`];
  if (description) lines.push(description);
  if (schema) lines.push(JSON.stringify(schema));
  return { type: 'text', text: lines.join('\n') };
}

/** `provider_options.anthropic`, then options keyed by the backend name, merged over the body. */
function mergeProviderOptions(
  body: AnthropicRequestBody & Record<string, unknown>,
  request: ChatRequest,
  provider: string,
): AnthropicRequestBody & Record<string, unknown> {
  const options = request.provider_options;
  if (!options) return body;
  let merged: Record<string, unknown> = body;
  for (const key of provider === 'anthropic' ? ['anthropic'] : ['anthropic', provider]) {
    const patch = options[key];
    if (isRecord(patch)) merged = deepMerge(merged, patch);
  }
  return merged as AnthropicRequestBody & Record<string, unknown>;
}
