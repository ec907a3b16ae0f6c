import type { ChatMessage } from '../../spec/chat-request.js';
/**
 * Returns messages with `instruction` appended to the leading system message (or a new system
 * message in front). The input array and its messages are left untouched.
 */
export declare function appendSystemInstruction(messages: readonly ChatMessage[], instruction: string): ChatMessage[];
