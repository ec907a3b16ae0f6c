import type { ToolDefinition } from '../spec/chat-request.js';
/** The `namespace functions { … }` block OpenAI models see for `tools`. */
export declare function renderToolsAsTypeScript(tools: readonly ToolDefinition[]): string;
/** One compact JSON object per tool (name, description, parameters), one per line. */
export declare function renderToolsAsJson(tools: readonly ToolDefinition[]): string;
