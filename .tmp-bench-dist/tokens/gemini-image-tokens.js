import { normaliseModelId } from './tokenizer-family.js';
/**
 * Gemini image input cost.
 *
 * - Gemini 3 and later: a fixed budget per image set by `media_resolution` —
 *   low 280, medium 560, high 1120 tokens; images default to high
 *   (ai.google.dev/gemini-api/docs/media-resolution, "Token counts"). OpenAI-style `detail: low`
 *   maps to low, anything else to the default.
 * - Gemini 1.x / 2.x: an image whose sides are both ≤ 384 px costs 258 tokens; larger images are
 *   cropped/scaled into 768×768 tiles of 258 tokens each (ai.google.dev/gemini-api/docs/tokens,
 *   "Multimodal tokens"). The exact crop is unpublished; we count ⌈w/768⌉ × ⌈h/768⌉ tiles.
 */
const PER_TILE_LEGACY = 258;
export const GEMINI_MEDIA_RESOLUTION_TOKENS = { low: 280, medium: 560, high: 1120 };
export function geminiImageTokens(width, height, detail, model) {
    if (isLegacyGemini(model)) {
        if (width <= 384 && height <= 384)
            return PER_TILE_LEGACY;
        return PER_TILE_LEGACY * Math.ceil(width / 768) * Math.ceil(height / 768);
    }
    return detail === 'low' ? GEMINI_MEDIA_RESOLUTION_TOKENS.low : GEMINI_MEDIA_RESOLUTION_TOKENS.high;
}
/** gemini-1.x / gemini-2.x (and Gemma); unversioned aliases such as gemini-flash-latest are current. */
function isLegacyGemini(model) {
    const id = normaliseModelId(model);
    const m = /gemini-(\d+)/.exec(id);
    if (m)
        return Number(m[1]) < 3;
    return id.includes('gemma');
}
//# sourceMappingURL=gemini-image-tokens.js.map