import { claudeImageTokens } from './anthropic-image-tokens.js';
import { geminiImageTokens } from './gemini-image-tokens.js';
import { readImageSize } from './image-size.js';
import { type ImageDetail, openAIImageTokens, tileTokens } from './openai-image-tokens.js';
import type { TokenizerFamily } from './tokenizer-family.js';

/**
 * Size assumed when an image's dimensions cannot be read (http URLs, SVG, corrupt data):
 * 1024×1024, a common upload size — 765 tokens on GPT-4o, 1369 on Claude, 1120 on Gemini 3.
 */
export const DEFAULT_IMAGE_SIZE = { width: 1024, height: 1024 } as const;

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
export function imageTokens(image: ImageTokenInput, model: string, family: TokenizerFamily): number {
  let { width, height } = image;
  if (!width || !height) {
    const read = image.url ? readImageSize(image.url) : undefined;
    width = read?.width ?? DEFAULT_IMAGE_SIZE.width;
    height = read?.height ?? DEFAULT_IMAGE_SIZE.height;
  }
  switch (family) {
    case 'o200k':
    case 'cl100k':
      return openAIImageTokens(width, height, image.detail, model);
    case 'claude':
      return claudeImageTokens(width, height, model);
    case 'gemini':
      return geminiImageTokens(width, height, image.detail, model);
    default:
      return tileTokens(width, height, image.detail);
  }
}
