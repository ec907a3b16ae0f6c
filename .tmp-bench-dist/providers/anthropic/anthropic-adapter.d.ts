import type { ProviderAdapter } from '../provider-adapter.js';
/** The API version header every Messages request must carry. */
export declare const ANTHROPIC_VERSION = "2023-06-01";
/**
 * Anthropic Messages API (`POST {apiBase}/messages`) as pure converters. Anthropic fetches http(s)
 * image URLs itself, so images need no inlining here.
 */
export declare const anthropicAdapter: ProviderAdapter;
