import type { AdapterContext, StreamParser } from '../provider-adapter.js';
/**
 * Stateful parser for one ConverseStream, fed the events `AwsEventStreamDecoder` produces
 * (`{event: ':event-type', data: payload JSON}`):
 *
 * - `messageStart` → a delta with provider/model;
 * - `contentBlockStart` with `start.toolUse` opens a tool call (OpenAI `index` counts tool blocks
 *   only); `contentBlockDelta` carries `text`, `toolUse.input` JSON fragments, or
 *   `reasoningContent` (`text`, `signature`, `redactedContent`); text and reasoning blocks may
 *   arrive without a start event;
 * - `contentBlockStop` closes a reasoning block as one complete `reasoning_details` entry and gives
 *   argument-less tool calls `"{}"`;
 * - `messageStop` has the stop reason, `metadata` (after it) the usage: the final delta is emitted
 *   on `metadata`, or from `finish()` when the stream ended without one;
 * - exception events (`throttlingException`, `modelStreamErrorException`, …) are thrown as
 *   classified LLMErrors.
 */
export declare function createBedrockStreamParser(ctx: Pick<AdapterContext, 'provider' | 'model'>): StreamParser;
