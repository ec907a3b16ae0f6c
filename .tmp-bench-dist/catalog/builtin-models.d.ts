import type { ModelInfo } from './model-info.js';
/**
 * When the built-in facts were collected. Prices and limits move monthly: users override them in
 * settings (`backends.<b>.models.<m>.pricing`, `context_length`, `max_output_tokens`).
 */
export declare const CATALOG_DATE = "2026-11";
/**
 * Every built-in entry. Azure OpenAI, Vertex AI and Bedrock have no rows of their own: lookups
 * there fall through to the origin vendor (see ModelCatalog.get).
 */
export declare const BUILTIN_MODELS: readonly ModelInfo[];
