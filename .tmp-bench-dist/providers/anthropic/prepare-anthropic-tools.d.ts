import type { ChatRequest } from '../../spec/chat-request.js';
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
export declare function prepareAnthropicTools(request: Pick<ChatRequest, 'tools' | 'tool_choice' | 'parallel_tool_calls'>): AnthropicToolSettings;
