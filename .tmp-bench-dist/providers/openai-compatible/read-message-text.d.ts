/** Answer text and reasoning read from one message or delta. */
export interface MessageText {
    content: string;
    reasoning: string;
}
/**
 * Reads answer text and reasoning from a message/delta object: `content` as a string or as
 * Mistral-style chunks (`text` parts, `thinking` parts) or else OpenAI's `refusal`; reasoning from
 * the vendor's fields in order, then MiniMax `reasoning_details: [{text}]`. Missing pieces are
 * empty strings.
 */
export declare function readMessageText(message: Record<string, unknown>, reasoningFields?: readonly string[]): MessageText;
