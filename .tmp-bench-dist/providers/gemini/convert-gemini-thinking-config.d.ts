import type { ChatRequest } from '../../spec/chat-request.js';
import type { GeminiThinkingConfig } from './gemini-wire-types.js';
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
export declare function convertGeminiThinkingConfig(request: Pick<ChatRequest, 'thinking' | 'reasoning_effort'>, model: string, warnings: string[]): GeminiThinkingConfig | undefined;
