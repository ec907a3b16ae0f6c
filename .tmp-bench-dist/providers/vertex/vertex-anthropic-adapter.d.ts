import type { ProviderAdapter } from '../provider-adapter.js';
/** The Messages API version Vertex expects in the body (instead of the `anthropic-version` header). */
export declare const VERTEX_ANTHROPIC_VERSION = "vertex-2023-10-16";
/**
 * Claude on Vertex AI (`…/publishers/anthropic/models/{m}:rawPredict` / `:streamRawPredict`): the
 * Messages body without `model` (it is in the URL) and with `anthropic_version:
 * vertex-2023-10-16`. Vertex cannot fetch image URLs, so images must be base64
 * (`requiresInlineImages`). Responses and streams are plain Anthropic ones.
 */
export declare const vertexAnthropicAdapter: ProviderAdapter;
