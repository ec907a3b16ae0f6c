import { convertJsonSchemaToGemini } from './convert-json-schema-to-gemini.js';
/**
 * OpenAI tools → one Gemini tool holding every function declaration (schemas cleaned for Gemini);
 * `tool_choice` → `toolConfig.functionCallingConfig`: auto → AUTO, none → NONE, required → ANY,
 * a named function → ANY restricted to that name. Gemini has no switch for parallel calls.
 */
export function prepareGeminiTools(request) {
    const warnings = [];
    const defs = request.tools ?? [];
    if (defs.length === 0)
        return { warnings };
    if (request.parallel_tool_calls === false)
        warnings.push('parallel_tool_calls: Gemini cannot disable parallel function calls; ignored');
    const functionDeclarations = defs.map((def) => {
        const parameters = convertJsonSchemaToGemini(def.function.parameters);
        return {
            name: def.function.name,
            ...(def.function.description ? { description: def.function.description } : {}),
            ...(parameters ? { parameters } : {}),
        };
    });
    const choice = request.tool_choice;
    let toolConfig;
    if (choice === 'auto')
        toolConfig = { functionCallingConfig: { mode: 'AUTO' } };
    else if (choice === 'none')
        toolConfig = { functionCallingConfig: { mode: 'NONE' } };
    else if (choice === 'required')
        toolConfig = { functionCallingConfig: { mode: 'ANY' } };
    else if (typeof choice === 'object') {
        toolConfig = { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.function.name] } };
    }
    return { tools: [{ functionDeclarations }], ...(toolConfig ? { toolConfig } : {}), warnings };
}
//# sourceMappingURL=prepare-gemini-tools.js.map