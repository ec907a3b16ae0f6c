import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import { deepMerge } from '../shared/deep-merge.js';
import { isRecord } from '../shared/is-record.js';
import { convertGeminiThinkingConfig } from './convert-gemini-thinking-config.js';
import { convertJsonSchemaToGemini } from './convert-json-schema-to-gemini.js';
import { convertToGeminiContents } from './convert-to-gemini-contents.js';
import type { GeminiGenerationConfig, GeminiRequestBody } from './gemini-wire-types.js';
import { prepareGeminiTools } from './prepare-gemini-tools.js';

/** Gemini accepts at most five stop sequences. */
const MAX_STOP_SEQUENCES = 5;

export interface GeminiRequestConversion {
  /** The generateContent body; `provider_options` may have added keys beyond the typed ones. */
  body: GeminiRequestBody & Record<string, unknown>;
  warnings: string[];
}

/**
 * Canonical request → Gemini `generateContent` body. Sampling and output settings go into
 * `generationConfig`; JSON mode is native (`responseMimeType`, plus `responseSchema` for a
 * schema). `cache_control` hints are dropped silently (Gemini caches implicitly) and so is `user`,
 * which has no Gemini field. `provider_options.gemini` (then options under the backend name) is
 * deep-merged last, so `{ generationConfig: { topK: 40 } }` adds to the converted settings.
 */
export function convertToGeminiRequest(request: ChatRequest, ctx: AdapterContext): GeminiRequestConversion {
  const prompt = convertToGeminiContents(request.messages, { provider: ctx.provider, model: ctx.model });
  const tools = prepareGeminiTools(request);
  const warnings = [...prompt.warnings, ...tools.warnings];

  const config: GeminiGenerationConfig = {};
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (maxTokens !== undefined) {
    const cap = ctx.capabilities.maxOutputTokens;
    if (cap !== undefined && maxTokens > cap) warnings.push(`max_tokens: ${maxTokens} exceeds the model's output limit; sent as ${cap}`);
    config.maxOutputTokens = cap !== undefined ? Math.min(cap, maxTokens) : maxTokens;
  }
  if (request.temperature !== undefined) {
    const [min, max] = ctx.quirks.temperatureRange ?? [0, 2];
    const clamped = Math.min(max, Math.max(min, request.temperature));
    if (clamped !== request.temperature)
      warnings.push(`temperature: ${request.temperature} is outside Gemini's ${min}–${max}; sent as ${clamped}`);
    config.temperature = clamped;
  }
  if (request.top_p !== undefined) config.topP = request.top_p;

  const stops = typeof request.stop === 'string' ? [request.stop] : (request.stop ?? []);
  if (stops.length > MAX_STOP_SEQUENCES) warnings.push(`stop: Gemini accepts ${MAX_STOP_SEQUENCES} stop sequences; the rest were dropped`);
  if (stops.length > 0) config.stopSequences = stops.slice(0, MAX_STOP_SEQUENCES);

  if (request.seed !== undefined) config.seed = request.seed;
  if (request.presence_penalty !== undefined) config.presencePenalty = request.presence_penalty;
  if (request.frequency_penalty !== undefined) config.frequencyPenalty = request.frequency_penalty;
  if (request.n !== undefined) {
    config.candidateCount = request.n;
    if (request.n > 1) warnings.push('n: only the first Gemini candidate is returned');
  }

  const format = request.response_format;
  if (format?.type === 'json_object') config.responseMimeType = 'application/json';
  else if (format?.type === 'json_schema') {
    config.responseMimeType = 'application/json';
    const schema = convertJsonSchemaToGemini(format.json_schema.schema);
    if (schema) config.responseSchema = schema;
  }

  const thinkingConfig = convertGeminiThinkingConfig(request, ctx.model, warnings);
  if (thinkingConfig) config.thinkingConfig = thinkingConfig;

  if (request.logit_bias !== undefined) warnings.push('logit_bias: not supported by Gemini; dropped');

  const body: GeminiRequestBody & Record<string, unknown> = {
    ...(prompt.systemInstruction ? { systemInstruction: prompt.systemInstruction } : {}),
    contents: prompt.contents,
    ...(tools.tools ? { tools: tools.tools } : {}),
    ...(tools.toolConfig ? { toolConfig: tools.toolConfig } : {}),
    ...(Object.keys(config).length > 0 ? { generationConfig: config } : {}),
  };
  return { body: mergeProviderOptions(body, request, ctx.provider), warnings };
}

function mergeProviderOptions(
  body: GeminiRequestBody & Record<string, unknown>,
  request: ChatRequest,
  provider: string,
): GeminiRequestBody & Record<string, unknown> {
  const options = request.provider_options;
  if (!options) return body;
  let merged: Record<string, unknown> = body;
  for (const key of provider === 'gemini' ? ['gemini'] : ['gemini', provider]) {
    const patch = options[key];
    if (isRecord(patch)) merged = deepMerge(merged, patch);
  }
  return merged as GeminiRequestBody & Record<string, unknown>;
}
