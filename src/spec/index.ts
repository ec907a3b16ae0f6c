export type * from './chat-request.js';
export { chatMessageSchema, chatRequestSchema, toolDefinitionSchema } from './chat-request-schema.js';
export type * from './chat-result.js';
export { ERROR_KINDS, type ErrorKind, RETRYABLE_KINDS } from './error-kind.js';
export type * from './stream-delta.js';
export type * from './usage.js';
export { emptyUsage } from './usage.js';
export { validateChatRequest } from './validate-chat-request.js';
