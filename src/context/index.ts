/** Context-window control: trimming strategies, default max_tokens, window checks for routing. */

export { defaultMargin, defaultMaxTokens, type MaxTokensInput } from './default-max-tokens.js';
export {
  type ContextStrategy,
  DEFAULT_OUTPUT_RESERVE,
  type FitMessagesOptions,
  type FitMessagesResult,
  fitMessagesToContext,
  fitMessagesToContextSync,
} from './fit-messages-to-context.js';
export {
  type ContextCheck,
  type ContextCheckRequest,
  type ContextCheckTarget,
  type FitsContextInput,
  fitsContext,
  requestFitsModel,
} from './fits-context.js';
export { type ConversationShape, groupTurns, type Turn } from './group-turns.js';
export { type TruncatedText, truncateMiddle, truncationMarker } from './truncate-text.js';
