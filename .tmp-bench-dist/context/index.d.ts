/** Context-window control: trimming strategies, default max_tokens, window checks for routing. */
export { DEFAULT_OUTPUT_RESERVE, fitMessagesToContext, fitMessagesToContextSync, type ContextStrategy, type FitMessagesOptions, type FitMessagesResult, } from './fit-messages-to-context.js';
export { defaultMargin, defaultMaxTokens, type MaxTokensInput } from './default-max-tokens.js';
export { fitsContext, requestFitsModel, type ContextCheck, type ContextCheckRequest, type ContextCheckTarget, type FitsContextInput, } from './fits-context.js';
export { groupTurns, type ConversationShape, type Turn } from './group-turns.js';
export { truncateMiddle, truncationMarker, type TruncatedText } from './truncate-text.js';
