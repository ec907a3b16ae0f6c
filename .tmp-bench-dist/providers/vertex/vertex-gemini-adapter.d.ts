import type { ProviderAdapter } from '../provider-adapter.js';
/**
 * Gemini models on Vertex AI: the Gemini request/response/stream converters unchanged, with
 * Vertex URLs (`…/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent`,
 * `:streamGenerateContent?alt=sse`) and Vertex auth (OAuth Bearer token — from the key pool or the
 * request signer — or an express-mode API key).
 */
export declare const vertexGeminiAdapter: ProviderAdapter;
