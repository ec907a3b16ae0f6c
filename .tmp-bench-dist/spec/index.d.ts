export type * from './chat-request.js';
export type * from './chat-result.js';
export type * from './stream-delta.js';
export type * from './usage.js';
export { emptyUsage } from './usage.js';
export { ERROR_KINDS, RETRYABLE_KINDS, type ErrorKind } from './error-kind.js';
export { chatRequestSchema, chatMessageSchema, toolDefinitionSchema } from './chat-request-schema.js';
export { validateChatRequest } from './validate-chat-request.js';
