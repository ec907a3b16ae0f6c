import type { ProtocolHandler } from '../protocol-handler.js';
/**
 * Default lookup order: cloud plug-ins (most specific URLs), then Gemini (`:method` suffixes),
 * Anthropic (`/messages`), OpenAI (`/chat/completions`, the catch-all of compatible vendors).
 */
export declare function builtInProtocols(): ProtocolHandler[];
