import type { ChatMessage } from '../../spec/chat-request.js';
import type { ProviderQuirks } from '../provider-preset.js';
/**
 * Canonical messages → wire messages. Messages that carry nothing to strip are passed through
 * as-is (no copy); others are shallow-copied, never mutated. Removed: our `reasoning_details`
 * extension always, `reasoning_content` unless the vendor wants it echoed (Moonshot tool loops),
 * `cache_control` unless the vendor accepts it (MiniMax). `developer` becomes `system`, which
 * every compatible vendor accepts (OpenAI treats it as developer on reasoning models).
 */
export declare function convertOpenAIMessages(messages: readonly ChatMessage[], quirks: ProviderQuirks): unknown[];
