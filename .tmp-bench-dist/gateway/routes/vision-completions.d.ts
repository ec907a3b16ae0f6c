import type { RequestContext } from '../http/request-context.js';
export declare const DEFAULT_VISION_PROMPT = "Describe this image in detail.";
/**
 * POST /api/v1/vision/completions: an image and a prompt in, a chat completion out (JSON or
 * OpenAI SSE with `stream`). Multipart (`image` file + `prompt`, `model`, `stream` fields) or
 * JSON (`image` as a data URL or http(s) URL, or a full chat request with `messages`). Without
 * `model` the active vision model answers.
 */
export declare function visionCompletions(ctx: RequestContext): Promise<void>;
