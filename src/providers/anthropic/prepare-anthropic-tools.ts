import type { ChatRequest } from '../../spec/chat-request.js';
import { isRecord } from '../shared/is-record.js';
import type { AnthropicTool, AnthropicToolChoice } from './anthropic-wire-types.js';

export interface AnthropicToolSettings {
  tools?: AnthropicTool[];
  tool_choice?: AnthropicToolChoice;
}

/**
 * OpenAI `tools` / `tool_choice` / `parallel_tool_calls` → Anthropic. `"required"` is Anthropic's
 * `any`; `parallel_tool_calls: false` lives on the tool choice as `disable_parallel_tool_use`.
 * Without tools no tool choice is sent: the API rejects a choice that names nothing.
 */
export function prepareAnthropicTools(request: Pick<ChatRequest, 'tools' | 'tool_choice' | 'parallel_tool_calls'>): AnthropicToolSettings {
  const defs = request.tools ?? [];
  if (defs.length === 0) return {};

  const tools = defs.map((def): AnthropicTool => {
    const fn = def.function;
    const schema = isRecord(fn.parameters) ? fn.parameters : {};
    return {
      name: fn.name,
      ...(fn.description ? { description: fn.description } : {}),
      // The API requires an object schema even for argument-less tools.
      input_schema: { ...schema, type: 'object' },
      // Only `true` is forwarded: `strict: false` is the default and older deployments reject the key.
      ...(fn.strict === true ? { strict: true } : {}),
      ...(def.cache_control ? { cache_control: { ...def.cache_control } } : {}),
    };
  });

  const disableParallel = request.parallel_tool_calls === false ? { disable_parallel_tool_use: true } : {};
  const choice = request.tool_choice;
  let tool_choice: AnthropicToolChoice | undefined;
  if (choice === 'none') tool_choice = { type: 'none' };
  else if (choice === 'required') tool_choice = { type: 'any', ...disableParallel };
  else if (typeof choice === 'object') tool_choice = { type: 'tool', name: choice.function.name, ...disableParallel };
  else if (choice === 'auto' || request.parallel_tool_calls === false) tool_choice = { type: 'auto', ...disableParallel };

  return tool_choice ? { tools, tool_choice } : { tools };
}
