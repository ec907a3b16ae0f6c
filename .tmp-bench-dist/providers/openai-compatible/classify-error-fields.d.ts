import { type LLMError } from '../../errors/llm-error.js';
import type { ErrorFields } from '../classify/parse-error-body.js';
import type { ProviderQuirks } from '../provider-preset.js';
export interface ClassifyErrorInput {
    fields: ErrorFields;
    /** HTTP status of the response; 200 for errors found in a 200 body or an SSE stream. */
    status: number;
    headers: Record<string, string | string[] | undefined>;
    provider: string;
    quirks: ProviderQuirks;
    /** Parsed body (or raw text) kept on the error for diagnostics. */
    body: unknown;
    now?: number;
}
/**
 * The classification pipeline, most specific signal first:
 * vendor numeric code → known string code/type → status-specific refinements → message wording
 * (English + Chinese) → vendor status overrides → generic types → HTTP status.
 * Only map lookups and a handful of precompiled regex tests: microseconds per error.
 */
export declare function classifyErrorFields(input: ClassifyErrorInput): LLMError;
