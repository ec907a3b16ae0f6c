import { describe, expect, it } from 'vitest';
import { claudeImageTokens, claudeResizedSize } from './anthropic-image-tokens.js';
import { geminiImageTokens } from './gemini-image-tokens.js';
import { DEFAULT_IMAGE_SIZE, imageTokens } from './image-tokens.js';
import { openAIImageTokens } from './openai-image-tokens.js';

/** A PNG header is all `readImageSize` needs. */
function pngDataUrl(width: number, height: number): string {
  const bytes = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

describe('OpenAI image tokens (platform.openai.com/docs/guides/images-vision, "Calculating costs")', () => {
  it('reproduces the documented tile examples', () => {
    // "A 1024 x 1024 square image in detail: high mode costs 765 tokens"
    expect(openAIImageTokens(1024, 1024, 'high', 'gpt-4o')).toBe(765);
    // "A 2048 x 4096 image in detail: high mode costs 1105 tokens"
    expect(openAIImageTokens(2048, 4096, 'high', 'gpt-4o')).toBe(1105);
    // "A 4096 x 8192 image in detail: low most costs 85 tokens"
    expect(openAIImageTokens(4096, 8192, 'low', 'gpt-4o')).toBe(85);
    // Small images are not upscaled: one tile.
    expect(openAIImageTokens(500, 500, 'auto', 'gpt-4.1')).toBe(255);
  });

  it('uses the per-model base/tile table', () => {
    expect(openAIImageTokens(1024, 1024, 'high', 'gpt-5.5')).toBe(70 + 140 * 4);
    expect(openAIImageTokens(1024, 1024, 'low', 'gpt-5.5')).toBe(70);
    expect(openAIImageTokens(1024, 1024, 'high', 'o3')).toBe(75 + 150 * 4);
    expect(openAIImageTokens(1024, 1024, 'high', 'gpt-4o-mini')).toBe(2833 + 5667 * 4);
  });

  it('reproduces the documented patch examples', () => {
    // "1024 x 1024 → 1024 patches" × 1.62 for the mini models (1658.88 → 1659)
    expect(openAIImageTokens(1024, 1024, undefined, 'gpt-4.1-mini')).toBe(1659);
    expect(openAIImageTokens(1024, 1024, undefined, 'gpt-5-mini')).toBe(1659);
    // "1800 x 2400 → 1452 patches" after scaling down to the 1536-patch budget
    expect(openAIImageTokens(1800, 2400, undefined, 'gpt-4.1-nano')).toBe(Math.ceil(1452 * 2.46));
    expect(openAIImageTokens(1800, 2400, undefined, 'o4-mini')).toBe(Math.ceil(1452 * 1.72));
  });
});

describe('Claude image tokens (platform.claude.com/docs/en/build-with-claude/vision)', () => {
  it.each([
    // image size, tokens on most models, tokens on Opus 4.7+ (the docs' two tables)
    [200, 200, 64, 64],
    [1000, 1000, 1296, 1296],
    [1092, 1092, 1521, 1521],
    [1920, 1080, 1560, 2691],
    [2000, 1500, 1564, 3888],
    [3840, 2160, 1560, 4784],
  ])('%dx%d', (w, h, standard, highRes) => {
    expect(claudeImageTokens(w, h, 'claude-haiku-4-5')).toBe(standard);
    expect(claudeImageTokens(w, h, 'claude-sonnet-4-6')).toBe(standard);
    expect(claudeImageTokens(w, h, 'claude-opus-4-7')).toBe(highRes);
    expect(claudeImageTokens(w, h, 'claude-sonnet-5')).toBe(highRes);
    expect(claudeImageTokens(w, h, 'us.anthropic.claude-opus-5-v1:0')).toBe(highRes);
  });

  it('follows the documented resize examples', () => {
    expect(claudeResizedSize(1920, 1080)).toEqual([1456, 819]);
    expect(claudeResizedSize(2000, 1500)).toEqual([1270, 952]);
    // A4 page at 130 DPI: the visual-token limit, not the edge, triggers the resize.
    expect(claudeResizedSize(1075, 1520)).toEqual([924, 1307]);
    expect(claudeResizedSize(3840, 2160, { maxEdge: 2576, maxTokens: 4784 })).toEqual([2576, 1449]);
  });
});

describe('Gemini image tokens', () => {
  it('Gemini 3+: fixed media-resolution budget', () => {
    expect(geminiImageTokens(4000, 3000, undefined, 'gemini-3.5-flash')).toBe(1120);
    expect(geminiImageTokens(200, 200, 'low', 'gemini-3.1-pro-preview')).toBe(280);
    expect(geminiImageTokens(200, 200, 'high', 'gemini-flash-latest')).toBe(1120);
  });

  it('Gemini 1.x/2.x: 258 per image up to 384 px, else 258 per 768 px tile', () => {
    expect(geminiImageTokens(384, 384, undefined, 'gemini-2.5-flash')).toBe(258);
    expect(geminiImageTokens(1000, 1000, undefined, 'gemini-2.0-flash')).toBe(258 * 4);
    expect(geminiImageTokens(768, 700, undefined, 'gemini-1.5-pro')).toBe(258);
  });
});

describe('imageTokens dispatch', () => {
  it('reads the size from a data URL', () => {
    const url = pngDataUrl(2048, 4096);
    expect(imageTokens({ url, detail: 'high' }, 'gpt-4o', 'o200k')).toBe(1105);
    expect(imageTokens({ url }, 'claude-haiku-4-5', 'claude')).toBe(claudeImageTokens(2048, 4096, 'claude-haiku-4-5'));
  });

  it('falls back to the default size for remote URLs', () => {
    const { width, height } = DEFAULT_IMAGE_SIZE;
    expect(imageTokens({ url: 'https://example.com/a.jpg' }, 'gpt-4o', 'o200k')).toBe(765);
    expect(imageTokens({ url: 'https://example.com/a.jpg' }, 'claude-haiku-4-5', 'claude')).toBe(
      claudeImageTokens(width, height, 'claude-haiku-4-5'),
    );
  });

  it('uses the classic tile formula for families without a published one', () => {
    expect(imageTokens({ width: 1024, height: 1024 }, 'qwen3-vl-plus', 'qwen3')).toBe(765);
    expect(imageTokens({ width: 1024, height: 1024, detail: 'low' }, 'glm-5v-turbo', 'estimate')).toBe(85);
  });
});
