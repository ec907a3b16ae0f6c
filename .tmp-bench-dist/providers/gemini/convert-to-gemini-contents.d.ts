import type { ChatMessage } from '../../spec/chat-request.js';
import type { GeminiContent } from './gemini-wire-types.js';
export interface ConvertToGeminiContentsOptions {
    /** Backend name for errors. */
    provider: string;
    /** Upstream model id: Gemini 3+ needs signed function calls in the history. */
    model: string;
}
export interface GeminiPrompt {
    systemInstruction?: {
        parts: {
            text: string;
        }[];
    };
    contents: GeminiContent[];
    warnings: string[];
}
/** Stands in for a missing first user turn; Gemini wants the conversation to open with the user. */
export declare const PLACEHOLDER_USER_TEXT = ".";
/**
 * Documented sentinel that tells Gemini 3+ to skip thought-signature validation for a function
 * call it did not produce (history written by another provider after a failover).
 */
export declare const SKIP_THOUGHT_SIGNATURE = "skip_thought_signature_validator";
/**
 * Canonical messages → Gemini `systemInstruction` + `contents`:
 * - system/developer text goes to `systemInstruction`; assistant turns become role `model`;
 *   consecutive same-role contents merge (so parallel tool results form one user turn);
 * - images must already be base64 data URLs (`requiresInlineImages`): the client downloads http(s)
 *   URLs first, so one reaching here is an error;
 * - tool results become `functionResponse` parts. Gemini matches them by function name, which the
 *   OpenAI shape does not repeat, so the name comes from the latest earlier assistant tool call with
 *   that id. The payload is `{ result: <the tool output parsed as JSON, or the text as is> }`:
 *   `response` must be an object, and `result` is the key Google's own agent kit uses to wrap
 *   plain return values;
 * - thought signatures from `reasoning_details` go back on the part they came from: on the
 *   function call with the same id, otherwise on the last text part. Gemini 3+ function calls with
 *   no signature get the skip sentinel;
 * - `reasoning_content` is not sent back: Gemini needs only the signatures.
 */
export declare function convertToGeminiContents(messages: readonly ChatMessage[], options: ConvertToGeminiContentsOptions): GeminiPrompt;
