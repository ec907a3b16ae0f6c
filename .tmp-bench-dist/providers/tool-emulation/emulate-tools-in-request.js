import { appendSystemInstruction } from './append-system-instruction.js';
import { buildToolPrompt } from './build-tool-prompt.js';
import { convertToolHistory } from './convert-tool-history.js';
/**
 * For models with `function_call_available: false`: describes the tools and a JSON reply protocol
 * in the system prompt, turns earlier tool calls/results into text turns, and removes `tools`,
 * `tool_choice` and `parallel_tool_calls`. Pure: the input request is not modified. Pair with
 * parseEmulatedToolCalls (complete replies) or EmulatedToolStream (streams).
 */
export function emulateToolsInRequest(request) {
    const tools = request.tools ?? [];
    const hasHistory = request.messages.some((m) => m.role === 'tool' || (m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0));
    if (tools.length === 0 && !hasHistory)
        return { request, warnings: [] };
    const { tools: _tools, tool_choice: choice, parallel_tool_calls: parallel, ...rest } = request;
    let messages = convertToolHistory(request.messages);
    const warnings = [];
    if (tools.length > 0 && choice !== 'none') {
        messages = appendSystemInstruction(messages, buildToolPrompt(tools, choice, parallel));
        warnings.push('tools emulated through the system prompt (model has no native function calling)');
    }
    else if (hasHistory) {
        warnings.push('tool-call history rewritten as text (model has no native function calling)');
    }
    return { request: { ...rest, messages }, warnings };
}
//# sourceMappingURL=emulate-tools-in-request.js.map