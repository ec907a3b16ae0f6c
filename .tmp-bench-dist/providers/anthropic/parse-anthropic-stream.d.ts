import type { AdapterContext, StreamParser } from '../provider-adapter.js';
/**
 * Stateful parser for one Messages API event stream.
 *
 * - `message_start` yields a delta with `id`/`model`/`provider` and records input usage;
 * - tool calls get the OpenAI-style `index` among tool_use blocks (0, 1, …), not the content
 *   block index, which also counts text and thinking blocks;
 * - a thinking block is announced as `reasoning_content` fragments while it streams and, at its
 *   `content_block_stop`, as one complete `reasoning_details` entry (full text + signature from
 *   `signature_delta`). Deltas' `reasoning_details` arrays therefore concatenate into the list to
 *   send back; they are never fragments to join;
 * - `message_delta` carries the stop reason and output usage; the final delta (on `message_stop`,
 *   or from `finish()` if the stream ended without one) carries `finish_reason` and `usage`;
 * - an `error` event (e.g. `overloaded_error` after a 200) is thrown as a classified LLMError.
 */
export declare function createAnthropicStreamParser(ctx: Pick<AdapterContext, 'provider' | 'model'>): StreamParser;
