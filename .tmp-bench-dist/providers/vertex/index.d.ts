/**
 * Vertex AI adapters: Gemini (`publishers/google`) and Claude (`publishers/anthropic`
 * rawPredict), wrapping the Gemini and Anthropic converters. Token fetching lives in
 * `src/auth/google-*.ts`, wiring in `../cloud-auth.ts`.
 */
export { vertexGeminiAdapter } from './vertex-gemini-adapter.js';
export { vertexAnthropicAdapter, VERTEX_ANTHROPIC_VERSION } from './vertex-anthropic-adapter.js';
export { classifyVertexError } from './classify-vertex-error.js';
export { vertexApiRoot, vertexAuthHeaders, vertexLocation, vertexModelUrl, vertexProject, isGoogleApiKey } from './vertex-url.js';
