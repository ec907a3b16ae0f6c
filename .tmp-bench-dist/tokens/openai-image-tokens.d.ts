/**
 * OpenAI image input cost, from the "Images and vision → Calculating costs" section of
 * platform.openai.com/docs/guides/images-vision (2025–2026 versions):
 *
 * - Tile models: low detail costs the base tokens; otherwise the image is fitted inside
 *   2048×2048, scaled down so its shortest side is at most 768 px, and each 512 px tile costs the
 *   tile tokens, plus the base. 85 + 170/tile for GPT-4o / 4.1 / 4.5 (a 1024×1024 image = 765);
 *   70 + 140 for GPT-5; 75 + 150 for o1/o3; 2833 + 5667 for gpt-4o-mini.
 * - Patch models (gpt-4.1-mini/nano, o4-mini, gpt-5-mini/nano): 32 px patches, at most 1536
 *   (larger images are scaled down onto the patch grid), times a per-model multiplier.
 */
export type ImageDetail = 'auto' | 'low' | 'high';
export declare function openAIImageTokens(width: number, height: number, detail: ImageDetail | undefined, model: string): number;
/** Base + tiles formula (exported for families that borrow the classic 85/170 numbers). */
export declare function tileTokens(width: number, height: number, detail: ImageDetail | undefined, base?: number, tile?: number): number;
