import { emulateToolsInRequest } from '../providers/tool-emulation/emulate-tools-in-request.js';
import { withToolEmulation } from '../providers/tool-emulation/emulated-tool-stream.js';
import { parseEmulatedToolCalls } from '../providers/tool-emulation/parse-emulated-tool-calls.js';
/**
 * Applies model-level adaptations before the adapter converts the request: `model` is the
 * deployment's, and models without native tool calling (`function_call_available: false`) get
 * tools emulated through the prompt, with the reply parsed back into `tool_calls`. Only the
 * declared tool names are accepted, so an ordinary JSON answer is not mistaken for a call.
 */
export function prepareRequest(request, deployment) {
    const warnings = [];
    const base = { ...request, model: deployment.modelId };
    const needsEmulation = !deployment.model.functionCallAvailable && (request.tools?.length ?? 0) > 0;
    if (!needsEmulation) {
        return { request: base, warnings, finishResult: (r) => r, wrapStreamParser: (p) => p };
    }
    const toolNames = (request.tools ?? []).map((t) => t.function.name);
    const emulated = emulateToolsInRequest(base);
    warnings.push(...emulated.warnings);
    return {
        request: emulated.request,
        warnings,
        finishResult(result) {
            const parsed = parseEmulatedToolCalls(result.content ?? '', { toolNames });
            if (parsed.tool_calls && parsed.tool_calls.length > 0) {
                return { ...result, content: parsed.content || null, tool_calls: parsed.tool_calls, finish_reason: 'tool_calls' };
            }
            return result;
        },
        wrapStreamParser: (parser) => withToolEmulation(parser, { toolNames }),
    };
}
//# sourceMappingURL=prepare-request.js.map