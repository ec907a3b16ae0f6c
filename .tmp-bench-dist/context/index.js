/** Context-window control: trimming strategies, default max_tokens, window checks for routing. */
export { DEFAULT_OUTPUT_RESERVE, fitMessagesToContext, fitMessagesToContextSync, } from './fit-messages-to-context.js';
export { defaultMargin, defaultMaxTokens } from './default-max-tokens.js';
export { fitsContext, requestFitsModel, } from './fits-context.js';
export { groupTurns } from './group-turns.js';
export { truncateMiddle, truncationMarker } from './truncate-text.js';
//# sourceMappingURL=index.js.map