import type { ChatRequest } from '../../spec/chat-request.js';
import type { ProviderQuirks } from '../provider-preset.js';
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
export declare function mapThinkingOptions(request: ChatRequest, quirks: ProviderQuirks, body: Record<string, unknown>, warnings: string[]): void;
