import type { ChatRequest, ReasoningEffort, ResponseFormat } from '../../spec/chat-request.js';
import { isRecord } from '../classify/json-guards.js';
import type { AdapterContext } from '../provider-adapter.js';
import type { BedrockConverseRequest, BedrockInferenceConfig, BedrockToolChoice, BedrockToolSpec } from './bedrock-wire-types.js';
import { convertToBedrockMessages } from './convert-to-bedrock-messages.js';

/** Claude's floor for `thinking.budget_tokens`. */
export const MIN_THINKING_BUDGET = 1024;
/** Room left for the answer when max tokens must be derived from a thinking budget. */
const ANSWER_ROOM = 4096;

export interface BedrockRequestConversion {
  body: BedrockConverseRequest & Record<string, unknown>;
  warnings: string[];
}

/** Anthropic models on Bedrock, by base id, cross-region profile (`us.`, `global.`) or ARN. */
export function isAnthropicModel(model: string): boolean {
  return /anthropic|claude/i.test(model);
}

function isNovaModel(model: string): boolean {
  return /amazon\.nova/i.test(model);
}

/**
 * Canonical request → Converse body (same body for `/converse` and `/converse-stream`). Provider
 * extras go to `additionalModelRequestFields`: Claude `thinking`, Nova `reasoningConfig`;
 * `provider_options.bedrock` is deep-merged last so any Converse field can be set by hand.
 */
export function convertToBedrockRequest(request: ChatRequest, ctx: AdapterContext): BedrockRequestConversion {
  const provider = ctx.provider;
  const prompt = convertToBedrockMessages(request.messages, provider);
  const warnings = [...prompt.warnings];
  const system = [...prompt.system];
  const format = responseFormatInstruction(request.response_format);
  if (format) {
    system.push({ text: format });
    warnings.push('response_format: Bedrock Converse has no JSON mode; requested through a system-prompt instruction');
  }

  const anthropic = isAnthropicModel(ctx.model);
  const additional: Record<string, unknown> = {};
  let thinkingOn = false;
  let thinkingBudget: number | undefined;
  if (request.thinking) {
    if (anthropic) {
      if (request.thinking.type === 'enabled') {
        let budget = request.thinking.budget_tokens ?? MIN_THINKING_BUDGET;
        if (budget < MIN_THINKING_BUDGET) {
          warnings.push(`thinking.budget_tokens: Claude's minimum is ${MIN_THINKING_BUDGET}; raised from ${budget}`);
          budget = MIN_THINKING_BUDGET;
        }
        additional.thinking = { type: 'enabled', budget_tokens: budget };
        thinkingOn = true;
        thinkingBudget = budget;
      } else {
        additional.thinking = { type: request.thinking.type };
        thinkingOn = request.thinking.type === 'adaptive';
      }
    } else if (isNovaModel(ctx.model)) {
      additional.reasoningConfig =
        request.thinking.type === 'disabled'
          ? { type: 'disabled' }
          : { type: 'enabled', maxReasoningEffort: novaEffort(request.reasoning_effort) };
    } else {
      warnings.push(`thinking: not mapped for ${ctx.model} on Bedrock; set provider_options.bedrock.additionalModelRequestFields`);
    }
  } else if (request.reasoning_effort !== undefined) {
    if (isNovaModel(ctx.model)) {
      additional.reasoningConfig =
        request.reasoning_effort === 'none'
          ? { type: 'disabled' }
          : { type: 'enabled', maxReasoningEffort: novaEffort(request.reasoning_effort) };
    } else {
      warnings.push(`reasoning_effort: not mapped for ${ctx.model} on Bedrock; use thinking.budget_tokens or provider_options.bedrock`);
    }
  }

  const inference: BedrockInferenceConfig = {};
  const cap = ctx.capabilities.maxOutputTokens;
  const explicit = request.max_completion_tokens ?? request.max_tokens;
  if (explicit !== undefined) {
    if (cap !== undefined && explicit > cap) warnings.push(`max_tokens: ${explicit} exceeds the model's output limit; sent as ${cap}`);
    inference.maxTokens = cap !== undefined ? Math.min(cap, explicit) : explicit;
  } else if (thinkingBudget !== undefined) {
    // Claude requires maxTokens > budget_tokens; a defaulted limit must leave room to answer.
    const wanted = thinkingBudget + ANSWER_ROOM;
    inference.maxTokens = cap !== undefined ? Math.min(cap, wanted) : wanted;
  }
  if (request.temperature !== undefined) {
    if (thinkingOn) warnings.push('temperature: not allowed while thinking is enabled; dropped');
    else inference.temperature = anthropic ? Math.min(1, Math.max(0, request.temperature)) : request.temperature;
    if (anthropic && !thinkingOn && inference.temperature !== request.temperature) {
      warnings.push(`temperature: ${request.temperature} is outside Claude's 0–1; sent as ${inference.temperature}`);
    }
  }
  if (request.top_p !== undefined) {
    if (thinkingOn) warnings.push('top_p: not allowed while thinking is enabled; dropped');
    else inference.topP = request.top_p;
  }
  const stops = (typeof request.stop === 'string' ? [request.stop] : (request.stop ?? [])).filter((s) => s.trim() !== '');
  if (stops.length > 0) inference.stopSequences = stops;

  const body: BedrockConverseRequest & Record<string, unknown> = { messages: prompt.messages };
  if (system.length > 0) body.system = system;
  if (Object.keys(inference).length > 0) body.inferenceConfig = inference;

  const toolConfig = convertTools(request, prompt.usesTools, thinkingOn, warnings);
  if (toolConfig) body.toolConfig = toolConfig;
  else if (prompt.usesTools) {
    warnings.push('tools: the history holds tool calls but no tools are declared; Bedrock may reject the request');
  }
  if (Object.keys(additional).length > 0) body.additionalModelRequestFields = additional;

  for (const [field, value] of [
    ['seed', request.seed],
    ['presence_penalty', request.presence_penalty],
    ['frequency_penalty', request.frequency_penalty],
    ['logit_bias', request.logit_bias],
    ['user', request.user],
  ] as const) {
    if (value !== undefined) warnings.push(`${field}: not supported by Bedrock Converse; dropped`);
  }
  if (request.n !== undefined && request.n > 1) warnings.push('n: Bedrock returns one choice; n > 1 dropped');
  if (request.parallel_tool_calls === false) warnings.push('parallel_tool_calls: cannot be disabled on Bedrock Converse; ignored');

  return { body: mergeProviderOptions(body, request, ctx.provider), warnings };
}

function convertTools(
  request: ChatRequest,
  historyUsesTools: boolean,
  thinkingOn: boolean,
  warnings: string[],
): BedrockConverseRequest['toolConfig'] | undefined {
  const defs = request.tools ?? [];
  if (defs.length === 0) return undefined;
  const choice = request.tool_choice;
  if (choice === 'none') {
    // Converse has no "none" choice. Without tool history the tools can simply be left out; with
    // it Bedrock insists on a toolConfig, so they stay and the model may still call one.
    if (!historyUsesTools) return undefined;
    warnings.push('tool_choice: "none" is not supported by Bedrock while the history has tool calls; sent as "auto"');
  }
  const tools: NonNullable<BedrockConverseRequest['toolConfig']>['tools'] = [];
  for (const def of defs) {
    const schema = isRecord(def.function.parameters) ? def.function.parameters : {};
    const spec: BedrockToolSpec = {
      toolSpec: {
        name: def.function.name,
        ...(def.function.description ? { description: def.function.description } : {}),
        inputSchema: { json: { ...schema, type: 'object' } },
      },
    };
    tools.push(spec);
    if (def.cache_control) tools.push({ cachePoint: { type: 'default' } });
  }
  let toolChoice: BedrockToolChoice | undefined;
  if (choice === 'required') toolChoice = { any: {} };
  else if (typeof choice === 'object') toolChoice = { tool: { name: choice.function.name } };
  else if (choice === 'auto') toolChoice = { auto: {} };
  if (thinkingOn && toolChoice && !('auto' in toolChoice)) {
    warnings.push('tool_choice: forced tool use is not allowed with thinking; sent as "auto"');
    toolChoice = { auto: {} };
  }
  return toolChoice ? { tools, toolChoice } : { tools };
}

function novaEffort(effort: ReasoningEffort | undefined): 'low' | 'medium' | 'high' {
  switch (effort) {
    case 'none':
    case 'minimal':
    case 'low':
      return 'low';
    case 'high':
    case 'xhigh':
    case 'max':
      return 'high';
    default:
      return 'medium';
  }
}

function responseFormatInstruction(format: ResponseFormat | undefined): string | undefined {
  if (!format || format.type === 'text') return undefined;
  const rule = 'and nothing else: no prose before or after it and no Markdown code fences.';
  if (format.type === 'json_object') return `Respond with a single valid JSON object ${rule}`;
  const { name, description, schema } = format.json_schema;
  return [
    `Respond with a single valid JSON value that conforms to the JSON Schema "${name}" below ${rule}`,
    description,
    schema ? JSON.stringify(schema) : undefined,
  ]
    .filter((l): l is string => l !== undefined)
    .join('\n');
}

/** `provider_options.bedrock`, then options keyed by the backend name, deep-merged over the body. */
function mergeProviderOptions<T extends Record<string, unknown>>(body: T, request: ChatRequest, provider: string): T {
  const options = request.provider_options;
  if (!options) return body;
  let merged: Record<string, unknown> = body;
  for (const key of provider === 'bedrock' ? ['bedrock'] : ['bedrock', provider]) {
    const patch = options[key];
    if (isRecord(patch)) merged = deepMerge(merged, patch);
  }
  return merged as T;
}

function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const prev = out[k];
    out[k] = isRecord(prev) && isRecord(v) ? deepMerge(prev, v) : v;
  }
  return out;
}
