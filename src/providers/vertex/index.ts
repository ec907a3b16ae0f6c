/**
 * Vertex AI adapters: Gemini (`publishers/google`) and Claude (`publishers/anthropic`
 * rawPredict), wrapping the Gemini and Anthropic converters. Token fetching lives in
 * `src/auth/google-*.ts`, wiring in `../cloud-auth.ts`.
 */

export { classifyVertexError } from './classify-vertex-error.js';
export { VERTEX_ANTHROPIC_VERSION, vertexAnthropicAdapter } from './vertex-anthropic-adapter.js';
export { vertexGeminiAdapter } from './vertex-gemini-adapter.js';
export { isGoogleApiKey, vertexApiRoot, vertexAuthHeaders, vertexLocation, vertexModelUrl, vertexProject } from './vertex-url.js';
