import { type ImageDetail } from './openai-image-tokens.js';
import type { TokenizerFamily } from './tokenizer-family.js';
/**
 * Size assumed when an image's dimensions cannot be read (http URLs, SVG, corrupt data):
 * 1024×1024, a common upload size — 765 tokens on GPT-4o, 1369 on Claude, 1120 on Gemini 3.
 */
export declare const DEFAULT_IMAGE_SIZE: {
    readonly width: 1024;
    readonly height: 1024;
};
export interface ImageTokenInput {
    /** Pixel size; when absent, read from `url` (data URLs) or DEFAULT_IMAGE_SIZE. */
    width?: number;
    height?: number;
    url?: string;
    detail?: ImageDetail;
}
/**
 * Prompt tokens one image costs on `model`, using its vendor's formula. Families without a
 * published formula (DeepSeek, Qwen, Llama, estimated vendors) use OpenAI's classic 85 + 170 per
 * tile, as vv-llm does.
 */
export declare function imageTokens(image: ImageTokenInput, model: string, family: TokenizerFamily): number;
