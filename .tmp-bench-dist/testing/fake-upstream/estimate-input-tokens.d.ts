import type { NormalizedRequest } from './normalized-request.js';
/** Prompt tokens of a request: chars/4 over all text, calls and results, plus a flat 85 per image. */
export declare function estimateInputTokens(request: NormalizedRequest): number;
