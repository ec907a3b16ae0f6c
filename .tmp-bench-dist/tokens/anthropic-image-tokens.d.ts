/**
 * Claude image input cost, from platform.claude.com/docs/en/build-with-claude/vision ("Evaluate
 * image size" and "How Claude resizes and pads images"): an image costs one visual token per
 * 28×28 px patch, ⌈w/28⌉ × ⌈h/28⌉, after being resized (aspect preserved) to the largest size
 * whose padded edges stay within the model's maximum edge and whose patch count stays within its
 * visual-token budget: 1568 px / 1568 tokens for most models, 2576 px / 4784 tokens for Claude
 * Opus 4.7 and later (Opus 4.8, Fable 5, Mythos 5, Opus 5, Sonnet 5 …).
 *
 * This replaces the older published rule (w·h/750, long edge capped at 1568 px); both agree to a
 * few percent, but the patch rule reproduces the docs' tables exactly.
 */
interface ClaudeImageLimits {
    maxEdge: number;
    maxTokens: number;
}
/** High-resolution tier: Claude 5+ of any tier, and 4.7+ (Opus 4.7 was the first). */
export declare function claudeImageLimits(model: string): ClaudeImageLimits;
export declare function claudeImageTokens(width: number, height: number, model: string): number;
/** Port of the docs' reference `resized_size` (binary search along the long edge). */
export declare function claudeResizedSize(width: number, height: number, limits?: ClaudeImageLimits): [number, number];
export {};
