import type { ProviderAdapter } from '../provider-adapter.js';
/** `models/<id>` path segment; ids that already carry a collection (`tunedModels/x`) are kept. */
export declare function geminiModelPath(model: string): string;
/**
 * Gemini API (AI Studio) `generateContent` / `streamGenerateContent?alt=sse` as pure converters.
 * Gemini cannot fetch image URLs, so the client inlines them first (`requiresInlineImages`).
 */
export declare const geminiAdapter: ProviderAdapter;
