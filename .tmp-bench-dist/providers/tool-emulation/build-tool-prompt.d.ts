import type { ToolChoice, ToolDefinition } from '../../spec/chat-request.js';
/**
 * The system-prompt text that teaches a model without native function calling our JSON reply
 * protocol. Kept short and literal: small models follow a concrete example better than prose.
 */
export declare function buildToolPrompt(tools: readonly ToolDefinition[], toolChoice: ToolChoice | undefined, parallel: boolean | undefined): string;
