/**
 * Expresses the canonical `thinking` / `reasoning_effort` options the way the vendor understands
 * them (quirks.thinkingStyle), writing into `body` and noting lossy mappings in `warnings`:
 * - `thinking_object` (DeepSeek, Moonshot, Zhipu): `thinking: {type, budget_tokens?}`; effort passes.
 * - `enable_thinking` (DashScope): `enable_thinking` + `thinking_budget`; effort becomes on/off.
 * - `reasoning_effort` (the default: OpenAI, Groq, xAI, Ollama): effort passes; a thinking object
 *   becomes an effort (`disabled` → `none`, a budget → low/medium/high).
 * - `none`: the vendor has no switch; both are dropped.
 * `body` must not already carry `thinking`/`reasoning_effort` from the request.
 */
export function mapThinkingOptions(request, quirks, body, warnings) {
    const { thinking, reasoning_effort: effort } = request;
    if (thinking === undefined && effort === undefined)
        return;
    switch (quirks.thinkingStyle ?? 'reasoning_effort') {
        case 'thinking_object': {
            if (thinking) {
                body.thinking =
                    thinking.budget_tokens !== undefined ? { type: thinking.type, budget_tokens: thinking.budget_tokens } : { type: thinking.type };
            }
            if (effort !== undefined)
                body.reasoning_effort = effort;
            return;
        }
        case 'enable_thinking': {
            if (thinking) {
                body.enable_thinking = thinking.type !== 'disabled';
                if (thinking.budget_tokens !== undefined && thinking.type !== 'disabled') {
                    body.thinking_budget = thinking.budget_tokens;
                }
            }
            else if (effort !== undefined) {
                body.enable_thinking = effort !== 'none';
            }
            if (effort !== undefined)
                warnings.push(`reasoning_effort "${effort}" is not supported; mapped to enable_thinking`);
            return;
        }
        case 'reasoning_effort': {
            if (effort !== undefined) {
                body.reasoning_effort = effort;
            }
            else if (thinking) {
                const mapped = effortForThinking(thinking);
                if (mapped !== undefined) {
                    body.reasoning_effort = mapped;
                    warnings.push(`thinking mapped to reasoning_effort "${mapped}"`);
                }
            }
            return;
        }
        case 'none':
            warnings.push('thinking / reasoning_effort are not supported by this provider; dropped');
            return;
    }
}
/** Without a budget an enabled/adaptive request keeps the model's own default effort. */
function effortForThinking(thinking) {
    if (thinking.type === 'disabled')
        return 'none';
    const budget = thinking.budget_tokens;
    if (budget === undefined)
        return undefined;
    if (budget <= 2048)
        return 'low';
    if (budget <= 8192)
        return 'medium';
    return 'high';
}
//# sourceMappingURL=map-thinking-options.js.map