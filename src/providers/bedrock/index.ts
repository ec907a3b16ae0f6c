/**
 * AWS Bedrock (Converse API) adapter plus the binary event-stream codec it needs. Pure
 * converters; SigV4 signing lives in `src/auth/aws-sigv4.ts`, wiring in `../cloud-auth.ts`.
 */

export { AwsEventStreamDecoder, isEventStreamException } from './aws-eventstream-decoder.js';
export { bedrockAdapter } from './bedrock-adapter.js';
export { bedrockConverseUrl, bedrockRuntimeBase, resolveBedrockApiBase } from './bedrock-url.js';
export type * from './bedrock-wire-types.js';
export { bedrockStreamError, classifyBedrockError, normalizeExceptionName } from './classify-bedrock-error.js';
export { convertBedrockUsage } from './convert-bedrock-usage.js';
export { convertToBedrockMessages, toBedrockToolId } from './convert-to-bedrock-messages.js';
export { convertToBedrockRequest, isAnthropicModel } from './convert-to-bedrock-request.js';
export { encodeEventStreamMessage, stringHeaders } from './event-stream-encoder.js';
export type { EventStreamHeaderValue, EventStreamMessage } from './event-stream-message.js';
export { EventStreamMessageDecoder } from './event-stream-message-decoder.js';
export { mapBedrockStopReason } from './map-bedrock-stop-reason.js';
export { parseBedrockResponse } from './parse-bedrock-response.js';
export { createBedrockStreamParser } from './parse-bedrock-stream.js';
