export { emptyUsage } from './usage.js';
export { ERROR_KINDS, RETRYABLE_KINDS } from './error-kind.js';
export { chatRequestSchema, chatMessageSchema, toolDefinitionSchema } from './chat-request-schema.js';
export { validateChatRequest } from './validate-chat-request.js';
//# sourceMappingURL=index.js.map