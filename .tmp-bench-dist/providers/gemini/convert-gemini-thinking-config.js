import { geminiModelFamily } from './gemini-model-family.js';
/** Token budgets standing in for effort levels on Gemini 2.x (valid for both Flash and Pro). */
const LEGACY_BUDGETS = {
    minimal: 512,
    low: 1024,
    medium: 8192,
    high: 24576,
    xhigh: 24576,
    max: 24576,
};
const LEVELS = {
    low: 'LOW',
    medium: 'MEDIUM',
    high: 'HIGH',
    xhigh: 'HIGH',
    max: 'HIGH',
};
/**
 * Canonical `thinking` / `reasoning_effort` → `generationConfig.thinkingConfig`.
 *
 * - `thinking` wins when both are set (Gemini rejects a budget and a level together);
 *   enabled → `thinkingBudget` (-1 = dynamic when no budget) with `includeThoughts: true` so the
 *   thoughts come back as `reasoning_content`; adaptive → dynamic budget.
 * - `reasoning_effort` → `thinkingLevel` on Gemini 3+, a token budget on Gemini 2.x (which has no
 *   levels).
 * - "off" (thinking disabled, effort none) → budget 0 on Gemini 2.x Flash. Pro models and Gemini 3
 *   cannot stop thinking: they get their smallest setting (budget 128; MINIMAL on Flash, LOW on
 *   others, as MINIMAL is not accepted by every Gemini 3 model) and a warning.
 */
export function convertGeminiThinkingConfig(request, model, warnings) {
    const { thinking, reasoning_effort: effort } = request;
    const family = geminiModelFamily(model);
    const id = model.toLowerCase();
    if (thinking) {
        if (effort !== undefined)
            warnings.push('reasoning_effort: ignored because thinking is set');
        if (thinking.type === 'enabled')
            return { thinkingBudget: thinking.budget_tokens ?? -1, includeThoughts: true };
        if (thinking.type === 'adaptive')
            return { thinkingBudget: -1, includeThoughts: true };
        return thinkingOff(family.legacy, id, warnings);
    }
    if (effort === undefined)
        return undefined;
    if (effort === 'none')
        return thinkingOff(family.legacy, id, warnings);
    if (family.legacy)
        return { thinkingBudget: LEGACY_BUDGETS[effort], includeThoughts: true };
    const level = effort === 'minimal' ? (id.includes('flash') ? 'MINIMAL' : 'LOW') : LEVELS[effort];
    return { thinkingLevel: level, includeThoughts: true };
}
function thinkingOff(legacy, id, warnings) {
    if (legacy && !id.includes('pro'))
        return { thinkingBudget: 0 };
    warnings.push('thinking: this Gemini model cannot turn thinking off; its lowest setting was sent');
    if (legacy)
        return { thinkingBudget: 128 };
    return { thinkingLevel: id.includes('flash') ? 'MINIMAL' : 'LOW' };
}
//# sourceMappingURL=convert-gemini-thinking-config.js.map