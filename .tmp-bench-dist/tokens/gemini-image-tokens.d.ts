import type { ImageDetail } from './openai-image-tokens.js';
export declare const GEMINI_MEDIA_RESOLUTION_TOKENS: {
    readonly low: 280;
    readonly medium: 560;
    readonly high: 1120;
};
export declare function geminiImageTokens(width: number, height: number, detail: ImageDetail | undefined, model: string): number;
