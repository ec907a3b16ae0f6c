import type { ChatRequest } from '../../spec/chat-request.js';
import { convertJsonSchemaToGemini } from './convert-json-schema-to-gemini.js';
import type { GeminiFunctionDeclaration, GeminiToolConfig } from './gemini-wire-types.js';

export interface GeminiToolSettings {
  tools?: { functionDeclarations: GeminiFunctionDeclaration[] }[];
  toolConfig?: GeminiToolConfig;
  warnings: string[];
}

/**
 * OpenAI tools → one Gemini tool holding every function declaration (schemas cleaned for Gemini);
 * `tool_choice` → `toolConfig.functionCallingConfig`: auto → AUTO, none → NONE, required → ANY,
 * a named function → ANY restricted to that name. Gemini has no switch for parallel calls.
 */
export function prepareGeminiTools(request: Pick<ChatRequest, 'tools' | 'tool_choice' | 'parallel_tool_calls'>): GeminiToolSettings {
  const warnings: string[] = [];
  const defs = request.tools ?? [];
  if (defs.length === 0) return { warnings };
  if (request.parallel_tool_calls === false) warnings.push('parallel_tool_calls: Gemini cannot disable parallel function calls; ignored');

  const functionDeclarations = defs.map((def): GeminiFunctionDeclaration => {
    const parameters = convertJsonSchemaToGemini(def.function.parameters);
    return {
      name: def.function.name,
      ...(def.function.description ? { description: def.function.description } : {}),
      ...(parameters ? { parameters } : {}),
    };
  });

  const choice = request.tool_choice;
  let toolConfig: GeminiToolConfig | undefined;
  if (choice === 'auto') toolConfig = { functionCallingConfig: { mode: 'AUTO' } };
  else if (choice === 'none') toolConfig = { functionCallingConfig: { mode: 'NONE' } };
  else if (choice === 'required') toolConfig = { functionCallingConfig: { mode: 'ANY' } };
  else if (typeof choice === 'object') {
    toolConfig = { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.function.name] } };
  }
  return { tools: [{ functionDeclarations }], ...(toolConfig ? { toolConfig } : {}), warnings };
}
