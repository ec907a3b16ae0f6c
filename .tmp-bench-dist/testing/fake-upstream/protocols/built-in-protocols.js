import { anthropicProtocol } from './anthropic/anthropic-protocol.js';
import { cloudProtocols } from './cloud-protocols.js';
import { geminiProtocol } from './gemini/gemini-protocol.js';
import { openaiProtocol } from './openai/openai-protocol.js';
/**
 * Default lookup order: cloud plug-ins (most specific URLs), then Gemini (`:method` suffixes),
 * Anthropic (`/messages`), OpenAI (`/chat/completions`, the catch-all of compatible vendors).
 */
export function builtInProtocols() {
    return [...cloudProtocols, geminiProtocol, anthropicProtocol, openaiProtocol];
}
//# sourceMappingURL=built-in-protocols.js.map