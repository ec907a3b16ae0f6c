import { estimateTokens } from './estimate-tokens.js';
/** Prompt tokens of a request: chars/4 over all text, calls and results, plus a flat 85 per image. */
export function estimateInputTokens(request) {
    let chars = 0;
    let images = 0;
    for (const m of request.messages) {
        chars += m.text.length;
        images += m.imageCount;
        for (const c of m.toolCalls)
            chars += c.name.length + c.arguments.length;
        for (const r of m.toolResults)
            chars += r.content.length;
    }
    // Tool definitions cost prompt tokens too; a flat share per tool stands in for its schema.
    for (const t of request.tools)
        chars += t.name.length + (t.description?.length ?? 0) + 40;
    return Math.max(1, estimateTokens(chars) + images * 85);
}
//# sourceMappingURL=estimate-input-tokens.js.map