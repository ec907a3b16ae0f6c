import { normaliseModelId } from './tokenizer-family.js';
// First match wins. The docs list gpt-5-mini/-nano; later `gpt-5.x-mini/-nano` snapshots are
// assumed to keep the same scheme (not separately documented).
const SCHEMES = [
    [/^gpt-4\.1-mini/, { kind: 'patch', multiplier: 1.62 }],
    [/^gpt-4\.1-nano/, { kind: 'patch', multiplier: 2.46 }],
    [/^gpt-5(?:\.\d+)?-mini/, { kind: 'patch', multiplier: 1.62 }],
    [/^gpt-5(?:\.\d+)?-nano/, { kind: 'patch', multiplier: 2.46 }],
    [/^o4-mini/, { kind: 'patch', multiplier: 1.72 }],
    [/^gpt-4o-mini/, { kind: 'tile', base: 2833, tile: 5667 }],
    [/^(?:o1|o3)(?:-|$)/, { kind: 'tile', base: 75, tile: 150 }],
    [/^computer-use/, { kind: 'tile', base: 65, tile: 129 }],
    [/^gpt-(?:[5-9]|\d{2,})/, { kind: 'tile', base: 70, tile: 140 }],
];
/** The classic GPT-4o numbers, also used for models whose vendor publishes no formula. */
const CLASSIC = { kind: 'tile', base: 85, tile: 170 };
export function openAIImageTokens(width, height, detail, model) {
    const id = normaliseModelId(model);
    const scheme = SCHEMES.find(([re]) => re.test(id))?.[1] ?? CLASSIC;
    if (scheme.kind === 'patch')
        return Math.ceil(patchCount(width, height) * scheme.multiplier);
    return tileTokens(width, height, detail, scheme.base, scheme.tile);
}
/** Base + tiles formula (exported for families that borrow the classic 85/170 numbers). */
export function tileTokens(width, height, detail, base = CLASSIC.base, tile = CLASSIC.tile) {
    if (detail === 'low')
        return base;
    let w = width;
    let h = height;
    if (w > 2048 || h > 2048) {
        const scale = 2048 / Math.max(w, h);
        w *= scale;
        h *= scale;
    }
    const shortest = Math.min(w, h);
    if (shortest > 768) {
        const scale = 768 / shortest;
        w *= scale;
        h *= scale;
    }
    return base + tile * ceilExact(w / 512) * ceilExact(h / 512);
}
const MAX_PATCHES = 1536;
function patchCount(width, height) {
    const raw = Math.ceil(width / 32) * Math.ceil(height / 32);
    if (raw <= MAX_PATCHES)
        return raw;
    // Shrink to the patch budget, then shrink a little more so whole patches fit the grid.
    let r = Math.sqrt((32 * 32 * MAX_PATCHES) / (width * height));
    const wp = (width * r) / 32;
    const hp = (height * r) / 32;
    r *= Math.min(Math.floor(wp) / wp, Math.floor(hp) / hp);
    return Math.min(MAX_PATCHES, ceilExact((width * r) / 32) * ceilExact((height * r) / 32));
}
/** ceil() that ignores floating-point dust (33.0000000001 → 33). */
function ceilExact(x) {
    return Math.ceil(x - 1e-9);
}
//# sourceMappingURL=openai-image-tokens.js.map