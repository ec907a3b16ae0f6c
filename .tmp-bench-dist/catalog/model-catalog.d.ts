import type { BackendType } from '../settings/backend-type.js';
import type { ModelInfo } from './model-info.js';
/**
 * Candidate spellings of a model id, most specific first: as given; without routing decorations
 * (Vertex `@date`, OpenRouter `:free`, Bedrock `-v1:0` and region/vendor prefixes, Gemini
 * `models/`); without a vendor path prefix; then with snapshot suffixes peeled off one at a time
 * (`claude-haiku-4-5-20251001` → `claude-haiku-4-5`, `gpt-4o-2024-11-20` → `gpt-4o`).
 */
export declare function idCandidates(modelId: string): string[];
/** An indexed, immutable set of model entries with forgiving lookup. */
export declare class ModelCatalog {
    readonly date: string;
    private readonly entries;
    private readonly index;
    constructor(entries: readonly ModelInfo[], date: string);
    /**
     * Metadata for `modelId` on `backend`: exact id or alias first, then normalised spellings, then
     * the same model under another vendor (Azure → OpenAI, Vertex/Bedrock → Gemini/Anthropic,
     * aggregators → origin), returned re-homed on `backend`.
     */
    get(backend: BackendType | string, modelId: string): ModelInfo | undefined;
    /** All entries, optionally for one backend, in catalog order. */
    list(backend?: BackendType | string): ModelInfo[];
}
