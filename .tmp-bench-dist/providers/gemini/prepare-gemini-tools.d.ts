import type { ChatRequest } from '../../spec/chat-request.js';
import type { GeminiFunctionDeclaration, GeminiToolConfig } from './gemini-wire-types.js';
export interface GeminiToolSettings {
    tools?: {
        functionDeclarations: GeminiFunctionDeclaration[];
    }[];
    toolConfig?: GeminiToolConfig;
    warnings: string[];
}
/**
 * OpenAI tools → one Gemini tool holding every function declaration (schemas cleaned for Gemini);
 * `tool_choice` → `toolConfig.functionCallingConfig`: auto → AUTO, none → NONE, required → ANY,
 * a named function → ANY restricted to that name. Gemini has no switch for parallel calls.
 */
export declare function prepareGeminiTools(request: Pick<ChatRequest, 'tools' | 'tool_choice' | 'parallel_tool_calls'>): GeminiToolSettings;
