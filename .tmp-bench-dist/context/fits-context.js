import { builtinCatalog } from '../catalog/get-model-info.js';
import { countMessageTokensSync } from '../tokens/count-message-tokens.js';
import { defaultMargin } from './default-max-tokens.js';
/** Whether prompt + requested output + margin fits the window. Pure; no counting. */
export function fitsContext({ promptTokens, contextLength, maxOutputTokens = 0, margin = 0 }) {
    if (contextLength === undefined)
        return true;
    return promptTokens + maxOutputTokens + margin <= contextLength;
}
/**
 * Context-window check for the router's fallback: synchronous (uses a loaded tokenizer or the
 * estimate, never waits), so it can run per candidate target on the hot path.
 */
export function requestFitsModel(request, target, margin) {
    const catalog = target.catalog ?? builtinCatalog;
    const contextLength = target.contextLength ?? (target.backend ? catalog.get(target.backend, target.model)?.contextWindow : undefined);
    const counted = countMessageTokensSync(request.messages, target.model, { tools: request.tools, toolChoice: request.tool_choice });
    const maxOutputTokens = request.max_completion_tokens ?? request.max_tokens ?? 0;
    const fits = fitsContext({
        promptTokens: counted.total,
        contextLength,
        maxOutputTokens,
        margin: margin ?? (contextLength === undefined ? 0 : defaultMargin(contextLength, counted.estimated)),
    });
    return { fits, promptTokens: counted.total, contextLength, estimated: counted.estimated };
}
//# sourceMappingURL=fits-context.js.map